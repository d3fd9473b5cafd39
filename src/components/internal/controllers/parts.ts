import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { partsContext } from '../../../context/parts-context.js';
import type { PartRegistry } from '../../../context/parts-context.js';

/** The root's registry of its connected parts, nested and lazily loaded ones included. */
export class Parts implements PartRegistry {
  private readonly parts = new Set<ReactiveElement>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    new ContextProvider(host, { context: partsContext, initialValue: this });
  }

  add(part: ReactiveElement): void {
    this.parts.add(part);
  }

  delete(part: ReactiveElement): void {
    this.parts.delete(part);
  }

  /** The updates the parts have pending now (empty when every part has rendered). */
  pending(): Promise<boolean>[] {
    return [...this.parts].filter((part) => part.isUpdatePending).map((part) => part.updateComplete);
  }
}

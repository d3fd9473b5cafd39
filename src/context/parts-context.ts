import { createContext } from '@lit/context';
import type { ReactiveElement } from 'lit';

/**
 * Where every inner part registers itself with its root while connected, so the root's
 * `updateComplete` can wait for the parts it holds (nested ones and lazily loaded ones
 * included) without walking its shadow tree.
 */
export interface PartRegistry {
  add(part: ReactiveElement): void;
  delete(part: ReactiveElement): void;
}

/** The root's part registry. Private key. */
export const partsContext = createContext<PartRegistry>(Symbol('tpi-guide/parts'));

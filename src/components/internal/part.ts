import { LitElement } from 'lit';
import type { CSSResultGroup, ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Context } from '@lit/context';
import { partsContext } from '../../context/parts-context.js';
import type { PartRegistry } from '../../context/parts-context.js';
import { stringsContext } from '../../context/strings-context.js';
import type { TextKey } from '../../i18n/keys.js';
import type { Strings } from '../../i18n/registry.js';
import { t } from '../../i18n/translate.js';
import type { Vars } from '../../i18n/translate.js';
import { base } from '../../styles/base.js';

/** Registers a part with its root's registry while it is connected. */
class Registration implements ReactiveController {
  private registry?: PartRegistry;

  constructor(private readonly part: TpiPart) {
    part.addController(this);
    new ContextConsumer(part, { context: partsContext, callback: (registry) => (this.registry = registry).add(part) });
  }

  hostDisconnected(): void {
    this.registry?.delete(this.part);
  }
}

/**
 * The base of every inner part: the shared styles, the strings in force, and its
 * registration with the root (whose `updateComplete` waits for it). Each part reads
 * any other context it needs through `consume()`, so it re-renders only when a value
 * it shows changed.
 */
export abstract class TpiPart extends LitElement {
  static override styles: CSSResultGroup = base;

  private readonly _strings = consume(this, stringsContext);

  /** Chunks on their way that this part's next render waits for (see `renderAfter`). */
  private readonly _awaited = new Set<Promise<unknown>>();

  constructor() {
    super();
    new Registration(this);
  }

  /** The strings in force (none until the root answers: keys then read as themselves). */
  protected get s(): Strings {
    return this._strings.value ?? {};
  }

  /** Moves focus to this part's first heading (the start of its view), made focusable for it. */
  focusHome(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2, h3');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }

  /**
   * Holds this part's renders until `loading` (a chunk on its way) settles, so what the
   * chunk draws appears whole and `updateComplete` means it.
   */
  renderAfter(loading: Promise<unknown>): void {
    this._awaited.add(loading);
    const done = () => this._awaited.delete(loading);
    loading.then(done, done);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this._awaited.size) return super.scheduleUpdate();
    return Promise.allSettled([...this._awaited]).then(() => super.scheduleUpdate());
  }

  /** Translates `key`, filling `{name}` placeholders from `vars`. */
  protected t(key: TextKey, vars?: Vars): string {
    return t(this.s, key, vars);
  }
}

/** A subscription of `host` to `context`: a new value re-renders the host. */
export function consume<C extends Context<unknown, unknown>, H extends LitElement>(host: H, context: C): ContextConsumer<C, H> {
  return new ContextConsumer(host, { context, subscribe: true });
}

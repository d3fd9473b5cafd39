// Whether a part shows its body map, and the button that shows or hides it. Showing it
// the first time fetches the map's chunk (lazy.ts, bodyMapChunk): nothing of the map is
// downloaded before a person asks for it. The part's update waits for the chunk
// (`loading`; the part renders after it: TpiPart.renderAfter), so the map appears whole and
// `updateComplete` means it. The root's `no-body-map` (noBodyMapContext) removes the
// button and the map.
import { html, nothing } from 'lit';
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import type { TpiPart } from '../part.js';
import { ContextConsumer } from '@lit/context';
import { noBodyMapContext } from '../../../context/body-map-context.js';
import { bodyMapChunk } from '../lazy.js';

export class BodyMapShown implements ReactiveController {
  /** The map is to be seen now. */
  open = false;
  /**
   * The map has been drawn: asked for once and its chunk here. Hidden again, it stays
   * on the page (hidden), so what was chosen on it is there when it is shown again.
   */
  drawn = false;
  /** The wait for the map's chunk, while it is being fetched. */
  loading: Promise<unknown> | undefined;
  /** The chunk could not be fetched (the list stays; the button offers it again). */
  failed = false;
  private readonly noMap: ContextConsumer<typeof noBodyMapContext, LitElement>;

  constructor(private readonly host: TpiPart) {
    host.addController(this);
    this.noMap = new ContextConsumer(host, { context: noBodyMapContext, subscribe: true });
  }

  hostUpdate(): void {
    this.drawn ||= this.open && !!bodyMapChunk.value;
  }

  toggle(on = !this.open): void {
    this.open = on;
    this.failed = false;
    if (on && !bodyMapChunk.value && !this.loading) {
      this.loading = bodyMapChunk.load().then(
        () => (this.loading = undefined),
        () => {
          this.loading = undefined;
          this.failed = true;
          this.open = false;
        },
      );
      this.host.renderAfter(this.loading);
    }
    this.host.requestUpdate();
  }

  /**
   * The disclosure button (`label` names what it shows; aria-expanded its state), after
   * a failed fetch why no map came (`failed`), and once drawn the map (`map()`) in a box
   * the button controls; nothing at all with `no-body-map`.
   */
  render(label: string, failed: string, map: () => TemplateResult): TemplateResult | typeof nothing {
    if (this.noMap.value) return nothing;
    return html`<button type="button" class="map-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.drawn ? 'map' : nothing} @click=${() => this.toggle()}>
        ${label}</button
      >${this.failed ? html`<p class="error" role="alert">${failed}</p>` : nothing}${this.drawn ? html`<div id="map" ?hidden=${!this.open}>${map()}</div>` : nothing}`;
  }
}

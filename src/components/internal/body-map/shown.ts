// Whether a part shows its body map, and the button that shows or hides it. Showing it
// the first time fetches the map's chunk (lazy.ts, bodyMapChunk): nothing of the map is
// downloaded before a person asks for it. The part's update waits for the chunk
// (`loading`), so the map appears whole and `updateComplete` means it. The root's
// `no-body-map` (noBodyMapContext) hides the button and the map.
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
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

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.drawn ||= this.open && !!bodyMapChunk.value;
  }

  toggle(on = !this.open): void {
    this.open = on;
    this.failed = false;
    if (on && !bodyMapChunk.value)
      this.loading ??= bodyMapChunk.load().then(
        () => (this.loading = undefined),
        () => {
          this.loading = undefined;
          this.failed = true;
          this.open = false;
        },
      );
    this.host.requestUpdate();
  }

  /**
   * The disclosure button (its name says what it shows; aria-expanded its state) and,
   * after a failed fetch, why no map came.
   */
  button(label: string, failed: string, controls: string): TemplateResult {
    return html`<button type="button" class="map-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.drawn ? controls : nothing} @click=${() => this.toggle()}>
        ${label}</button
      >${this.failed ? html`<p class="error" role="alert">${failed}</p>` : nothing}`;
  }
}

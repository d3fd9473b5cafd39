import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Clinical decision support about trigger point injections.
 * (Foundation shell: the full element arrives with the clinician view.)
 */
export class TpiGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** Who the widget talks to. */
  @property({ reflect: true }) accessor audience: 'clinician' | 'patient' = 'clinician';

  override render() {
    return html`<section part="root" aria-label="Trigger point injection guide"></section>`;
  }
}

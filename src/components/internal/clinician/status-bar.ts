import { css, html, nothing } from 'lit';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart, consume } from '../part.js';
import { attentionItems, jump } from './labels.js';

/**
 * The compact status bar of narrow layouts: the overall result and how many items need
 * attention, kept in view at the bottom (the view makes it sticky) while the form
 * scrolls, with a button to the summary. Not a live region: the summary announces.
 */
export class TpiStatusBar extends TpiPart {
  static override styles = [
    base,
    clinician,
    css`
      .bar { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; padding: 0.4em 0.75em; background: var(--_bg); border: 1px solid var(--_border); border-left: 6px solid var(--_muted); border-radius: var(--_radius); box-shadow: 0 -2px 10px rgb(0 0 0 / 0.18); }
      .appropriate { border-left-color: var(--_ok); }
      .caution { border-left-color: var(--_warn); }
      .contraindicated { border-left-color: var(--_crit); }
      p { margin: 0; line-height: 1.25; }
      button { flex: none; }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);

  override render() {
    const g = this._guidance.value;
    if (!g?.sites.length) return nothing;
    const status = g.eligibility.status;
    return html`<div class="bar ${status}">
      <p><strong>${this.t(`status.${status}`)}</strong><br /><span class="muted">${this.t('attention', { n: attentionItems(g).length })}</span></p>
      <button class="small" @click=${() => this.dispatchEvent(jump({ to: 'summary' }))}>${this.t('bar.review')}<span class="vh"> ${this.t('bar.review.what')}</span></button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-status-bar': TpiStatusBar;
  }
}

import { css, html, nothing } from 'lit';
import { assessmentContext } from '../../../context/assessment-context.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import { TpiPart, consume } from '../part.js';

/**
 * The one calm summary shown first: eligibility, a one-line reading and how many items
 * need attention. Its text is a polite live region, so a change is announced once.
 */
export class TpiResultsSummary extends TpiPart {
  static override styles = [
    base,
    css`
      .card { border-left: 6px solid var(--_muted); margin: 0; }
      .appropriate { border-left-color: var(--_ok); }
      .caution { border-left-color: var(--_warn); }
      .contraindicated { border-left-color: var(--_crit); }
      .status { font-size: 1.2rem; font-weight: 700; margin-bottom: 0.25em; }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _draft = consume(this, assessmentContext);

  override render() {
    const g = this._guidance.value;
    const status = g?.eligibility.status;
    const attention = g?.warnings.filter((w) => w.severity !== 'info').length ?? 0;
    return html`<section class="card ${status ?? ''}" aria-labelledby="h">
      <h2 id="h">${this.t('summary')}</h2>
      <div aria-live="polite" aria-atomic="true">
        ${status
          ? html`<p class="status">${this.t(`status.${status}`)}</p>
              <p>${this.t(`line.${status}`)}</p>
              <p>${this.t('attention', { n: attention })}</p>`
          : nothing}
      </div>
      <p role="status" class="error">${this._draft.value?.issues.length ? this.t('stale') : nothing}</p>
      <p class="muted">${this.t('disclaimer')}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-results-summary': TpiResultsSummary;
  }
}

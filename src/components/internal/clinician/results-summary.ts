import { css, html, nothing } from 'lit';
import { assessmentContext } from '../../../context/assessment-context.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart, consume } from '../part.js';
import { attentionItems, jump, siteLabels, warningText } from './labels.js';
import type { Attention, Revealer } from './labels.js';

/**
 * The summary: the overall result and a one-line reading (a polite live region, so a
 * change is announced once), then each item needing attention by name, a link that
 * moves focus to it, and notes when what is shown is not the latest entry. With no
 * site yet it invites the first one and gives no verdict.
 */
export class TpiResultsSummary extends TpiPart implements Revealer {
  static override styles = [
    base,
    clinician,
    css`
      .card { border-left: 6px solid var(--_muted); margin: 0; }
      .appropriate { border-left-color: var(--_ok); }
      .caution { border-left-color: var(--_warn); }
      .contraindicated { border-left-color: var(--_crit); }
      .status { font-size: 1.2rem; font-weight: 700; margin-bottom: 0.25em; }
      .attention { padding-left: 0; list-style: none; }
      .attention li { margin-bottom: 0.15em; }
      .critical { color: var(--_crit); }
      h2:focus { outline: none; }
      h2:focus-visible { outline: 3px solid var(--_focus); }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _draft = consume(this, assessmentContext);

  override render() {
    const g = this._guidance.value;
    const draft = this._draft.value;
    const empty = !g?.sites.length;
    const status = empty ? undefined : g.eligibility.status;
    const items = empty ? [] : attentionItems(g);
    return html`<section class="card ${status ?? ''}" aria-labelledby="h">
      <h2 id="h" tabindex="-1">${this.t('summary')}</h2>
      <div aria-live="polite" aria-atomic="true">
        ${status
          ? html`<p class="status">${this.t(`status.${status}`)}</p>
              <p>${this.t(`line.${status}`)}</p>`
          : nothing}
      </div>
      ${empty && g
        ? html`<p class="status">${this.t('summary.empty')}</p>
            <p>${this.t('summary.empty.line')}</p>`
        : nothing}
      ${status ? html`<p>${this.t('attention', { n: items.length })}</p>` : nothing}
      ${items.length ? html`<ul class="attention">${items.map((item) => this.renderItem(item))}</ul>` : nothing}
      <p role="status" class="error">
        ${draft?.issues.length ? this.t('stale') : draft?.hostRefused ? this.t('stale.host') : nothing}
      </p>
      <p class="muted">${this.t('disclaimer')}</p>
    </section>`;
  }

  /** Focuses the summary's heading. */
  async reveal(): Promise<void> {
    this.focusHome();
  }

  private renderItem(item: Attention) {
    const g = this._guidance.value!;
    if (item.to === 'site') {
      const name = siteLabels(this.s, g.sites).get(item.site.id)!;
      return html`<li><button class="link" @click=${() => this.dispatchEvent(jump({ to: 'site', id: item.site.id }))}>${this.t('attention.examine', { site: name })}</button></li>`;
    }
    const w = item.warning;
    return html`<li class=${w.severity}>
      <button class="link" @click=${() => this.dispatchEvent(jump({ to: 'warning', id: w.id }))}>
        <strong>${this.t(`severity.${w.severity}`)}:</strong> ${warningText(this.s, w.id, g.warnings)}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-results-summary': TpiResultsSummary;
  }
}

import { css, html, nothing } from 'lit';
import type { Guidance, Warning } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { consume } from '../part.js';
import { byRank, siteNames, warningText } from './labels.js';
import type { Revealer } from './labels.js';
import { TpiWhyPart, behindWarning } from './why.js';

/**
 * The warnings, critical first: those needing attention shown, information notes on
 * demand; each with "Why?", the rule that raised it and its sources.
 */
export class TpiWarningList extends TpiWhyPart implements Revealer {
  static override styles = [
    base,
    clinician,
    css`
      .critical strong { color: var(--_crit); }
      .warning strong { color: var(--_warn); }
      li:focus { outline: 3px solid var(--_focus); outline-offset: 2px; }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  override render() {
    const g = this._guidance.value ?? null;
    // No site yet: nothing to warn about (no verdict before the first site).
    if (!g?.sites.length) return nothing;
    const warnings = byRank(g.warnings);
    const shown = warnings.filter((w) => w.severity !== 'info');
    const rest = warnings.slice(shown.length);
    return html`<h2>${this.t('warnings')}</h2>
      ${warnings.length ? nothing : html`<p class="muted">${this.t('warnings.none')}</p>`}
      ${shown.length ? html`<ul>${shown.map((w, i) => this.renderWarning(g, w, i))}</ul>` : nothing}
      ${rest.length
        ? html`<details>
            <summary>${this.t('warnings.more', { n: rest.length })}</summary>
            <ul>${rest.map((w, i) => this.renderWarning(g, w, shown.length + i))}</ul>
          </details>`
        : nothing}`;
  }

  /** Focuses the warning `id` (opening the notes if it is one). */
  async reveal(id?: string): Promise<void> {
    const index = byRank(this._guidance.value?.warnings ?? []).findIndex((w) => w.id === id);
    const item = this.renderRoot.querySelector<HTMLElement>(`#w${index}`);
    const notes = item?.closest('details');
    if (notes) notes.open = true;
    item?.focus();
  }

  /** One warning; `index` is its place in the ranked list (what `reveal` finds it by). */
  private renderWarning(g: Guidance, w: Warning, index: number) {
    const s = this.s;
    const names = siteNames(s, g, w.siteIds);
    const text = warningText(s, w.id, g.warnings);
    return html`<li id="w${index}" class=${w.severity} tabindex="-1">
      <strong>${this.t(`severity.${w.severity}`)}:</strong> ${text}
      ${names ? html`<span class="muted">${this.t('sitesOf', { list: names })}</span>` : nothing}
      ${this.why(g, this._ruleset.value, `w${index}`, text, behindWarning(w.id))}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-warning-list': TpiWarningList;
  }
}

import { css, html, nothing } from 'lit';
import type { Guidance, Warning } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import { TpiPart, consume } from '../part.js';
import { siteNames, warningText } from './labels.js';

const RANK = { critical: 0, warning: 1, info: 2 };

/** The warnings, critical first: those needing attention shown, information notes on demand. */
export class TpiWarningList extends TpiPart {
  static override styles = [
    base,
    css`
      .critical strong { color: var(--_crit); }
      .warning strong { color: var(--_warn); }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);

  override render() {
    const g = this._guidance.value ?? null;
    const warnings = [...(g?.warnings ?? [])].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const shown = warnings.filter((w) => w.severity !== 'info');
    const rest = warnings.slice(shown.length);
    return html`<h2>${this.t('warnings')}</h2>
      ${warnings.length ? nothing : html`<p class="muted">${this.t('warnings.none')}</p>`}
      ${shown.length ? html`<ul>${shown.map((w) => this.renderWarning(g, w))}</ul>` : nothing}
      ${rest.length
        ? html`<details>
            <summary>${this.t('warnings.more', { n: rest.length })}</summary>
            <ul>${rest.map((w) => this.renderWarning(g, w))}</ul>
          </details>`
        : nothing}`;
  }

  private renderWarning(g: Guidance | null, w: Warning) {
    const names = siteNames(this.s, g, w.siteIds);
    return html`<li class=${w.severity}>
      <strong>${this.t(`severity.${w.severity}`)}:</strong> ${warningText(this.s, w.id, g?.warnings)}
      ${names ? html`<span class="muted">${this.t('sitesOf', { list: names })}</span>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-warning-list': TpiWarningList;
  }
}

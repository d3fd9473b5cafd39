import { css, html, nothing } from 'lit';
import type { Warning } from '../engine/index.js';
import { base } from '../styles/base.js';
import { siteNames, warningText } from './labels.js';
import { TpiElement } from './tpi-element.js';

const RANK = { critical: 0, warning: 1, info: 2 };

/** The warnings, critical first: those needing attention shown, information notes on demand. */
export class TpiWarningList extends TpiElement {
  static override styles = [
    base,
    css`
      .critical strong { color: var(--_crit); }
      .warning strong { color: var(--_warn); }
    `,
  ];


  override render() {
    const warnings = [...(this.guidance?.warnings ?? [])].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const shown = warnings.filter((w) => w.severity !== 'info');
    const rest = warnings.slice(shown.length);
    return html`<h2>${this.t('warnings')}</h2>
      ${warnings.length ? nothing : html`<p class="muted">${this.t('warnings.none')}</p>`}
      ${shown.length ? html`<ul>${shown.map(this.renderWarning)}</ul>` : nothing}
      ${rest.length
        ? html`<details>
            <summary>${this.t('warnings.more', { n: rest.length })}</summary>
            <ul>${rest.map(this.renderWarning)}</ul>
          </details>`
        : nothing}`;
  }

  private renderWarning = (w: Warning) => {
    const names = siteNames(this.s, this.guidance, w.siteIds);
    return html`<li class=${w.severity}>
      <strong>${this.t(`severity.${w.severity}`)}:</strong> ${warningText(this.s, w.id, this.guidance?.warnings)}
      ${names ? html`<span class="muted">${this.t('sitesOf', { list: names })}</span>` : nothing}
    </li>`;
  };
}


declare global {
  interface HTMLElementTagNameMap {
    'tpi-warning-list': TpiWarningList;
  }
}

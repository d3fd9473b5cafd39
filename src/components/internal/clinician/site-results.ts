import { html, nothing } from 'lit';
import type { FindingKey, SiteGuidance } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import type { TextKey } from '../../../i18n/keys.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { TpiPart, consume } from '../part.js';
import { resultLabel, siteLabels } from './labels.js';

/** Per site: its classification, the injection status and the criteria by state. */
export class TpiSiteResults extends TpiPart {
  static override styles = [base, clinician];

  private readonly _guidance = consume(this, guidanceContext);

  override render() {
    const sites = this._guidance.value?.sites ?? [];
    const names = siteLabels(this.s, sites);
    return sites.length
      ? html`<h2>${this.t('siteResults')}</h2>
          ${sites.map((site) => this.renderSite(site, names.get(site.id)!))}`
      : nothing;
  }

  private renderSite(site: SiteGuidance, name: string) {
    const line = (key: TextKey, list: readonly FindingKey[]) =>
      list.length
        ? html`<p><span class="muted">${this.t(key)}:</span> ${list.map((f) => this.t(`finding.${f}`)).join(', ')}</p>`
        : nothing;
    return html`<div class="card">
      <h3>${name}</h3>
      <p><strong>${resultLabel(this.s, site)}</strong></p>
      ${line('criteria.met', site.criteria.met)} ${line('criteria.absent', site.criteria.absent)}
      ${line('criteria.unexamined', site.criteria.unexamined)} ${line('supporting', site.supporting)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-site-results': TpiSiteResults;
  }
}

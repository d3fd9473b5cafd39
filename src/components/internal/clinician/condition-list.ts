import { html } from 'lit';
import { guidanceContext } from '../../../context/guidance-context.js';
import { TpiPart, consume } from '../part.js';
import { siteNames } from './labels.js';

/** Candidate conditions with their ICD-10-CM codes: for the clinician to weigh, not a diagnosis. */
export class TpiConditionList extends TpiPart {
  private readonly _guidance = consume(this, guidanceContext);

  override render() {
    const guidance = this._guidance.value ?? null;
    const conditions = guidance?.conditions ?? [];
    return html`<h2>${this.t('conditions')}</h2>
      <p class="muted">${this.t('conditions.note')}</p>
      ${conditions.length
        ? html`<ul>
            ${conditions.map(
              (c) =>
                html`<li>
                  ${this.t(`condition.${c.id}`)}${c.icd10.length ? html` <code>${this.t('icd10', { codes: c.icd10.join(', ') })}</code>` : ''}
                  <span class="muted">${this.t('sitesOf', { list: siteNames(this.s, guidance, c.siteIds) })}</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${this.t('conditions.none')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-condition-list': TpiConditionList;
  }
}

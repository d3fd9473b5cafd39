import { html, nothing } from 'lit';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import { consume } from '../part.js';
import { siteNames } from './labels.js';
import { TpiWhyPart, behindCondition } from './why.js';

/** Candidate conditions with their ICD-10-CM codes: for the clinician to weigh, not a diagnosis; each with "Why?". */
export class TpiConditionList extends TpiWhyPart {
  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  override render() {
    const g = this._guidance.value ?? null;
    if (!g?.sites.length) return nothing;
    const s = this.s;
    return html`<h2>${this.t('conditions')}</h2>
      <p class="muted">${this.t('conditions.note')}</p>
      ${g.conditions.length
        ? html`<ul>
            ${g.conditions.map((c) => {
              const name = this.t(`condition.${c.id}`);
              return html`<li>
                ${name} ${c.icd10.length ? html`<code>${this.t('icd10', { codes: c.icd10.join(', ') })}</code>` : nothing}
                <span class="muted">${this.t('sitesOf', { list: siteNames(s, g, c.siteIds) })}</span>
                ${this.why(g, this._ruleset.value, c.id, name, behindCondition(c.id))}
              </li>`;
            })}
          </ul>`
        : html`<p>${this.t('conditions.none')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-condition-list': TpiConditionList;
  }
}

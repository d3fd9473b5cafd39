import { html, nothing } from 'lit';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import { TpiPart, consume } from '../part.js';
import { siteNames } from './labels.js';

/** "Why?": every rule that fired, in order, with its description, sites and citations. */
export class TpiExplanation extends TpiPart {
  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  override render() {
    const g = this._guidance.value;
    if (!g) return nothing;
    const ruleset = this._ruleset.value;
    const rules = ruleset?.rules ?? [];
    return html`<details>
      <summary>${this.t('why')}</summary>
      <p class="muted">${this.t('why.intro', { id: ruleset?.id ?? '', version: g.rulesetVersion })}</p>
      ${g.trace.length
        ? html`<ol>
            ${g.trace.map((entry) => {
              const names = siteNames(this.s, g, entry.siteIds);
              return html`<li>
                ${this.s[`rule.${ruleset?.id}.${entry.rule}`] ?? rules.find((r) => r.id === entry.rule)?.description ?? entry.rule} <code class="muted">${entry.rule}</code>
                ${names ? html`<br /><span class="muted">${this.t('sitesOf', { list: names })}</span>` : nothing}
                <ul>
                  ${entry.citations.map((c) => html`<li>${c}</li>`)}
                </ul>
              </li>`;
            })}
          </ol>`
        : html`<p>${this.t('why.none')}</p>`}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-explanation': TpiExplanation;
  }
}

import { html, nothing } from 'lit';
import { siteNames } from './labels.js';
import { TpiElement } from './tpi-element.js';

/** "Why?": every rule that fired, in order, with its description, sites and citations. */
export class TpiExplanation extends TpiElement {


  override render() {
    const g = this.guidance;
    if (!g) return nothing;
    const rules = this.ruleset?.rules ?? [];
    return html`<details>
      <summary>${this.t('why')}</summary>
      <p class="muted">${this.t('why.intro', { id: this.ruleset?.id ?? '', version: g.rulesetVersion })}</p>
      ${g.trace.length
        ? html`<ol>
            ${g.trace.map((entry) => {
              const names = siteNames(this.s, g, entry.siteIds);
              return html`<li>
                ${this.s[`rule.${this.ruleset?.id}.${entry.rule}`] ?? rules.find((r) => r.id === entry.rule)?.description ?? entry.rule} <code class="muted">${entry.rule}</code>
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

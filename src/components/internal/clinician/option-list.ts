import { css, html, nothing } from 'lit';
import type { Guidance } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { rulesetContext } from '../../../context/ruleset-context.js';
import { base } from '../../../styles/base.js';
import { clinician } from '../../../styles/clinician.js';
import { consume } from '../part.js';
import { warningText } from './labels.js';
import { TpiWhyPart, behindAlternative, behindOption } from './why.js';

/**
 * The three injection options (available, with any caveat, or why not; the session's
 * lidocaine ceiling) and the alternatives, each option (and each caution) with "Why?".
 */
export class TpiOptionList extends TpiWhyPart {
  static override styles = [
    base,
    clinician,
    css`
      .ok { color: var(--_ok); }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);
  private readonly _ruleset = consume(this, rulesetContext);

  /**
   * Reasons or cautions (warning ids or eligibility statuses) as one line: "A; B". A
   * text of its own under `prefix.<id>` (what an NSAID caution or an option's caveat
   * means there) comes first, then the status, then the warning's text.
   */
  private reasons(g: Guidance, ids: readonly string[], prefix = '') {
    const s = this.s;
    return ids.map((id) => (s[prefix + id] ?? s[`status.${id}`] ?? warningText(s, id, g.warnings)).replace(/\.$/, '')).join('; ');
  }

  override render() {
    const g = this._guidance.value;
    // No site yet: no options to weigh (no verdict before the first site).
    if (!g?.sites.length) return nothing;
    const rules = this._ruleset.value;
    return html`<h2>${this.t('options')}</h2>
      <ul>
        ${g.options.map((o) => {
          const name = this.t(`option.${o.id}`);
          return html`<li>
            <strong>${name}</strong>:
            ${o.available
              ? html`<span class="ok">${o.reasons.length ? this.t('availableWith', { notes: this.reasons(g, o.reasons, `note.${o.id}.`) }) : this.t('available')}</span>`
              : this.t('unavailable', { reasons: this.reasons(g, o.reasons) })}
            ${o.maxDoseMg === undefined ? nothing : html`<br /><span>${this.t('maxDose', { mg: o.maxDoseMg })}</span>`}
            ${this.why(g, rules, o.id, name, behindOption(o.id), false)}
          </li>`;
        })}
      </ul>
      <h2>${this.t('alternatives')}</h2>
      <ul>
        ${g.alternatives.map((a) => {
          const name = this.t(`alternative.${a.id}`);
          return html`<li>
            ${name}
            ${a.cautions.length
              ? html`<br /><span class="muted">${this.t('caution', { list: this.reasons(g, a.cautions, `caution.${a.id}.`) })}</span>
                  ${this.why(g, rules, `alt-${a.id}`, name, behindAlternative(a.id), false)}`
              : nothing}
          </li>`;
        })}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-option-list': TpiOptionList;
  }
}

import { css, html, nothing } from 'lit';
import type { Guidance } from '../../../engine/index.js';
import { guidanceContext } from '../../../context/guidance-context.js';
import { base } from '../../../styles/base.js';
import { TpiPart, consume } from '../part.js';
import { warningText } from './labels.js';

/** The three injection options (available, with any caveat, or why not; the session's lidocaine ceiling) and the alternatives. */
export class TpiOptionList extends TpiPart {
  static override styles = [
    base,
    css`
      .ok { color: var(--_ok); }
    `,
  ];

  private readonly _guidance = consume(this, guidanceContext);

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
    if (!g) return nothing;
    return html`<h2>${this.t('options')}</h2>
      <ul>
        ${g.options.map(
          (o) =>
            html`<li>
              <strong>${this.t(`option.${o.id}`)}</strong>:
              ${o.available
                ? html`<span class="ok"
                    >${o.reasons.length ? this.t('availableWith', { notes: this.reasons(g, o.reasons, `note.${o.id}.`) }) : this.t('available')}</span
                  >`
                : this.t('unavailable', { reasons: this.reasons(g, o.reasons) })}
              ${o.maxDoseMg === undefined ? nothing : html`<br /><span>${this.t('maxDose', { mg: o.maxDoseMg })}</span>`}
            </li>`,
        )}
      </ul>
      <h2>${this.t('alternatives')}</h2>
      <ul>
        ${g.alternatives.map(
          (a) =>
            html`<li>
              ${this.t(`alternative.${a.id}`)}
              ${a.cautions.length
                ? html`<br /><span class="muted">${this.t('caution', { list: this.reasons(g, a.cautions, `caution.${a.id}.`) })}</span>`
                : nothing}
            </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-option-list': TpiOptionList;
  }
}

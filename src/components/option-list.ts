import { css, html, nothing } from 'lit';
import { base } from '../styles/base.js';
import { warningText } from './labels.js';
import { TpiElement } from './tpi-element.js';

/** The three injection options (available, with any caveat, or why not; the session's lidocaine ceiling) and the alternatives. */
export class TpiOptionList extends TpiElement {
  static override styles = [
    base,
    css`
      .ok { color: var(--_ok); }
    `,
  ];


  /**
   * Reasons or cautions (warning ids or eligibility statuses) as one line: "A; B". A
   * text of its own under `prefix.<id>` (what an NSAID caution or an option's caveat
   * means there) comes first, then the status, then the warning's text.
   */
  private reasons = (ids: readonly string[], prefix = '') =>
    ids
      .map((id) =>
        (this.s[prefix + id] ?? (this.s[`status.${id}`] ? this.t(`status.${id}`) : warningText(this.s, id, this.guidance?.warnings))).replace(/\.$/, ''),
      )
      .join('; ');

  override render() {
    const g = this.guidance;
    if (!g) return nothing;
    return html`<h2>${this.t('options')}</h2>
      <ul>
        ${g.options.map(
          (o) =>
            html`<li>
              <strong>${this.t(`option.${o.id}`)}</strong>:
              ${o.available
                ? html`<span class="ok"
                    >${o.reasons.length ? this.t('availableWith', { notes: this.reasons(o.reasons, `note.${o.id}.`) }) : this.t('available')}</span
                  >`
                : this.t('unavailable', { reasons: this.reasons(o.reasons) })}
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
                ? html`<br /><span class="muted">${this.t('caution', { list: this.reasons(a.cautions, `caution.${a.id}.`) })}</span>`
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

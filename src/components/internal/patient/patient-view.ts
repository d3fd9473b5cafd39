import { css, html, nothing } from 'lit';
import { bookingContext } from '../../../context/booking-context.js';
import { base } from '../../../styles/base.js';
import { TpiPart, consume } from '../part.js';
import { emergencyNumber } from './book-button.js';
import { EDUCATION, renderSection } from './education.js';

/**
 * Plain-language help for patients (audience "patient"): what trigger points and their
 * injections are, what they are used for, what to expect, when to get help (the
 * emergency number first), the alternatives, then a self-check that asks about red
 * flags first and suggests a visit to book. Every visible word comes from the strings.
 * With the root's `self-check-first` the self-check comes first, in the document as on
 * screen, so the order a screen reader or the Tab key follows is the order people see
 * (styling `order` on the parts would move the boxes but not the reading order).
 */
export class TpiPatientView extends TpiPart {
  static override styles = [
    base,
    css`
      :host {
        container-type: inline-size;
      }
      h2 {
        font-size: 1.4rem;
      }
      .layout {
        display: grid;
        gap: var(--_sp);
        margin: var(--_sp) 0;
      }
      @container (min-width: 52rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr) minmax(18rem, 24rem);
          align-items: start;
        }
        .layout.check-first {
          grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
        }
        .jump {
          display: none;
        }
      }
      section {
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_sp);
        margin-bottom: var(--_sp);
      }
      .urgent {
        border: 2px solid var(--_crit);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.5em;
      }
      li {
        margin-bottom: 0.25em;
      }
    `,
  ];

  private readonly _booking = consume(this, bookingContext);

  override render() {
    const booking = this._booking.value ?? {};
    const vars = { number: emergencyNumber(this.s, booking) };
    const education = html`<div part="education">${EDUCATION.map((spec) => renderSection(this.s, spec, vars))}</div>`;
    const selfCheck = html`<tpi-self-check part="self-check" exportparts="body-map"></tpi-self-check>`;
    const first = !!booking.selfCheckFirst;
    return html`<h2>${this.t('patient.title')}</h2>
      <p>${this.t('patient.intro')}</p>
      ${first ? nothing : html`<button type="button" class="jump" part="jump" @click=${this.jump}>${this.t('patient.jump')}</button>`}
      <div class="layout ${first ? 'check-first' : ''}">${first ? [selfCheck, education] : [education, selfCheck]}</div>
      <p class="muted">${this.t('patient.disclaimer')}</p>`;
  }

  private jump() {
    this.renderRoot.querySelector('tpi-self-check')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-patient-view': TpiPatientView;
  }
}

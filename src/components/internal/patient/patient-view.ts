import { css, html } from 'lit';
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
 * Parts `education` and `self-check` (exported by the root) let a host reorder them;
 * `body-map` is the self-check's map.
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
    const vars = { number: emergencyNumber(this.s, this._booking.value ?? {}) };
    return html`<h2>${this.t('patient.title')}</h2>
      <p>${this.t('patient.intro')}</p>
      <button type="button" class="jump" part="jump" @click=${this.jump}>${this.t('patient.jump')}</button>
      <div class="layout">
        <div part="education">${EDUCATION.map((spec) => renderSection(this.s, spec, vars))}</div>
        <tpi-self-check part="self-check" exportparts="body-map"></tpi-self-check>
      </div>
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

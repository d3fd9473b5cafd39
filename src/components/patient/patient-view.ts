import { css, html } from 'lit';
import { base } from '../../styles/base.js';
import { TpiElement } from '../tpi-element.js';
import { EDUCATION, section } from './education.js';

/**
 * Plain-language help for patients (audience "patient"): what trigger points and their
 * injections are, what to expect, when to get help, the alternatives, then a self-check
 * that suggests a visit to book. Every visible word comes from the strings.
 */
export class TpiPatientView extends TpiElement {
  // Compact CSS: template literals reach the bundle unminified.
  static override styles = [
    base,
    css`
      :host{container-type:inline-size}
      h2{font-size:1.4rem}
      .layout{display:grid;gap:var(--_sp);margin:var(--_sp) 0}
      @container (min-width:52rem){.layout{grid-template-columns:minmax(0,1fr) minmax(18rem,24rem);align-items:start}.jump{display:none}}
      section{background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--_sp);margin-bottom:var(--_sp)}
      .urgent{border:2px solid var(--_crit)}
      dt{font-weight:600}
      dd{margin:0 0 .5em}
      li{margin-bottom:.25em}
    `,
  ];

  override render() {
    return html`<h2>${this.t('patient.title')}</h2><p>${this.t('patient.intro')}</p
      ><button type="button" class="jump" @click=${() => this.renderRoot.querySelector('tpi-self-check')?.focus()}>${this.t('patient.jump')}</button
      ><div class="layout"><div>${EDUCATION.map((spec) => section(this.s, spec))}</div><tpi-self-check></tpi-self-check></div
      ><p class="muted">${this.t('patient.disclaimer')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tpi-patient-view': TpiPatientView;
  }
}

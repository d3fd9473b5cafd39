/* global customElements */ // a browser module
// The floor of the element bench: a bare LitElement with the same controls as the
// widget's site editor for the same sites (per site: a heading and a remove button, a
// muscle select with the same option groups and options, a side select, one fieldset
// of three labelled radios per finding, two labelled checkboxes) and no logic: a click
// stores the value and re-renders. Bundled with the same Lit and rollup settings as
// dist/tpi-guide.min.js (bench/bundles.js), so the ratio isolates what <tpi-guide> adds
// on top of Lit itself. bench/element.js checks that the control counts match.
import { LitElement, html } from 'lit';

const STATES = [
  [true, 'Present'],
  [false, 'Absent'],
  [undefined, 'Not examined'],
];
const FLAGS = ['localInfection', 'acuteTrauma'];

export class BareForm extends LitElement {
  static properties = { sites: { attribute: false } };

  constructor() {
    super();
    /** Site exams: `{ id, muscle, side, findings }`. */
    this.sites = [];
    /** The muscle list as [group label, [[id, name], …]], the widget's grouping. */
    this.groups = [];
    /** The finding keys, in the widget's order. */
    this.findings = [];
  }

  /** Stores `patch` into site `i`, as new objects, the way an immutable form would. */
  edit(i, patch) {
    this.sites = this.sites.map((site, k) => (k === i ? { ...site, ...patch } : site));
  }

  render() {
    return html`<h2>Examined sites</h2>
      ${this.sites.map((site, i) => this.renderSite(site, i))}`;
  }

  renderSite(site, i) {
    return html`<div class="card" role="group" aria-labelledby="site-${i}">
      <h3 id="site-${i}">${site.muscle} <span>ID ${site.id}</span></h3>
      <button>Remove</button>
      <label
        >Muscle
        <select @change=${(e) => this.edit(i, { muscle: e.target.value })}>
          ${this.groups.map(
            ([label, muscles]) =>
              html`<optgroup label=${label}>
                ${muscles.map(([id, name]) => html`<option value=${id} .selected=${id === site.muscle}>${name}</option>`)}
              </optgroup>`,
          )}
        </select></label
      >
      <label
        >Side
        <select @change=${(e) => this.edit(i, { side: e.target.value || undefined })}>
          ${['', 'left', 'right'].map((side) => html`<option value=${side} .selected=${side === (site.side ?? '')}>${side || 'Not specified'}</option>`)}
        </select></label
      >
      ${this.findings.map(
        (key) =>
          html`<fieldset>
            <legend>${key}</legend>
            ${STATES.map(
              ([value, text]) =>
                html`<label
                  ><input
                    type="radio"
                    name="f${i}-${key}"
                    .checked=${site.findings[key] === value}
                    @change=${() => this.edit(i, { findings: { ...site.findings, [key]: value } })}
                  />${text}</label
                >`,
            )}
          </fieldset>`,
      )}
      ${FLAGS.map(
        (flag) =>
          html`<label><input type="checkbox" .checked=${site[flag] === true} @change=${(e) => this.edit(i, { [flag]: e.target.checked })} />${flag}</label>`,
      )}
    </div>`;
  }
}

customElements.define('bare-form', BareForm);

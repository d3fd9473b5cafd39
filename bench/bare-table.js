// The floor of the element bench: a bare LitElement that renders a 20-row table and
// nothing else (no engine, no controls). Bundled with the same Lit and rollup settings
// as dist/tpi-guide.min.js (bench/bundles.js), so the ratio isolates what <tpi-guide>
// adds on top of Lit itself.
import { LitElement, html } from 'lit';

export class BareTable extends LitElement {
  static properties = { rows: { attribute: false } };

  constructor() {
    super();
    /** One object per row: id, muscle, side and the essential findings. */
    this.rows = [];
  }

  render() {
    const cell = (value) => (value === true ? 'yes' : value === false ? 'no' : 'not examined');
    return html`<table>
      <caption>Sites examined</caption>
      <thead>
        <tr><th scope="col">Site</th><th scope="col">Muscle</th><th scope="col">Side</th><th scope="col">Taut band</th><th scope="col">Hypersensitive spot</th><th scope="col">Referred pain</th><th scope="col">Pain recognition</th></tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.id}</th><td>${r.muscle}</td><td>${r.side ?? ''}</td><td>${cell(r.tautBand)}</td><td>${cell(r.hypersensitiveSpot)}</td><td>${cell(r.referredPain)}</td><td>${cell(r.painRecognition)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('bare-table', BareTable);

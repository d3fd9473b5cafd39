import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';

// Proves the runner is real: a Lit element with a standard decorator, rendered in
// Chromium into a shadow root and queried there.
class FoundationProbe extends LitElement {
  @property() accessor label = 'none';
  override render() {
    return litHtml`<p class="label">${this.label}</p>`;
  }
}
customElements.define('foundation-probe', FoundationProbe);

describe('foundation', () => {
  it('runs in a real Chromium', () => {
    expect(navigator.userAgent).to.match(/Chrome\//);
    expect(typeof document.createElement('div').attachShadow).to.equal('function');
  });

  it('renders a Lit element into its shadow root and updates it', async () => {
    const el = await fixture<FoundationProbe>(html`<foundation-probe label="first"></foundation-probe>`);
    expect(el.shadowRoot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('first');
    el.label = 'second';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('second');
  });
});

// Which language the widget speaks, and when it notices a change: its own `lang`, else
// the nearest ancestor's (across shadow roots), else the document's; a change of any of
// them re-renders it.
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { registerTranslation } from '../../src/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { part, settle } from './helpers.js';

registerTranslation({ $code: 'xx', summary: 'Resumen' });

/** The summary card's heading: "Summary" in English, "Resumen" in the test language. */
const heading = (el: TpiGuide) => part(el, 'tpi-results-summary').querySelector('h2')!.textContent!.trim();

/** A host component that renders <tpi-guide> inside its own shadow root. */
class ShadowHost extends LitElement {
  override render() {
    return html`<section><tpi-guide></tpi-guide></section>`;
  }
}
customElements.define('locale-shadow-host', ShadowHost);

/** Builds `<html> > div[lang=outer] > div > tpi-guide` and waits for the widget. */
async function nested(outer: string): Promise<{ el: TpiGuide; outer: HTMLElement; middle: HTMLElement }> {
  const outerDiv = document.createElement('div');
  outerDiv.lang = outer;
  const middle = document.createElement('div');
  const el = document.createElement('tpi-guide');
  middle.append(el);
  outerDiv.append(middle);
  document.body.append(outerDiv);
  await settle(el);
  return { el, outer: outerDiv, middle };
}

describe('the widget language', () => {
  afterEach(() => document.body.replaceChildren());

  it('follows a lang change on an ancestor between it and <html>', async () => {
    const { el, middle } = await nested('en');
    expect(heading(el)).to.equal('Summary');
    middle.lang = 'xx';
    await waitUntil(() => heading(el) === 'Resumen', 'the widget did not follow its ancestor’s lang');
    await settle(el);
    middle.removeAttribute('lang');
    await waitUntil(() => heading(el) === 'Summary', 'the widget did not go back to English');
  });

  it('follows a lang change on a farther ancestor', async () => {
    const { el, outer } = await nested('en');
    outer.lang = 'xx';
    await waitUntil(() => heading(el) === 'Resumen', 'the widget did not follow its ancestor’s lang');
  });

  it('reads the lang of an ancestor outside the shadow root it lives in', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'xx';
    const host = document.createElement('locale-shadow-host') as ShadowHost;
    wrapper.append(host);
    document.body.append(wrapper);
    await host.updateComplete;
    const el = host.shadowRoot!.querySelector('tpi-guide')!;
    await settle(el);
    expect(heading(el)).to.equal('Resumen');
    wrapper.lang = 'en';
    await waitUntil(() => heading(el) === 'Summary', 'the widget did not follow a lang change outside its shadow root');
  });

  it('follows a lang change inside the shadow root it lives in', async () => {
    const host = document.createElement('locale-shadow-host') as ShadowHost;
    document.body.append(host);
    await host.updateComplete;
    const el = host.shadowRoot!.querySelector('tpi-guide')!;
    await settle(el);
    host.shadowRoot!.querySelector('section')!.lang = 'xx';
    await waitUntil(() => heading(el) === 'Resumen', 'the widget did not follow a lang change in its shadow root');
  });
});

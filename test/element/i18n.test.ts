import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { registerTranslation, stringsContext } from '../../src/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { deep, settle } from './helpers.js';

registerTranslation({ $code: 'xx', summary: 'Resumen', 'status.not-indicated': 'No indicada' });

const heading = (el: Element) => deep(el, 'tpi-results-summary').shadowRoot!.querySelector('h2')!.textContent;
const sitesHeading = (el: Element) => deep(el, 'tpi-site-editor').shadowRoot!.querySelector('h2')!.textContent;

/** A <tpi-guide> whose parent has `lang`. (Not a <div> fixture: fixture() would then wait
 * for an animation frame, which a background test page may never get.) */
async function inside(lang: string): Promise<TpiGuide> {
  const el = await fixture<TpiGuide>(html`<tpi-guide></tpi-guide>`);
  el.parentElement!.lang = lang;
  el.requestUpdate();
  await settle(el);
  return el;
}

/** A host that overrides strings through the context, above the element. */
class StringsHost extends LitElement {
  provider = new ContextProvider(this, { context: stringsContext, initialValue: { summary: 'From the host' } });
  override render() {
    return litHtml`<tpi-guide></tpi-guide>`;
  }
}
customElements.define('strings-host', StringsHost);

describe('strings and languages', () => {
  it('speaks English by default', async () => {
    const el = await fixture<TpiGuide>(html`<tpi-guide></tpi-guide>`);
    await settle(el);
    expect(heading(el)).to.equal('Summary');
  });

  it('uses the nearest ancestor lang, and falls back to English key by key', async () => {
    const el = await inside('xx-YY');
    expect(heading(el)).to.equal('Resumen');
    expect(sitesHeading(el)).to.equal('Examined sites');
  });

  it('prefers its own lang and follows a change of it', async () => {
    const el = await inside('en');
    el.setAttribute('lang', 'xx');
    await waitUntil(() => heading(el) === 'Resumen', 'the widget did not follow its own lang');
    el.setAttribute('lang', 'en');
    await waitUntil(() => heading(el) === 'Summary', 'the widget did not go back to English');
  });

  it('re-renders when a language is registered after it rendered', async () => {
    const el = await fixture<TpiGuide>(html`<tpi-guide lang="zz"></tpi-guide>`);
    await settle(el);
    expect(heading(el)).to.equal('Summary');
    registerTranslation({ $code: 'zz', summary: 'Zusammenfassung' });
    await settle(el);
    expect(heading(el)).to.equal('Zusammenfassung');
  });

  it('lets a host override strings through the context and the strings property', async () => {
    const host = await fixture<StringsHost>(html`<strings-host></strings-host>`);
    const el = host.shadowRoot!.querySelector('tpi-guide')!;
    await settle(el);
    expect(heading(el)).to.equal('From the host');
    el.strings = { summary: 'From the property' };
    await settle(el);
    expect(heading(el)).to.equal('From the property');
  });
});

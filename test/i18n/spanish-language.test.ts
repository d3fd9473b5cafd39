// Which language a <tpi-guide> speaks: its own lang, else the nearest ancestor's, else
// the document's; Spanish once tpi-guide/i18n/es is loaded; host overrides on top.
import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/index.js';
import '../../src/i18n/es.js';
import { stringsContext } from '../../src/index.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { settle } from '../element/helpers.js';

/** The summary card's heading: "Summary" in English, "Resumen" in Spanish. */
const heading = (el: TpiGuide) =>
  el.shadowRoot!.querySelector('tpi-results-summary')!.shadowRoot!.querySelector('h2')!.textContent!.trim();

/** Mounts `<tpi-guide>` (inside `wrapper` when given) in the document and waits for it. */
async function mount(wrapper?: HTMLElement, lang?: string): Promise<TpiGuide> {
  const el = document.createElement('tpi-guide');
  if (lang !== undefined) el.lang = lang;
  (wrapper ?? document.body).append(el);
  if (wrapper) document.body.append(wrapper);
  await settle(el);
  return el;
}

/** The attribute observer reports in a microtask, then the parts re-render: settle() waits for both. */
const afterLangChange = (el: TpiGuide) => settle(el);

describe('language resolution with Spanish loaded', () => {
  const documentLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = documentLang;
    document.body.replaceChildren();
  });

  it('speaks Spanish when its own lang is es', async () => {
    expect(heading(await mount(undefined, 'es'))).to.equal('Resumen');
  });

  it('speaks the nearest ancestor language, a regional tag falling back to its base', async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const inner = document.createElement('section');
    inner.lang = 'es-MX';
    outer.append(inner);
    const el = document.createElement('tpi-guide');
    inner.append(el);
    document.body.append(outer);
    await settle(el);
    expect(heading(el)).to.equal('Resumen');
  });

  it('prefers its own lang over an ancestor', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    expect(heading(await mount(wrapper, 'en'))).to.equal('Summary');
  });

  it('follows the document language, and a change of it', async () => {
    document.documentElement.lang = 'es';
    const el = await mount();
    expect(heading(el)).to.equal('Resumen');
    document.documentElement.lang = 'en';
    await afterLangChange(el);
    expect(heading(el)).to.equal('Summary');
  });

  it('follows a change of its own lang', async () => {
    const el = await mount(undefined, 'en');
    el.lang = 'es';
    await afterLangChange(el);
    expect(heading(el)).to.equal('Resumen');
  });

  it('lets a host override Spanish strings through the strings context, and change them later', async () => {
    const host = document.createElement('div');
    host.lang = 'es';
    const provider = new ContextProvider(host, { context: stringsContext, initialValue: { summary: 'Resumen clínico' } });
    const el = await mount(host);
    expect(heading(el)).to.equal('Resumen clínico');
    // Keys the host leaves alone stay Spanish.
    const sites = el.shadowRoot!.querySelector('tpi-site-editor')!.shadowRoot!.querySelector('h2')!.textContent!.trim();
    expect(sites).to.equal('Localizaciones exploradas');
    provider.setValue({ summary: 'Síntesis' });
    await settle(el);
    expect(heading(el)).to.equal('Síntesis');
  });

  it('lets the strings property win over the context and the language', async () => {
    const host = document.createElement('div');
    host.lang = 'es';
    new ContextProvider(host, { context: stringsContext, initialValue: { summary: 'Resumen clínico' } });
    const el = await mount(host);
    el.strings = { summary: 'Resumen del caso' };
    await settle(el);
    expect(heading(el)).to.equal('Resumen del caso');
  });
});

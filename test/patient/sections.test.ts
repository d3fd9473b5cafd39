// Every education section of the patient view renders, from the strings, in order.
import { expect, fixture, html } from '@open-wc/testing';
import { ALTERNATIVE_IDS } from '../../src/engine/index.js';
import { EDUCATION } from '../../src/components/patient/education.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { en } from '../../src/i18n/en.js';
import { t } from '../../src/i18n/translate.js';
import { TODAY, deep, deepAll, patientGuide, settle, squash } from './helpers.js';

const view = (el: Element) => deep(el, 'tpi-patient-view').shadowRoot!;

describe('patient view sections', () => {
  it('renders the title, the introduction and the disclaimer', async () => {
    const el = await patientGuide();
    expect(squash(view(el).querySelector('h2')!.textContent)).to.equal(en['patient.title']);
    const text = squash(view(el).textContent);
    expect(text).to.include(en['patient.intro']).and.include(en['patient.disclaimer']);
  });

  for (const [id, ...blocks] of EDUCATION) {
    it(`renders the "${id}" section: its heading and every paragraph or item, in order`, async () => {
      const el = await patientGuide();
      const section = view(el).querySelector(`section.${id}`)!;
      expect(section, id).to.not.equal(null);
      expect(squash(section.querySelector('h3')!.textContent)).to.equal(en[`patient.${id}`]);
      const expected = blocks.flatMap(([tag, ...items]) =>
        items.flatMap((item) => [...(tag == 'dl' ? [t(en, `alternative.${item}`)] : []), en[`patient.${id}.${item}`]]),
      );
      for (const text of expected) expect(text, `a key of "${id}" has no English`).to.be.a('string');
      expect([...section.querySelectorAll('p, li, dt, dd')].map((n) => squash(n.textContent))).to.deep.equal(expected);
    });
  }

  it('covers what a patient needs to know: the steps in order, wet vs dry, aftercare, effects, relief, urgent care, alternatives', async () => {
    const el = await patientGuide();
    const root = view(el);
    expect(root.querySelectorAll('section.during ol > li')).to.have.length(5);
    expect(squash(root.querySelector('section.needling')!.textContent)).to.include('lidocaine').and.include('no medicine');
    expect(squash(root.querySelector('section.after')!.textContent)).to.include('numb').and.include('not to drive');
    expect(squash(root.querySelector('section.effects')!.textContent)).to.include('More common').and.include('Less common');
    expect(squash(root.querySelector('section.relief')!.textContent)).to.include('2 to 12 weeks').and.include('different for everyone');
    const urgent = squash(root.querySelector('section.urgent')!.textContent);
    expect(urgent).to.include('chest pain').and.include('infection').and.include('allergic reaction');
    expect([...root.querySelectorAll('section.alt dt')].map((n) => squash(n.textContent))).to.deep.equal(
      ALTERNATIVE_IDS.map((id) => t(en, `alternative.${id}`)),
    );
  });

  it('keeps headings in order with no level skipped: h2, then h3 for each section and the self-check', async () => {
    const el = await patientGuide();
    const levels = deepAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(2);
    expect(levels.slice(1)).to.deep.equal(Array(EDUCATION.length + 1).fill(3));
  });

  it('lets a host override any patient string, such as the driving advice', async () => {
    const el = await patientGuide();
    el.strings = { 'patient.after.driving': 'Our clinic arranges a ride home after leg injections.' };
    await settle(el);
    expect(squash(view(el).querySelector('section.after')!.textContent)).to.include('Our clinic arranges a ride home').and.not.include('not to drive');
  });

  it('is shown only for the patient audience, and switching audience swaps the views', async () => {
    const el = await fixture<TpiGuide>(html`<tpi-guide today=${TODAY}></tpi-guide>`);
    await settle(el);
    expect(deepAll(el, 'tpi-patient-view')).to.have.length(0);
    el.audience = 'patient';
    await settle(el);
    expect(deepAll(el, 'tpi-patient-view')).to.have.length(1);
    expect(deepAll(el, 'tpi-site-editor')).to.have.length(0);
  });
});

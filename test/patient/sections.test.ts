// Every education section of the patient view renders, from the strings, in order.
import { expect, fixture, html } from '@open-wc/testing';
import { ALTERNATIVE_IDS } from '../../src/engine/index.js';
import { EDUCATION } from '../../src/components/internal/patient/education.js';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { en } from '../../src/i18n/en.js';
import { tData } from '../../src/i18n/translate.js';
import { TODAY, deep, deepAll, patientGuide, settle, squash } from './helpers.js';

const view = (el: Element) => deep(el, 'tpi-patient-view').shadowRoot!;

describe('patient view sections', () => {
  it('renders the title, the introduction and the disclaimer', async () => {
    const el = await patientGuide();
    expect(squash(view(el).querySelector('h2')!.textContent)).to.equal(en['patient.title']);
    const text = squash(view(el).textContent);
    expect(text).to.include(en['patient.intro']).and.include(en['patient.disclaimer']);
  });

  for (const { id, blocks } of EDUCATION) {
    it(`renders the "${id}" section: its heading and every paragraph or item, in order`, async () => {
      const el = await patientGuide();
      const section = view(el).querySelector(`section.${id}`)!;
      expect(section, id).to.not.equal(null);
      expect(squash(section.querySelector('h3')!.textContent)).to.equal(en[`patient.${id}`]);
      const expected = blocks.flatMap(([tag, ...items]) =>
        // {number} is the emergency number; with none configured, "your local emergency number".
        items.flatMap((item) => [...(tag == 'dl' ? [tData(en, `alternative.${item}`)] : []), tData(en, `patient.${id}.${item}`, { number: en['patient.emergency.number']! })]),
      );
      for (const item of blocks.flatMap(([, ...items]) => items)) expect(en[`patient.${id}.${item}`], `patient.${id}.${item} has no English`).to.be.a('string');
      expect([...section.querySelectorAll('p, li, dt, dd')].map((n) => squash(n.textContent))).to.deep.equal(expected);
    });
  }

  it('covers what a patient needs to know: uses, the steps in order, wet vs dry, aftercare, effects, relief, urgent care, alternatives', async () => {
    const el = await patientGuide();
    const root = view(el);
    const text = (id: string) => squash(root.querySelector(`section.${id}`)!.textContent);
    expect(text('uses')).to.include('tension headaches').and.include('ringing in the ears').and.include('low back pain').and.include('joint pain');
    expect(text('uses')).to.include('myofascial pain syndrome').and.include('jaw, neck or shoulder pain');
    expect(root.querySelectorAll('section.during ol > li')).to.have.length(5);
    expect(text('needling')).to.include('lidocaine').and.include('no medicine').and.include('from day 9 to day 28').and.include('2 to 6 months');
    expect(text('needling')).to.include('less soreness');
    expect(text('after')).to.include('numb').and.include('not to drive').and.include('get themselves home');
    expect(text('effects')).to.include('More common').and.include('Less common');
    expect(text('relief')).to.include('2 to 12 weeks').and.include('do not feel better');
    expect([...root.querySelectorAll('section.alt dt')].map((n) => squash(n.textContent))).to.deep.equal(
      ALTERNATIVE_IDS.map((id) => tData(en, `alternative.${id}`)),
    );
  });

  it('does not count an allergic reaction among the side effects that go away on their own', async () => {
    const el = await patientGuide();
    const items = [...view(el).querySelectorAll('section.effects li')].map((n) => squash(n.textContent));
    expect(items.join(' ')).to.not.match(/allerg/i);
    expect(squash(view(el).querySelector('section.effects')!.textContent)).to.include('It may not go away on its own');
  });

  it('puts the emergency number first for chest pain, trouble breathing and facial swelling, neck included, and says it can start hours later', async () => {
    const el = await patientGuide();
    const urgent = squash(view(el).querySelector('section.urgent')!.textContent);
    const emergency = urgent.indexOf('Call your local emergency number now');
    expect(emergency).to.be.at.least(0);
    expect(emergency).to.be.below(urgent.indexOf('Call your clinic'));
    const beforeClinic = urgent.slice(0, urgent.indexOf('Call your clinic'));
    expect(beforeClinic).to.include('chest pain').and.include('trouble breathing').and.include('Swelling of the face').and.include('neck');
    expect(beforeClinic).to.include('hours after');
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

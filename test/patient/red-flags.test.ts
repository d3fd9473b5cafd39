// The self-check's red flags in the element (contract v2): asked first in plain words;
// an emergency or urgent result at the top of the self-check, in an assertive live
// region, with no booking button, for as long as the red flag is ticked; the emergency
// number a host names, by attribute, property or strings.
import { expect } from '@open-wc/testing';
import { RED_FLAG_IDS, RED_FLAG_LEVEL } from '../../src/engine/index.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/es.js';
import { alertRegion, alertText, book, bookButton, check, choose, deep, outcome, patientGuide, settle, squash } from './helpers.js';

const label = (id: string) => en[`patient.redFlag.${id}`]!;
const EMERGENCY = RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'emergency');
const URGENT = RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'urgent');
const SOON = RED_FLAG_IDS.filter((id) => RED_FLAG_LEVEL[id] === 'soon');

/** Whether `a` comes before `b` in document order. */
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('self-check red flags', () => {
  it('asks the red flags first, as "Do any of these apply to you now?", each in plain words', async () => {
    const el = await patientGuide();
    const first = check(el).querySelector('fieldset')!;
    expect(squash(first.querySelector('legend')!.textContent)).to.equal('Do any of these apply to you now? Choose all that fit.');
    expect([...first.querySelectorAll('label')].map((l) => squash(l.textContent))).to.deep.equal(RED_FLAG_IDS.map(label));
    for (const input of first.querySelectorAll('input')) expect(input.type).to.equal('checkbox');
  });

  for (const id of EMERGENCY)
    it(`"${id}": says to call the emergency number at the top, assertively, with no booking button, until it is unticked`, async () => {
      const el = await patientGuide();
      const region = alertRegion(el);
      await choose(el, label(id));
      expect(alertText(el)).to.match(/^Call your local emergency number now\. Do not wait/);
      expect(alertText(el)).to.include(en[`patient.reason.${id}`]);
      expect(bookButton(el)).to.equal(null);
      expect(outcome(el)).to.equal('');
      expect(squash(check(el).textContent)).to.include('Please get help first: see the message at the top of these questions.');
      // The same region, kept in the page, so its new text is announced.
      expect(alertRegion(el)).to.equal(region);
      await choose(el, label(id));
      expect(alertText(el)).to.equal('');
      expect(bookButton(el)).to.not.equal(null);
    });

  for (const id of URGENT)
    it(`"${id}": says to get care today at the top, with no booking button`, async () => {
      const el = await patientGuide({ label: 'Continue to booking' });
      await choose(el, label(id));
      expect(alertText(el)).to.match(/^Get care today\. Call your clinic, or go to an urgent care center\./);
      expect(alertText(el)).to.include(en[`patient.reason.${id}`]).and.include('If it gets worse, call your local emergency number.');
      expect(alertRegion(el).classList.contains('urgent')).to.equal(true);
      expect(bookButton(el)).to.equal(null);
    });

  for (const id of SOON)
    it(`"${id}": suggests a consultation to book, with the reason, and no alert`, async () => {
      const el = await patientGuide();
      await choose(el, 'No', 'Have you');
      await choose(el, label(id));
      expect(alertText(el)).to.equal('');
      expect(outcome(el)).to.equal('A visit that could suit you: a consultation with a clinician.');
      expect(squash(check(el).querySelector('.result + ul')!.textContent)).to.include(en[`patient.reason.${id}`]);
      expect((await book(el))[0]!.detail).to.deep.include({ service: 'consultation', level: 'routine' });
    });

  it('shows the alert at the top of the self-check: right under its heading, above every question', async () => {
    const el = await patientGuide();
    await choose(el, label('chest-breathing'));
    const root = check(el);
    const region = alertRegion(el);
    expect(region.previousElementSibling!.tagName).to.equal('H3');
    for (const set of root.querySelectorAll('fieldset')) expect(before(region, set)).to.equal(true);
    expect(region.getBoundingClientRect().top).to.be.lessThan(root.querySelector('fieldset')!.getBoundingClientRect().top);
    expect(region.getBoundingClientRect().height).to.be.greaterThan(40);
  });

  it('keeps the alert region in the accessibility tree before anything is shown, so the first result is announced', async () => {
    const el = await patientGuide();
    const region = alertRegion(el);
    expect(getComputedStyle(region).display).to.not.equal('none');
    expect(region.closest('[aria-hidden=true], [hidden]')).to.equal(null);
    expect(alertText(el)).to.equal('');
  });

  it('keeps the emergency message while other answers change, steps down to urgent, then routine, as flags are unticked', async () => {
    const el = await patientGuide();
    await choose(el, label('chest-breathing'));
    for (const step of [['Neck pain'], ['More than 12 weeks'], ['Yes', 'When you press'], ['Yes', 'Have you'], [label('fever')], ['Very afraid of needles']] as [string, string?][]) {
      await choose(el, ...step);
      expect(alertText(el), step[0]).to.match(/^Call your local emergency number now\./);
      expect(bookButton(el)).to.equal(null);
    }
    // The rest stayed usable: every answer above took.
    expect(check(el).querySelectorAll('input:checked')).to.have.length(7);
    for (const input of check(el).querySelectorAll('input')) expect(input.disabled).to.equal(false);
    await choose(el, label('chest-breathing'));
    expect(alertText(el)).to.match(/^Get care today\./);
    expect(bookButton(el)).to.equal(null);
    await choose(el, label('fever'));
    expect(alertText(el)).to.equal('');
    expect(outcome(el)).to.equal('A visit that could suit you: a trigger point assessment.');
    expect(bookButton(el)).to.not.equal(null);
  });

  it('lists one reason per emergency flag ticked, and no routine advice', async () => {
    const el = await patientGuide();
    await choose(el, 'No', 'Have you');
    await choose(el, label('stroke-signs'));
    await choose(el, label('allergic-swelling'));
    const items = [...alertRegion(el).querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items).to.deep.equal([en['patient.reason.allergic-swelling'], en['patient.reason.stroke-signs']]);
    expect(squash(check(el).textContent)).to.not.include(en['patient.reason.care-first']!);
  });

  it('names the host emergency number from emergency-number, as text, and follows the property', async () => {
    const el = await patientGuide({ emergency: '911' });
    expect(el.emergencyNumber).to.equal('911');
    await choose(el, label('thunderclap-headache'));
    expect(alertText(el)).to.match(/^Call 911 now\./);
    const urgentSection = squash(deep(el, 'tpi-patient-view').shadowRoot!.querySelector('section.urgent')!.textContent);
    expect(urgentSection).to.include('Call 911 now if any of these happen:');
    el.emergencyNumber = '<b>112</b>';
    await settle(el);
    expect(el.getAttribute('emergency-number')).to.equal('<b>112</b>');
    expect(alertText(el)).to.match(/^Call <b>112<\/b> now\./);
    expect(alertRegion(el).querySelector('b')).to.equal(null);
    el.removeAttribute('emergency-number');
    await settle(el);
    expect(alertText(el)).to.match(/^Call your local emergency number now\./);
  });

  it('uses the number in the urgent advice too', async () => {
    const el = await patientGuide({ emergency: '911' });
    await choose(el, label('red-hot-skin'));
    expect(alertText(el)).to.include('If it gets worse, call 911.');
  });

  it('lets a host reword the emergency message through strings', async () => {
    const el = await patientGuide();
    el.strings = { 'patient.emergency.number': 'Triple Zero (000)' };
    await settle(el);
    await choose(el, label('bladder-bowel'));
    expect(alertText(el)).to.match(/^Call Triple Zero \(000\) now\./);
    el.strings = { 'patient.emergency.call': 'Ring {number} straight away.' };
    await settle(el);
    expect(alertText(el)).to.match(/^Ring your local emergency number straight away\./);
  });

  it('speaks Spanish, number included', async () => {
    const el = await patientGuide({ emergency: '911', lang: 'es' });
    const first = check(el).querySelector('fieldset')!;
    expect(squash(first.querySelector('legend')!.textContent)).to.equal('¿Le pasa ahora alguna de estas cosas? Elija todo lo que corresponda.');
    first.querySelector('input')!.click();
    await settle(el);
    expect(alertText(el)).to.match(/^Llame ahora a emergencias al 911\./);
    el.removeAttribute('emergency-number');
    await settle(el);
    expect(alertText(el)).to.match(/^Llame ahora a su número local de emergencias\./);
  });
});

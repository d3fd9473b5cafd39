// The booking call-to-action: what tpi-book carries, and how a host relabels or hides it.
import { expect } from '@open-wc/testing';
import { evaluate } from '../../src/engine/index.js';
import type { TpiChangeEvent } from '../../src/events/tpi-change-event.js';
import { TODAY, book, bookButton, check, choose, outcome, patientGuide, settle, squash } from './helpers.js';

describe('booking', () => {
  it('dispatches tpi-book (bubbling, composed) with a consultation and the guidance of an empty assessment before any answer', async () => {
    const el = await patientGuide();
    let onDocument: Event | undefined;
    const spy = (e: Event) => (onDocument = e);
    document.addEventListener('tpi-book', spy);
    const [event, ...more] = await book(el);
    document.removeEventListener('tpi-book', spy);
    expect(more).to.have.length(0);
    expect(onDocument).to.equal(event);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail.service).to.equal('consultation');
    expect(event!.detail.guidance).to.deep.equal(evaluate({ sites: [] }, { today: TODAY }));
  });

  it('carries the suggested visit and guidance built only from what the person entered', async () => {
    const el = await patientGuide();
    await choose(el, 'Neck pain');
    await choose(el, 'Headaches');
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    await choose(el, 'Taking a blood thinner');
    const entered = { symptoms: ['headache' as const, 'neck-pain' as const], conservativeCareTried: true, patient: { anticoagulated: true }, sites: [] };
    // No findings, sites or other flags are invented; "spreads" is not an assessment field.
    expect(el.assessment).to.deep.equal(entered);
    const [event] = await book(el);
    expect(event!.detail.service).to.equal('consultation');
    expect(event!.detail.guidance).to.deep.equal(evaluate(entered, { today: TODAY }));
    expect(event!.detail.guidance).to.deep.equal(el.guidance);
  });

  it('suggests and books a trigger point assessment when pain spreads after first-line care', async () => {
    const el = await patientGuide();
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: a trigger point assessment.');
    expect(squash(bookButton(el)!.textContent)).to.equal('Book a trigger point assessment');
    const [event] = await book(el);
    expect(event!.detail.service).to.equal('trigger-point-injection');
    // The engine still decides injection questions: with no examined site, nothing is indicated.
    expect(event!.detail.guidance.eligibility.status).to.equal('not-indicated');
  });

  it('suggests physical therapy first when it has not been tried', async () => {
    const el = await patientGuide();
    await choose(el, 'No', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: physical therapy.');
    expect(squash(check(el).querySelector('ul')!.textContent)).to.include('usually tried before injections');
    expect((await book(el))[0]!.detail.service).to.equal('physical-therapy');
    expect(el.assessment).to.deep.equal({ conservativeCareTried: false, sites: [] });
  });

  it('takes answers back out of the assessment when they are cleared', async () => {
    const el = await patientGuide();
    await choose(el, 'Jaw pain');
    await choose(el, 'Pregnant, or could be pregnant');
    await choose(el, 'No', 'Have you');
    await choose(el, 'Jaw pain');
    await choose(el, 'Pregnant, or could be pregnant');
    await choose(el, 'Not sure', 'Have you');
    expect(el.assessment).to.deep.equal({ patient: {}, sites: [] });
    expect((await book(el))[0]!.detail.guidance).to.deep.equal(evaluate({ sites: [] }, { today: TODAY }));
  });

  it('announces each entry to the host through tpi-change', async () => {
    const el = await patientGuide();
    const changes: TpiChangeEvent[] = [];
    el.addEventListener('tpi-change', (e) => changes.push(e));
    await choose(el, 'Lower back pain');
    await choose(el, 'Yes', 'When you press');
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.assessment).to.deep.equal({ symptoms: ['low-back-pain'], sites: [] });
  });

  it('uses the host label from book-label, as text, and follows changes to it', async () => {
    const el = await patientGuide({ label: 'Request <b>an appointment</b>' });
    expect(bookButton(el)!.textContent).to.equal('Request <b>an appointment</b>');
    expect(bookButton(el)!.querySelector('b')).to.equal(null);
    el.bookLabel = 'Call me back';
    await settle(el);
    expect(squash(bookButton(el)!.textContent)).to.equal('Call me back');
    expect(el.getAttribute('book-label')).to.equal('Call me back');
    el.removeAttribute('book-label');
    await settle(el);
    expect(squash(bookButton(el)!.textContent)).to.equal('Book a consultation with a clinician');
  });

  it('hides the button with hide-booking and keeps the self-check working', async () => {
    const el = await patientGuide({ hidden: true });
    expect(bookButton(el)).to.equal(null);
    await choose(el, 'No', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: physical therapy.');
    el.hideBooking = false;
    await settle(el);
    expect(el.hasAttribute('hide-booking')).to.equal(false);
    expect(squash(bookButton(el)!.textContent)).to.equal('Book physical therapy');
    el.setAttribute('hide-booking', '');
    await settle(el);
    expect(bookButton(el)).to.equal(null);
  });
});

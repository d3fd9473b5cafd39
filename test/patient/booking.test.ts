// The booking call-to-action at a routine suggestion: what tpi-book carries (contract
// v2: service, level, the answers as given, reasons), that the self-check leaves the
// clinician assessment alone, and how a host relabels or hides the button.
import { expect } from '@open-wc/testing';
import type { TpiChangeEvent } from '../../src/events/tpi-change-event.js';
import { book, bookButton, check, choose, outcome, patientGuide, record, settle, squash } from './helpers.js';

describe('booking', () => {
  it('offers a consultation before any answer, says so above the button, and books it with no answers and no reasons', async () => {
    const el = await patientGuide();
    expect(outcome(el)).to.equal('With no answers yet, the suggestion is a consultation with a clinician. Your answers may change it.');
    expect(squash(bookButton(el)!.textContent)).to.equal('Book a consultation with a clinician');
    const onDocument = record(document, 'tpi-book');
    const [event, ...more] = await book(el);
    expect(more).to.have.length(0);
    expect(onDocument).to.deep.equal([event]);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail).to.deep.equal({ service: 'consultation', level: 'routine', answers: {}, reasons: [] });
  });

  it('carries the suggested visit, the level, the answers exactly as given and the reasons', async () => {
    const el = await patientGuide();
    await choose(el, 'Neck pain');
    await choose(el, 'Headaches');
    await choose(el, 'More than 12 weeks');
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    await choose(el, 'Taking aspirin, Plavix or a similar medicine every day');
    expect(outcome(el)).to.equal('A visit that could suit you: a trigger point assessment.');
    expect(squash(bookButton(el)!.textContent)).to.equal('Book a trigger point assessment');
    const [event] = await book(el);
    expect(event!.detail).to.deep.equal({
      service: 'trigger-point-assessment',
      level: 'routine',
      answers: { areas: ['headache', 'neck-pain'], duration: 'over-12-weeks', spreads: 'yes', triedCare: 'yes', flags: ['antiplatelet'] },
      reasons: ['spreads', 'antiplatelet'],
    });
  });

  it('hands the host a copy: changing the event detail changes nothing in the widget', async () => {
    const el = await patientGuide();
    await choose(el, 'No', 'Have you');
    const [first] = await book(el);
    (first!.detail.answers as { triedCare?: string }).triedCare = 'yes';
    (first!.detail.reasons as string[]).push('spreads');
    const [second] = await book(el);
    expect(second!.detail).to.deep.equal({ service: 'physical-therapy', level: 'routine', answers: { triedCare: 'no' }, reasons: ['care-first'] });
  });

  it('writes nothing into the clinician assessment and fires no tpi-change: answers are patient-reported', async () => {
    const el = await patientGuide();
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    await choose(el, 'Lower back pain');
    await choose(el, 'No', 'Have you');
    await choose(el, 'Taking a blood thinner, such as warfarin, Eliquis or Xarelto');
    await choose(el, 'A fever or chills, or feeling sick all over, along with the pain');
    expect(changes).to.have.length(0);
    expect(el.assessment).to.deep.equal({ sites: [] });
  });

  it('suggests physical therapy first when it has not been tried, with the reason in plain words', async () => {
    const el = await patientGuide();
    await choose(el, 'No', 'Have you');
    expect(outcome(el)).to.equal('A visit that could suit you: physical therapy.');
    expect(squash(check(el).querySelector('.result + ul')!.textContent)).to.include('most often tried before shots');
    expect((await book(el))[0]!.detail.service).to.equal('physical-therapy');
  });

  it('shows the sources on demand, once each', async () => {
    const el = await patientGuide();
    expect(check(el).querySelector('details')).to.equal(null);
    await choose(el, 'Less than 6 weeks');
    await choose(el, 'No', 'Have you');
    const details = check(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    const sources = [...details.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(sources.some((c) => c.includes('Am Fam Physician 2023;107(2):159-164'))).to.equal(true);
    expect(new Set(sources).size).to.equal(sources.length);
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

// The self-check completed with the keyboard only, from a control before the widget:
// a red flag ticked and unticked, the questions answered, and a booking.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import type { TpiBookEvent } from '../../src/events/tpi-book-event.js';
import { TODAY, alertText, focused, outcome, record, settle, squash } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });
const label = () => squash(focused()?.closest('label')?.textContent ?? focused()?.textContent);

/** Presses Tab until the focused control's label reads `text` (failing after `max` presses). */
async function tabTo(text: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    if (label() === text) return;
  }
  throw new Error(`Tab never reached "${text}" (last: "${label()}")`);
}

async function start(selfCheckFirst = false): Promise<TpiGuide> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div><button id="start">start</button><tpi-guide audience="patient" today=${TODAY} emergency-number="911" ?self-check-first=${selfCheckFirst}></tpi-guide></div>`,
  );
  const el = wrap.querySelector('tpi-guide') as TpiGuide;
  await settle(el);
  wrap.querySelector<HTMLButtonElement>('#start')!.focus();
  return el;
}

describe('patient view by keyboard', () => {
  it('jumps to the self-check, meets the red flags first, answers the rest and books without a mouse', async () => {
    const el = await start();
    const booked = record<TpiBookEvent>(el, 'tpi-book');

    // The first stop is the "go to the self-check" button; Enter moves focus to its heading.
    await press('Tab');
    expect(label()).to.equal('Go to the short self-check');
    await press('Enter');
    expect(focused()!.tagName).to.equal('H3');
    expect(squash(focused()!.textContent)).to.equal('Which visit could suit you?');

    // The first control after the heading is the first red flag.
    await press('Tab');
    expect(label()).to.equal('New chest pain, pain when you breathe in, or being short of breath');
    await press('Space');
    await settle(el);
    expect(alertText(el)).to.match(/^Call 911 now\./);
    // Focus stays where the person is; the message is announced, not focused.
    expect(label()).to.equal('New chest pain, pain when you breathe in, or being short of breath');
    await press('Space');
    await settle(el);
    expect(alertText(el)).to.equal('');

    // A red flag further down the list: urgent, and the rest stays usable by keyboard.
    await tabTo('A fever or chills, or feeling sick all over, along with the pain');
    await press('Space');
    await settle(el);
    expect(alertText(el)).to.match(/^Get care today\./);
    await tabTo('Less than 6 weeks'); // Tab enters an unanswered radio group at its first radio
    await press('ArrowDown'); // arrows move and choose
    await press('ArrowDown');
    await settle(el);
    expect(label()).to.equal('More than 12 weeks');
    expect(alertText(el)).to.match(/^Get care today\./);
    // No booking button while the red flag is ticked: Tab goes from the last question to the sources.
    await tabTo('Very afraid of needles');
    await press('Tab');
    expect(squash(focused()!.textContent)).to.equal('What this is based on');
    // Back up to the fever and untick it: the suggestion and the button return.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 40 && label() !== 'A fever or chills, or feeling sick all over, along with the pain'; i++) await press('Tab');
    await sendKeys({ up: 'Shift' });
    await press('Space');
    await settle(el);
    expect(alertText(el)).to.equal('');
    expect(outcome(el)).to.equal('A visit that could suit you: a consultation with a clinician.');
    await tabTo('Book a consultation with a clinician', 60);
    await press('Enter');
    expect(booked).to.have.length(1);
    expect(booked[0]!.detail.answers).to.deep.equal({ duration: 'over-12-weeks' });
  }).timeout(30000);

  it('answers the questions with arrows and books with Enter', async () => {
    const el = await start();
    const booked = record<TpiBookEvent>(el, 'tpi-book');
    await tabTo('Neck pain');
    await press('Space');
    await tabTo('Yes'); // "does the pain spread?"
    await press('Space');
    await press('Tab'); // the next question's first radio
    expect(label()).to.equal('Yes');
    await press('ArrowDown'); // arrows move and choose within a radio group
    expect(label()).to.equal('No');
    await press('ArrowUp');
    await settle(el);
    expect(outcome(el)).to.equal('A visit that could suit you: a trigger point assessment.');

    await tabTo('Book a trigger point assessment');
    await press('Enter');
    expect(booked).to.have.length(1);
    expect(booked[0]!.detail).to.deep.equal({
      service: 'trigger-point-assessment',
      level: 'routine',
      answers: { areas: ['neck-pain'], spreads: 'yes', triedCare: 'yes' },
      reasons: ['spreads'],
    });
  }).timeout(30000);

  it('toggles a checkbox back off with Space', async () => {
    const el = await start();
    await tabTo('Taking a blood thinner, such as warfarin, Eliquis or Xarelto', 60);
    await press('Space');
    await settle(el);
    expect(outcome(el)).to.equal('A visit that could suit you: a consultation with a clinician.');
    await press('Space');
    await settle(el);
    expect(outcome(el)).to.match(/^With no answers yet/);
  }).timeout(30000);

  it('shows the body map, moves through it with the arrows and ticks a place with Space: one tab stop', async () => {
    const el = await start();
    await tabTo('Show the places on a body picture');
    await press('Enter');
    await settle(el);
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    await press('Tab'); // into the map, at its first place
    expect(focused()!.getAttribute('aria-label')).to.equal('Head');
    await press('ArrowDown'); // the place below, in line
    expect(focused()!.getAttribute('aria-label')).to.equal('Neck');
    await press('Space');
    await settle(el);
    expect(focused()!.getAttribute('aria-checked')).to.equal('true');
    // One Tab leaves the map for the list, where the place's answer is ticked.
    await press('Tab');
    expect(label()).to.equal('Headaches');
    await tabTo('Neck pain');
    expect((focused() as HTMLInputElement).checked).to.equal(true);
  }).timeout(30000);

  it('with self-check-first, the first Tab stop in the widget is the first red flag, before any of the reading', async () => {
    const el = await start(true);
    await press('Tab');
    expect(label()).to.equal('New chest pain, pain when you breathe in, or being short of breath');
    await press('Space');
    await settle(el);
    expect(alertText(el)).to.match(/^Call 911 now\./);
  }).timeout(30000);
});

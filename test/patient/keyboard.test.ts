// The self-check completed with the keyboard only, from a control before the widget.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import type { TpiBookEvent } from '../../src/events/tpi-book-event.js';
import { TODAY, focused, outcome, settle, squash } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });
const label = () => squash(focused()?.closest('label')?.textContent ?? focused()?.textContent);

/** Presses Tab until the focused control's label reads `text` (failing after `max` presses). */
async function tabTo(text: string, max = 30) {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    if (label() === text) return;
  }
  throw new Error(`Tab never reached "${text}" (last: "${label()}")`);
}

describe('patient view by keyboard', () => {
  it('jumps to the self-check, answers it and books without a mouse', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><button id="start">start</button><tpi-guide audience="patient" today=${TODAY}></tpi-guide></div>`,
    );
    const el = wrap.querySelector('tpi-guide') as TpiGuide;
    await settle(el);
    const booked: TpiBookEvent[] = [];
    el.addEventListener('tpi-book', (e) => booked.push(e));
    wrap.querySelector<HTMLButtonElement>('#start')!.focus();

    // The first stop is the "go to the self-check" button; Enter moves focus to its heading.
    await press('Tab');
    expect(label()).to.equal('Go to the short self-check');
    await press('Enter');
    expect(focused()!.tagName).to.equal('H3');
    expect(squash(focused()!.textContent)).to.equal('Which visit could suit you?');

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
    expect(booked[0]!.detail.service).to.equal('trigger-point-injection');
    expect(el.assessment).to.deep.equal({ symptoms: ['neck-pain'], conservativeCareTried: true, sites: [] });
  });

  it('toggles a checkbox back off with Space', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><button id="start">start</button><tpi-guide audience="patient" today=${TODAY}></tpi-guide></div>`,
    );
    const el = wrap.querySelector('tpi-guide') as TpiGuide;
    await settle(el);
    wrap.querySelector<HTMLButtonElement>('#start')!.focus();
    await tabTo('Taking a blood thinner', 40);
    await press('Space');
    await settle(el);
    expect(el.assessment.patient).to.deep.equal({ anticoagulated: true });
    await press('Space');
    await settle(el);
    expect(el.assessment.patient).to.deep.equal({});
    expect(outcome(el)).to.equal('Answer any question to see a suggestion.');
  });
});

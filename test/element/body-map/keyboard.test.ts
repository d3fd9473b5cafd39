// The clinician's body map by keyboard alone: shown with Enter, one tab stop, arrows
// between muscles, Enter adds the muscle and side in focus, or goes to its card.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepAll, focused, guide, settle } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });
const name = () => focused()?.getAttribute('aria-label') ?? (focused()?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('clinician body map by keyboard', () => {
  it('adds the muscle and side in focus with Enter, and goes to the card of one recorded', async () => {
    const el = await guide();
    const button = deepAll(el, 'button.map-toggle')[0] as HTMLButtonElement;
    button.focus();
    await press('Enter');
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await press('Tab'); // into the map: its first region
    expect(name()).to.equal('Temporalis, right side');
    await press('ArrowRight'); // across to the patient's left temple (the viewer's right)
    expect(name()).to.equal('Temporalis, left side');
    await press('ArrowDown');
    expect(name()).to.equal('Masseter, left side');
    await press('Enter');
    await settle(el);
    expect(el.assessment.sites.map(({ muscle, side }) => [muscle, side])).to.deep.equal([['masseter', 'left']]);
    expect(focused()?.closest('[role=group][aria-labelledby]')?.textContent).to.include('Masseter, left');
    // Focus went to the new card; back to the map (one tab stop, where it was left).
    button.focus();
    await press('Tab');
    expect(name()).to.equal('Masseter, left side: Indeterminate');
    await press('Space');
    await settle(el);
    expect(el.assessment.sites).to.have.length(1);
    const card = focused()?.closest('[role=group][aria-labelledby]');
    expect(card?.textContent).to.include('Masseter, left');
  });
});

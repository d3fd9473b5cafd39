// <tpi-body-map> by keyboard only (run on its own: npm run test:keyboard). One tab stop;
// arrow keys go to the nearest region in that direction; Home and End; Enter and Space
// choose.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TpiBodyMap } from '../../src/components/internal/body-map/body-map.js';
import { focused, map, picks, targets } from './helpers.js';

const press = async (key: string) => {
  if (!key.startsWith('Shift+')) return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key.slice(6) });
  await sendKeys({ up: 'Shift' });
};
const key = () => (focused() as SVGElement | null)?.dataset?.k;
const stops = (el: TpiBodyMap) => targets(el).filter((g) => g.getAttribute('tabindex') === '0');

/** A map with the focus on the button just before it. */
async function ready(mode: 'clinician' | 'patient' = 'clinician'): Promise<TpiBodyMap> {
  const el = await map(mode);
  el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('body map by keyboard', () => {
  it('is one tab stop: Tab enters on the first region and the next Tab leaves the map', async () => {
    const el = await ready();
    await press('Tab');
    expect(key()).to.equal(targets(el)[0]!.dataset.k);
    expect(key()).to.equal('front temporalis right');
    await press('Tab');
    expect(focused()?.id).to.equal('after');
    await press('Shift+Tab');
    expect(key()).to.equal('front temporalis right');
  });

  it('moves to the neighbor in the direction of each arrow key and keeps one tab stop', async () => {
    const el = await ready();
    await press('Tab');
    // Down from the right temple (front view, the viewer's left) is the right jaw.
    await press('ArrowDown');
    expect(key()).to.equal('front masseter right');
    // Right, across the face, is the left jaw; up from there the left temple.
    await press('ArrowRight');
    expect(key()).to.equal('front masseter left');
    await press('ArrowUp');
    expect(key()).to.equal('front temporalis left');
    await press('ArrowLeft');
    expect(key()).to.equal('front temporalis right');
    expect(stops(el).map((g) => g.dataset.k)).to.deep.equal(['front temporalis right']);
    // Leaving and coming back returns to where the person was.
    await press('ArrowDown');
    await press('Tab');
    await press('Shift+Tab');
    expect(key()).to.equal('front masseter right');
    expect(stops(el)).to.have.length(1);
  });

  it('walks up the back of one side from the calf to the base of the skull, then stays', async () => {
    const el = await ready();
    await press('Tab');
    await press('End');
    expect(key()).to.equal('back gastrocnemius right');
    const seen: string[] = [];
    for (let i = 0; i < 20 && seen.at(-1) !== key(); i++) {
      seen.push(key()!);
      await press('ArrowUp');
    }
    expect(seen).to.deep.equal([
      'back gastrocnemius right',
      'back hamstrings right',
      'back piriformis right',
      'back lumbar-paraspinals right',
      'back thoracic-paraspinals right',
      'back rhomboids right',
      'back middle-trapezius right',
      'back splenius-capitis right',
      'back suboccipitals right',
    ]);
    expect(stops(el)).to.have.length(1);
  });

  it('goes to the first region with Home and the last with End, and stays at an edge', async () => {
    const el = await ready();
    await press('Tab');
    await press('End');
    expect(key()).to.equal(targets(el).at(-1)!.dataset.k);
    await press('Home');
    expect(key()).to.equal(targets(el)[0]!.dataset.k);
    // Nothing is above the top of the head: the focus stays.
    await press('ArrowUp');
    expect(key()).to.equal(targets(el)[0]!.dataset.k);
  });

  it('chooses the focused muscle and side with Enter and with Space', async () => {
    const el = await ready();
    const got = picks(el);
    await press('Tab');
    await press('ArrowDown');
    await press('Enter');
    await press('ArrowRight');
    await press('Space');
    expect(got).to.deep.equal([
      { mode: 'clinician', muscle: 'masseter', side: 'right', view: 'front' },
      { mode: 'clinician', muscle: 'masseter', side: 'left', view: 'front' },
    ]);
  });

  it('ticks and unticks a place with Space in patient mode, and the state is on the region', async () => {
    const el = await ready('patient');
    const got = picks(el);
    await press('Tab');
    expect(key()).to.equal('front head');
    await press('Space');
    await el.updateComplete;
    expect(focused()!.getAttribute('aria-checked')).to.equal('true');
    await press('Enter');
    await el.updateComplete;
    expect(focused()!.getAttribute('aria-checked')).to.equal('false');
    expect(got.map((d) => d.mode === 'patient' && [d.region, d.selected, d.areas])).to.deep.equal([
      ['head', true, ['headache']],
      ['head', false, []],
    ]);
  });
});

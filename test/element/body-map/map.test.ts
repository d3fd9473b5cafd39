// The body map in the clinician view: choosing a muscle adds a site for that muscle and
// side, or goes to its card; each site is marked with its classification; the map and
// the list stay in step; the host's `no-body-map` and `::part(body-map)`.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TpiBodyMap } from '../../../src/components/internal/body-map/body-map.js';
import type { Assessment, SiteExam } from '../../../src/engine/index.js';
import type { TpiChangeEvent } from '../../../src/events/tpi-change-event.js';
import { tapMisses } from '../../body-map/helpers.js';
import { deep, deepAll, focused, guide, record, settle } from '../helpers.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The site editor's button that shows or hides the map. */
const mapButton = (el: Element) => deepAll(el, 'button.map-toggle')[0] as HTMLButtonElement | undefined;
const theMap = (el: Element) => deepAll(el, 'tpi-body-map')[0] as TpiBodyMap | undefined;
/** A region of the map: `front upper-trapezius right`, … */
const region = (el: Element, key: string) => theMap(el)!.shadowRoot!.querySelector<SVGGElement>(`[data-k="${key}"]`)!;
/** The mark drawn on a region ('' when none). */
const mark = (el: Element, key: string) => region(el, key).querySelector('.mk')?.classList[1] ?? '';

async function showMap(el: Element) {
  mapButton(el)!.click();
  await settle(el);
}

/** Clicks a region as a person does: scrolled into view, a real mouse click on its middle. */
async function click(el: Element, key: string) {
  const target = region(el, key);
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await sendMouse({ type: 'move', position: [0, 0] });
  await settle(el);
}

/** The card (role=group) that holds the focus, by the text of what labels it. */
function focusedCard(): string {
  const card = focused()?.closest('[role=group][aria-labelledby]');
  const root = card?.getRootNode() as ShadowRoot | undefined;
  return squash(root?.getElementById(card!.getAttribute('aria-labelledby')!)?.textContent);
}

/** The button that removes the site named `name`. */
const removeButton = (el: Element, name: string) =>
  deepAll(el, 'button').find((b) => squash(b.textContent) === `Remove ${name}`) as HTMLButtonElement;

const ALL = { tautBand: true, hypersensitiveSpot: true, referredPain: true } as const;
const exam = (id: string, muscle: SiteExam['muscle'], side: SiteExam['side'], findings: SiteExam['findings']): SiteExam => ({
  id,
  muscle,
  ...(side && { side }),
  findings,
});

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
  await setViewport({ width: 800, height: 600 });
});

describe('clinician body map', () => {
  it('is collapsed behind a "Body map" button in the site editor until asked for', async () => {
    const el = await guide();
    const button = mapButton(el)!;
    expect(squash(button.textContent)).to.equal('Body map');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(theMap(el)).to.equal(undefined);
    await showMap(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(theMap(el)!.mode).to.equal('clinician');
    expect([...theMap(el)!.shadowRoot!.querySelectorAll('.legend li')].map((li) => [li.querySelector('.mk')!.classList[1], squash(li.textContent)])).to.deep.equal([
      ['active', 'Active trigger point'],
      ['latent', 'Latent trigger point'],
      ['activity-unknown', 'Trigger point, activity unknown'],
      ['tender-spot', 'Tender spot'],
      ['indeterminate', 'Indeterminate'],
      ['none', 'No trigger point'],
    ]);
  });

  it('adds a site for the muscle and side clicked, the patient\'s side whichever view, and focuses its card', async () => {
    const el = await guide();
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    await showMap(el);
    await click(el, 'front upper-trapezius right');
    expect(el.assessment.sites.map(({ muscle, side }) => [muscle, side])).to.deep.equal([['upper-trapezius', 'right']]);
    expect(changes).to.have.length(1);
    expect(focusedCard()).to.include('Upper trapezius, right');
    await click(el, 'back infraspinatus left');
    expect(el.assessment.sites.map(({ muscle, side }) => [muscle, side])).to.deep.equal([
      ['upper-trapezius', 'right'],
      ['infraspinatus', 'left'],
    ]);
    // On the front view the patient's right is on the viewer's left; on the back, on the right.
    const map = theMap(el)!;
    const x = (key: string) => region(el, key).getBoundingClientRect().x;
    expect(x('front upper-trapezius right')).to.be.below(x('front upper-trapezius left'));
    expect(x('back upper-trapezius right')).to.be.above(x('back upper-trapezius left'));
    expect(map.shadowRoot!.querySelector('#cap-front')!.textContent).to.include("patient's right on your left");
  });

  it('goes to the card of a muscle and side already recorded, and adds nothing', async () => {
    const el = await guide({ sites: [exam('a', 'masseter', 'left', {}), exam('b', 'rhomboids', undefined, {})] });
    const changes = record<TpiChangeEvent>(el, 'tpi-change');
    await showMap(el);
    await click(el, 'front masseter left');
    expect(el.assessment.sites).to.have.length(2);
    expect(changes).to.deep.equal([]);
    expect(focusedCard()).to.include('Masseter, left');
    // A site with no side is marked on both sides; choosing either goes to it.
    await click(el, 'back rhomboids right');
    expect(el.assessment.sites).to.have.length(2);
    expect(focusedCard()).to.include('Rhomboids');
  });

  it('marks each site with its classification, by shape and in its name, and follows changes', async () => {
    const el = await guide({
      sites: [
        exam('a', 'upper-trapezius', 'right', { ...ALL, painRecognition: true }),
        exam('b', 'infraspinatus', 'left', { ...ALL, painRecognition: false }),
        exam('c', 'gluteus-medius', 'right', { tautBand: false, referredPain: false, hypersensitiveSpot: true }),
        exam('d', 'hamstrings', 'left', { localTenderness: true }),
        exam('e', 'gastrocnemius', 'right', { tautBand: false, hypersensitiveSpot: false, referredPain: false }),
        exam('f', 'rhomboids', undefined, ALL),
      ],
    });
    await showMap(el);
    expect(['front upper-trapezius right', 'back upper-trapezius right', 'back infraspinatus left', 'back gluteus-medius right', 'back hamstrings left', 'back gastrocnemius right', 'back rhomboids left', 'back rhomboids right'].map((k) => mark(el, k))).to.deep.equal([
      'active',
      'active',
      'latent',
      'tender-spot',
      'indeterminate',
      'none',
      'activity-unknown',
      'activity-unknown',
    ]);
    expect(mark(el, 'back infraspinatus right')).to.equal('');
    expect(region(el, 'back infraspinatus left').getAttribute('aria-label')).to.equal('Infraspinatus, left side: Latent trigger point');
    expect(region(el, 'back rhomboids left').getAttribute('aria-label')).to.equal('Rhomboids, left side: Trigger point, activity unknown (side not recorded)');
    // The latent point becomes active when the patient recognizes the pain.
    const next: Assessment = structuredClone(el.assessment);
    next.sites[1]!.findings.painRecognition = true;
    el.assessment = next;
    await settle(el);
    expect(mark(el, 'back infraspinatus left')).to.equal('active');
    expect(region(el, 'back infraspinatus left').getAttribute('aria-label')).to.equal('Infraspinatus, left side: Active trigger point');
  });

  it('keeps the map and the list in step after add, remove and undo', async () => {
    const el = await guide();
    await showMap(el);
    await click(el, 'front masseter right');
    expect(mark(el, 'front masseter right')).to.not.equal('');
    // Added by the host (as from the list) and then removed on its card.
    el.assessment = { sites: [...el.assessment.sites, exam('x', 'piriformis', 'left', {})] };
    await settle(el);
    expect(mark(el, 'back piriformis left')).to.not.equal('');
    removeButton(el, 'Masseter, right').click();
    await settle(el);
    expect(el.assessment.sites.map((s) => s.muscle)).to.deep.equal(['piriformis']);
    expect(mark(el, 'front masseter right')).to.equal('');
    expect(mark(el, 'back piriformis left')).to.not.equal('');
    // Undo puts the site back, and its mark.
    (deepAll(el, 'button#undo')[0] as HTMLButtonElement).click();
    await settle(el);
    expect(el.assessment.sites.map((s) => s.muscle)).to.deep.equal(['masseter', 'piriformis']);
    expect(mark(el, 'front masseter right')).to.not.equal('');
    // Removed again, and chosen on the map: a new site, not a card that is gone.
    removeButton(el, 'Masseter, right').click();
    await settle(el);
    await click(el, 'front masseter right');
    expect(el.assessment.sites.map((s) => s.muscle)).to.deep.equal(['piriformis', 'masseter']);
    expect(focusedCard()).to.include('Masseter, right');
  });

  it('keeps the map in step with sites added from the picker, and a changed side moves the mark', async () => {
    const el = await guide();
    await showMap(el);
    const input = deepAll(el, 'tpi-site-picker')[0]!.shadowRoot!.querySelector('input')!;
    input.value = 'lev l';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle(el);
    expect(el.assessment.sites.map(({ muscle, side }) => [muscle, side])).to.deep.equal([['levator-scapulae', 'left']]);
    expect(mark(el, 'back levator-scapulae left')).to.equal('indeterminate');
    el.assessment = { sites: [{ ...el.assessment.sites[0]!, side: 'right' }] };
    await settle(el);
    expect([mark(el, 'back levator-scapulae left'), mark(el, 'back levator-scapulae right')]).to.deep.equal(['', 'indeterminate']);
  });

  it('is axe clean with the map open and sites marked, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const el = await guide({ sites: [exam('a', 'masseter', 'left', { ...ALL, painRecognition: true }), exam('b', 'piriformis', 'right', { localTenderness: true })] });
      await showMap(el);
      await expect(el).to.be.accessible();
    }
  });

  it('stays usable under forced colors: outlines, marks and the key in system colors', async () => {
    await executeServerCommand('emulate-forced-colors', true);
    try {
      const el = await guide({ sites: [exam('a', 'masseter', 'left', { ...ALL, painRecognition: true })] });
      await showMap(el);
      const probe = document.createElement('span');
      document.body.append(probe);
      probe.style.color = 'CanvasText';
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const marked = region(el, 'front masseter left');
      expect(getComputedStyle(marked.querySelector('.s')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(marked.querySelector('.mk')!).color).to.equal(canvasText);
      expect([...theMap(el)!.shadowRoot!.querySelectorAll('.legend .mk')].map((g) => getComputedStyle(g).color)).to.deep.equal(Array(6).fill(canvasText));
      expect(getComputedStyle(mapButton(el)!).borderStyle).to.equal('solid');
    } finally {
      await executeServerCommand('emulate-forced-colors', false);
    }
  });

  it('gives every region a 24 px touch target around its middle at 390 px wide', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await guide();
    await showMap(el);
    const map = theMap(el)!;
    expect(tapMisses(map)).to.deep.equal([]);
    expect(map.getBoundingClientRect().right).to.be.at.most(390);
  });
});

describe('clinician body map: host control', () => {
  it('hides the button and the map with no-body-map', async () => {
    const el = await guide();
    await showMap(el);
    el.setAttribute('no-body-map', '');
    await settle(el);
    expect(el.noBodyMap).to.equal(true);
    expect(mapButton(el)).to.equal(undefined);
    expect(theMap(el)).to.equal(undefined);
  });

  it('styles the map through ::part(body-map) from the host page', async () => {
    const style = document.createElement('style');
    style.textContent = 'tpi-guide::part(body-map) { outline: 3px solid rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await guide();
      await showMap(el);
      expect(getComputedStyle(theMap(el)!).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('lets no map event reach the host page: a choice reaches it as tpi-change', async () => {
    const el = await guide();
    const picks = record(el, 'tpi-map-pick');
    await showMap(el);
    await click(el, 'back gastrocnemius left');
    expect(picks).to.deep.equal([]);
    expect(deep(el, 'tpi-site-editor')).to.not.equal(null);
  });
});

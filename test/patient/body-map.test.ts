// The body map in the patient self-check: "What is bothering you?" answered by pointing,
// the checkboxes kept in step both ways, red flags still first, and the host's
// `no-body-map` and `::part(body-map)`.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { BODY_REGIONS } from '../../src/engine/catalog/body-map.js';
import type { TpiBodyMap } from '../../src/components/internal/body-map/body-map.js';
import { en } from '../../src/i18n/en.js';
import type { TpiBookEvent } from '../../src/events/tpi-book-event.js';
import { tapMisses } from '../body-map/helpers.js';
import { alertText, book, check, choose, option, outcome, patientGuide, record, settle, squash } from './helpers.js';

/** The self-check's button that shows or hides the map. */
const mapButton = (el: Element) => check(el).querySelector<HTMLButtonElement>('button.map-toggle');
/** The self-check's map (it exists once shown). */
const theMap = (el: Element) => check(el).querySelector<TpiBodyMap>('tpi-body-map');
/** A place on the map: `front shoulder-right`, `back head`, … */
const place = (el: Element, key: string) => theMap(el)!.shadowRoot!.querySelector<SVGGElement>(`[data-k="${key}"]`)!;
/** The checked answers of "What is bothering you?", by their words. */
const ticked = (el: Element) => [...check(el).querySelectorAll<HTMLInputElement>('fieldset.areas input:checked')].map((i) => squash(i.closest('label')!.textContent));

async function showMap(el: Element) {
  mapButton(el)!.click();
  await settle(el);
}

/** Chooses a place on the map as a click on it does. */
async function point(el: Element, key: string) {
  place(el, key).dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await settle(el);
}

afterEach(() => emulateMedia({ colorScheme: 'light' }));

describe('patient body map', () => {
  it('offers the map inside "What is bothering you?", after the red flags, collapsed until asked for', async () => {
    const el = await patientGuide();
    const button = mapButton(el)!;
    const [redFlags, areas] = [...check(el).querySelectorAll('fieldset')];
    expect(button.closest('fieldset')).to.equal(areas);
    expect(squash(areas!.querySelector('legend')!.textContent)).to.equal(en['patient.area']);
    expect(redFlags!.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(squash(button.textContent)).to.equal('Show the places on a body picture');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(theMap(el)).to.equal(null);
    await showMap(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal('map');
    expect(check(el).getElementById('map')!.contains(theMap(el)!)).to.equal(true);
    expect(theMap(el)!.mode).to.equal('patient');
    // The list stays, whole, under the map.
    expect(check(el).querySelectorAll('fieldset.areas input[type=checkbox]')).to.have.length(9);
  });

  it('ticks the answer a place stands for, for every place on the map, and unticks it when taken back', async () => {
    const el = await patientGuide();
    await showMap(el);
    for (const region of BODY_REGIONS) {
      const view = region.views[0]!;
      await point(el, `${view} ${region.id}`);
      expect(ticked(el), region.id).to.deep.equal([en[`patient.area.${region.symptom}`]]);
      expect(option(el, en[`patient.area.${region.symptom}`]!).checked, region.id).to.equal(true);
      await point(el, `${view} ${region.id}`);
      expect(ticked(el), region.id).to.deep.equal([]);
    }
  });

  it('answers with a real click, and the suggestion and the booking carry the answer', async () => {
    const el = await patientGuide();
    await showMap(el);
    const knee = place(el, 'front knee-left');
    knee.scrollIntoView({ block: 'center' });
    const box = knee.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await sendMouse({ type: 'move', position: [0, 0] });
    await settle(el);
    expect(knee.getAttribute('aria-checked')).to.equal('true');
    expect(ticked(el)).to.deep.equal(['Joint pain']);
    await choose(el, 'More than 12 weeks');
    await choose(el, 'Yes', 'When you press');
    await choose(el, 'Yes', 'Have you');
    expect(outcome(el)).to.include('trigger point');
    const [booked] = await book(el);
    expect(booked!.detail.answers.areas).to.deep.equal(['joint-pain']);
  });

  it('takes the places of an answer unticked in the list off the map', async () => {
    const el = await patientGuide();
    await showMap(el);
    await point(el, 'front shoulder-right');
    await point(el, 'back shoulder-left');
    await point(el, 'front head');
    await choose(el, 'Shoulder pain');
    expect(ticked(el)).to.deep.equal(['Headaches']);
    expect(theMap(el)!.selected).to.deep.equal(['head']);
    expect(place(el, 'front shoulder-right').getAttribute('aria-checked')).to.equal('false');
    expect(squash(theMap(el)!.shadowRoot!.querySelector('.chosen')!.textContent)).to.equal('Chosen: Head');
  });

  it('leaves an answer the person ticked in the list when its place is taken back on the map', async () => {
    const el = await patientGuide();
    await choose(el, 'Neck pain');
    await showMap(el);
    await point(el, 'back neck');
    await point(el, 'back neck');
    expect(ticked(el)).to.deep.equal(['Neck pain']);
  });

  it('keeps what was chosen while the map is hidden and shown again', async () => {
    const el = await patientGuide();
    await showMap(el);
    await point(el, 'back low-back-right');
    await showMap(el);
    expect(mapButton(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(check(el).getElementById('map')!.hidden).to.equal(true);
    expect(theMap(el)!.getBoundingClientRect().height).to.equal(0);
    expect(ticked(el)).to.deep.equal(['Lower back pain']);
    await showMap(el);
    expect(place(el, 'back low-back-right').getAttribute('aria-checked')).to.equal('true');
  });

  it('keeps red flags first: an emergency answer still leads, with the map open and places chosen', async () => {
    const el = await patientGuide({ emergency: '911' });
    await showMap(el);
    await point(el, 'front shoulder-left');
    await choose(el, 'New chest pain, pain when you breathe in, or being short of breath');
    expect(alertText(el)).to.match(/^Call 911 now\./);
    expect(check(el).querySelector('button.book')).to.equal(null);
    // The map offers no chest or belly place: chest pain is the red flag above.
    expect(BODY_REGIONS.some((r) => /chest|belly/.test(r.id))).to.equal(false);
  });

  it('is axe clean with the map open and places chosen, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      const el = await patientGuide();
      await showMap(el);
      await point(el, 'front jaw-right');
      await expect(el).to.be.accessible();
      // It sits on the self-check's panel, with no surface of its own (tokens.ts gives a root one in dark).
      expect(getComputedStyle(theMap(el)!).backgroundColor, scheme).to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('gives every place a 24 px touch target around its middle at 390 px wide', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await patientGuide();
      await showMap(el);
      const map = theMap(el)!;
      expect(tapMisses(map)).to.deep.equal([]);
      expect(map.getBoundingClientRect().right).to.be.at.most(390);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reads in Spanish with the widget', async () => {
    await import('../../src/i18n/es.js');
    const el = await patientGuide({ lang: 'es' });
    expect(squash(mapButton(el)!.textContent)).to.equal('Mostrar los lugares en un dibujo del cuerpo');
    await showMap(el);
    expect(place(el, 'front shoulder-right').getAttribute('aria-label')).to.equal('Hombro, lado derecho');
  });
});

describe('patient body map: host control', () => {
  it('hides the button and the map with no-body-map, reflected from noBodyMap, and shows them again', async () => {
    const el = await patientGuide();
    await showMap(el);
    el.noBodyMap = true;
    await settle(el);
    expect(el.hasAttribute('no-body-map')).to.equal(true);
    expect(mapButton(el)).to.equal(null);
    expect(theMap(el)).to.equal(null);
    // The list is whole, and what was ticked stays.
    expect(check(el).querySelectorAll('fieldset.areas input[type=checkbox]')).to.have.length(9);
    el.removeAttribute('no-body-map');
    await settle(el);
    expect(el.noBodyMap).to.equal(false);
    expect(mapButton(el)).to.not.equal(null);
  });

  it('styles the map through ::part(body-map) from the host page', async () => {
    const style = document.createElement('style');
    style.textContent = 'tpi-guide::part(body-map) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await patientGuide();
      await showMap(el);
      expect(getComputedStyle(theMap(el)!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('fires no host event of its own: choosing a place reaches the host only as the self-check\'s answer', async () => {
    const el = await patientGuide();
    const picks = record(el, 'tpi-map-pick');
    const books = record<TpiBookEvent>(el, 'tpi-book');
    await showMap(el);
    await point(el, 'front elbow-right');
    expect(picks).to.deep.equal([]);
    expect(books).to.deep.equal([]);
  });
});

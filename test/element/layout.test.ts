// Issue 14, "the result where the eye is": on a wide screen the summary stays in view
// beside the sites while the page scrolls; on a phone a compact status bar stays in view
// at the bottom. Read from the layout itself (getBoundingClientRect after a scroll),
// at the window sizes a clinician uses.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TpiGuide } from '../../src/components/tpi-guide.js';
import { deep, focused, guide, settle, site, visibleText } from './helpers.js';

const USUAL = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true };
/** Eight open cards: a form several screens tall. */
const MANY = (['masseter', 'temporalis', 'scalenes', 'rhomboids', 'supraspinatus', 'infraspinatus', 'levator-scapulae', 'upper-trapezius'] as const).map((muscle, i) =>
  site(`s${i}`, muscle, USUAL),
);

const box = (el: Element) => el.getBoundingClientRect();
const shown = (el: Element) => getComputedStyle(el).display !== 'none' && box(el).height > 0;
/** Whether `el` is at least partly inside the viewport. */
const inView = (el: Element) => shown(el) && box(el).bottom > 0 && box(el).top < innerHeight;

async function tall(): Promise<TpiGuide> {
  const el = await guide({ patient: { anticoagulated: true }, sites: [...MANY] });
  scrollTo(0, 0);
  return el;
}

describe('layout: the result kept in view', () => {
  after(async () => {
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the summary in view beside the sites on a wide screen while the page scrolls, and shows no status bar', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await tall();
    const summary = deep(el, 'tpi-results-summary');
    const cards = [...deep(el, 'tpi-site-editor').shadowRoot!.querySelectorAll('.card.site')];
    // Two columns: the summary beside the sites, not under them.
    expect(box(summary).left).to.be.greaterThan(box(cards[0]!).right - 1);
    expect(document.documentElement.scrollHeight).to.be.greaterThan(innerHeight * 2);
    scrollTo(0, innerHeight * 1.5);
    expect(inView(cards[0]!), 'the first card scrolled away').to.equal(false);
    expect(inView(summary)).to.equal(true);
    expect(Math.round(box(summary).top)).to.equal(0);
    expect(visibleText(summary.shadowRoot!.querySelector('.status')!)).to.equal('Injection possible, with caution');
    expect(shown(deep(el, 'tpi-status-bar'))).to.equal(false);
  });

  it('stops the sticky summary below a host header of --tpi-sticky-top', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await tall();
    el.style.setProperty('--tpi-sticky-top', '64px');
    await settle(el);
    scrollTo(0, innerHeight * 1.5);
    expect(Math.round(box(deep(el, 'tpi-results-summary')).top)).to.equal(64);
    el.style.removeProperty('--tpi-sticky-top');
  });

  it('keeps a compact status bar at the bottom of a phone screen while the form scrolls, with a way to the summary', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await tall();
    const summary = deep(el, 'tpi-results-summary');
    const bar = deep(el, 'tpi-status-bar');
    // One column: the sites come first, the summary after them, far below.
    expect(box(summary).top).to.be.greaterThan(innerHeight * 2);
    for (const y of [0, innerHeight * 1.5]) {
      scrollTo(0, y);
      expect(inView(bar), `at ${y}`).to.equal(true);
      expect(Math.round(box(bar).bottom), `at ${y}`).to.equal(innerHeight);
      expect(box(bar).height).to.be.lessThan(innerHeight * 0.15);
    }
    expect(inView(summary)).to.equal(false);
    expect((bar.shadowRoot!.querySelector('p') as HTMLElement).innerText.split('\n')).to.deep.equal(['Injection possible, with caution', 'Items needing attention: 2']);
    bar.shadowRoot!.querySelector('button')!.click();
    await settle(el);
    expect(focused()!.textContent).to.equal('Summary');
    expect(focused()!.getRootNode()).to.equal(summary.shadowRoot);
  });
});

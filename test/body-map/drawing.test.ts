// <tpi-body-map> in Chromium: what it draws where, which side a click picks, its one tab stop.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TpiBodyMap } from '../../src/components/internal/body-map/body-map.js';
import { STATURE } from '../../src/components/internal/body-map/geometry.js';
import { MUSCLE_PLACES } from '../../src/engine/catalog/body-map.js';
import type { MuscleId } from '../../src/engine/index.js';
import { clickAt, map, middle, onScreen, picks, reset, svgOf, target, targets, text } from './helpers.js';

const PLACES = Object.entries(MUSCLE_PLACES) as [MuscleId, (typeof MUSCLE_PLACES)[MuscleId]][];

afterEach(reset);

describe('body map drawing', () => {
  it('draws every muscle of the engine data on each of its views, on both sides, around the engine place', async () => {
    const el = await map();
    let count = 0;
    for (const [muscle, places] of PLACES)
      for (const { view, x, y } of places)
        for (const side of ['right', 'left']) {
          const shape = target(el, `${view} ${muscle} ${side}`).querySelector<SVGPathElement>('.s')!;
          // The path is drawn for the viewer's right and mirrored by a transform, so its own coordinates are unsigned.
          expect(shape.isPointInFill(new DOMPoint(x * STATURE, y * STATURE)), `${view} ${muscle} ${side}`).to.equal(true);
          count++;
        }
    expect(targets(el)).to.have.length(count);
  });

  it("puts the patient's right on the viewer's left of the front view and on the viewer's right of the back view", async () => {
    const el = await map();
    for (const [muscle, places] of PLACES)
      for (const { view } of places) {
        const right = middle(target(el, `${view} ${muscle} right`)).x;
        const left = middle(target(el, `${view} ${muscle} left`)).x;
        if (view === 'front') expect(right, muscle).to.be.below(left);
        else expect(right, muscle).to.be.above(left);
      }
    const letters = (view: string) => [...svgOf(el, view).querySelectorAll('text')].map((t) => [t.textContent, Number(t.getAttribute('x'))]);
    expect(letters('front')).to.deep.equal([['R', -72], ['L', 72]]);
    expect(letters('back')).to.deep.equal([['L', -72], ['R', 72]]);
    expect(text(el.shadowRoot!.querySelector('#cap-front'))).to.equal("Front — patient's right on your left");
    expect(text(el.shadowRoot!.querySelector('#cap-back'))).to.equal("Back — patient's right on your right");
  });

  it('names each muscle region by muscle and side, as a button', async () => {
    const el = await map();
    const g = target(el, 'front upper-trapezius right');
    expect(g.getAttribute('role')).to.equal('button');
    expect(g.getAttribute('aria-label')).to.equal('Upper trapezius, right side');
    expect(target(el, 'back gluteus-medius left').getAttribute('aria-label')).to.equal('Gluteus medius, left side');
  });

  it('has exactly one tab stop, which follows the last region clicked', async () => {
    const el = await map();
    const stops = () => targets(el).filter((g) => g.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    expect(targets(el).every((g) => ['0', '-1'].includes(g.getAttribute('tabindex')!))).to.equal(true);
    const g = target(el, 'back hamstrings left');
    g.scrollIntoView({ block: 'center' });
    await clickAt(middle(g));
    await el.updateComplete;
    expect(stops()).to.deep.equal([g]);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(g);
  });
});

describe('body map clicks (clinician)', () => {
  it("picks the patient's right when the region on the viewer's left of the front view is clicked", async () => {
    const el = await map();
    const got = picks(el);
    const [onLeft] = ['right', 'left'].map((side) => target(el, `front upper-trapezius ${side}`)).sort((a, b) => middle(a).x - middle(b).x);
    onLeft!.scrollIntoView({ block: 'center' });
    const { x, y } = MUSCLE_PLACES['upper-trapezius'][0]!;
    await clickAt(onScreen(svgOf(el, 'front'), -x * STATURE, y * STATURE));
    expect(got).to.deep.equal([{ mode: 'clinician', muscle: 'upper-trapezius', side: 'right', view: 'front' }]);
  });

  it("picks the patient's left when the region on the viewer's left of the back view is clicked", async () => {
    const el = await map();
    const got = picks(el);
    const g = target(el, 'back infraspinatus left');
    g.scrollIntoView({ block: 'center' });
    const { x, y } = MUSCLE_PLACES.infraspinatus[0]!;
    const point = onScreen(svgOf(el, 'back'), -x * STATURE, y * STATURE);
    expect(point.x).to.be.below(middle(svgOf(el, 'back')).x);
    await clickAt(point);
    expect(got).to.deep.equal([{ mode: 'clinician', muscle: 'infraspinatus', side: 'left', view: 'back' }]);
  });

  it('picks nothing when the figure outside every region is clicked', async () => {
    const el = await map();
    const got = picks(el);
    const svg = svgOf(el, 'front');
    svg.scrollIntoView({ block: 'center' });
    // The middle of the belly: inside the outline, in no muscle.
    await clickAt(onScreen(svg, 0, 170));
    expect(got).to.deep.equal([]);
  });

  it('bubbles its event out of the shadow root to the host page', async () => {
    const el = await map();
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    document.addEventListener('tpi-map-pick', listener);
    target(el, 'front masseter left').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.removeEventListener('tpi-map-pick', listener);
    expect(seen).to.deep.equal(['tpi-map-pick']);
  });
});

describe('body map arrow keys', () => {
  /** Where each arrow key leads from each region (keydown events, as a key press sends them). */
  function arrows(el: TpiBodyMap): Map<string, string[]> {
    const edges = new Map<string, string[]>();
    for (const g of targets(el)) {
      const next = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].map((key) => {
        g.focus();
        g.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        return (el.shadowRoot!.activeElement as SVGElement).dataset.k!;
      });
      edges.set(g.dataset.k!, next);
    }
    return edges;
  }

  for (const width of [390, 1280])
    it(`reaches every region from the first with arrow keys, in both modes, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      for (const mode of ['clinician', 'patient'] as const) {
        const el = await map(mode);
        const edges = arrows(el);
        const start = targets(el)[0]!.dataset.k!;
        const seen = new Set([start]);
        for (const k of seen) for (const next of edges.get(k)!) seen.add(next);
        expect([...edges.keys()].filter((k) => !seen.has(k)), mode).to.deep.equal([]);
      }
    });
});

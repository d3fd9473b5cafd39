// <tpi-body-map> in clinician mode: recorded sites marked by shape and in words, following the marks property.
import { expect } from '@open-wc/testing';
import type { TpiBodyMap } from '../../src/components/internal/body-map/body-map.js';
import { MARK_STATUSES } from '../../src/components/internal/body-map/marks.js';
import type { BodyMapMark } from '../../src/components/internal/body-map/marks.js';
import { MUSCLE_PLACES } from '../../src/engine/catalog/body-map.js';
import type { MuscleId } from '../../src/engine/index.js';
import { map, reset, target, text } from './helpers.js';

const PLACES = Object.keys(MUSCLE_PLACES) as MuscleId[];

afterEach(reset);

describe('body map marks (clinician)', () => {
  const mark = (el: TpiBodyMap, key: string) => target(el, key).querySelector('.mk')?.getAttribute('class');

  it('marks a recorded site on every view of its muscle and side, by shape and in its name', async () => {
    const el = await map('clinician', [{ muscle: 'upper-trapezius', side: 'right', status: 'active' }]);
    for (const view of ['front', 'back']) {
      expect(mark(el, `${view} upper-trapezius right`)).to.equal('mk active');
      expect(target(el, `${view} upper-trapezius right`).classList.contains('marked')).to.equal(true);
      expect(target(el, `${view} upper-trapezius right`).getAttribute('aria-label')).to.equal('Upper trapezius, right side: Active trigger point');
      expect(mark(el, `${view} upper-trapezius left`)).to.equal(undefined);
    }
    expect(el.shadowRoot!.querySelectorAll('.r .mk')).to.have.length(2);
  });

  it('follows a changed marks property: new status, new site, removed site', async () => {
    const el = await map('clinician', [{ muscle: 'masseter', side: 'left', status: 'active' }]);
    el.marks = [
      { muscle: 'masseter', side: 'left', status: 'latent' },
      { muscle: 'piriformis', side: 'right', status: 'tender-spot' },
    ];
    await el.updateComplete;
    expect(mark(el, 'front masseter left')).to.equal('mk latent');
    expect(target(el, 'front masseter left').getAttribute('aria-label')).to.equal('Masseter, left side: Latent trigger point');
    expect(mark(el, 'back piriformis right')).to.equal('mk tender-spot');
    el.marks = [{ muscle: 'piriformis', side: 'right', status: 'tender-spot' }];
    await el.updateComplete;
    expect(mark(el, 'front masseter left')).to.equal(undefined);
    expect(target(el, 'front masseter left').getAttribute('aria-label')).to.equal('Masseter, left side');
    el.marks = [];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.r .mk')).to.have.length(0);
  });

  it('draws each status as a different shape, so the marks read without color', async () => {
    const el = await map('clinician', MARK_STATUSES.map((status, i) => ({ muscle: PLACES[i]!, side: 'right', status })));
    const shapes = MARK_STATUSES.map((status) => {
      const g = el.shadowRoot!.querySelector(`.r .mk.${status}`)!;
      return [...g.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').join('|');
    });
    expect(new Set(shapes).size).to.equal(MARK_STATUSES.length);
  });

  it('shows a site without a side on both sides and says the side was not recorded', async () => {
    const el = await map('clinician', [{ muscle: 'gastrocnemius', status: 'none' }]);
    for (const side of ['right', 'left']) {
      expect(mark(el, `back gastrocnemius ${side}`)).to.equal('mk none');
      expect(target(el, `back gastrocnemius ${side}`).getAttribute('aria-label')).to.equal(
        `Gastrocnemius, ${side} side: No trigger point (side not recorded)`,
      );
    }
  });

  it('names every status of a muscle and side with several sites, and draws the first in the key order', async () => {
    const el = await map('clinician', [
      { muscle: 'rhomboids', side: 'left', status: 'tender-spot' },
      { muscle: 'rhomboids', side: 'left', status: 'active' },
    ]);
    expect(target(el, 'back rhomboids left').getAttribute('aria-label')).to.equal('Rhomboids, left side: Active trigger point; Tender spot');
    expect(mark(el, 'back rhomboids left')).to.equal('mk active');
  });

  it('skips marks with an unknown muscle, side or status instead of failing', async () => {
    const bad = [
      null,
      { muscle: 'biceps', side: 'left', status: 'active' },
      { muscle: 'masseter', side: 'middle', status: 'active' },
      { muscle: 'masseter', side: 'left', status: 'sore' },
      { muscle: 'toString', status: 'active' },
      { muscle: 'masseter', side: 'right', status: 'indeterminate' },
    ] as unknown as BodyMapMark[];
    const el = await map('clinician', bad);
    expect([...el.shadowRoot!.querySelectorAll('.r .mk')].map((m) => m.closest('[data-k]')!.getAttribute('data-k'))).to.deep.equal([
      'front masseter right',
    ]);
    el.marks = 'nonsense' as unknown as BodyMapMark[];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.r .mk')).to.have.length(0);
  });

  it('shows a key with the shape and the words of every status', async () => {
    const el = await map();
    const items = [...el.shadowRoot!.querySelectorAll('.legend li')];
    expect(items.map((li) => text(li))).to.deep.equal([
      'Active trigger point',
      'Latent trigger point',
      'Trigger point, activity unknown',
      'Tender spot',
      'Indeterminate',
      'No trigger point',
    ]);
    expect(items.map((li) => li.querySelector('.mk')!.getAttribute('class'))).to.deep.equal(MARK_STATUSES.map((s) => `mk ${s}`));
  });
});

// <tpi-body-map> in patient mode: places that hurt, toggled, reported with their symptom ids.
import { expect } from '@open-wc/testing';
import { BODY_REGIONS } from '../../src/engine/catalog/body-map.js';
import { clickAt, map, middle, picks, reset, tap, target, targets, text } from './helpers.js';

afterEach(reset);

describe('body map in patient mode', () => {
  it('draws every region on each of its views and no muscles', async () => {
    const el = await map('patient');
    const keys = targets(el).map((g) => g.dataset.k);
    expect(keys.sort()).to.deep.equal(BODY_REGIONS.flatMap((r) => r.views.map((v) => `${v} ${r.id}`)).sort());
    expect(target(el, 'front shoulder-right').getAttribute('role')).to.equal('checkbox');
    expect(target(el, 'front shoulder-right').getAttribute('aria-label')).to.equal('Shoulder, right side');
    expect(target(el, 'back head').getAttribute('aria-label')).to.equal('Head');
    expect(text(el.shadowRoot!.querySelector('#cap-front'))).to.equal('Front — your right side is on the left');
  });

  it('toggles a region on click and reports the chosen regions and their symptom ids', async () => {
    const el = await map('patient');
    const got = picks(el);
    const ear = target(el, 'front ear-right');
    ear.scrollIntoView({ block: 'center' });
    await clickAt(middle(ear));
    await el.updateComplete;
    expect(ear.getAttribute('aria-checked')).to.equal('true');
    expect(ear.querySelector('.tick')).to.not.equal(null);
    const knee = target(el, 'back knee-left');
    knee.scrollIntoView({ block: 'center' });
    await clickAt(middle(knee));
    await el.updateComplete;
    expect(el.selected).to.deep.equal(['ear-right', 'knee-left']);
    expect(text(el.shadowRoot!.querySelector('.chosen'))).to.equal('Chosen: Ear (ringing or buzzing), right side; Knee, left side');
    // The same region on the other view shows the same state.
    expect(target(el, 'front knee-left').getAttribute('aria-checked')).to.equal('true');
    await clickAt(middle(knee));
    await el.updateComplete;
    expect(got).to.deep.equal([
      { mode: 'patient', region: 'ear-right', selected: true, regions: ['ear-right'], areas: ['tinnitus'] },
      { mode: 'patient', region: 'knee-left', selected: true, regions: ['ear-right', 'knee-left'], areas: ['tinnitus', 'joint-pain'] },
      { mode: 'patient', region: 'knee-left', selected: false, regions: ['ear-right'], areas: ['tinnitus'] },
    ]);
    expect(target(el, 'front knee-left').getAttribute('aria-checked')).to.equal('false');
  });

  it('shows a set selection whose answers are ticked, and ignores unknown region ids', async () => {
    const el = await map('patient');
    expect(text(el.shadowRoot!.querySelector('.chosen'))).to.equal('Nothing chosen yet.');
    el.areas = ['headache', 'low-back-pain'];
    el.selected = ['low-back-left', 'head', 'nowhere' as never, 'knee-right'];
    await el.updateComplete;
    expect(target(el, 'back low-back-left').getAttribute('aria-checked')).to.equal('true');
    expect(target(el, 'front head').getAttribute('aria-checked')).to.equal('true');
    expect(target(el, 'back low-back-right').getAttribute('aria-checked')).to.equal('false');
    expect(text(el.shadowRoot!.querySelector('.chosen'))).to.equal('Chosen: Head; Lower back, left side');
  });

  it('keeps an answer the person ticked when its last place is taken back', async () => {
    const el = await map('patient');
    el.areas = ['shoulder-pain'];
    await el.updateComplete;
    const got = picks(el);
    await tap(target(el, 'front shoulder-left'));
    await tap(target(el, 'front shoulder-left'));
    await el.updateComplete;
    expect(got.map((d) => d.mode === 'patient' && d.areas)).to.deep.equal([['shoulder-pain'], ['shoulder-pain']]);
    expect(el.areas).to.deep.equal(['shoulder-pain']);
  });

  it('unticks an answer the map ticked only when no chosen place stands for it any more', async () => {
    const el = await map('patient');
    const got = picks(el);
    for (const key of ['front shoulder-right', 'front shoulder-left', 'front shoulder-right', 'front shoulder-left']) {
      await tap(target(el, key));
      await el.updateComplete;
    }
    expect(got.map((d) => d.mode === 'patient' && [d.regions, d.areas])).to.deep.equal([
      [['shoulder-right'], ['shoulder-pain']],
      [['shoulder-right', 'shoulder-left'], ['shoulder-pain']],
      [['shoulder-left'], ['shoulder-pain']],
      [[], []],
    ]);
  });

  it('takes the places of an answer unticked elsewhere off the map; ticked again, the answer is the person\'s', async () => {
    const el = await map('patient');
    await tap(target(el, 'back upper-back-right'));
    await tap(target(el, 'back thigh-left'));
    await el.updateComplete;
    expect(el.areas).to.deep.equal(['muscle-pain']);
    el.areas = [];
    await el.updateComplete;
    expect(el.selected).to.deep.equal([]);
    expect(target(el, 'back thigh-left').getAttribute('aria-checked')).to.equal('false');
    el.areas = ['muscle-pain'];
    await el.updateComplete;
    await tap(target(el, 'back thigh-left'));
    await tap(target(el, 'back thigh-left'));
    await el.updateComplete;
    expect(el.areas).to.deep.equal(['muscle-pain']);
  });

  it('switches between modes without losing its tab stop', async () => {
    const el = await map('clinician');
    el.mode = 'patient';
    await el.updateComplete;
    expect(targets(el).filter((g) => g.tabIndex === 0)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
    el.mode = 'clinician';
    await el.updateComplete;
    expect(targets(el).filter((g) => g.tabIndex === 0)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.chosen')).to.equal(null);
  });
});

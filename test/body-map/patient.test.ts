// <tpi-body-map> in patient mode: places that hurt, toggled, reported with their symptom ids.
import { expect } from '@open-wc/testing';
import { BODY_REGIONS } from '../../src/engine/catalog/body-map.js';
import { clickAt, map, middle, picks, reset, target, targets, text } from './helpers.js';

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
      { mode: 'patient', region: 'ear-right', symptom: 'tinnitus', selected: true, regions: ['ear-right'], symptoms: ['tinnitus'] },
      { mode: 'patient', region: 'knee-left', symptom: 'joint-pain', selected: true, regions: ['ear-right', 'knee-left'], symptoms: ['tinnitus', 'joint-pain'] },
      { mode: 'patient', region: 'knee-left', symptom: 'joint-pain', selected: false, regions: ['ear-right'], symptoms: ['tinnitus'] },
    ]);
    expect(target(el, 'front knee-left').getAttribute('aria-checked')).to.equal('false');
  });

  it('shows a host-set selection and ignores unknown region ids', async () => {
    const el = await map('patient');
    expect(text(el.shadowRoot!.querySelector('.chosen'))).to.equal('Nothing chosen yet.');
    el.selected = ['low-back-left', 'head', 'nowhere' as never];
    await el.updateComplete;
    expect(target(el, 'back low-back-left').getAttribute('aria-checked')).to.equal('true');
    expect(target(el, 'front head').getAttribute('aria-checked')).to.equal('true');
    expect(target(el, 'back low-back-right').getAttribute('aria-checked')).to.equal('false');
    expect(text(el.shadowRoot!.querySelector('.chosen'))).to.equal('Chosen: Head; Lower back, left side');
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

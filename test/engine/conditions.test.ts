// Candidate conditions: codes per muscle group, symptoms, supporting sites.
import { expect } from '@open-wc/testing';
import type { MuscleId, SymptomId } from '../../src/engine/index.js';
import { ACTIVE, LATENT, UNKNOWN, condition, run, site } from './helpers.js';

const mps = (...muscles: MuscleId[]) => condition(run({ sites: muscles.map((m, i) => site(`s${i}`, m, ACTIVE)) }), 'myofascial-pain-syndrome');
const withSymptom = (symptom: SymptomId, muscle: MuscleId, findings = ACTIVE, extra = {}) =>
  run({ symptoms: [symptom], sites: [site('s1', muscle, findings)], ...extra });

describe('candidate conditions', () => {
  it('myofascial pain syndrome: M79.11 mastication, M79.12 other head-neck, M79.18 elsewhere', () => {
    expect(mps('masseter')!.icd10).to.deep.equal(['M79.11']);
    expect(mps('temporalis')!.icd10).to.deep.equal(['M79.11']);
    expect(mps('upper-trapezius')!.icd10).to.deep.equal(['M79.12']);
    expect(mps('scalenes')!.icd10).to.deep.equal(['M79.12']);
    expect(mps('gastrocnemius')!.icd10).to.deep.equal(['M79.18']);
    expect(mps('forearm-extensors', 'masseter', 'suboccipitals', 'piriformis')).to.deep.equal({
      id: 'myofascial-pain-syndrome',
      icd10: ['M79.11', 'M79.12', 'M79.18'],
      siteIds: ['s0', 's1', 's2', 's3'],
    });
  });

  it('contraindicated active points count; latent and unknown do not', () => {
    const g = run({ sites: [site('a', 'masseter', ACTIVE, { localInfection: true }), site('b', 'rhomboids', LATENT), site('c', 'rhomboids', UNKNOWN)] });
    expect(condition(g, 'myofascial-pain-syndrome')).to.deep.equal({ id: 'myofascial-pain-syndrome', icd10: ['M79.11'], siteIds: ['a'] });
  });

  it('tension-type headache: headache and an active head-neck point', () => {
    expect(condition(withSymptom('headache', 'suboccipitals'), 'tension-type-headache')).to.deep.equal({ id: 'tension-type-headache', icd10: ['G44.209'], siteIds: ['s1'] });
    expect(condition(withSymptom('headache', 'infraspinatus'), 'tension-type-headache')).to.equal(undefined);
    expect(condition(withSymptom('neck-pain', 'suboccipitals'), 'tension-type-headache')).to.equal(undefined);
    expect(condition(withSymptom('headache', 'suboccipitals', LATENT), 'tension-type-headache')).to.equal(undefined);
  });

  it('tinnitus: tinnitus and an active point in a tinnitus-related muscle', () => {
    expect(condition(withSymptom('tinnitus', 'sternocleidomastoid'), 'tinnitus')!.icd10).to.deep.equal(['H93.19']);
    expect(condition(withSymptom('tinnitus', 'scalenes'), 'tinnitus')).to.equal(undefined);
  });

  it('low back pain: the symptom and an active lumbopelvic point', () => {
    expect(condition(withSymptom('low-back-pain', 'piriformis'), 'low-back-pain')!.icd10).to.deep.equal(['M54.50']);
    expect(condition(withSymptom('low-back-pain', 'thoracic-paraspinals'), 'low-back-pain')).to.equal(undefined);
  });

  it('joint pain: the symptom and any active point', () => {
    expect(condition(withSymptom('joint-pain', 'forearm-extensors'), 'joint-pain')).to.deep.equal({ id: 'joint-pain', icd10: ['M25.50'], siteIds: ['s1'] });
    expect(condition(withSymptom('joint-pain', 'forearm-extensors', UNKNOWN), 'joint-pain')).to.equal(undefined);
  });

  it('reduced range of motion: a trigger point with a painful stretch limit, or the symptom with any trigger point', () => {
    const g = run({ sites: [site('a', 'rhomboids', { ...UNKNOWN, painfulStretchLimit: true }), site('b', 'rhomboids', ACTIVE), site('c', 'rhomboids', { painfulStretchLimit: true })] });
    expect(condition(g, 'reduced-range-of-motion')).to.deep.equal({ id: 'reduced-range-of-motion', icd10: [], siteIds: ['a'] });
    const s = run({ symptoms: ['reduced-range-of-motion'], sites: [site('a', 'rhomboids', LATENT), site('b', 'rhomboids', {}), site('c', 'rhomboids', UNKNOWN)] });
    expect(condition(s, 'reduced-range-of-motion')!.siteIds).to.deep.equal(['a', 'c']);
    expect(condition(run({ symptoms: ['reduced-range-of-motion'], sites: [site('b', 'rhomboids', {})] }), 'reduced-range-of-motion')).to.equal(undefined);
  });

  it('chronic muscle pain: muscle pain for 12 weeks or more with an active point', () => {
    expect(condition(withSymptom('muscle-pain', 'hamstrings', ACTIVE, { painDurationWeeks: 12 }), 'chronic-muscle-pain')).to.deep.equal({ id: 'chronic-muscle-pain', icd10: [], siteIds: ['s1'] });
    expect(condition(withSymptom('muscle-pain', 'hamstrings', ACTIVE, { painDurationWeeks: 11.9 }), 'chronic-muscle-pain')).to.equal(undefined);
    expect(condition(withSymptom('muscle-pain', 'hamstrings'), 'chronic-muscle-pain')).to.equal(undefined);
    expect(condition(withSymptom('muscle-pain', 'hamstrings', LATENT, { painDurationWeeks: 30 }), 'chronic-muscle-pain')).to.equal(undefined);
  });

  it('lists conditions in contract order with their supporting sites', () => {
    const g = run({
      symptoms: ['muscle-pain', 'joint-pain', 'low-back-pain', 'tinnitus', 'headache', 'reduced-range-of-motion'],
      painDurationWeeks: 20,
      sites: [site('q', 'quadratus-lumborum', ACTIVE), site('m', 'masseter', ACTIVE)],
    });
    expect(g.conditions.map((c) => [c.id, c.siteIds])).to.deep.equal([
      ['myofascial-pain-syndrome', ['q', 'm']],
      ['tension-type-headache', ['m']],
      ['tinnitus', ['m']],
      ['low-back-pain', ['q']],
      ['joint-pain', ['q', 'm']],
      ['reduced-range-of-motion', ['q', 'm']],
      ['chronic-muscle-pain', ['q', 'm']],
    ]);
    expect(condition(g, 'myofascial-pain-syndrome')!.icd10).to.deep.equal(['M79.11', 'M79.18']);
  });
});

// Whole cases worked by hand from the engine contract v2 (docs/clinical-rules.md; today 2026-11-26).
import { expect } from '@open-wc/testing';
import { ACTIVE, LATENT, UNKNOWN, option, prior, run, site } from './helpers.js';

const summary = (g: ReturnType<typeof run>) => ({
  sites: g.sites.map((s) => [s.id, s.kind, s.activity ?? null, s.injection]),
  eligibility: g.eligibility.status,
  warnings: g.warnings.map((w) => [w.id, w.severity, w.siteIds ?? null]),
  conditions: g.conditions.map((c) => [c.id, c.icd10, c.siteIds]),
  options: g.options.map((o) => [o.id, o.available, o.reasons, o.maxDoseMg ?? null]),
  nsaids: g.alternatives.find((a) => a.id === 'nsaids')!.cautions,
});

describe('vignettes', () => {
  it('low back: active quadratus lumborum re-injected after 30 days, care not tried, 62 kg', () => {
    const g = run({
      patient: { weightKg: 62 },
      symptoms: ['low-back-pain', 'joint-pain'],
      conservativeCareTried: false,
      sites: [
        site('ql', 'quadratus-lumborum', ACTIVE, { side: 'left' }),
        site('pir', 'piriformis', LATENT),
        site('gm', 'gluteus-medius', { tautBand: true }),
      ],
      priorInjections: [prior('quadratus-lumborum', 30, 'lidocaine', 'left'), prior('quadratus-lumborum', 100, 'corticosteroid', 'right')],
    });
    expect(summary(g)).to.deep.equal({
      sites: [
        ['ql', 'trigger-point', 'active', 'indicated'],
        ['pir', 'trigger-point', 'latent', 'not-indicated'],
        ['gm', 'indeterminate', null, 'not-indicated'],
      ],
      eligibility: 'caution',
      warnings: [
        ['repeat-too-soon', 'warning', ['ql']],
        ['conservative-care-first', 'warning', null],
      ],
      conditions: [
        ['myofascial-pain-syndrome', ['M79.18'], ['ql']],
        ['low-back-pain', ['M54.50'], ['ql']],
        ['joint-pain', ['M25.50'], ['ql']],
      ],
      options: [
        ['wet-needling-lidocaine', true, [], 279],
        ['wet-needling-corticosteroid', true, [], null],
        ['dry-needling', true, [], null],
      ],
      nsaids: [],
    });
  });

  it('jaw and ear: infected masseter, active temporalis, unexamined sternocleidomastoid; pregnant, fearful, fibromyalgia', () => {
    const g = run({
      patient: { pregnant: true, needlePhobia: true, fibromyalgia: true },
      symptoms: ['tinnitus', 'headache', 'jaw-pain'],
      sites: [
        site('m', 'masseter', ACTIVE, { side: 'right', localInfection: true }),
        site('t', 'temporalis', ACTIVE, { side: 'right' }),
        site('scm', 'sternocleidomastoid', UNKNOWN),
      ],
    });
    expect(summary(g)).to.deep.equal({
      sites: [
        ['m', 'trigger-point', 'active', 'contraindicated'],
        ['t', 'trigger-point', 'active', 'indicated'],
        ['scm', 'trigger-point', 'unknown', 'not-indicated'],
      ],
      eligibility: 'caution',
      warnings: [
        ['local-infection', 'critical', ['m']],
        ['pregnancy', 'warning', null],
        ['needle-phobia', 'info', null],
        ['conservative-care-unknown', 'info', null],
        ['activity-unknown', 'info', ['scm']],
        ['fibromyalgia', 'info', null],
      ],
      conditions: [
        ['myofascial-pain-syndrome', ['M79.11'], ['m', 't']],
        ['tension-type-headache', ['G44.209'], ['m', 't']],
        ['tinnitus', ['H93.19'], ['m', 't']],
      ],
      options: [
        ['wet-needling-lidocaine', true, [], null],
        ['wet-needling-corticosteroid', true, [], null],
        ['dry-needling', true, [], null],
      ],
      nsaids: ['pregnancy'],
    });
  });

  it('systemic infection with an allergy: every option refused, lidocaine for two reasons', () => {
    const g = run({
      patient: { systemicInfection: true, localAnestheticAllergy: true, anticoagulated: true, weightKg: 50 },
      sites: [site('h', 'hamstrings', ACTIVE)],
    });
    expect(summary(g)).to.deep.equal({
      sites: [['h', 'trigger-point', 'active', 'contraindicated']],
      eligibility: 'contraindicated',
      warnings: [
        ['systemic-infection', 'critical', null],
        ['anticoagulation', 'warning', null],
        ['anesthetic-allergy', 'warning', null],
      ],
      conditions: [['myofascial-pain-syndrome', ['M79.18'], ['h']]],
      options: [
        ['wet-needling-lidocaine', false, ['contraindicated', 'anesthetic-allergy'], 225],
        ['wet-needling-corticosteroid', false, ['contraindicated'], null],
        ['dry-needling', false, ['contraindicated'], null],
      ],
      nsaids: ['anticoagulation'],
    });
  });

  it('fibromyalgia tender points: no trigger point, nothing to inject', () => {
    const g = run({
      patient: { fibromyalgia: true, bleedingDisorder: true },
      symptoms: ['muscle-pain'],
      painDurationWeeks: 20,
      sites: [
        site('a', 'upper-trapezius', { hypersensitiveSpot: true, tautBand: false, referredPain: false }),
        site('b', 'gluteus-medius', { tautBand: false, hypersensitiveSpot: false, referredPain: false, localTenderness: false }),
      ],
    });
    expect(summary(g)).to.deep.equal({
      sites: [
        ['a', 'tender-spot', null, 'not-indicated'],
        ['b', 'none', null, 'not-indicated'],
      ],
      eligibility: 'not-indicated',
      warnings: [['fibromyalgia', 'info', null]],
      conditions: [],
      options: [
        ['wet-needling-lidocaine', false, ['not-indicated'], null],
        ['wet-needling-corticosteroid', false, ['not-indicated'], null],
        ['dry-needling', false, ['not-indicated'], null],
      ],
      nsaids: ['bleeding-disorder'],
    });
  });

  it('a busy year: session and corticosteroid limits, too soon, over the lung', () => {
    const g = run({
      sites: [site('r', 'rhomboids', ACTIVE, { side: 'right' })],
      priorInjections: [
        prior('rhomboids', 10, 'corticosteroid', 'right'),
        prior('rhomboids', 100, 'corticosteroid'),
        prior('rhomboids', 200, 'corticosteroid', 'right'),
        prior('infraspinatus', 300, 'lidocaine'),
        prior('rhomboids', 250, 'corticosteroid', 'left'),
      ],
    });
    expect(summary(g).warnings).to.deep.equal([
      ['session-limit', 'warning', null],
      ['pneumothorax-risk', 'warning', ['r']],
      ['repeat-too-soon', 'warning', ['r']],
      ['corticosteroid-limit', 'warning', ['r']],
      ['conservative-care-unknown', 'info', null],
    ]);
    expect(g.eligibility.status).to.equal('caution');
    expect(option(g, 'wet-needling-corticosteroid')).to.deep.equal({ id: 'wet-needling-corticosteroid', available: false, reasons: ['corticosteroid-limit'] });
    expect(option(g, 'wet-needling-lidocaine').available).to.equal(true);
  });

  it('older adult on aspirin, allergic to anesthetics, poor relief last time: caution, corticosteroid without an anesthetic', () => {
    const g = run({
      patient: { ageYears: 78, weightKg: 55, antiplatelet: true, localAnestheticAllergy: true },
      conservativeCareTried: true,
      sites: [site('g', 'gluteus-minimus', ACTIVE, { side: 'left' })],
      priorInjections: [
        { ...prior('gluteus-minimus', 120, 'corticosteroid', 'left'), reliefPercent: 40, reliefWeeks: 8 },
        prior('upper-trapezius', 120, 'lidocaine'),
        { ...prior('gluteus-minimus', 300, 'lidocaine', 'left'), reliefPercent: 90, reliefWeeks: 20 },
      ],
    });
    expect(summary(g)).to.deep.equal({
      sites: [['g', 'trigger-point', 'active', 'indicated']],
      eligibility: 'caution',
      // No older-adult-dose: with the allergy there is no lidocaine to dose.
      warnings: [
        ['antiplatelet', 'warning', null],
        ['anesthetic-allergy', 'warning', null],
        ['repeat-without-response', 'warning', null],
        ['driving', 'info', ['g']],
      ],
      conditions: [['myofascial-pain-syndrome', ['M79.18'], ['g']]],
      options: [
        ['wet-needling-lidocaine', false, ['anesthetic-allergy'], 247],
        ['wet-needling-corticosteroid', true, ['anesthetic-allergy'], null],
        ['dry-needling', true, [], null],
      ],
      nsaids: ['antiplatelet'],
    });
  });

  it('only latent and unexamined points, reduced motion reported: examine further', () => {
    const g = run({
      symptoms: ['reduced-range-of-motion', 'shoulder-pain'],
      sites: [site('i', 'infraspinatus', LATENT), site('s', 'supraspinatus', UNKNOWN), site('p', 'pectoralis-major', {})],
    });
    expect(summary(g)).to.deep.equal({
      sites: [
        ['i', 'trigger-point', 'latent', 'not-indicated'],
        ['s', 'trigger-point', 'unknown', 'not-indicated'],
        ['p', 'indeterminate', null, 'not-indicated'],
      ],
      eligibility: 'incomplete',
      warnings: [['activity-unknown', 'info', ['s']]],
      conditions: [['reduced-range-of-motion', [], ['i', 's']]],
      options: [
        ['wet-needling-lidocaine', false, ['incomplete'], null],
        ['wet-needling-corticosteroid', false, ['incomplete'], null],
        ['dry-needling', false, ['incomplete'], null],
      ],
      nsaids: [],
    });
  });
});

// Every warning: when it is present, when it is absent, its severity, sites and order.
import { expect } from '@open-wc/testing';
import { WARNING_IDS, type Patient } from '../../src/engine/index.js';
import { ACTIVE, LATENT, UNKNOWN, oneActive, prior, run, site, warning, warningIds } from './helpers.js';

const PATIENT_WARNINGS: [keyof Patient, string, string][] = [
  ['systemicInfection', 'systemic-infection', 'critical'],
  ['anticoagulated', 'anticoagulation', 'warning'],
  ['antiplatelet', 'antiplatelet', 'warning'],
  ['bleedingDisorder', 'bleeding-disorder', 'warning'],
  ['localAnestheticAllergy', 'anesthetic-allergy', 'warning'],
  ['pregnant', 'pregnancy', 'warning'],
  ['needlePhobia', 'needle-phobia', 'info'],
];

describe('patient-level warnings', () => {
  for (const [flag, id, severity] of PATIENT_WARNINGS) {
    it(`${id} (${severity}) speaks only while injection is on the table`, () => {
      const on = run(oneActive('infraspinatus', { patient: { [flag]: true } }));
      expect(warning(on, id)).to.deep.equal({ id, severity, message: warning(on, id)!.message });
      expect(warning(on, id)!.message).to.match(/^[A-Z0-9].*\.$/);
      // Off the table: latent, unknown, indeterminate, no sites.
      for (const sites of [[site('s1', 'infraspinatus', LATENT)], [site('s1', 'infraspinatus', UNKNOWN)], [site('s1', 'infraspinatus', {})], []])
        expect(warningIds(run({ patient: { [flag]: true }, sites }))).to.not.include(id);
      // False or omitted: absent.
      expect(warningIds(run(oneActive('infraspinatus', { patient: { [flag]: false } })))).to.not.include(id);
    });
  }

  it('a contraindicated active point still puts injection on the table', () => {
    const g = run(oneActive('infraspinatus', { patient: { anticoagulated: true } }, { localInfection: true }));
    expect(warningIds(g)).to.deep.equal(['local-infection', 'anticoagulation']);
  });

  it('fibromyalgia (info) is always shown when given, even with no site', () => {
    expect(warning(run({ patient: { fibromyalgia: true }, sites: [] }), 'fibromyalgia')!.severity).to.equal('info');
    expect(warningIds(run(oneActive('infraspinatus', { patient: { fibromyalgia: true }, conservativeCareTried: true })))).to.deep.equal(['fibromyalgia']);
    expect(warningIds(run({ patient: { fibromyalgia: false }, sites: [] }))).to.deep.equal([]);
  });
});

describe('site-level warnings', () => {
  it('local-infection and acute-trauma (critical) name the active points concerned, in input order', () => {
    const g = run({
      sites: [
        site('z', 'infraspinatus', ACTIVE, { acuteTrauma: true }),
        site('y', 'supraspinatus', LATENT, { localInfection: true, acuteTrauma: true }),
        site('x', 'rhomboids', ACTIVE, { localInfection: true, acuteTrauma: true }),
      ],
    });
    expect(warning(g, 'local-infection')).to.deep.include({ severity: 'critical', siteIds: ['x'] });
    expect(warning(g, 'acute-trauma')).to.deep.include({ severity: 'critical', siteIds: ['z', 'x'] });
  });

  it('pneumothorax-risk names indicated sites in thoracic-wall muscles only', () => {
    const wall = ['upper-trapezius', 'middle-trapezius', 'scalenes', 'rhomboids', 'serratus-anterior', 'pectoralis-major', 'thoracic-paraspinals'] as const;
    for (const m of wall) expect(warning(run(oneActive(m)), 'pneumothorax-risk')!.siteIds).to.deep.equal(['s1']);
    for (const m of ['levator-scapulae', 'infraspinatus', 'lumbar-paraspinals', 'sternocleidomastoid'] as const)
      expect(warningIds(run(oneActive(m)))).to.not.include('pneumothorax-risk');
    // Not indicated: latent, or contraindicated.
    expect(warningIds(run({ sites: [site('s1', 'scalenes', LATENT)] }))).to.not.include('pneumothorax-risk');
    expect(warningIds(run(oneActive('scalenes', {}, { localInfection: true })))).to.not.include('pneumothorax-risk');
  });

  it('driving (info) names indicated sites in lower-limb muscles only', () => {
    for (const m of ['gluteus-medius', 'gluteus-minimus', 'piriformis', 'tensor-fasciae-latae', 'vastus-lateralis', 'hamstrings', 'gastrocnemius', 'tibialis-anterior'] as const)
      expect(warning(run(oneActive(m)), 'driving')).to.deep.include({ severity: 'info', siteIds: ['s1'] });
    expect(warningIds(run(oneActive('quadratus-lumborum')))).to.not.include('driving');
    expect(warningIds(run(oneActive('forearm-extensors')))).to.not.include('driving');
    expect(warningIds(run({ sites: [site('s1', 'hamstrings', LATENT)] }))).to.not.include('driving');
  });

  it('activity-unknown (info) names trigger points whose pain recognition was not examined', () => {
    const g = run({ sites: [site('a', 'infraspinatus', UNKNOWN), site('b', 'infraspinatus', LATENT), site('c', 'rhomboids', { tautBand: true, referredPain: true })] });
    expect(warning(g, 'activity-unknown')).to.deep.include({ severity: 'info', siteIds: ['a', 'c'] });
    expect(warningIds(run({ sites: [site('a', 'infraspinatus', {})] }))).to.not.include('activity-unknown');
  });

  it('conservative-care-first (warning) only when care was not tried (false) and a site is indicated', () => {
    expect(warning(run(oneActive('infraspinatus', { conservativeCareTried: false })), 'conservative-care-first')).to.not.have.property('siteIds');
    expect(warningIds(run(oneActive('infraspinatus', { conservativeCareTried: true })))).to.deep.equal([]);
    // Not recorded is not "not tried": v2 asks instead (conservative-care-unknown, below).
    expect(warningIds(run(oneActive('infraspinatus')))).to.deep.equal(['conservative-care-unknown']);
    expect(warningIds(run({ conservativeCareTried: false, sites: [site('s1', 'infraspinatus', LATENT)] }))).to.deep.equal([]);
    expect(warningIds(run(oneActive('infraspinatus', { conservativeCareTried: false }, { acuteTrauma: true })))).to.deep.equal(['acute-trauma']);
  });
});

describe('v2 warnings', () => {
  it('conservative-care-unknown (info) asks when care is not recorded and a site is indicated', () => {
    const g = run(oneActive('infraspinatus'));
    expect(warning(g, 'conservative-care-unknown')).to.deep.equal({ id: 'conservative-care-unknown', severity: 'info', message: warning(g, 'conservative-care-unknown')!.message });
    expect(g.eligibility.status).to.equal('appropriate'); // information, not a caution
    for (const conservativeCareTried of [true, false]) expect(warningIds(run(oneActive('infraspinatus', { conservativeCareTried })))).to.not.include('conservative-care-unknown');
    // No indicated site: latent, contraindicated, none at all.
    expect(warningIds(run({ sites: [site('s1', 'infraspinatus', LATENT)] }))).to.deep.equal([]);
    expect(warningIds(run(oneActive('infraspinatus', {}, { localInfection: true })))).to.deep.equal(['local-infection']);
    expect(warningIds(run({ sites: [] }))).to.deep.equal([]);
  });

  it('older-adult-dose (info) from age 65, while a site is indicated and lidocaine is possible', () => {
    const at = (ageYears: number, patient = {}, extra = {}) => warningIds(run(oneActive('infraspinatus', { patient: { ageYears, ...patient }, conservativeCareTried: true }, extra)));
    expect(at(65)).to.deep.equal(['older-adult-dose']);
    expect(at(90.5)).to.deep.equal(['older-adult-dose']);
    expect(at(64.9)).to.deep.equal([]);
    expect(at(80, { localAnestheticAllergy: true })).to.deep.equal(['anesthetic-allergy']);
    expect(at(80, {}, { acuteTrauma: true })).to.deep.equal(['acute-trauma']);
    expect(warningIds(run({ patient: { ageYears: 80 }, sites: [site('s1', 'infraspinatus', UNKNOWN)] }))).to.not.include('older-adult-dose');
    const g = run(oneActive('infraspinatus', { patient: { ageYears: 70 }, conservativeCareTried: true }));
    expect(warning(g, 'older-adult-dose')!.severity).to.equal('info');
    expect(g.eligibility.status).to.equal('appropriate');
  });

  it('antiplatelet (warning) also cautions NSAIDs, with or without injection on the table', () => {
    expect(run(oneActive('infraspinatus', { patient: { antiplatelet: true } })).eligibility.status).to.equal('caution');
    for (const sites of [[], [site('s1', 'infraspinatus', ACTIVE)]])
      expect(run({ patient: { antiplatelet: true }, sites }).alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal(['antiplatelet']);
  });
});

describe('warning list', () => {
  it('keeps the documented order (contract listing order), each id once', () => {
    const g = run({
      patient: {
        systemicInfection: true,
        anticoagulated: true,
        antiplatelet: true,
        bleedingDisorder: true,
        localAnestheticAllergy: true,
        pregnant: true,
        needlePhobia: true,
        fibromyalgia: true,
      },
      conservativeCareTried: false,
      sites: [
        site('h', 'hamstrings', ACTIVE, { localInfection: true, acuteTrauma: true }),
        site('u', 'tibialis-anterior', UNKNOWN),
      ],
      priorInjections: [{ ...prior('hamstrings', 1, 'lidocaine'), reliefPercent: 10 }, prior('hamstrings', 2, 'lidocaine'), prior('hamstrings', 3, 'other')],
    });
    const ids = warningIds(g);
    expect(ids).to.deep.equal(WARNING_IDS.filter((id) => ids.includes(id)));
    expect(new Set(ids).size).to.equal(ids.length);
    // Every warning but those that need an indicated site (none is: all are contraindicated).
    const needIndicated = ['pneumothorax-risk', 'repeat-too-soon', 'corticosteroid-limit', 'conservative-care-first', 'conservative-care-unknown', 'older-adult-dose', 'driving'];
    expect(ids).to.deep.equal(WARNING_IDS.filter((id) => !needIndicated.includes(id)));
  });

  it('every warning id of the contract can be raised, with a plain sentence', () => {
    const seen = new Set<string>();
    const add = (g: ReturnType<typeof run>) => g.warnings.forEach((w) => (seen.add(w.id), expect(w.message).to.match(/\.$/)));
    add(run({ patient: { systemicInfection: true, fibromyalgia: true }, sites: [site('a', 'hamstrings', ACTIVE, { localInfection: true, acuteTrauma: true }), site('b', 'rhomboids', UNKNOWN)] }));
    add(
      run({
        patient: { anticoagulated: true, antiplatelet: true, bleedingDisorder: true, localAnestheticAllergy: true, pregnant: true, needlePhobia: true },
        conservativeCareTried: false,
        sites: [site('a', 'hamstrings', ACTIVE), site('b', 'rhomboids', ACTIVE)],
        priorInjections: [prior('hamstrings', 1, 'corticosteroid'), prior('hamstrings', 2, 'corticosteroid'), prior('hamstrings', 3, 'corticosteroid')],
      }),
    );
    add(run({ patient: { ageYears: 70 }, sites: [site('a', 'hamstrings', ACTIVE)], priorInjections: [{ ...prior('rhomboids', 90, 'other'), reliefWeeks: 2 }] }));
    expect([...seen].sort()).to.deep.equal([...WARNING_IDS].sort());
  });
});

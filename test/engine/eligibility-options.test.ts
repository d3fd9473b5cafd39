// Eligibility (first that holds, in order), options, lidocaine dose, alternatives.
import { expect } from '@open-wc/testing';
import { ALTERNATIVE_IDS, OPTION_IDS, defaultRuleset, type Assessment } from '../../src/engine/index.js';
import { ACTIVE, LATENT, UNKNOWN, oneActive, option, prior, run, site } from './helpers.js';

const status = (a: Parameters<typeof run>[0]) => run(a).eligibility.status;

describe('eligibility', () => {
  it('1. not-indicated: no active point and nothing left to examine', () => {
    expect(status({ sites: [] })).to.equal('not-indicated');
    expect(status({ sites: [site('a', 'rhomboids', LATENT), site('b', 'rhomboids', { tautBand: false, referredPain: false, localTenderness: true })] })).to.equal('not-indicated');
  });

  it('2. incomplete: no active point, but an indeterminate site or a point of unknown activity', () => {
    expect(status({ sites: [site('a', 'rhomboids', LATENT), site('b', 'rhomboids', {})] })).to.equal('incomplete');
    expect(status({ sites: [site('a', 'rhomboids', UNKNOWN)] })).to.equal('incomplete');
  });

  it('an active point outranks incomplete sites', () => {
    expect(status({ sites: [site('a', 'infraspinatus', {}), site('b', 'infraspinatus', ACTIVE)] })).to.equal('appropriate');
  });

  it('3. contraindicated: every active point is contraindicated', () => {
    expect(status(oneActive('infraspinatus', {}, { localInfection: true }))).to.equal('contraindicated');
    expect(status(oneActive('infraspinatus', { patient: { systemicInfection: true } }))).to.equal('contraindicated');
    expect(status({ sites: [site('a', 'infraspinatus', ACTIVE, { acuteTrauma: true }), site('b', 'infraspinatus', UNKNOWN)] })).to.equal('contraindicated');
  });

  it('4. caution: one active point contraindicated, another indicated (critical warning applies)', () => {
    expect(status({ sites: [site('a', 'infraspinatus', ACTIVE, { localInfection: true }), site('b', 'supraspinatus', ACTIVE)] })).to.equal('caution');
  });

  it('4. caution for any warning-severity warning; info warnings do not count', () => {
    expect(status(oneActive('infraspinatus', { patient: { pregnant: true } }))).to.equal('caution');
    expect(status(oneActive('hamstrings', { patient: { needlePhobia: true, fibromyalgia: true } }))).to.equal('appropriate');
  });

  it('5. appropriate otherwise', () => {
    expect(status(oneActive('infraspinatus'))).to.equal('appropriate');
  });
});

describe('options', () => {
  it('always the three, in order', () => {
    for (const a of [{ sites: [] }, oneActive('infraspinatus')]) expect(run(a).options.map((o) => o.id)).to.deep.equal([...OPTION_IDS]);
  });

  it('none available unless appropriate or caution; reasons hold the status', () => {
    const cases: [Assessment, string][] = [
      [{ sites: [] }, 'not-indicated'],
      [{ sites: [site('a', 'rhomboids', UNKNOWN)] }, 'incomplete'],
      [oneActive('infraspinatus', {}, { acuteTrauma: true }), 'contraindicated'],
    ];
    for (const [a, s] of cases)
      expect(run(a).options.map((o) => [o.available, o.reasons])).to.deep.equal([
        [false, [s]],
        [false, [s]],
        [false, [s]],
      ]);
    expect(run(oneActive('infraspinatus', { patient: { pregnant: true } })).options.every((o) => o.available && o.reasons.length === 0)).to.equal(true);
  });

  it('lidocaine is unavailable with an anesthetic allergy; the others stay available', () => {
    const g = run(oneActive('infraspinatus', { patient: { localAnestheticAllergy: true } }));
    expect(option(g, 'wet-needling-lidocaine')).to.deep.equal({ id: 'wet-needling-lidocaine', available: false, reasons: ['anesthetic-allergy'] });
    expect(option(g, 'wet-needling-corticosteroid').available).to.equal(true);
    expect(option(g, 'dry-needling')).to.deep.equal({ id: 'dry-needling', available: true, reasons: [] });
  });

  it('with an anesthetic allergy the corticosteroid stays available, its reasons saying to inject it without a local anesthetic (v2)', () => {
    const g = run(oneActive('infraspinatus', { patient: { localAnestheticAllergy: true } }));
    expect(option(g, 'wet-needling-corticosteroid')).to.deep.equal({ id: 'wet-needling-corticosteroid', available: true, reasons: ['anesthetic-allergy'] });
    expect(g.trace.map((t) => t.rule)).to.include('option.corticosteroid-without-anesthetic');
    // Without the allergy: no reason. Unavailable for another reason: that reason only.
    expect(option(run(oneActive('infraspinatus')), 'wet-needling-corticosteroid').reasons).to.deep.equal([]);
    const limit = run({
      patient: { localAnestheticAllergy: true },
      sites: [site('s1', 'infraspinatus', ACTIVE)],
      priorInjections: [50, 100, 200].map((d) => prior('infraspinatus', d, 'corticosteroid')),
    });
    expect(option(limit, 'wet-needling-corticosteroid')).to.deep.equal({ id: 'wet-needling-corticosteroid', available: false, reasons: ['corticosteroid-limit'] });
    const blocked = run(oneActive('infraspinatus', { patient: { localAnestheticAllergy: true } }, { localInfection: true }));
    expect(option(blocked, 'wet-needling-corticosteroid')).to.deep.equal({ id: 'wet-needling-corticosteroid', available: false, reasons: ['contraindicated'] });
    expect(blocked.trace.map((t) => t.rule)).to.not.include('option.corticosteroid-without-anesthetic');
  });

  it('with a contraindication and an allergy, lidocaine lists both reasons, status first', () => {
    const g = run(oneActive('infraspinatus', { patient: { localAnestheticAllergy: true } }, { localInfection: true }));
    expect(option(g, 'wet-needling-lidocaine').reasons).to.deep.equal(['contraindicated', 'anesthetic-allergy']);
  });

  it('the lidocaine maximum is one total for the session: it does not grow with the sites, and its rule says so (v2)', () => {
    const sites = (n: number) => Array.from({ length: n }, (_, i) => site(`s${i}`, 'infraspinatus', ACTIVE));
    expect(option(run({ patient: { weightKg: 50 }, sites: sites(1) }), 'wet-needling-lidocaine').maxDoseMg).to.equal(225);
    expect(option(run({ patient: { weightKg: 50 }, sites: sites(6) }), 'wet-needling-lidocaine').maxDoseMg).to.equal(225);
    const rule = defaultRuleset.rules.find((r) => r.id === 'option.lidocaine-dose')!;
    expect(rule.description).to.match(/total for the session, all sites together/);
  });

  it('lidocaine maximum: floor(min(4.5 × kg, 300)) whenever the weight is known', () => {
    const dose = (weightKg: number, a = oneActive('infraspinatus')) => option(run({ ...a, patient: { weightKg } }), 'wet-needling-lidocaine').maxDoseMg;
    expect(dose(80)).to.equal(300);
    expect(dose(66)).to.equal(297);
    expect(dose(66.7)).to.equal(300); // 300.15 → capped
    expect(dose(66.6)).to.equal(299); // 299.7 → floor
    expect(dose(66.67)).to.equal(300);
    expect(dose(10.5)).to.equal(47); // 47.25
    expect(dose(0.1)).to.equal(0); // 0.45
    expect(dose(500)).to.equal(300);
    expect(dose(20, { sites: [] })).to.equal(90); // even when no option is available
    expect(option(run(oneActive('infraspinatus')), 'wet-needling-lidocaine')).to.not.have.property('maxDoseMg');
    expect(option(run({ ...oneActive('infraspinatus'), patient: { weightKg: 70 } }), 'dry-needling')).to.not.have.property('maxDoseMg');
  });
});

describe('alternatives', () => {
  it('always all eight, first-line care first', () => {
    expect(run({ sites: [] }).alternatives).to.deep.equal(ALTERNATIVE_IDS.map((id) => ({ id, cautions: [] })));
    expect(ALTERNATIVE_IDS.slice(0, 3)).to.deep.equal(['stretching', 'massage-therapy', 'physical-therapy']);
  });

  it('NSAIDs carry anticoagulation, antiplatelet, bleeding-disorder and pregnancy whether or not injection is on the table', () => {
    const patient = { anticoagulated: true, antiplatelet: true, bleedingDisorder: true, pregnant: true };
    for (const sites of [[], [site('s1', 'infraspinatus', ACTIVE)]]) {
      const g = run({ patient, sites });
      expect(g.alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal(['anticoagulation', 'antiplatelet', 'bleeding-disorder', 'pregnancy']);
      expect(g.alternatives.filter((a) => a.cautions.length).map((a) => a.id)).to.deep.equal(['nsaids']);
    }
    expect(run({ patient: { pregnant: true }, sites: [] }).alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal(['pregnancy']);
    expect(run({ patient: { anticoagulated: false }, sites: [] }).alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal([]);
  });
});

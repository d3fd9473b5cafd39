// The engine contract's worked examples (today 2026-11-26), checked field by field:
// 1-5 from v1, 6-8 for v2 (docs/clinical-rules.md describes the rules they exercise).
import { expect } from '@open-wc/testing';
import { ALTERNATIVE_IDS, defaultRuleset } from '../../src/engine/index.js';
import { ACTIVE, condition, option, prior, run, site, warning, warningIds } from './helpers.js';

describe('worked examples of the engine contract', () => {
  it('1. levator scapulae, active: indicated, MPS M79.12 and tension-type headache, appropriate', () => {
    const g = run({
      symptoms: ['neck-pain', 'headache'],
      conservativeCareTried: true,
      sites: [site('s1', 'levator-scapulae', { tautBand: true, hypersensitiveSpot: true, referredPain: false, painRecognition: true })],
    });
    expect(g.sites).to.deep.equal([
      {
        id: 's1',
        muscle: 'levator-scapulae',
        kind: 'trigger-point',
        activity: 'active',
        injection: 'indicated',
        criteria: { met: ['tautBand', 'hypersensitiveSpot'], absent: ['referredPain'], unexamined: [] },
        supporting: [],
      },
    ]);
    expect(g.conditions).to.deep.equal([
      { id: 'myofascial-pain-syndrome', icd10: ['M79.12'], siteIds: ['s1'] },
      { id: 'tension-type-headache', icd10: ['G44.209'], siteIds: ['s1'] },
    ]);
    expect(g.warnings).to.deep.equal([]);
    expect(g.eligibility).to.deep.equal({ status: 'appropriate' });
    expect(g.options).to.deep.equal([
      { id: 'wet-needling-lidocaine', available: true, reasons: [] },
      { id: 'wet-needling-corticosteroid', available: true, reasons: [] },
      { id: 'dry-needling', available: true, reasons: [] },
    ]);
    expect(g.alternatives.map((a) => a.id)).to.deep.equal([...ALTERNATIVE_IDS]);
    expect(g.rulesetVersion).to.equal(defaultRuleset.version);
  });

  it('2. supraspinatus, half examined: indeterminate, incomplete, no option available', () => {
    const g = run({ sites: [site('s1', 'supraspinatus', { hypersensitiveSpot: true, tautBand: false })] });
    expect(g.sites[0]!.kind).to.equal('indeterminate');
    expect(g.sites[0]).to.not.have.property('activity');
    expect(g.sites[0]!.criteria).to.deep.equal({ met: ['hypersensitiveSpot'], absent: ['tautBand'], unexamined: ['referredPain'] });
    expect(g.eligibility.status).to.equal('incomplete');
    expect(g.options.every((o) => !o.available && o.reasons.join() === 'incomplete')).to.equal(true);
  });

  it('3. pectoralis major, anticoagulated, 80 kg: caution, pneumothorax, lidocaine capped at 300 mg', () => {
    const g = run({ patient: { anticoagulated: true, weightKg: 80 }, sites: [site('s1', 'pectoralis-major', ACTIVE)] });
    expect(g.sites[0]!.injection).to.equal('indicated');
    // v2: care is not recorded here, so conservative-care-unknown (info) asks about it.
    expect(g.warnings.map((w) => [w.id, w.severity, w.siteIds])).to.deep.equal([
      ['anticoagulation', 'warning', undefined],
      ['pneumothorax-risk', 'warning', ['s1']],
      ['conservative-care-unknown', 'info', undefined],
    ]);
    expect(warning(g, 'anticoagulation')).to.not.have.property('siteIds');
    expect(g.eligibility.status).to.equal('caution');
    expect(option(g, 'wet-needling-lidocaine')).to.deep.equal({ id: 'wet-needling-lidocaine', available: true, maxDoseMg: 300, reasons: [] });
    expect(g.alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal(['anticoagulation']);
  });

  it('4. dry needling ten days ago: repeat-too-soon, but no session-limit', () => {
    const g = run({
      sites: [site('s1', 'infraspinatus', ACTIVE, { side: 'right' })],
      priorInjections: [{ muscle: 'infraspinatus', side: 'right', date: '2026-11-16', kind: 'dry-needling' }],
    });
    expect(warning(g, 'repeat-too-soon')!.siteIds).to.deep.equal(['s1']);
    expect(warningIds(g)).to.not.include('session-limit');
    expect(g.sites[0]!.side).to.equal('right');
  });

  it('5. latent splenius capitis with a painful stretch limit: reduced range of motion only', () => {
    const g = run({
      sites: [
        site('s1', 'splenius-capitis', {
          tautBand: true,
          referredPain: true,
          hypersensitiveSpot: false,
          painRecognition: false,
          painfulStretchLimit: true,
        }),
      ],
    });
    expect(g.sites[0]).to.include({ kind: 'trigger-point', activity: 'latent', injection: 'not-indicated' });
    expect(g.sites[0]!.supporting).to.deep.equal(['painfulStretchLimit']);
    expect(g.conditions).to.deep.equal([{ id: 'reduced-range-of-motion', icd10: [], siteIds: ['s1'] }]);
    expect(condition(g, 'myofascial-pain-syndrome')).to.equal(undefined);
    expect(g.eligibility.status).to.equal('not-indicated');
  });

  it('4b. the same dry needling 42 days ago no longer warns', () => {
    const g = run({ conservativeCareTried: true, sites: [site('s1', 'infraspinatus', ACTIVE)], priorInjections: [prior('infraspinatus', 42, 'dry-needling')] });
    expect(warningIds(g)).to.deep.equal([]);
  });

  it('6. referral without a tender spot\'s locality: P = 1, U = 0 and referred pain present is none', () => {
    const g = run({ sites: [site('s1', 'infraspinatus', { tautBand: false, hypersensitiveSpot: false, referredPain: true, localTenderness: true })] });
    expect(g.sites[0]).to.deep.equal({
      id: 's1',
      muscle: 'infraspinatus',
      kind: 'none',
      injection: 'not-indicated',
      criteria: { met: ['referredPain'], absent: ['tautBand', 'hypersensitiveSpot'], unexamined: [] },
      supporting: [],
    });
    expect(g.eligibility.status).to.equal('not-indicated');
    expect(g.warnings).to.deep.equal([]);
  });

  it('7. older adult on aspirin, care not recorded: antiplatelet, pneumothorax, two notes, 270 mg for the session', () => {
    const g = run({ patient: { ageYears: 71, weightKg: 60, antiplatelet: true }, sites: [site('s1', 'rhomboids', ACTIVE)] });
    expect(g.sites[0]!.injection).to.equal('indicated');
    expect(g.warnings.map((w) => [w.id, w.severity, w.siteIds])).to.deep.equal([
      ['antiplatelet', 'warning', undefined],
      ['pneumothorax-risk', 'warning', ['s1']],
      ['conservative-care-unknown', 'info', undefined],
      ['older-adult-dose', 'info', undefined],
    ]);
    expect(g.eligibility.status).to.equal('caution');
    expect(option(g, 'wet-needling-lidocaine')).to.deep.equal({ id: 'wet-needling-lidocaine', available: true, maxDoseMg: 270, reasons: [] });
    expect(g.alternatives.find((a) => a.id === 'nsaids')!.cautions).to.deep.equal(['antiplatelet']);
  });

  it('8. a poor response last time: repeat-without-response, not repeat-too-soon (86 days), driving', () => {
    const g = run({
      conservativeCareTried: true,
      sites: [site('s1', 'gluteus-medius', ACTIVE, { side: 'left' })],
      priorInjections: [{ muscle: 'gluteus-medius', side: 'left', date: '2026-09-01', kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 3 }],
    });
    expect(g.warnings.map((w) => [w.id, w.severity, w.siteIds])).to.deep.equal([
      ['repeat-without-response', 'warning', undefined],
      ['driving', 'info', ['s1']],
    ]);
    expect(g.eligibility.status).to.equal('caution');
  });
});

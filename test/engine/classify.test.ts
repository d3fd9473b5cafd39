// Classification (Delphi 2018), activity and injection at a site: every rule and boundary.
import { expect } from '@open-wc/testing';
import type { Findings } from '../../src/engine/index.js';
import { ACTIVE, fired, run, site } from './helpers.js';

const one = (findings: Findings, extra = {}, patient = {}) => run({ patient, sites: [site('s1', 'infraspinatus', findings, extra)] });
const kind = (findings: Findings) => one(findings).sites[0]!.kind;

describe('classification of a site', () => {
  it('P = 3 and P = 2 are trigger points, whichever two criteria', () => {
    expect(kind({ tautBand: true, hypersensitiveSpot: true, referredPain: true })).to.equal('trigger-point');
    expect(kind({ tautBand: true, hypersensitiveSpot: true })).to.equal('trigger-point');
    expect(kind({ tautBand: true, referredPain: true, hypersensitiveSpot: false })).to.equal('trigger-point');
    expect(kind({ hypersensitiveSpot: true, referredPain: true })).to.equal('trigger-point');
  });

  it('P = 1 with U = 1 is indeterminate (P + U = 2)', () => {
    expect(kind({ tautBand: true, hypersensitiveSpot: false })).to.equal('indeterminate');
    expect(kind({ referredPain: true, tautBand: false })).to.equal('indeterminate');
  });

  it('P = 0 with U = 2 or 3 is indeterminate: nothing examined is not "absent"', () => {
    expect(kind({})).to.equal('indeterminate');
    expect(kind({ localTenderness: true })).to.equal('indeterminate');
    expect(kind({ tautBand: false })).to.equal('indeterminate');
  });

  it('P + U = 1 with a hypersensitive spot is a tender spot', () => {
    expect(kind({ hypersensitiveSpot: true, tautBand: false, referredPain: false })).to.equal('tender-spot');
    expect(kind({ hypersensitiveSpot: true, tautBand: false, referredPain: false, localTenderness: false })).to.equal('tender-spot');
  });

  it('P + U ≤ 1 with local tenderness is a tender spot', () => {
    expect(kind({ tautBand: false, referredPain: false, localTenderness: true })).to.equal('tender-spot');
    expect(kind({ tautBand: false, referredPain: false, hypersensitiveSpot: false, localTenderness: true })).to.equal('tender-spot');
    expect(kind({ tautBand: true, referredPain: false, hypersensitiveSpot: false, localTenderness: true })).to.equal('tender-spot');
  });

  it('referred pain present is never a tender spot (v2): a tender spot hurts only where pressed', () => {
    expect(kind({ tautBand: false, hypersensitiveSpot: false, referredPain: true, localTenderness: true })).to.equal('none');
    expect(kind({ tautBand: true, hypersensitiveSpot: false, referredPain: false, localTenderness: true })).to.equal('tender-spot');
    expect(kind({ tautBand: false, hypersensitiveSpot: false, localTenderness: true })).to.equal('tender-spot'); // referral not examined
  });

  it('P + U ≤ 1 without a hypersensitive spot or tenderness is none', () => {
    expect(kind({ tautBand: false, hypersensitiveSpot: false, referredPain: false })).to.equal('none');
    expect(kind({ tautBand: true, hypersensitiveSpot: false, referredPain: false })).to.equal('none');
    expect(kind({ tautBand: false, referredPain: false })).to.equal('none');
    expect(kind({ tautBand: false, referredPain: false, localTenderness: false })).to.equal('none');
  });

  it('confirmatory findings never change the kind; present ones are listed as supporting', () => {
    const g = one({ tautBand: false, hypersensitiveSpot: false, referredPain: false, localTwitchResponse: true, painfulStretchLimit: true });
    expect(g.sites[0]!.kind).to.equal('none');
    expect(g.sites[0]!.supporting).to.deep.equal(['localTwitchResponse', 'painfulStretchLimit']);
    expect(one({ ...ACTIVE, localTwitchResponse: false }).sites[0]!.supporting).to.deep.equal([]);
  });

  it('reports the essential criteria by state, in contract order', () => {
    expect(one({ referredPain: true, tautBand: false }).sites[0]!.criteria).to.deep.equal({
      met: ['referredPain'],
      absent: ['tautBand'],
      unexamined: ['hypersensitiveSpot'],
    });
  });
});

describe('activity of a trigger point', () => {
  it('active when the pain is recognized, latent when not, unknown when not examined', () => {
    expect(one({ tautBand: true, referredPain: true, painRecognition: true }).sites[0]!.activity).to.equal('active');
    expect(one({ tautBand: true, referredPain: true, painRecognition: false }).sites[0]!.activity).to.equal('latent');
    expect(one({ tautBand: true, referredPain: true }).sites[0]!.activity).to.equal('unknown');
  });

  it('is reported only for trigger points, whatever painRecognition says', () => {
    for (const f of [{ painRecognition: true }, { tautBand: false, referredPain: false, localTenderness: true, painRecognition: true }])
      expect(one(f).sites[0]).to.not.have.property('activity');
  });
});

describe('injection at a site', () => {
  it('an active trigger point is indicated', () => {
    expect(one(ACTIVE).sites[0]!.injection).to.equal('indicated');
  });

  it('is contraindicated by local infection, acute trauma, or systemic infection', () => {
    expect(one(ACTIVE, { localInfection: true }).sites[0]!.injection).to.equal('contraindicated');
    expect(one(ACTIVE, { acuteTrauma: true }).sites[0]!.injection).to.equal('contraindicated');
    expect(one(ACTIVE, {}, { systemicInfection: true }).sites[0]!.injection).to.equal('contraindicated');
    expect(one(ACTIVE, { localInfection: false, acuteTrauma: false }, { systemicInfection: false }).sites[0]!.injection).to.equal('indicated');
  });

  it('latent, unknown-activity, indeterminate, tender and none sites are not indicated, even when infected', () => {
    const cases: Findings[] = [
      { ...ACTIVE, painRecognition: false },
      { tautBand: true, referredPain: true },
      {},
      { hypersensitiveSpot: true, tautBand: false, referredPain: false },
      { tautBand: false, hypersensitiveSpot: false, referredPain: false },
    ];
    for (const f of cases) expect(one(f, { localInfection: true, acuteTrauma: true }).sites[0]!.injection).to.equal('not-indicated');
  });

  it('keeps input order and each site its own result', () => {
    const g = run({
      sites: [site('b', 'masseter', {}), site('a', 'temporalis', ACTIVE, { side: 'left' }), site('c', 'hamstrings', ACTIVE, { localInfection: true })],
    });
    expect(g.sites.map((s) => [s.id, s.kind, s.injection, s.side])).to.deep.equal([
      ['b', 'indeterminate', 'not-indicated', undefined],
      ['a', 'trigger-point', 'indicated', 'left'],
      ['c', 'trigger-point', 'contraindicated', undefined],
    ]);
    expect(g.sites[0]).to.not.have.property('side');
  });

  it('traces the classification rules that fired, with the sites', () => {
    const g = run({ sites: [site('a', 'temporalis', ACTIVE), site('b', 'masseter', { tautBand: false, referredPain: false })] });
    const t = g.trace.find((e) => e.rule === 'kind.trigger-point')!;
    expect(t.siteIds).to.deep.equal(['a']);
    expect(t.citations.length).to.be.greaterThan(0);
    expect(g.trace.find((e) => e.rule === 'kind.none')!.siteIds).to.deep.equal(['b']);
    expect(fired(g).slice(0, 4)).to.deep.equal(['kind.trigger-point', 'kind.none', 'activity.active', 'injection.indicated']);
  });

  it('an empty assessment classifies nothing and is not indicated', () => {
    const g = run({ sites: [] });
    expect(g.sites).to.deep.equal([]);
    expect(g.eligibility.status).to.equal('not-indicated');
    expect(g.warnings).to.deep.equal([]);
    expect(g.conditions).to.deep.equal([]);
  });
});

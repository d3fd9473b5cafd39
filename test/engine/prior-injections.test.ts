// Interval rules: day counting boundaries (41/42, 364/365), same-muscle side matching,
// session-limit counting distinct dates of injection kinds, corticosteroid records.
import { expect } from '@open-wc/testing';
import type { PriorInjection } from '../../src/engine/index.js';
import { ACTIVE, LATENT, oneActive, option, prior, run, site, warning, warningIds } from './helpers.js';

// Care recorded as tried, so only the interval and count rules can speak.
const withPrior = (priorInjections: PriorInjection[], extra = {}) => run(oneActive('infraspinatus', { priorInjections, conservativeCareTried: true }, extra));

describe('repeat-too-soon (fewer than 42 days, any kind)', () => {
  it('41 days ago warns; 42 days ago does not', () => {
    expect(warning(withPrior([prior('infraspinatus', 41, 'lidocaine')]), 'repeat-too-soon')!.siteIds).to.deep.equal(['s1']);
    expect(warningIds(withPrior([prior('infraspinatus', 42, 'lidocaine')]))).to.deep.equal([]);
  });

  it('today (age 0) counts, and every kind counts', () => {
    for (const kind of ['lidocaine', 'corticosteroid', 'dry-needling', 'other'] as const)
      expect(warningIds(withPrior([prior('infraspinatus', 0, kind)]))).to.include('repeat-too-soon');
  });

  it('counts across month and leap-year boundaries by calendar days', () => {
    const g = run({ conservativeCareTried: true, sites: [site('s1', 'infraspinatus', ACTIVE)], priorInjections: [{ muscle: 'infraspinatus', date: '2024-01-19', kind: 'other' }] }, { today: '2024-03-01' });
    // 2024-01-19 → 2024-03-01 is 42 days (leap February): no warning; one day later it is 41.
    expect(warningIds(g)).to.deep.equal([]);
    const h = run({ conservativeCareTried: true, sites: [site('s1', 'infraspinatus', ACTIVE)], priorInjections: [{ muscle: 'infraspinatus', date: '2024-01-20', kind: 'other' }] }, { today: '2024-03-01' });
    expect(warningIds(h)).to.deep.equal(['repeat-too-soon']);
  });

  it('another muscle does not count', () => {
    expect(warningIds(withPrior([prior('supraspinatus', 1, 'lidocaine')]))).to.deep.equal([]);
  });

  it('same side, or either side missing, matches; opposite sides do not', () => {
    const at = (site: 'left' | 'right' | undefined, given: 'left' | 'right' | undefined) =>
      warningIds(withPrior([prior('infraspinatus', 5, 'lidocaine', given)], site ? { side: site } : {})).includes('repeat-too-soon');
    expect(at('left', 'left')).to.equal(true);
    expect(at('left', 'right')).to.equal(false);
    expect(at('right', 'left')).to.equal(false);
    expect(at('left', undefined)).to.equal(true);
    expect(at(undefined, 'right')).to.equal(true);
    expect(at(undefined, undefined)).to.equal(true);
  });

  it('only indicated sites are warned about', () => {
    const g = run({ sites: [site('s1', 'infraspinatus', LATENT)], priorInjections: [prior('infraspinatus', 1, 'lidocaine')] });
    expect(warningIds(g)).to.deep.equal([]);
  });
});

describe('session-limit (3 distinct dates of injection sessions in 365 days)', () => {
  const sessions = (...days: [number, PriorInjection['kind']][]) => days.map(([d, k]) => prior('hamstrings', d, k));

  it('3 distinct dates of lidocaine, corticosteroid or other within 364 days warn', () => {
    const g = withPrior(sessions([100, 'lidocaine'], [200, 'corticosteroid'], [364, 'other']));
    expect(warning(g, 'session-limit')).to.deep.include({ severity: 'warning' });
    expect(warning(g, 'session-limit')).to.not.have.property('siteIds');
  });

  it('365 days ago is outside the window', () => {
    expect(warningIds(withPrior(sessions([100, 'lidocaine'], [200, 'lidocaine'], [365, 'lidocaine'])))).to.not.include('session-limit');
  });

  it('counts dates, not records: several muscles on one day are one session', () => {
    const same = [prior('hamstrings', 100, 'lidocaine'), prior('rhomboids', 100, 'lidocaine'), prior('temporalis', 100, 'corticosteroid'), prior('masseter', 200, 'other')];
    expect(warningIds(withPrior(same))).to.not.include('session-limit');
  });

  it('dry needling does not count as a session', () => {
    expect(warningIds(withPrior(sessions([100, 'lidocaine'], [200, 'lidocaine'], [300, 'dry-needling'])))).to.not.include('session-limit');
    expect(warningIds(withPrior(sessions([100, 'lidocaine'], [200, 'lidocaine'], [300, 'dry-needling'], [301, 'other'])))).to.include('session-limit');
  });

  it('is silent while injection is not on the table', () => {
    const g = run({ sites: [site('s1', 'hamstrings', LATENT)], priorInjections: sessions([1, 'lidocaine'], [2, 'lidocaine'], [3, 'lidocaine']) });
    expect(warningIds(g)).to.deep.equal([]);
  });
});

describe('corticosteroid-limit (3 records in the same muscle in 365 days)', () => {
  const steroids = (...days: number[]) => days.map((d) => prior('infraspinatus', d, 'corticosteroid'));

  it('3 records within 364 days warn and make corticosteroid unavailable', () => {
    const g = withPrior(steroids(50, 100, 364));
    expect(warning(g, 'corticosteroid-limit')!.siteIds).to.deep.equal(['s1']);
    expect(option(g, 'wet-needling-corticosteroid')).to.deep.equal({ id: 'wet-needling-corticosteroid', available: false, reasons: ['corticosteroid-limit'] });
    expect(option(g, 'wet-needling-lidocaine').available).to.equal(true);
    expect(option(g, 'dry-needling').available).to.equal(true);
    expect(g.eligibility.status).to.equal('caution');
  });

  it('counts records, so three on one date count as three', () => {
    expect(warningIds(withPrior(steroids(60, 60, 60)))).to.include('corticosteroid-limit');
  });

  it('a record 365 days ago, other kinds, other muscles and opposite sides do not count', () => {
    expect(warningIds(withPrior(steroids(50, 100, 365)))).to.not.include('corticosteroid-limit');
    expect(warningIds(withPrior([...steroids(50, 100), prior('infraspinatus', 120, 'lidocaine')]))).to.not.include('corticosteroid-limit');
    expect(warningIds(withPrior([...steroids(50, 100), prior('supraspinatus', 120, 'corticosteroid')]))).to.not.include('corticosteroid-limit');
    const sided = [prior('infraspinatus', 50, 'corticosteroid', 'left'), prior('infraspinatus', 60, 'corticosteroid', 'left'), prior('infraspinatus', 70, 'corticosteroid', 'right')];
    expect(warningIds(withPrior(sided, { side: 'left' }))).to.not.include('corticosteroid-limit');
    expect(warningIds(withPrior(sided))).to.include('corticosteroid-limit');
  });

  it('names only the indicated sites at their limit', () => {
    const g = run({
      sites: [site('a', 'infraspinatus', ACTIVE, { side: 'left' }), site('b', 'infraspinatus', ACTIVE, { side: 'right' }), site('c', 'infraspinatus', LATENT)],
      priorInjections: [1, 2, 3].map((d) => prior('infraspinatus', d * 60, 'corticosteroid', 'left')),
    });
    expect(warning(g, 'corticosteroid-limit')!.siteIds).to.deep.equal(['a']);
  });
});

describe('repeat-without-response (the latest injection session gave < 50 % or < 6 weeks of relief)', () => {
  /** A prior injection `days` ago with the relief it gave. */
  const relieved = (muscle: PriorInjection['muscle'], days: number, kind: PriorInjection['kind'], reliefPercent?: number, reliefWeeks?: number): PriorInjection => ({
    ...prior(muscle, days, kind),
    ...(reliefPercent !== undefined && { reliefPercent }),
    ...(reliefWeeks !== undefined && { reliefWeeks }),
  });
  const warns = (priors: PriorInjection[]) => warningIds(withPrior(priors)).includes('repeat-without-response');

  it('warns at under 50 % or under 6 weeks, at the patient level, and asks for caution', () => {
    const g = withPrior([relieved('infraspinatus', 90, 'lidocaine', 30, 3)]);
    expect(warning(g, 'repeat-without-response')).to.deep.equal({ id: 'repeat-without-response', severity: 'warning', message: warning(g, 'repeat-without-response')!.message });
    expect(g.eligibility.status).to.equal('caution');
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', 49.9, 12)])).to.equal(true);
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', 80, 5.5)])).to.equal(true);
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', 0)])).to.equal(true);
  });

  it('50 % lasting 6 weeks is enough; relief not recorded says nothing', () => {
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', 50, 6)])).to.equal(false);
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', 100)])).to.equal(false);
    expect(warns([relieved('infraspinatus', 90, 'lidocaine', undefined, 52)])).to.equal(false);
    expect(warns([relieved('infraspinatus', 90, 'lidocaine')])).to.equal(false);
  });

  it('reads only the most recent injection: an older poor response is outweighed by a good latest one', () => {
    expect(warns([relieved('infraspinatus', 60, 'lidocaine', 80, 10), relieved('infraspinatus', 200, 'lidocaine', 10, 1)])).to.equal(false);
    expect(warns([relieved('infraspinatus', 200, 'lidocaine', 80, 10), relieved('infraspinatus', 60, 'corticosteroid', 10, 1)])).to.equal(true);
    // The latest is not recorded: nothing to read, even if an older one was poor.
    expect(warns([relieved('infraspinatus', 60, 'other'), relieved('infraspinatus', 200, 'lidocaine', 10, 1)])).to.equal(false);
  });

  it('ties: any record of the latest date with a poor response counts, whatever the muscle', () => {
    expect(warns([relieved('rhomboids', 60, 'lidocaine', 90, 12), relieved('masseter', 60, 'other', 20, 12)])).to.equal(true);
    expect(warns([relieved('rhomboids', 60, 'lidocaine', 90, 12), relieved('masseter', 60, 'other')])).to.equal(false);
  });

  it('dry needling is not an injection session: it is skipped for the one before it', () => {
    expect(warns([relieved('infraspinatus', 20, 'dry-needling', 0, 0)])).to.equal(false);
    expect(warns([relieved('infraspinatus', 20, 'dry-needling', 90, 12), relieved('infraspinatus', 100, 'lidocaine', 20, 2)])).to.equal(true);
  });

  it('looks back 365 days: age 364 counts, 365 does not', () => {
    expect(warns([relieved('infraspinatus', 364, 'lidocaine', 20, 2)])).to.equal(true);
    expect(warns([relieved('infraspinatus', 365, 'lidocaine', 20, 2)])).to.equal(false);
  });

  it('is silent while injection is not on the table', () => {
    const g = run({ sites: [site('s1', 'infraspinatus', LATENT)], priorInjections: [relieved('infraspinatus', 60, 'lidocaine', 10, 1)] });
    expect(warningIds(g)).to.deep.equal([]);
  });
});

// Property-based tests (fast-check). A fixed seed keeps CI reproducible; it is printed,
// and a failure reports it with the shrunk counterexample. Over 10,000 cases a run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  AssessmentError,
  ESSENTIAL_CRITERIA,
  FINDING_KEYS,
  INJECTION_KINDS,
  MUSCLE_IDS,
  PATIENT_FLAGS,
  SYMPTOM_IDS,
  WARNING_IDS,
  evaluate,
  type Assessment,
  type Guidance,
} from '../../src/engine/index.js';
import { TODAY, daysAgo } from './helpers.js';

const SEED = 20261126;
console.log(`engine properties: fast-check seed ${SEED}`);

/** Run a property with the fixed seed; a failure names the seed and the counterexample. */
function check<T>(name: string, arb: fc.Arbitrary<T>, predicate: (t: T) => boolean | void, numRuns: number) {
  const out = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns });
  if (out.failed) throw new Error(`${name}: failed with seed ${SEED} (path ${out.counterexamplePath})\n${fc.defaultReportMessage(out)}`);
}

const findings = fc.record(Object.fromEntries(FINDING_KEYS.map((k) => [k, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>, { requiredKeys: [] });
const side = fc.constantFrom('left' as const, 'right' as const);

/** Valid assessments. */
const assessment: fc.Arbitrary<Assessment> = fc.record(
  {
    patient: fc.record(
      {
        ageYears: fc.integer({ min: 0, max: 130 }),
        weightKg: fc.double({ min: 0.5, max: 500, noNaN: true }),
        ...Object.fromEntries(PATIENT_FLAGS.map((k) => [k, fc.boolean()])),
      },
      { requiredKeys: [] },
    ),
    symptoms: fc.subarray([...SYMPTOM_IDS]),
    painDurationWeeks: fc.integer({ min: 0, max: 60 }),
    conservativeCareTried: fc.boolean(),
    sites: fc
      .array(
        fc.record(
          { muscle: fc.constantFrom(...MUSCLE_IDS), side, findings, localInfection: fc.boolean(), acuteTrauma: fc.boolean() },
          { requiredKeys: ['muscle', 'findings'] },
        ),
        { maxLength: 6 },
      )
      .map((sites) => sites.map((s, i) => ({ id: `s${i}`, ...s }))),
    priorInjections: fc.array(
      fc.record(
        {
          muscle: fc.constantFrom(...MUSCLE_IDS),
          side,
          date: fc.integer({ min: 0, max: 800 }).map((d) => daysAgo(d)),
          kind: fc.constantFrom(...INJECTION_KINDS),
          reliefPercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
          reliefWeeks: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 60, noNaN: true })),
        },
        { requiredKeys: ['muscle', 'date', 'kind'] },
      ),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: ['sites'] },
) as fc.Arbitrary<Assessment>;

/** Guidance, or an AssessmentError; anything else thrown fails the property. */
function outcome(input: unknown): Guidance | AssessmentError {
  try {
    return evaluate(input, { today: TODAY });
  } catch (e) {
    if (e instanceof AssessmentError && e.name === 'AssessmentError' && e.issues.length > 0) return e;
    throw e;
  }
}

/** A valid assessment with one value somewhere replaced by arbitrary JSON. */
const corrupted = fc.tuple(assessment, fc.jsonValue(), fc.nat(), fc.string({ maxLength: 12 })).map(([a, junk, n, key]) => {
  const copy = JSON.parse(JSON.stringify(a));
  const holders: Record<string, unknown>[] = [copy, ...(copy.patient ? [copy.patient] : []), ...copy.sites, ...copy.sites.map((s: { findings: object }) => s.findings), ...(copy.priorInjections ?? [])];
  const target = holders[n % holders.length]!;
  const keys = Object.keys(target);
  target[n % 3 === 0 || !keys.length ? key : keys[n % keys.length]!] = junk;
  return copy;
});

const kindOf = (a: Assessment, i: number) => evaluate(a, { today: TODAY }).sites[i]!.kind;
/** A property of the guidance of every valid assessment generated. */
const forGuidance = (name: string, predicate: (a: Assessment, g: Guidance) => void, numRuns = 1500) =>
  check(name, assessment, (a) => predicate(a, evaluate(a, { today: TODAY })), numRuns);
/** Whole days from a prior injection's date to TODAY. */
const ageOf = (date: string) => Math.round((Date.parse(TODAY) - Date.parse(date)) / 864e5);

/** The v2 warnings worked out again from the contract's words, independently of the rules. */
function v2Warnings(a: Assessment, g: Guidance): Record<string, boolean> {
  const onTable = g.sites.some((s) => s.activity === 'active');
  const indicated = g.sites.some((s) => s.injection === 'indicated');
  const allergic = onTable && a.patient?.localAnestheticAllergy === true;
  const sessions = (a.priorInjections ?? []).filter((p) => p.kind !== 'dry-needling' && ageOf(p.date) <= 364);
  const latest = Math.min(...sessions.map((p) => ageOf(p.date)));
  const poor = sessions.some((p) => ageOf(p.date) === latest && ((p.reliefPercent ?? 100) < 50 || (p.reliefWeeks ?? 6) < 6));
  return {
    antiplatelet: onTable && a.patient?.antiplatelet === true,
    'conservative-care-unknown': indicated && a.conservativeCareTried === undefined,
    'older-adult-dose': indicated && (a.patient?.ageYears ?? 0) >= 65 && !allergic,
    'repeat-without-response': onTable && poor,
  };
}

describe('engine properties', () => {
  // One property per test, each well inside the runner's timeout on a loaded machine
  // (together, with coverage on, they came close to it).
  const exotic = { withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withDate: true, withBigInt: true };
  it('any JSON gives a Guidance or an AssessmentError, nothing else', () => {
    check('arbitrary JSON', fc.jsonValue(), (v) => void outcome(v), 2000);
  });
  it('any JSON sites list gives a Guidance or an AssessmentError, nothing else', () => {
    check('JSON with a sites list', fc.record({ sites: fc.array(fc.jsonValue(), { maxLength: 4 }) }, { requiredKeys: [] }), (v) => void outcome(v), 1500);
  });
  it('a corrupted assessment gives a Guidance or an AssessmentError, nothing else', () => {
    check('corrupted assessments', corrupted, (v) => void outcome(v), 2500);
  });
  it('any JS value, alone or as sites, gives a Guidance or an AssessmentError, nothing else', () => {
    check('any JS value', fc.anything(exotic), (v) => void outcome(v), 500);
    check('any JS value as sites', fc.array(fc.anything(exotic), { maxLength: 3 }).map((sites) => ({ sites })), (v) => void outcome(v), 500);
  });

  it('valid assessments always evaluate, with the contract shape', () => {
    forGuidance('valid assessments', (a, g) => {
      expect(g.sites.map((s) => s.id)).to.deep.equal(a.sites.map((s) => s.id));
      expect(g.options.length + g.alternatives.length).to.equal(11);
      expect(new Set(g.warnings.map((w) => w.id)).size).to.equal(g.warnings.length);
      expect(g.trace.every((t) => t.citations.length > 0)).to.equal(true);
      for (const s of g.sites) expect(s.kind === 'trigger-point').to.equal(s.activity !== undefined);
      const available = g.options.some((o) => o.available);
      if (available) expect(['appropriate', 'caution']).to.include(g.eligibility.status);
    });
  });

  it('turning an unexamined essential criterion into present never un-makes a trigger point', () => {
    check(
      'monotone criteria',
      fc.tuple(assessment.filter((a) => a.sites.length > 0), fc.nat(), fc.constantFrom(...ESSENTIAL_CRITERIA)),
      ([a, n, k]) => {
        const i = n % a.sites.length;
        fc.pre(a.sites[i]!.findings[k] === undefined);
        const more = structuredClone(a);
        more.sites[i]!.findings[k] = true;
        if (kindOf(a, i) === 'trigger-point') expect(kindOf(more, i)).to.equal('trigger-point');
      },
      1000,
    );
  });

  it('examining more never turns a definite kind into indeterminate', () => {
    check(
      'examining more',
      fc.tuple(assessment.filter((a) => a.sites.length > 0), fc.nat(), fc.constantFrom(...FINDING_KEYS), fc.boolean()),
      ([a, n, k, value]) => {
        const i = n % a.sites.length;
        fc.pre(a.sites[i]!.findings[k] === undefined);
        const more = structuredClone(a);
        more.sites[i]!.findings[k] = value;
        if (kindOf(a, i) !== 'indeterminate') expect(kindOf(more, i)).to.not.equal('indeterminate');
      },
      1000,
    );
  });

  it('v2: the four new warnings fire exactly when the contract says, in contract order', () => {
    forGuidance('v2 warnings', (a, g) => {
      const ids = g.warnings.map((w) => w.id);
      for (const [id, expected] of Object.entries(v2Warnings(a, g))) expect(ids.includes(id as never), id).to.equal(expected);
      expect(ids).to.deep.equal(WARNING_IDS.filter((id) => ids.includes(id)));
    });
  });

  it('v2: no tender spot has referred pain; the corticosteroid carries the allergy exactly when it stays available', () => {
    forGuidance('tender spots and the corticosteroid caveat', (a, g) => {
      g.sites.forEach((s, i) => s.kind === 'tender-spot' && expect(a.sites[i]!.findings.referredPain).to.not.equal(true));
      const steroid = g.options[1]!;
      const allergy = g.warnings.some((w) => w.id === 'anesthetic-allergy');
      expect(steroid.available && steroid.reasons.includes('anesthetic-allergy')).to.equal(steroid.available && allergy);
      if (steroid.available) expect(steroid.reasons.every((r) => r === 'anesthetic-allergy')).to.equal(true);
      // One ceiling for the session, whatever the number of sites.
      const kg = a.patient?.weightKg;
      expect(g.options[0]!.maxDoseMg).to.equal(kg === undefined ? undefined : Math.floor(Math.min(4.5 * kg, 300)));
    });
  });

  it('is deterministic and never mutates its input', () => {
    check(
      'determinism and purity',
      fc.oneof(assessment, corrupted),
      (a) => {
        const before = JSON.stringify(a);
        const first = outcome(a);
        const second = outcome(JSON.parse(before));
        expect(JSON.stringify(a)).to.equal(before);
        if (first instanceof AssessmentError) expect(second instanceof AssessmentError && second.issues).to.deep.equal(first.issues);
        else expect(second).to.deep.equal(first);
      },
      1000,
    );
  });
});

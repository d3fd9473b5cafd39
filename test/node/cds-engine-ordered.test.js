// Engine extension "ordered injections" (docs/clinical-rules.md): an ordered site with no
// exam findings is a candidate for injection, so the patient- and site-level safety
// rules speak; an order that names no site puts injection on the table for the
// patient-level rules. And the extension changes nothing else: an assessment without
// `ordered` / `orderedWithoutSite` gets exactly the guidance rule set 2.0.0 gave
// (test/support/ruleset-2.0.0.json is that rule set as it was, run by today's engine),
// but for the version it reports. Runs on dist/engine.js (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const engine = await import('../../dist/engine.js');
const { evaluate, validateAssessment, validateRuleset, describeRuleset, defaultRuleset } = engine;
const RULESET_2_0_0 = JSON.parse(readFileSync(new URL('../support/ruleset-2.0.0.json', import.meta.url), 'utf8'));
const TODAY = '2026-11-26';
const SEED = 20261126;

const daysAgo = (days) => {
  const t = new Date(`${TODAY}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
};
const ids = (g) => g.warnings.map((w) => (w.siteIds ? `${w.id}:${w.siteIds.join(',')}` : w.id));
const fired = (g, stage) => g.trace.filter((t) => t.stage === stage).map((t) => t.rule);
const ordered = (id, muscle, extra = {}) => ({ id, muscle, findings: {}, ordered: true, ...extra });

test('the rule set reports 2.1.0 and still validates as data', () => {
  assert.equal(defaultRuleset.version, '2.1.0');
  assert.equal(validateRuleset(JSON.parse(JSON.stringify(defaultRuleset))).ok, true);
  assert.equal(validateRuleset(RULESET_2_0_0).ok, true);
});

test('an ordered site with no findings is a candidate for injection, traced to the design choice', () => {
  const g = evaluate({ sites: [ordered('o1', 'gluteus-medius')] }, { today: TODAY });
  assert.deepEqual(g.sites.map((s) => [s.kind, s.injection]), [['indeterminate', 'indicated']]);
  const rule = g.trace.find((t) => t.rule === 'injection.ordered');
  assert.deepEqual(rule.siteIds, ['o1']);
  assert.ok(rule.citations.some((c) => c.startsWith('tpi-guide design choice: an order puts injection on the table')));
  // The same site without the order: not a candidate, and no warning speaks.
  const plain = evaluate({ sites: [{ id: 'o1', muscle: 'gluteus-medius', findings: {} }] }, { today: TODAY });
  assert.equal(plain.sites[0].injection, 'not-indicated');
  assert.deepEqual(plain.warnings, []);
  assert.deepEqual(ids(g), ['conservative-care-unknown', 'driving:o1']);
});

test('an order does not stand in for the exam: eligibility still follows the findings', () => {
  const unexamined = evaluate({ sites: [ordered('o1', 'masseter')] }, { today: TODAY });
  assert.equal(unexamined.eligibility.status, 'incomplete');
  assert.ok(unexamined.options.every((o) => !o.available && o.reasons.includes('incomplete')));
  const examinedNone = evaluate(
    { sites: [ordered('o1', 'masseter', { findings: { tautBand: false, hypersensitiveSpot: false, referredPain: false } })] },
    { today: TODAY },
  );
  assert.equal(examinedNone.sites[0].kind, 'none');
  assert.equal(examinedNone.sites[0].injection, 'indicated');
  assert.equal(examinedNone.eligibility.status, 'not-indicated');
  // No candidate condition comes from an order: conditions need an active trigger point.
  assert.deepEqual(unexamined.conditions, []);
});

test('patient-level warnings speak for an ordered site as for an active trigger point', () => {
  const patient = { anticoagulated: true, antiplatelet: true, bleedingDisorder: true, localAnestheticAllergy: true, pregnant: true, needlePhobia: true, ageYears: 70 };
  const g = evaluate(
    {
      patient,
      conservativeCareTried: false,
      sites: [ordered('o1', 'levator-scapulae')],
      priorInjections: [100, 200, 300].map((d) => ({ muscle: 'gluteus-medius', date: daysAgo(d), kind: 'lidocaine', ...(d === 100 && { reliefPercent: 20 }) })),
    },
    { today: TODAY },
  );
  assert.deepEqual(ids(g), [
    'anticoagulation',
    'antiplatelet',
    'bleeding-disorder',
    'anesthetic-allergy',
    'pregnancy',
    'needle-phobia',
    'session-limit',
    'conservative-care-first',
    'repeat-without-response',
  ]);
  // older-adult-dose stays silent with an anesthetic allergy, as for any candidate site.
  const older = evaluate({ patient: { ageYears: 70 }, conservativeCareTried: true, sites: [ordered('o1', 'levator-scapulae')] }, { today: TODAY });
  assert.deepEqual(ids(older), ['older-adult-dose']);
});

test('site-level rules speak of an ordered site: lung, 6 weeks, corticosteroid limit, driving', () => {
  const g = evaluate(
    {
      conservativeCareTried: true,
      sites: [ordered('lung', 'upper-trapezius', { side: 'left' }), ordered('leg', 'hamstrings', { side: 'right' }), ordered('jaw', 'masseter')],
      priorInjections: [
        { muscle: 'upper-trapezius', side: 'left', date: daysAgo(20), kind: 'dry-needling' },
        { muscle: 'upper-trapezius', side: 'right', date: daysAgo(10), kind: 'lidocaine' },
        ...[50, 120, 200].map((d) => ({ muscle: 'masseter', date: daysAgo(d), kind: 'corticosteroid' })),
      ],
    },
    { today: TODAY },
  );
  assert.deepEqual(ids(g), ['session-limit', 'pneumothorax-risk:lung', 'repeat-too-soon:lung', 'corticosteroid-limit:jaw', 'driving:leg']);
  assert.equal(g.options.find((o) => o.id === 'wet-needling-corticosteroid').available, false);
});

test('infection or acute trauma rules injection out at an ordered site, as at an active trigger point', () => {
  const g = evaluate(
    { sites: [ordered('inf', 'rhomboids', { localInfection: true }), ordered('hurt', 'gastrocnemius', { acuteTrauma: true }), ordered('ok', 'piriformis')] },
    { today: TODAY },
  );
  assert.deepEqual(g.sites.map((s) => s.injection), ['contraindicated', 'contraindicated', 'indicated']);
  assert.deepEqual(ids(g).slice(0, 2), ['local-infection:inf', 'acute-trauma:hurt']);
  assert.deepEqual(fired(g, 'injection'), ['injection.ordered-contraindicated', 'injection.ordered']);
  const systemic = evaluate({ patient: { systemicInfection: true }, sites: [ordered('a', 'piriformis')] }, { today: TODAY });
  assert.equal(systemic.sites[0].injection, 'contraindicated');
  assert.deepEqual(ids(systemic), ['systemic-infection']);
});

test('an active trigger point that is also ordered gets exactly the guidance it had without the order', () => {
  const site = { id: 'a', muscle: 'scalenes', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } };
  const input = { patient: { anticoagulated: true, weightKg: 60 }, sites: [site] };
  const withOrder = evaluate({ ...input, sites: [{ ...site, ordered: true }] }, { today: TODAY });
  assert.deepEqual(withOrder, evaluate(input, { today: TODAY }));
});

test('an order that names no site: patient-level rules apply, site-level ones cannot', () => {
  const g = evaluate(
    { patient: { pregnant: true, anticoagulated: true, ageYears: 80 }, sites: [], orderedWithoutSite: true, priorInjections: [{ muscle: 'masseter', date: daysAgo(5), kind: 'lidocaine' }] },
    { today: TODAY },
  );
  assert.deepEqual(ids(g), ['anticoagulation', 'pregnancy', 'conservative-care-unknown', 'older-adult-dose']);
  assert.equal(g.eligibility.status, 'incomplete', 'nothing was examined: examine, never "not indicated"');
  const infected = evaluate({ patient: { systemicInfection: true }, sites: [], orderedWithoutSite: true }, { today: TODAY });
  assert.deepEqual(ids(infected), ['systemic-infection'], 'no site is a candidate while a systemic infection rules injection out');
  const notOrdered = evaluate({ patient: { pregnant: true }, sites: [], orderedWithoutSite: false }, { today: TODAY });
  assert.deepEqual(notOrdered.warnings, []);
  assert.equal(notOrdered.eligibility.status, 'not-indicated');
});

test('the new fields are validated like every other: true or false, by path', () => {
  const bad = validateAssessment({ sites: [{ id: 'a', muscle: 'masseter', findings: {}, ordered: 'yes' }], orderedWithoutSite: 1 }, { today: TODAY });
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.issues.map((i) => i.path), [['sites', 0, 'ordered'], ['orderedWithoutSite']]);
  const typo = validateAssessment({ sites: [{ id: 'a', muscle: 'masseter', findings: {}, Ordered: true }] }, { today: TODAY });
  assert.match(typo.issues[0].message, /did you mean 'ordered'/);
  const good = validateAssessment({ sites: [ordered('a', 'masseter')], orderedWithoutSite: false }, { today: TODAY });
  assert.deepEqual(good, { ok: true, value: { sites: [ordered('a', 'masseter')], orderedWithoutSite: false } });
});

test('describeRuleset shows the order in the rules a clinician signs off', () => {
  const rows = describeRuleset();
  assert.match(rows.find((r) => r.id === 'injection.ordered').when, /^ordered = true$/);
  assert.match(rows.find((r) => r.id === 'warning.pregnancy').when, /orderedSites ≥ 1 or orderedWithoutSite = true/);
});

// ---- The extension changes nothing for assessments without it ----

const FINDING_KEYS = ['tautBand', 'hypersensitiveSpot', 'referredPain', 'painRecognition', 'localTwitchResponse', 'painfulStretchLimit', 'localTenderness'];
const side = fc.constantFrom('left', 'right');
const findings = fc.record(Object.fromEntries(FINDING_KEYS.map((k) => [k, fc.boolean()])), { requiredKeys: [] });
/** Valid assessments of contract v1/v2 (no `ordered`, no `orderedWithoutSite`). */
const assessment = fc.record(
  {
    patient: fc.record(
      {
        ageYears: fc.integer({ min: 0, max: 130 }),
        weightKg: fc.double({ min: 0.5, max: 500, noNaN: true }),
        ...Object.fromEntries(engine.PATIENT_FLAGS.map((k) => [k, fc.boolean()])),
      },
      { requiredKeys: [] },
    ),
    symptoms: fc.subarray([...engine.SYMPTOM_IDS]),
    painDurationWeeks: fc.integer({ min: 0, max: 60 }),
    conservativeCareTried: fc.boolean(),
    sites: fc
      .array(
        fc.record({ muscle: fc.constantFrom(...engine.MUSCLE_IDS), side, findings, localInfection: fc.boolean(), acuteTrauma: fc.boolean() }, { requiredKeys: ['muscle', 'findings'] }),
        { maxLength: 8 },
      )
      .map((sites) => sites.map((s, i) => ({ id: `s${i}`, ...s }))),
    priorInjections: fc.array(
      fc.record(
        {
          muscle: fc.constantFrom(...engine.MUSCLE_IDS),
          side,
          date: fc.integer({ min: 0, max: 800 }).map(daysAgo),
          kind: fc.constantFrom(...engine.INJECTION_KINDS),
          reliefPercent: fc.integer({ min: 0, max: 100 }),
          reliefWeeks: fc.integer({ min: 0, max: 20 }),
        },
        { requiredKeys: ['muscle', 'date', 'kind'] },
      ),
      { maxLength: 10 },
    ),
  },
  { requiredKeys: ['sites'] },
);

test('property: without an order, the guidance is rule set 2.0.0\'s, field for field (3,000 assessments, seeded)', () => {
  let active = 0;
  fc.assert(
    fc.property(assessment, (a) => {
      const now = evaluate(a, { today: TODAY });
      const before = evaluate(a, { today: TODAY, ruleset: RULESET_2_0_0 });
      assert.equal(before.rulesetVersion, '2.0.0');
      assert.deepEqual({ ...now, rulesetVersion: '2.0.0' }, before);
      if (now.sites.some((s) => s.activity === 'active')) active++;
    }),
    { seed: SEED, numRuns: 3000 },
  );
  // The generator reaches the rules that matter: injection on the table in many cases.
  assert.ok(active > 300, `${active} assessments had an active trigger point`);
});

test('property: an `ordered: false` or `orderedWithoutSite: false` changes nothing either', () => {
  fc.assert(
    fc.property(assessment, (a) => {
      const marked = { ...a, orderedWithoutSite: false, sites: a.sites.map((s) => ({ ...s, ordered: false })) };
      assert.deepEqual(evaluate(marked, { today: TODAY }), evaluate(a, { today: TODAY }));
    }),
    { seed: SEED + 1, numRuns: 500 },
  );
});

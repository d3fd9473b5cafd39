// The built engine (dist/engine.js) in plain Node 20, with no DOM: a worked example,
// the errors, and the rule-set helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const engine = await import('../../dist/engine.js');
const today = '2026-11-26';

test('runs in Node with no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('evaluates worked example 3 (pectoralis major, anticoagulated, 80 kg)', () => {
  const g = engine.evaluate(
    {
      patient: { anticoagulated: true, weightKg: 80 },
      sites: [{ id: 's1', muscle: 'pectoralis-major', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true } }],
    },
    { today },
  );
  assert.equal(g.sites[0].injection, 'indicated');
  assert.deepEqual(
    g.warnings.map((w) => [w.id, w.severity, w.siteIds]),
    [
      ['anticoagulation', 'warning', undefined],
      ['pneumothorax-risk', 'warning', ['s1']],
      // Contract v2: care is not recorded here, so the clinician is asked about it.
      ['conservative-care-unknown', 'info', undefined],
    ],
  );
  assert.equal(g.eligibility.status, 'caution');
  assert.deepEqual(g.options[0], { id: 'wet-needling-lidocaine', available: true, maxDoseMg: 300, reasons: [] });
  assert.deepEqual(g.alternatives.find((a) => a.id === 'nsaids').cautions, ['anticoagulation']);
  assert.equal(g.rulesetVersion, engine.defaultRuleset.version);
  assert.ok(g.trace.length > 0 && g.trace.every((t) => t.citations.length > 0));
});

test('throws AssessmentError with paths, and RulesetError for a bad rule set', () => {
  assert.throws(
    () => engine.evaluate({ sites: [{ id: 's1', muscle: 'masseter', findings: { tautband: true } }] }, { today }),
    (e) => e instanceof engine.AssessmentError && e.name === 'AssessmentError' && e.issues[0].path.join('.') === 'sites.0.findings.tautband',
  );
  assert.throws(() => engine.evaluate({ sites: [] }, { today: '2026-02-29' }), (e) => e.issues[0].path.join('.') === 'options.today');
  assert.throws(() => engine.evaluate({ sites: [] }, { today, ruleset: { id: 'x' } }), (e) => e instanceof engine.RulesetError && e.name === 'RulesetError');
});

test('validates and describes the default rule set', () => {
  assert.equal(engine.validateRuleset(engine.defaultRuleset).ok, true);
  const rows = engine.describeRuleset();
  assert.equal(rows.length, engine.defaultRuleset.rules.length);
  assert.ok(rows.every((r) => r.id && r.when && r.then && r.citations.length));
});

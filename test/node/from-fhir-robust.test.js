// fromFhir never throws and always answers a valid Assessment: seeded fuzzing with
// arbitrary JSON, arbitrary JavaScript values, damaged exports and damaged records;
// hostile objects (throwing getters, revoked proxies, cycles, huge sparse arrays); and a
// 10,000-resource Bundle read correctly. No timing is asserted (see npm run bench).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluate } from '../../dist/engine.js';
import { fromFhir, toFhirBundle } from '../../dist/interop.js';
import { SCENARIOS, TODAY, bodySite, condition, daysAgo, medicationRequest, medicine, patient, pregnancyStatus, procedure, weight } from '../support/fhir-records.js';
import { read } from './from-fhir-check.js';

const SEED = 20261126;
console.log(`fromFhir robustness: fast-check seed ${SEED}`);

function check(name, arb, predicate, numRuns) {
  const out = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns });
  if (out.failed) throw new Error(`${name}: failed with seed ${SEED} (path ${out.counterexamplePath})\n${fc.defaultReportMessage(out)}`);
}

/** A realistic record: every scenario, plus the project's own export. */
function record() {
  const subject = 'Patient/p1';
  const exam = { patient: { weightKg: 70 }, symptoms: ['neck-pain'], sites: [{ id: 's1', muscle: 'masseter', findings: { tautBand: true } }], priorInjections: [{ muscle: 'masseter', date: daysAgo(9), kind: 'lidocaine' }] };
  return [
    patient('p1', '1970-05-03'),
    ...Object.values(SCENARIOS).flatMap((s, i) => s.resources(subject).map((r, j) => ({ ...r, id: `r${i}-${j}` }))),
    ...toFhirBundle(exam, evaluate(exam, { today: TODAY }), { subject, today: TODAY }).entry.map((e) => e.resource),
  ];
}

/** The record with one value somewhere replaced by `junk` (chosen by `n`). */
function damaged(base, junk, n, key) {
  const copy = JSON.parse(JSON.stringify(base));
  const holders = [];
  const walk = (value) => {
    if (value && typeof value === 'object') {
      holders.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(copy);
  const target = holders[n % holders.length];
  const keys = Object.keys(target);
  target[n % 3 === 0 || !keys.length ? key : keys[n % keys.length]] = junk;
  return copy;
}

describe('fromFhir never throws', () => {
  test('on arbitrary JSON, as the input or as a resource', () => {
    check('JSON input', fc.jsonValue(), (v) => void read(v), 1500);
    check('JSON resources', fc.array(fc.jsonValue(), { maxLength: 5 }), (v) => void read(v), 1000);
    const typed = fc.record({ resourceType: fc.constantFrom('Patient', 'Observation', 'MedicationRequest', 'MedicationStatement', 'AllergyIntolerance', 'Condition', 'Procedure', 'QuestionnaireResponse', 'Medication', 'Bundle'), rest: fc.dictionary(fc.string(), fc.jsonValue()) }).map(({ resourceType, rest }) => ({ ...rest, resourceType }));
    check('typed resources with arbitrary fields', fc.array(typed, { maxLength: 5 }), (v) => void read(v), 1500);
  });
  test('on arbitrary JavaScript values', () => {
    const exotic = { withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withDate: true, withBigInt: true };
    check('any value', fc.anything(exotic), (v) => void read(v), 800);
    check('any values as resources', fc.array(fc.anything(exotic), { maxLength: 4 }), (v) => void read(v), 800);
  });
  test('on a record or an export with one value replaced by junk', () => {
    const base = record();
    check('damaged record', fc.tuple(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 12 })), ([junk, n, key]) => void read(damaged(base, junk, n, key)), 1500);
  });
  test('on arbitrary options', () => {
    check('options', fc.anything(), (options) => {
      const r = fromFhir(record(), options);
      assert.ok(Array.isArray(r.unmapped));
      assert.ok(Array.isArray(r.assessment.sites));
    }, 500);
  });
  test('on hostile objects: throwing getters, revoked proxies, cycles, huge sparse arrays, deep nesting', () => {
    const throwing = { resourceType: 'Observation', get status() { throw new Error('boom'); }, code: { coding: [{ system: 'http://loinc.org', code: '29463-7' }] } };
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } });
    const cycle = { resourceType: 'Condition' };
    cycle.code = cycle;
    cycle.subject = cycle;
    const sparse = [];
    sparse.length = 2 ** 32 - 1;
    const sparseCodes = { ...condition('Patient/p1', 'D68.0'), id: 'sparse' };
    sparseCodes.code = { coding: sparse };
    let deep = { resourceType: 'Bundle', entry: [] };
    for (let i = 0; i < 10_000; i++) deep = { resourceType: 'Bundle', entry: [{ resource: deep }] };
    const longText = { ...medicationRequest('Patient/p1', medicine(`${'x'.repeat(5_000_000)} warfarin`)), id: 'long' };
    const inputs = [throwing, revoked, trap, cycle, sparse, deep, [throwing, patient('p1', '1970-05-03')], [revoked, trap, cycle, sparseCodes, longText], { resourceType: 'Bundle', entry: sparse }, { resourceType: 'Bundle', get entry() { throw new Error('x'); } }];
    for (const input of inputs) {
      const r = read(input);
      assert.ok(Array.isArray(r.unmapped));
    }
    const mixed = read([patient('p1', '1970-05-03'), throwing, { ...weight('Patient/p1', 70, 'kg', daysAgo(1)), id: 'w' }]);
    assert.equal(mixed.assessment.patient.weightKg, 70, 'one bad resource does not stop the others');
    assert.equal(mixed.unmapped.filter((u) => u.reason === 'invalid-value').length, 1);
    assert.equal(read([patient('p1', '1970-05-03'), longText]).assessment.patient.anticoagulated, true);
    assert.ok(read([longText]).provenance['patient.anticoagulated'].text.length < 300, 'host text is cut short');
  });
  test('never pollutes Object.prototype from __proto__ keys in parsed JSON', () => {
    const input = JSON.parse('[{"resourceType":"Patient","id":"p1","birthDate":"1970-05-03","__proto__":{"polluted":true}},{"resourceType":"QuestionnaireResponse","__proto__":{"status":"completed"}}]');
    read(input);
    assert.equal({}.polluted, undefined);
    assert.equal({}.status, undefined);
  });
});

describe('a 10,000-resource Bundle', () => {
  test('is read whole: the latest weight, every relevant record, every other resource reported', () => {
    const subject = 'Patient/p1';
    const entry = [{ fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000000', resource: patient('p1', '1970-05-03') }];
    const add = (resource) => entry.push({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(entry.length).padStart(12, '0')}`, resource: { ...resource, id: `r${entry.length}` } });
    for (let i = 0; i < 2_000; i++) add(weight(subject, 60 + (i % 30), 'kg', daysAgo(1 + i)));
    for (let i = 0; i < 2_000; i++) add(medicationRequest(subject, medicine(i === 1_234 ? 'Apixaban 5 MG' : `Vitamin D ${i} IU`)));
    // Odd i: a trigger point injection i days ago, at a muscle it can name except when i % 8 === 3.
    for (let i = 0; i < 2_000; i++) add(procedure(subject, i % 2 ? '20552' : '99213', daysAgo(i), [bodySite(i % 8 === 3 ? 'Forearm' : 'Left upper trapezius')]));
    for (let i = 0; i < 1_999; i++) add(condition(subject, i === 7 ? 'M79.7' : 'I10'));
    for (let i = 0; i < 1_000; i++) add(pregnancyStatus(subject, 'not pregnant', daysAgo(5 + i)));
    for (let i = 0; i < 1_000; i++) add({ resourceType: 'Encounter', status: 'finished', subject: { reference: subject } });
    assert.equal(entry.length, 10_000);
    const r = read({ resourceType: 'Bundle', type: 'searchset', entry });
    assert.equal(r.assessment.patient.weightKg, 60, 'the latest of 2,000 weights (one day ago)');
    assert.equal(r.assessment.patient.anticoagulated, true);
    assert.equal(r.assessment.patient.fibromyalgia, true);
    assert.equal(r.assessment.patient.pregnant, false);
    const named = Array.from({ length: 2_000 }, (_, i) => i).filter((i) => i % 2 && i % 8 !== 3);
    assert.equal(named.length, 750);
    assert.deepEqual(r.assessment.priorInjections, named.slice(0, 500).map((i) => ({ muscle: 'upper-trapezius', side: 'left', date: daysAgo(i), kind: 'other' })), 'the 500 most recent');
    const reasons = {};
    for (const u of r.unmapped) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
    assert.equal(reasons['unsupported-type'], 1_000);
    assert.equal(reasons.superseded, 1_999 + 999);
    assert.equal(reasons['unknown-body-site'], 250);
    assert.equal(reasons['too-many'], 250);
    assert.ok(reasons['not-relevant'] >= 1_999 + 1_998 + 1_000);
  });
});

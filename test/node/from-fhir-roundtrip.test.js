// fromFhir reads this project's own export back: fromFhir(toFhirBundle(a, g, ctx)) gives
// a's patient fields, symptoms, pain duration, conservative care, sites and prior
// injections exactly — a seeded property over generated assessments and every kind of
// host context — and the exam answers' own rules (unknown items, bad answers, several
// exams, the record against the exam).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FINDING_KEYS, INJECTION_KINDS, MUSCLE_IDS, PATIENT_FLAGS, SYMPTOM_IDS, evaluate } from '../../dist/engine.js';
import { SYSTEMS, toFhirBundle } from '../../dist/interop.js';
import { bodySite, condition, daysAgo, medicationRequest, medicine, patient, procedure, TODAY, weight } from '../support/fhir-records.js';
import { read, reasonsSeen, unmappedOf } from './from-fhir-check.js';
import { CONTEXTS } from './interop-vignettes.js';

const SEED = 20261126;
console.log(`fromFhir round trip: fast-check seed ${SEED}`);

function check(name, arb, predicate, numRuns) {
  const out = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns });
  if (out.failed) throw new Error(`${name}: failed with seed ${SEED} (path ${out.counterexamplePath})\n${fc.defaultReportMessage(out)}`);
}

const exportOf = (assessment, context = { subject: 'Patient/p1', today: TODAY }) =>
  toFhirBundle(assessment, evaluate(assessment, { today: TODAY }), context);

// The relief answers (engine contract v2) round-trip once the export writes them: the
// generator includes them exactly when the exported Questionnaire asks for them.
const questionnaireItems = (item) => [item.linkId, ...(item.item ?? []).flatMap(questionnaireItems)];
const asked = new Set(exportOf({ sites: [] }).entry[0].resource.item.flatMap(questionnaireItems));
const RELIEF = asked.has('priorInjection.reliefPercent') && asked.has('priorInjection.reliefWeeks');
console.log(`fromFhir round trip: relief answers ${RELIEF ? '' : 'not '}in the exported Questionnaire`);

const findings = fc.record(Object.fromEntries(FINDING_KEYS.map((k) => [k, fc.boolean()])), { requiredKeys: [] });
const side = fc.constantFrom('left', 'right');
const siteId = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''), fc.constantFrom('s1', 'exam-1', ' padded ', 'ünï©ødé', '<b>x</b>'));

const assessment = fc.record(
  {
    patient: fc.record(
      {
        ageYears: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.double({ min: 0, max: 130, noNaN: true })),
        weightKg: fc.double({ min: 0.5, max: 500, noNaN: true }),
        ...Object.fromEntries(PATIENT_FLAGS.map((k) => [k, fc.boolean()])),
      },
      { requiredKeys: [] },
    ),
    symptoms: fc.subarray([...SYMPTOM_IDS]),
    painDurationWeeks: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1000, noNaN: true })),
    conservativeCareTried: fc.boolean(),
    sites: fc.uniqueArray(
      fc.record(
        { id: siteId, muscle: fc.constantFrom(...MUSCLE_IDS), side, findings, localInfection: fc.boolean(), acuteTrauma: fc.boolean() },
        { requiredKeys: ['id', 'muscle', 'findings'] },
      ),
      { maxLength: 6, selector: (s) => s.id },
    ),
    priorInjections: fc.array(
      fc.record(
        {
          muscle: fc.constantFrom(...MUSCLE_IDS),
          side,
          date: fc.integer({ min: 0, max: 800 }).map((d) => daysAgo(d)),
          kind: fc.constantFrom(...INJECTION_KINDS),
          ...(RELIEF && { reliefPercent: fc.integer({ min: 0, max: 100 }), reliefWeeks: fc.integer({ min: 0, max: 52 }) }),
        },
        { requiredKeys: ['muscle', 'date', 'kind'] },
      ),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: ['sites'] },
);

/** An assessment as the export can carry it: an empty patient, symptom list or record list is the same as none. */
function normalized(a) {
  const out = JSON.parse(JSON.stringify(a)); // plain objects: the generator may make null-prototype ones
  if (out.patient && !Object.keys(out.patient).length) delete out.patient;
  if (out.symptoms && !out.symptoms.length) delete out.symptoms;
  if (out.priorInjections && !out.priorInjections.length) delete out.priorInjections;
  return out;
}

describe("fromFhir reads the project's own export back", () => {
  test('exactly, for generated assessments and every host context', () => {
    check(
      'round trip',
      fc.tuple(assessment, fc.constantFrom(...Object.values(CONTEXTS))),
      ([a, context]) => {
        const back = read(exportOf(a, context)).assessment;
        assert.deepEqual(back, normalized(a));
      },
      1000,
    );
  });

  test('each filled field points at the exam answers', () => {
    const a = {
      patient: { weightKg: 70, pregnant: false },
      symptoms: ['neck-pain'],
      conservativeCareTried: true,
      sites: [{ id: 'exam-1', muscle: 'masseter', findings: { tautBand: true } }],
      priorInjections: [{ muscle: 'masseter', date: daysAgo(60), kind: 'lidocaine' }],
    };
    const bundle = exportOf(a);
    const responseUrl = bundle.entry[1].fullUrl;
    const r = read(bundle);
    for (const source of Object.values(r.provenance)) {
      assert.equal(source.reference, responseUrl);
      assert.equal(source.resourceType, 'QuestionnaireResponse');
      assert.equal(source.date, TODAY);
    }
    assert.match(r.provenance['patient.weightKg'].text, /Weight \(kg\), 70/);
    assert.match(r.provenance['sites.0'].text, /site exam-1/);
  });

  test('the rest of the export is reported: the Questionnaire, the site Observations, the candidate Conditions', () => {
    const a = { sites: [{ id: 's1', muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true } }] };
    const r = read(exportOf(a));
    assert.deepEqual(
      r.unmapped.map((u) => [u.resourceType, u.reason]),
      [['Questionnaire', 'unsupported-type'], ['Observation', 'derived'], ['Condition', 'not-relevant']],
    );
  });

  test("any Observation coded in the project's exam code system is derived, not read", () => {
    const factors = { resourceType: 'Observation', id: 'f', status: 'final', code: { coding: [{ system: SYSTEMS.exam, code: 'trigger-point-patient-factors' }] }, component: [{ code: { coding: [{ system: SYSTEMS.exam, code: 'anticoagulated' }] }, valueBoolean: true }] };
    const r = read([factors]);
    assert.deepEqual(r.assessment, { sites: [] });
    assert.deepEqual(unmappedOf(r, 'Observation/f'), [['derived']]);
  });
});

/** An exam QuestionnaireResponse whose items are given. */
const response = (item, extra = {}) => ({
  resourceType: 'QuestionnaireResponse',
  id: 'qr',
  questionnaire: `${SYSTEMS.exam.replace('CodeSystem/exam', 'Questionnaire/trigger-point-exam')}|1.0.0`,
  status: 'completed',
  subject: { reference: 'Patient/p1' },
  authored: daysAgo(1),
  item,
  ...extra,
});
const answer = (linkId, value) => ({ linkId, answer: [value] });
const site = (id, muscle, more = []) => ({
  linkId: 'site',
  item: [answer('site.id', { valueString: id }), answer('site.muscle', { valueCoding: { system: SYSTEMS.muscle, code: muscle } }), ...more],
});
const prior = (muscle, date, kind, more = []) => ({
  linkId: 'priorInjection',
  item: [
    answer('priorInjection.muscle', { valueCoding: { system: SYSTEMS.muscle, code: muscle } }),
    answer('priorInjection.date', { valueDate: date }),
    answer('priorInjection.kind', { valueCoding: { system: SYSTEMS.injectionKind, code: kind } }),
    ...more,
  ],
});

describe('exam answers (QuestionnaireResponse)', () => {
  test('any version of the exam Questionnaire is read; another questionnaire is not', () => {
    assert.equal(read([response([site('a', 'masseter')], { questionnaire: response([]).questionnaire.replace('|1.0.0', '|2.0.0') })]).assessment.sites.length, 1);
    const other = response([site('a', 'masseter')], { questionnaire: 'http://example.org/Questionnaire/phq-9' });
    assert.deepEqual(unmappedOf(read([other]), 'QuestionnaireResponse/qr'), [['not-relevant']]);
  });
  test('only completed or amended answers; in-progress, stopped and entered-in-error are reported', () => {
    assert.equal(read([response([site('a', 'masseter')], { status: 'amended' })]).assessment.sites.length, 1);
    assert.deepEqual(unmappedOf(read([response([site('a', 'masseter')], { status: 'in-progress' })]), 'QuestionnaireResponse/qr'), [['not-final']]);
    assert.deepEqual(unmappedOf(read([response([site('a', 'masseter')], { status: 'stopped' })]), 'QuestionnaireResponse/qr'), [['not-final']]);
    assert.deepEqual(unmappedOf(read([response([site('a', 'masseter')], { status: 'entered-in-error' })]), 'QuestionnaireResponse/qr'), [['entered-in-error']]);
  });
  test('answers authored after today are future-dated', () => {
    assert.deepEqual(unmappedOf(read([response([site('a', 'masseter')], { authored: '2027-01-01' })]), 'QuestionnaireResponse/qr'), [['future-dated']]);
  });
  test('the relief an injection gave is read (engine contract v2)', () => {
    const more = [answer('priorInjection.reliefPercent', { valueDecimal: 30 }), answer('priorInjection.reliefWeeks', { valueInteger: 2 })];
    assert.deepEqual(read([response([prior('masseter', daysAgo(40), 'lidocaine', more)])]).assessment.priorInjections, [
      { muscle: 'masseter', date: daysAgo(40), kind: 'lidocaine', reliefPercent: 30, reliefWeeks: 2 },
    ]);
  });
  test('an item that is not a question of the exam is reported with its position', () => {
    const r = read([response([answer('favouriteColor', { valueString: 'blue' }), site('a', 'masseter', [answer('site.colour', { valueString: 'red' })])])]);
    assert.deepEqual(unmappedOf(r, 'QuestionnaireResponse/qr'), [['unknown-item', 'item[0]'], ['unknown-item', 'item[1].item[2]']]);
    assert.equal(r.assessment.sites.length, 1);
  });
  test('answers of the wrong type or out of range are reported, the rest is read', () => {
    const r = read([
      response([
        { linkId: 'patient', item: [answer('patient.weightKg', { valueString: '70' }), answer('patient.ageYears', { valueDecimal: 140 }), answer('patient.pregnant', { valueBoolean: false })] },
        answer('painDurationWeeks', { valueDecimal: -1 }),
        { linkId: 'symptoms', answer: [{ valueCoding: { system: SYSTEMS.symptom, code: 'neck-pain' } }, { valueCoding: { system: SYSTEMS.symptom, code: 'neck-pain' } }, { valueCoding: { system: SYSTEMS.symptom, code: 'back' } }] },
        site('a', 'biceps'),
        prior('masseter', '2026-02-30', 'lidocaine'),
        { linkId: 'conservativeCareTried', answer: [{ valueBoolean: true }, { valueBoolean: false }] },
      ]),
    ]);
    assert.deepEqual(r.assessment, { patient: { pregnant: false }, symptoms: ['neck-pain'], sites: [] });
    assert.deepEqual(unmappedOf(r, 'QuestionnaireResponse/qr').map(([reason]) => reason), Array(10).fill('invalid-value'));
  });
  test('a site id seen twice keeps the first; more than 100 sites keeps the first 100', () => {
    const dup = read([response([site('a', 'masseter'), site('a', 'temporalis')])]);
    assert.deepEqual(dup.assessment.sites.map((s) => s.muscle), ['masseter']);
    assert.deepEqual(unmappedOf(dup, 'QuestionnaireResponse/qr'), [['duplicate', 'item[1]']]);
    const many = read([response(Array.from({ length: 103 }, (_, i) => site(`s${i}`, 'masseter')))]);
    assert.equal(many.assessment.sites.length, 100);
    assert.deepEqual(unmappedOf(many, 'QuestionnaireResponse/qr'), [['too-many', 'item[100]'], ['too-many', 'item[101]'], ['too-many', 'item[102]']]);
  });
  test('a prior injection dated after today is reported', () => {
    assert.deepEqual(unmappedOf(read([response([prior('masseter', '2026-12-01', 'other')])]), 'QuestionnaireResponse/qr'), [['future-dated', 'item[0]']]);
  });
  test('of several exams the latest is read, the others reported', () => {
    const r = read([response([site('old', 'masseter')], { id: 'a', authored: daysAgo(30) }), response([site('new', 'temporalis')], { id: 'b', authored: daysAgo(2) })]);
    assert.deepEqual(r.assessment.sites.map((s) => s.id), ['new']);
    assert.deepEqual(unmappedOf(r, 'QuestionnaireResponse/a'), [['superseded']]);
  });
  test('the record wins over an earlier exam answer for the same patient field; the exam fills the rest', () => {
    const r = read([
      patient('p1', '1970-05-03'),
      { ...weight('Patient/p1', 80, 'kg', daysAgo(3)), id: 'w' },
      { ...medicationRequest('Patient/p1', medicine('Warfarin 5 MG')), id: 'm' },
      response([{ linkId: 'patient', item: [answer('patient.weightKg', { valueDecimal: 75 }), answer('patient.anticoagulated', { valueBoolean: false }), answer('patient.needlePhobia', { valueBoolean: true })] }]),
    ]);
    assert.deepEqual(r.assessment.patient, { ageYears: 56, weightKg: 80, anticoagulated: true, needlePhobia: true });
    assert.equal(r.provenance['patient.needlePhobia'].reference, 'QuestionnaireResponse/qr');
    assert.deepEqual(unmappedOf(r, 'QuestionnaireResponse/qr').map(([reason]) => reason), ['superseded', 'superseded']);
  });
  test('a Procedure the exam already lists is not added twice', () => {
    const r = read([
      patient('p1', '1970-05-03'),
      { ...procedure('Patient/p1', '20552', daysAgo(40), [bodySite('Left masseter')]), id: 'same' },
      { ...procedure('Patient/p1', '20552', daysAgo(20), [bodySite('Left masseter')]), id: 'new' },
      response([prior('masseter', daysAgo(40), 'lidocaine', [answer('priorInjection.side', { valueCoding: { system: SYSTEMS.side, code: 'left' } })])]),
    ]);
    assert.deepEqual(r.assessment.priorInjections, [
      { muscle: 'masseter', side: 'left', date: daysAgo(40), kind: 'lidocaine' },
      { muscle: 'masseter', side: 'left', date: daysAgo(20), kind: 'other' },
    ]);
    assert.deepEqual(unmappedOf(r, 'Procedure/same'), [['duplicate']]);
    assert.equal(r.provenance['priorInjections.1'].reference, 'Procedure/new');
  });
  test('more than 500 prior injections keeps the 500 most recent', () => {
    const resources = [patient('p1', '1970-05-03'), ...Array.from({ length: 503 }, (_, i) => ({ ...procedure('Patient/p1', '20552', daysAgo(i), [bodySite('Masseter')]), id: `p${i}` }))];
    const r = read(resources);
    assert.equal(r.assessment.priorInjections.length, 500);
    assert.deepEqual(r.unmapped.filter((u) => u.reason === 'too-many').map((u) => u.reference), ['Procedure/p500', 'Procedure/p501', 'Procedure/p502']);
  });
  test('a pregnancy condition the record holds is not overridden by the exam', () => {
    const r = read([patient('p1', '1990-01-01'), { ...condition('Patient/p1', 'Z33.1'), id: 'c' }, response([{ linkId: 'patient', item: [answer('patient.pregnant', { valueBoolean: false })] }])]);
    assert.equal(r.assessment.patient.pregnant, true);
  });
});

after(() => {
  for (const reason of ['too-many', 'derived', 'unknown-item', 'superseded', 'duplicate']) assert.ok(reasonsSeen.has(reason), reason);
});

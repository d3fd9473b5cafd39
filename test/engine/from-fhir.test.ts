// fromFhir in the browser, where the SMART app runs it: one full record read at once,
// then each rule family as a table of single resources with the field or the reason it
// must give, the own-export round trip and never-throws fuzzing. The Node tests
// (test/node/from-fhir-*.test.js) hold the rule-by-rule detail.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, validateAssessment, type Assessment } from '../../src/engine/index.js';
import { SYSTEMS, UNMAPPED_REASONS, fromFhir, toFhirBundle, type FromFhirResult, type UnmappedReason } from '../../src/engine/interop/index.js';
import { TODAY, daysAgo } from './helpers.js';

type R = Record<string, unknown>;
const S = 'Patient/p';
const code = (system: string, value: string, display?: string) => ({ coding: [{ system, code: value, ...(display && { display }) }] });
const hl7 = (cs: string, value: string) => code(`http://terminology.hl7.org/CodeSystem/${cs}`, value);
const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const CPT = 'http://www.ama-assn.org/go/cpt';
const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';

const obs = (id: string, loinc: string, value: R, date: string | null = daysAgo(3), status = 'final'): R => ({
  resourceType: 'Observation', id, status, code: code(LOINC, loinc), subject: { reference: S }, ...(date && { effectiveDateTime: date }), ...value,
});
const kg = (v: unknown, unit = 'kg') => ({ valueQuantity: { value: v, system: 'http://unitsofmeasure.org', code: unit } });
const med = (id: string, type: string, concept: R, extra: R = {}): R => ({ resourceType: type, id, status: 'active', intent: 'order', medicationCodeableConcept: concept, subject: { reference: S }, ...extra });
const allergy = (id: string, text: string, clinical: string | null = 'active', verification: string | null = 'confirmed', extra: R = {}): R => ({
  resourceType: 'AllergyIntolerance', id, ...(clinical && { clinicalStatus: hl7('allergyintolerance-clinical', clinical) }),
  ...(verification && { verificationStatus: hl7('allergyintolerance-verification', verification) }), code: { text }, patient: { reference: S }, ...extra,
});
const cond = (id: string, concept: R, clinical: string | null = 'active', verification = 'confirmed', extra: R = {}): R => ({
  resourceType: 'Condition', id, ...(clinical && { clinicalStatus: hl7('condition-clinical', clinical) }), verificationStatus: hl7('condition-ver-status', verification), code: concept, subject: { reference: S }, ...extra,
});
const proc = (id: string, cpt: string, date: string | undefined, sites: R[] | undefined, extra: R = {}): R => ({
  resourceType: 'Procedure', id, status: 'completed', code: code(CPT, cpt), subject: { reference: S }, ...(date && { performedDateTime: date }), ...(sites && { bodySite: sites }), ...extra,
});
const PATIENT = { resourceType: 'Patient', id: 'p', birthDate: '1958-02-14' };

function run(input: unknown, options: R = {}): FromFhirResult {
  const result = fromFhir(input, { today: TODAY, ...options });
  const valid = validateAssessment(result.assessment, { today: TODAY });
  expect(valid.ok, JSON.stringify(valid)).to.equal(true);
  return result;
}
const reasonsOf = (r: FromFhirResult, id: string) => r.unmapped.filter((u) => u.reference?.endsWith(`/${id}`)).map((u) => u.reason);

describe('fromFhir in the browser', () => {
  it('reads a whole record: every field the rules use, each with its source', () => {
    const r = run([
      PATIENT,
      obs('w-old', '29463-7', kg(90), daysAgo(400)),
      obs('w', '3141-9', kg(176, '[lb_av]'), `${daysAgo(10)}T09:30:00+02:00`),
      obs('preg', '82810-3', { valueCodeableConcept: code(SNOMED, '60001007') }),
      med('rx', 'MedicationStatement', { text: 'Xarelto 20 MG' }, { effectivePeriod: { start: daysAgo(100) } }),
      med('asa', 'MedicationRequest', code('http://www.whocc.no/atc', 'B01AC06')),
      allergy('al', 'Bupivacaine'),
      cond('vwd', code(ICD, 'D68.04')),
      cond('fm', code(SNOMED, '203082005')),
      proc('tp', '20552', daysAgo(20), [{ text: 'Gastrocnemius', coding: [{ system: SNOMED, code: '24028007' }] }], { usedCode: [{ text: 'methylprednisolone' }] }),
      proc('dn', '20561', daysAgo(5), [{ coding: [{ system: SYSTEMS.muscle, code: 'piriformis' }] }, { coding: [{ system: SNOMED, code: '7771000' }] }]),
    ]);
    expect(r.assessment).to.deep.equal({
      patient: { ageYears: 68, weightKg: 79.832, pregnant: false, anticoagulated: true, antiplatelet: true, bleedingDisorder: true, localAnestheticAllergy: true, fibromyalgia: true },
      sites: [],
      priorInjections: [
        { muscle: 'gastrocnemius', side: 'right', date: daysAgo(20), kind: 'corticosteroid' },
        { muscle: 'piriformis', side: 'left', date: daysAgo(5), kind: 'dry-needling' },
      ],
    });
    expect(Object.fromEntries(Object.entries(r.provenance).map(([path, s]) => [path, s.reference]))).to.deep.equal({
      'patient.ageYears': 'Patient/p',
      'patient.weightKg': 'Observation/w',
      'patient.pregnant': 'Observation/preg',
      'patient.anticoagulated': 'MedicationStatement/rx',
      'patient.antiplatelet': 'MedicationRequest/asa',
      'patient.bleedingDisorder': 'Condition/vwd',
      'patient.localAnestheticAllergy': 'AllergyIntolerance/al',
      'patient.fibromyalgia': 'Condition/fm',
      'priorInjections.0': 'Procedure/tp',
      'priorInjections.1': 'Procedure/dn',
    });
    expect(r.unmapped.map((u) => [u.reference, u.reason])).to.deep.equal([['Observation/w-old', 'superseded']]);
  });

  // One resource each, beside the Patient: the reason it is left out.
  const left: [string, R, UnmappedReason][] = [
    ['an entered-in-error weight', obs('x', '29463-7', kg(70), daysAgo(1), 'entered-in-error'), 'entered-in-error'],
    ['a preliminary weight', obs('x', '29463-7', kg(70), daysAgo(1), 'preliminary'), 'not-final'],
    ['an undated weight', obs('x', '29463-7', kg(70), null), 'missing-date'],
    ['a weight in stones', obs('x', '29463-7', kg(11, '[stone_av]')), 'unknown-unit'],
    ['a weight of 0', obs('x', '29463-7', kg(0)), 'invalid-value'],
    ['a weight dated next year', obs('x', '29463-7', kg(70), '2027-06-01'), 'future-dated'],
    ['a weight with a malformed date', obs('x', '29463-7', kg(70), '26/11/2026'), 'invalid-value'],
    ['an unknown pregnancy answer', obs('x', '82810-3', { valueCodeableConcept: code(LOINC, 'LA4489-6') }), 'unknown-value'],
    ['a heart rate', obs('x', '8867-4', { valueQuantity: { value: 60 } }), 'not-relevant'],
    ['a stopped anticoagulant', med('x', 'MedicationRequest', { text: 'warfarin' }, { status: 'stopped' }), 'not-active'],
    ['a do-not-perform aspirin', med('x', 'MedicationRequest', { text: 'aspirin' }, { doNotPerform: true }), 'do-not-perform'],
    ['an anticoagulant statement that ended', med('x', 'MedicationStatement', { text: 'heparin' }, { effectivePeriod: { start: daysAgo(30), end: daysAgo(2) } }), 'not-active'],
    ['an anticoagulant started next year', med('x', 'MedicationStatement', { text: 'heparin' }, { effectiveDateTime: '2027-02-01' }), 'future-dated'],
    ['an unrelated medicine', med('x', 'MedicationRequest', { text: 'Atorvastatin 20 MG' }), 'not-relevant'],
    ['a refuted lidocaine allergy', allergy('x', 'Lidocaine', 'active', 'refuted'), 'refuted'],
    ['an allergy in error', allergy('x', 'Lidocaine', 'active', 'entered-in-error'), 'entered-in-error'],
    ['a resolved lidocaine allergy', allergy('x', 'Lidocaine', 'resolved'), 'not-active'],
    ['a latex allergy', allergy('x', 'Latex'), 'not-relevant'],
    ['an allergy recorded next year', allergy('x', 'Lidocaine', 'active', 'confirmed', { recordedDate: '2027-01-01' }), 'future-dated'],
    ['a thrombophilia', cond('x', code(ICD, 'D68.51')), 'not-relevant'],
    ['a refuted bleeding disorder', cond('x', code(ICD, 'D66'), 'active', 'refuted'), 'refuted'],
    ['a bleeding disorder in error', cond('x', code(ICD, 'D66'), 'active', 'entered-in-error'), 'entered-in-error'],
    ['a resolved fibromyalgia', cond('x', code(ICD, 'M79.7'), 'resolved'), 'not-active'],
    ['a condition without a clinical status', cond('x', code(ICD, 'M79.7'), null), 'not-active'],
    ['a pregnancy with onset next year', cond('x', code(ICD, 'Z33.1'), 'active', 'confirmed', { onsetDateTime: '2027-05-01' }), 'future-dated'],
    ['a TPI at an unknown site', proc('x', '20553', daysAgo(3), [{ text: 'Neck' }]), 'unknown-body-site'],
    ['a TPI without a site', proc('x', '20552', daysAgo(3), undefined), 'missing-body-site'],
    ['a TPI not done', proc('x', '20552', daysAgo(3), [{ text: 'Masseter' }], { status: 'not-done' }), 'not-completed'],
    ['a TPI in error', proc('x', '20552', daysAgo(3), [{ text: 'Masseter' }], { status: 'entered-in-error' }), 'entered-in-error'],
    ['a TPI dated by month', proc('x', '20552', '2026-09', [{ text: 'Masseter' }]), 'partial-date'],
    ['an undated TPI', proc('x', '20552', undefined, [{ text: 'Masseter' }]), 'missing-date'],
    ['a TPI next month', proc('x', '20552', '2026-12-20', [{ text: 'Masseter' }]), 'future-dated'],
    ['a knee injection', proc('x', '20610', daysAgo(3), [{ text: 'Knee' }]), 'not-relevant'],
    ['an Encounter', { resourceType: 'Encounter', id: 'x' }, 'unsupported-type'],
    ["another patient's weight", { ...obs('x', '29463-7', kg(70)), subject: { reference: 'Patient/q' } }, 'other-patient'],
    ['a site Observation of the export', obs('x', 'x', {}), 'not-relevant'],
    ['a lone Medication', { resourceType: 'Medication', id: 'x', code: { text: 'Warfarin' } }, 'not-relevant'],
    ['answers to another questionnaire', { resourceType: 'QuestionnaireResponse', id: 'x', questionnaire: 'http://example.org/Q', status: 'completed' }, 'not-relevant'],
  ];
  for (const [what, resource, reason] of left) {
    it(`leaves out ${what}: ${reason}`, () => {
      const r = run([PATIENT, resource]);
      expect(reasonsOf(r, 'x')).to.deep.equal([reason]);
      expect(r.assessment).to.deep.equal({ patient: { ageYears: 68 }, sites: [] });
    });
  }

  it('names muscles by their words, and sides by codes and words', () => {
    const r = run([PATIENT, proc('x', '20553', daysAgo(3), [{ text: 'Structure of tibialis anterior muscle (body structure)' }, { text: 'Both splenius capitis' }, { text: 'left Quadratus Lumborum' }])]);
    expect(r.assessment.priorInjections).to.deep.equal([
      { muscle: 'tibialis-anterior', date: daysAgo(3), kind: 'other' },
      { muscle: 'splenius-capitis', date: daysAgo(3), kind: 'other' },
      { muscle: 'quadratus-lumborum', side: 'left', date: daysAgo(3), kind: 'other' },
    ]);
  });

  it('leaves pregnancy for the clinician when the record contradicts itself', () => {
    const r = run([PATIENT, obs('a', '82810-3', { valueCodeableConcept: { text: 'not pregnant' } }), cond('b', code(ICD, 'O99.89'))]);
    expect(r.assessment.patient?.pregnant).to.equal(undefined);
    expect(r.unmapped.map((u) => u.reason)).to.deep.equal(['conflicting', 'conflicting']);
  });

  it('follows a medicationReference into the input', () => {
    const r = run([PATIENT, { resourceType: 'Medication', id: 'm', code: code('http://www.whocc.no/atc', 'B01AE07') }, { ...med('x', 'MedicationRequest', {}), medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/m' } }]);
    expect(r.assessment.patient?.anticoagulated).to.equal(true);
    expect(r.unmapped).to.deep.equal([]);
  });

  it('reads its own export back, with the exam answers as the source', () => {
    const a: Assessment = {
      patient: { weightKg: 61.5, needlePhobia: true },
      symptoms: ['jaw-pain'],
      painDurationWeeks: 14,
      conservativeCareTried: false,
      sites: [{ id: 'm1', muscle: 'masseter', side: 'left', findings: { tautBand: true, referredPain: false }, acuteTrauma: false }],
      priorInjections: [{ muscle: 'masseter', side: 'left', date: daysAgo(70), kind: 'dry-needling' }],
    };
    const bundle = toFhirBundle(a, evaluate(a, { today: TODAY }), { subject: S, today: TODAY });
    const r = run(bundle);
    expect(r.assessment).to.deep.equal(a);
    expect(new Set(Object.values(r.provenance).map((s) => s.reference))).to.deep.equal(new Set([bundle.entry[1]!.fullUrl]));
  });

  it('reports what an exam answer set gets wrong, and reads the rest', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse', id: 'x', status: 'completed', questionnaire: SYSTEMS.exam.replace('CodeSystem/exam', 'Questionnaire/trigger-point-exam'),
      item: [
        { linkId: 'patient', item: [{ linkId: 'patient.ageYears', answer: [{ valueInteger: 40 }] }, { linkId: 'patient.height', answer: [{ valueDecimal: 180 }] }] },
        { linkId: 'site', item: [{ linkId: 'site.id', answer: [{ valueString: 'a' }] }, { linkId: 'site.muscle', answer: [{ valueCoding: { system: SYSTEMS.muscle, code: 'temporalis' } }] }, { linkId: 'site.findings', item: [{ linkId: 'site.findings.tautBand', answer: [{ valueBoolean: 'yes' }] }, { linkId: 'site.findings.glow' }] }] },
        { linkId: 'priorInjection', item: [{ linkId: 'priorInjection.muscle', answer: [{ valueCoding: { system: SYSTEMS.muscle, code: 'temporalis' } }] }] },
        'not an item',
      ],
    };
    const r = run([qr]);
    expect(r.assessment).to.deep.equal({ patient: { ageYears: 40 }, sites: [{ id: 'a', muscle: 'temporalis', findings: {} }] });
    expect(r.unmapped.map((u) => [u.reason, u.path])).to.deep.equal([
      ['unknown-item', 'item[0].item[1]'],
      ['invalid-value', 'item[1].item[2].item[0]'],
      ['unknown-item', 'item[1].item[2].item[1]'],
      ['invalid-value', 'item[2]'],
      ['invalid-value', 'item[3]'],
    ]);
  });

  it('never throws, and always answers a valid assessment', () => {
    for (const input of [undefined, 'x', [null, 1, {}], { resourceType: 'Bundle', entry: [{}, { resource: 5 }] }]) expect(run(input).assessment.sites).to.deep.equal([]);
    expect(fromFhir([PATIENT], { today: 'tomorrow' }).unmapped.map((u) => u.reason)).to.deep.equal(['invalid-option']);
    const out = fc.check(fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ resourceType: fc.constantFrom('Observation', 'Procedure', 'Condition', 'QuestionnaireResponse'), status: fc.string(), code: fc.jsonValue(), bodySite: fc.jsonValue(), item: fc.jsonValue() })), { maxLength: 4 }), (input) => void run(input)), { seed: 20261126, numRuns: 300 });
    expect(out.failed, fc.defaultReportMessage(out) ?? '').to.equal(false);
  });

  it('leaves out a value that changes between reads, keeps the rest, and re-numbers the sources', () => {
    let reads = 0;
    const fickle = { get valueString() { return ++reads < 3 ? 'a' : '   '; } };
    const siteItem = (id: R, muscle: string) => ({ linkId: 'site', item: [{ linkId: 'site.id', answer: [id] }, { linkId: 'site.muscle', answer: [{ valueCoding: { system: SYSTEMS.muscle, code: muscle } }] }] });
    const qr = { resourceType: 'QuestionnaireResponse', id: 'x', status: 'completed', questionnaire: SYSTEMS.exam.replace('CodeSystem/exam', 'Questionnaire/trigger-point-exam'), item: [siteItem(fickle, 'masseter'), siteItem({ valueString: 'b' }, 'temporalis')] };
    const r = run([qr]);
    expect(r.assessment.sites).to.deep.equal([{ id: 'b', muscle: 'temporalis', findings: {} }]);
    expect(Object.keys(r.provenance)).to.deep.equal(['sites.0']);
    expect(r.provenance['sites.0']!.text).to.match(/site b$/);
    expect(r.unmapped.map((u) => [u.reason, u.reference])).to.deep.equal([['invalid-value', 'QuestionnaireResponse/x']]);
  });

  it('has a reason for everything it leaves out, from a fixed list', () => {
    const seen = new Set(left.map(([, , reason]) => reason));
    for (const reason of seen) expect(UNMAPPED_REASONS).to.include(reason);
  });
});

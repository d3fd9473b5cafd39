// fromFhir, rule by rule: each code and status rule of "Reading the record" (docs/interop.md,
// "FHIR in"), on the built dist/interop.js. Records are synthetic (test/support/fhir-records.js).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEMS, UNMAPPED_REASONS, fromFhir } from '../../dist/interop.js';
import {
  ATC, CPT, LOINC, SNOMED, TODAY, UCUM,
  allergy, bodySite, condition, daysAgo, lateralityOnly, medicationRequest, medicationStatement, medicine, patient,
  pregnancyStatus, procedure, weight,
} from '../support/fhir-records.js';
import { read, reasonsSeen, unmappedOf } from './from-fhir-check.js';

const P = 'Patient/p1';
const withPatient = (...resources) => [patient('p1', '1970-05-03'), ...resources];
const id = (resource, value) => ({ ...resource, id: value });

describe('age from Patient.birthDate at today', () => {
  test('counts whole years, the birthday not yet reached this year', () => {
    assert.equal(read([patient('p1', '1970-12-01')]).assessment.patient.ageYears, 55);
    assert.equal(read([patient('p1', '1970-11-26')]).assessment.patient.ageYears, 56);
  });
  test('says where the age came from', () => {
    const r = read([patient('p1', '1970-05-03')]);
    assert.equal(r.provenance['patient.ageYears'].reference, 'Patient/p1');
    assert.match(r.provenance['patient.ageYears'].text, /1970-05-03.*56/);
  });
  test('a birth month gives an age only when every day of it gives the same one', () => {
    assert.equal(read([patient('p1', '1970-05')]).assessment.patient.ageYears, 56);
    const r = read([patient('p1', '1970-11')]);
    assert.equal(r.assessment.patient, undefined);
    assert.deepEqual(unmappedOf(r, 'Patient/p1'), [['partial-date', 'birthDate']]);
  });
  test('a future, missing or malformed birth date fills nothing and says why', () => {
    assert.deepEqual(unmappedOf(read([patient('p1', '2027-01-01')]), 'Patient/p1'), [['future-dated', 'birthDate']]);
    assert.deepEqual(unmappedOf(read([patient('p1')]), 'Patient/p1'), [['missing-date', 'birthDate']]);
    assert.deepEqual(unmappedOf(read([patient('p1', '1970-02-30')]), 'Patient/p1'), [['invalid-value', 'birthDate']]);
    assert.deepEqual(unmappedOf(read([patient('p1', 19700503)]), 'Patient/p1'), [['invalid-value', 'birthDate']]);
  });
  test('a birth date more than 130 years ago is not an age the assessment accepts', () => {
    assert.deepEqual(unmappedOf(read([patient('p1', '1880-01-01')]), 'Patient/p1'), [['invalid-value', 'birthDate']]);
  });
});

describe('body weight: the latest final one, in kilograms', () => {
  const w = (value, unit, date, extra) => id(weight(P, value, unit, date, extra), extra?.id ?? 'w');
  test('kilograms are read as written', () => {
    assert.equal(read(withPatient(w(70.4, 'kg', daysAgo(3)))).assessment.patient.weightKg, 70.4);
  });
  test('grams are divided by 1000', () => {
    assert.equal(read(withPatient(w(68000, 'g', daysAgo(3)))).assessment.patient.weightKg, 68);
  });
  test('pounds are converted at 0.45359237 kg and rounded down to the gram', () => {
    const r = read(withPatient(w(154, '[lb_av]', '2026-10-02')));
    assert.equal(r.assessment.patient.weightKg, 69.853);
    assert.deepEqual(r.provenance['patient.weightKg'], {
      reference: 'Observation/w',
      resourceType: 'Observation',
      text: 'Body weight 154 [lb_av] on 2026-10-02 (69.853 kg)',
      date: '2026-10-02',
    });
  });
  test('LOINC 3141-9 (body weight measured) is read like 29463-7', () => {
    assert.equal(read(withPatient(w(80, 'kg', daysAgo(1), { code: '3141-9' }))).assessment.patient.weightKg, 80);
  });
  test('the latest by date wins; the earlier ones are reported as superseded', () => {
    const r = read(withPatient(
      w(72, 'kg', daysAgo(200), { id: 'old' }),
      w(154, '[lb_av]', daysAgo(20), { id: 'new' }),
      w(75, 'kg', `${daysAgo(100)}T08:00:00Z`, { id: 'mid' }),
    ));
    assert.equal(r.assessment.patient.weightKg, 69.853);
    assert.equal(r.provenance['patient.weightKg'].reference, 'Observation/new');
    assert.deepEqual(unmappedOf(r, 'Observation/old'), [['superseded']]);
    assert.deepEqual(unmappedOf(r, 'Observation/mid'), [['superseded']]);
  });
  test('an entered-in-error weight is ignored even when it is the latest', () => {
    const r = read(withPatient(w(72, 'kg', daysAgo(30), { id: 'ok' }), w(45, 'kg', daysAgo(1), { id: 'bad', status: 'entered-in-error' })));
    assert.equal(r.assessment.patient.weightKg, 72);
    assert.deepEqual(unmappedOf(r, 'Observation/bad'), [['entered-in-error']]);
  });
  test('amended and corrected results are read; preliminary and cancelled ones are not', () => {
    assert.equal(read(withPatient(w(71, 'kg', daysAgo(1), { status: 'amended' }))).assessment.patient.weightKg, 71);
    assert.equal(read(withPatient(w(71, 'kg', daysAgo(1), { status: 'corrected' }))).assessment.patient.weightKg, 71);
    for (const status of ['preliminary', 'registered', 'cancelled', 'unknown']) {
      const r = read(withPatient(w(71, 'kg', daysAgo(1), { status })));
      assert.equal(r.assessment.patient?.weightKg, undefined);
      assert.deepEqual(unmappedOf(r, 'Observation/w'), [['not-final']]);
    }
  });
  test('units other than UCUM kg, g and [lb_av] are reported, not converted', () => {
    const cases = [
      { value: 154, unit: 'lb' },
      { value: 2400, system: UCUM, code: '[oz_av]' },
      { value: 154, system: 'http://example.org/units', code: 'kg' },
      { value: 70 },
    ];
    for (const quantity of cases) {
      const r = read(withPatient(w(0, 'kg', daysAgo(1), { quantity })));
      assert.equal(r.assessment.patient?.weightKg, undefined, JSON.stringify(quantity));
      assert.deepEqual(unmappedOf(r, 'Observation/w'), [['unknown-unit', 'valueQuantity']]);
    }
  });
  test('a plain unit string is read only when it is itself kg, g or [lb_av]', () => {
    assert.equal(read(withPatient(w(0, 'kg', daysAgo(1), { quantity: { value: 70, unit: 'kg' } }))).assessment.patient.weightKg, 70);
  });
  test('a future-dated, undated, valueless or impossible weight is reported', () => {
    assert.deepEqual(unmappedOf(read(withPatient(w(70, 'kg', '2026-12-01'))), 'Observation/w'), [['future-dated']]);
    assert.deepEqual(unmappedOf(read(withPatient(w(70, 'kg', undefined))), 'Observation/w'), [['missing-date']]);
    assert.deepEqual(unmappedOf(read(withPatient(w(70, 'kg', 'last week'))), 'Observation/w'), [['invalid-value', 'effectiveDateTime']]);
    assert.deepEqual(unmappedOf(read(withPatient(w(0, 'kg', daysAgo(1), { quantity: { value: '70', code: 'kg' } }))), 'Observation/w'), [['invalid-value', 'valueQuantity']]);
    assert.deepEqual(unmappedOf(read(withPatient(w(600, 'kg', daysAgo(1)))), 'Observation/w'), [['invalid-value', 'valueQuantity']]);
    assert.deepEqual(unmappedOf(read(withPatient(w(-3, 'kg', daysAgo(1)))), 'Observation/w'), [['invalid-value', 'valueQuantity']]);
  });
  test('a weight on today, written with a time and time zone, is not future-dated', () => {
    assert.equal(read(withPatient(w(70, 'kg', `${TODAY}T23:30:00-05:00`))).assessment.patient.weightKg, 70);
  });
  test('other Observations are reported as not relevant', () => {
    const bp = { resourceType: 'Observation', id: 'bp', status: 'final', code: { coding: [{ system: LOINC, code: '85354-9', display: 'Blood pressure panel' }] }, subject: { reference: P } };
    assert.deepEqual(unmappedOf(read(withPatient(bp)), 'Observation/bp'), [['not-relevant']]);
  });
});

describe('pregnancy', () => {
  const status = (answer, date, extra = {}) => id(pregnancyStatus(P, answer, date, extra), extra.id ?? 'ps');
  test('LOINC 82810-3 with LOINC or SNOMED CT answers, or the answer as text', () => {
    assert.equal(read(withPatient(status('pregnant', daysAgo(5)))).assessment.patient.pregnant, true);
    assert.equal(read(withPatient(status('not pregnant', daysAgo(5)))).assessment.patient.pregnant, false);
    assert.equal(read(withPatient(status({ coding: [{ system: SNOMED, code: '77386006' }] }, daysAgo(5)))).assessment.patient.pregnant, true);
    assert.equal(read(withPatient(status({ coding: [{ system: SNOMED, code: '60001007' }] }, daysAgo(5)))).assessment.patient.pregnant, false);
    assert.equal(read(withPatient(status({ text: 'Not pregnant' }, daysAgo(5)))).assessment.patient.pregnant, false);
  });
  test('an unknown or unrecognized answer fills nothing', () => {
    for (const answer of ['unknown', { text: 'possibly' }, { coding: [{ system: LOINC, code: 'LA15173-0' }, { system: SNOMED, code: '60001007' }] }]) {
      const r = read(withPatient(status(answer, daysAgo(5))));
      assert.equal(r.assessment.patient?.pregnant, undefined);
      assert.deepEqual(unmappedOf(r, 'Observation/ps'), [['unknown-value', 'valueCodeableConcept']]);
    }
  });
  test('the latest status is used', () => {
    const r = read(withPatient(status('pregnant', daysAgo(400), { id: 'a' }), status('not pregnant', daysAgo(5), { id: 'b' })));
    assert.equal(r.assessment.patient.pregnant, false);
    assert.deepEqual(unmappedOf(r, 'Observation/a'), [['superseded']]);
  });
  test('an active Z33.1 or O00–O9A Condition means pregnant', () => {
    for (const code of ['Z33.1', 'O09.90', 'O26.891', 'O9A.111', 'O00.0', 'O99.89']) {
      const r = read(withPatient(id(condition(P, code), 'c')));
      assert.equal(r.assessment.patient?.pregnant, true, code);
      assert.match(r.provenance['patient.pregnant'].text, /pregnancy/);
    }
  });
  test('Z33.2 and Z3A are not pregnancy codes of this rule', () => {
    for (const code of ['Z33.2', 'Z3A.20']) assert.deepEqual(unmappedOf(read(withPatient(id(condition(P, code), 'c'))), 'Condition/c'), [['not-relevant']]);
  });
  test('a resolved or refuted pregnancy condition is not read', () => {
    assert.deepEqual(unmappedOf(read(withPatient(id(condition(P, 'Z33.1', { clinical: 'resolved' }), 'c'))), 'Condition/c'), [['not-active']]);
    assert.deepEqual(unmappedOf(read(withPatient(id(condition(P, 'Z33.1', { verification: 'refuted' }), 'c'))), 'Condition/c'), [['refuted']]);
  });
  test('a status saying pregnant and a pregnancy condition agree: both are sources', () => {
    const r = read(withPatient(status('pregnant', daysAgo(5)), id(condition(P, 'Z33.1'), 'c')));
    assert.equal(r.assessment.patient.pregnant, true);
    assert.equal(r.provenance['patient.pregnant'].reference, 'Observation/ps');
    assert.deepEqual(r.provenance['patient.pregnant'].also.map((s) => s.reference), ['Condition/c']);
  });
  test('when the latest status says not pregnant but a pregnancy condition is active, nothing is filled', () => {
    const r = read(withPatient(status('not pregnant', daysAgo(5)), id(condition(P, 'O09.90'), 'c')));
    assert.equal(r.assessment.patient?.pregnant, undefined);
    assert.deepEqual(unmappedOf(r, 'Observation/ps'), [['conflicting']]);
    assert.deepEqual(unmappedOf(r, 'Condition/c'), [['conflicting']]);
  });
});

describe('anticoagulants and antiplatelets: active MedicationRequest and MedicationStatement', () => {
  const request = (med, extra = {}) => id(medicationRequest(P, med, extra), extra.id ?? 'm');
  const flagsOf = (r) => ({ anticoagulated: r.assessment.patient?.anticoagulated, antiplatelet: r.assessment.patient?.antiplatelet });
  test('WHO ATC B01AA, B01AB, B01AE and B01AF mean anticoagulated; B01AC means antiplatelet', () => {
    for (const code of ['B01AA03', 'B01AB05', 'B01AE07', 'B01AF01']) {
      assert.deepEqual(flagsOf(read(withPatient(request({ coding: [{ system: ATC, code }] })))), { anticoagulated: true, antiplatelet: undefined }, code);
    }
    for (const code of ['B01AC06', 'B01AC04', 'B01AC24']) {
      assert.deepEqual(flagsOf(read(withPatient(request({ coding: [{ system: ATC, code }] })))), { anticoagulated: undefined, antiplatelet: true }, code);
    }
  });
  test('other ATC groups, and ATC-looking codes of other systems, are not relevant', () => {
    assert.deepEqual(unmappedOf(read(withPatient(request({ coding: [{ system: ATC, code: 'B01AD02' }] }))), 'MedicationRequest/m'), [['not-relevant']]);
    assert.deepEqual(unmappedOf(read(withPatient(request({ coding: [{ system: 'http://example.org', code: 'B01AA03' }] }))), 'MedicationRequest/m'), [['not-relevant']]);
  });
  const anticoagulants = ['warfarin', 'Coumadin', 'Jantoven', 'apixaban', 'Eliquis', 'rivaroxaban', 'Xarelto', 'dabigatran', 'Pradaxa', 'edoxaban', 'Savaysa', 'heparin', 'enoxaparin', 'Lovenox', 'dalteparin', 'Fragmin', 'fondaparinux', 'Arixtra'];
  const antiplatelets = ['aspirin', 'clopidogrel', 'Plavix', 'prasugrel', 'Effient', 'ticagrelor', 'Brilinta', 'dipyridamole', 'cilostazol'];
  test('generic and brand names of anticoagulants, as whole words in the text or a display', () => {
    for (const name of anticoagulants) {
      assert.equal(read(withPatient(request(medicine(`${name} 5 MG Oral Tablet`)))).assessment.patient?.anticoagulated, true, name);
      assert.equal(read(withPatient(request({ coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1', display: `${name.toUpperCase()} 2.5 MG` }] }))).assessment.patient?.anticoagulated, true, name);
    }
  });
  test('generic and brand names of antiplatelets', () => {
    for (const name of antiplatelets) assert.equal(read(withPatient(request(medicine(`${name} 81 MG`)))).assessment.patient?.antiplatelet, true, name);
  });
  test('a name inside another word does not count', () => {
    assert.deepEqual(unmappedOf(read(withPatient(request(medicine('Heparinoid cream')))), 'MedicationRequest/m'), [['not-relevant']]);
  });
  test('says which medicine and what matched', () => {
    const r = read(withPatient(request(medicine('Warfarin Sodium 5 MG Oral Tablet'), { authoredOn: '2026-01-10' })));
    assert.deepEqual(r.provenance['patient.anticoagulated'], {
      reference: 'MedicationRequest/m',
      resourceType: 'MedicationRequest',
      text: 'Warfarin Sodium 5 MG Oral Tablet (anticoagulant: warfarin), active medication request on 2026-01-10',
      date: '2026-01-10',
    });
  });
  test('a combination sets both flags', () => {
    assert.deepEqual(flagsOf(read(withPatient(request(medicine('Aspirin 81 MG / Warfarin 5 MG'))))), { anticoagulated: true, antiplatelet: true });
  });
  test('only active: stopped, completed, on-hold, cancelled, draft and entered-in-error requests are reported', () => {
    for (const status of ['stopped', 'completed', 'on-hold', 'cancelled', 'draft', 'unknown']) {
      const r = read(withPatient(request(medicine('Warfarin 5 MG'), { status })));
      assert.equal(r.assessment.patient?.anticoagulated, undefined, status);
      assert.deepEqual(unmappedOf(r, 'MedicationRequest/m'), [['not-active']]);
    }
    assert.deepEqual(unmappedOf(read(withPatient(request(medicine('Warfarin 5 MG'), { status: 'entered-in-error' }))), 'MedicationRequest/m'), [['entered-in-error']]);
  });
  test('a request that says not to give the medicine is not a medicine taken', () => {
    const r = read(withPatient(request(medicine('Aspirin 81 MG'), { doNotPerform: true })));
    assert.equal(r.assessment.patient?.antiplatelet, undefined);
    assert.deepEqual(unmappedOf(r, 'MedicationRequest/m'), [['do-not-perform']]);
  });
  test('a request authored after today is future-dated', () => {
    assert.deepEqual(unmappedOf(read(withPatient(request(medicine('Warfarin'), { authoredOn: '2027-01-01' }))), 'MedicationRequest/m'), [['future-dated']]);
  });
  test('MedicationStatement: active only, and not once its period has ended', () => {
    const statement = (extra) => id(medicationStatement(P, medicine('Clopidogrel 75 MG'), extra), 's');
    assert.equal(read(withPatient(statement({ effectivePeriod: { start: daysAgo(100) } }))).assessment.patient.antiplatelet, true);
    for (const status of ['stopped', 'completed', 'not-taken', 'intended', 'on-hold']) {
      assert.deepEqual(unmappedOf(read(withPatient(statement({ status }))), 'MedicationStatement/s'), [['not-active']], status);
    }
    assert.deepEqual(unmappedOf(read(withPatient(statement({ effectivePeriod: { start: daysAgo(100), end: daysAgo(10) } }))), 'MedicationStatement/s'), [['not-active']]);
    assert.equal(read(withPatient(statement({ effectivePeriod: { start: daysAgo(100), end: '2027-06-01' } }))).assessment.patient.antiplatelet, true);
    assert.deepEqual(unmappedOf(read(withPatient(statement({ effectivePeriod: { start: '2027-01-01' } }))), 'MedicationStatement/s'), [['future-dated']]);
  });
  test('a medicationReference is followed to the Medication in the input, or a contained one', () => {
    const med = { resourceType: 'Medication', id: 'med1', code: { coding: [{ system: ATC, code: 'B01AF02' }], text: 'Apixaban 5 MG' } };
    const byRef = read(withPatient(med, request(undefined, { medicationReference: { reference: 'Medication/med1' } })));
    assert.equal(byRef.assessment.patient.anticoagulated, true);
    assert.deepEqual(unmappedOf(byRef, 'Medication/med1'), []);
    const contained = { ...request(undefined, { medicationReference: { reference: '#x' } }), contained: [{ ...med, id: 'x' }] };
    assert.equal(read(withPatient(contained)).assessment.patient.anticoagulated, true);
    const displayOnly = request(undefined, { medicationReference: { display: 'Eliquis 5 mg' } });
    assert.equal(read(withPatient(displayOnly)).assessment.patient.anticoagulated, true);
  });
  test('a Medication no used request refers to is reported', () => {
    const med = { resourceType: 'Medication', id: 'lonely', code: { text: 'Warfarin' } };
    assert.deepEqual(unmappedOf(read(withPatient(med)), 'Medication/lonely'), [['not-relevant']]);
  });
  test('other medicines are reported as not relevant', () => {
    assert.deepEqual(unmappedOf(read(withPatient(request(medicine('Metformin 500 MG')))), 'MedicationRequest/m'), [['not-relevant']]);
  });
  test('several anticoagulants: the most recent is the source, the others are listed with it', () => {
    const r = read(withPatient(
      request(medicine('Warfarin 5 MG'), { id: 'old', authoredOn: daysAgo(300) }),
      request(medicine('Apixaban 5 MG'), { id: 'new', authoredOn: daysAgo(3) }),
    ));
    assert.equal(r.provenance['patient.anticoagulated'].reference, 'MedicationRequest/new');
    assert.deepEqual(r.provenance['patient.anticoagulated'].also.map((s) => s.reference), ['MedicationRequest/old']);
  });
});

describe('local anesthetic allergy: active, not refuted', () => {
  const a = (substance, extra = {}) => id(allergy(P, substance, extra), 'a');
  test('names a local anesthetic', () => {
    for (const name of ['Lidocaine', 'lignocaine', 'Bupivacaine HCl', 'mepivacaine', 'Ropivacaine', 'prilocaine', 'Articaine', 'Local anesthetic', 'local anaesthetics', 'Amide anesthetic agents']) {
      assert.equal(read(withPatient(a(name))).assessment.patient?.localAnestheticAllergy, true, name);
    }
  });
  test('or a reaction substance does', () => {
    const r = read(withPatient(a('Drug allergy', { reaction: [{ substance: { text: 'lidocaine 1% injection' } }] })));
    assert.equal(r.assessment.patient.localAnestheticAllergy, true);
  });
  test('an unconfirmed (suspected) allergy counts', () => {
    assert.equal(read(withPatient(a('Lidocaine', { verification: 'unconfirmed' }))).assessment.patient.localAnestheticAllergy, true);
  });
  test('refuted, entered in error, inactive, resolved or without a status: reported', () => {
    assert.deepEqual(unmappedOf(read(withPatient(a('Lidocaine', { verification: 'refuted' }))), 'AllergyIntolerance/a'), [['refuted']]);
    assert.deepEqual(unmappedOf(read(withPatient(a('Lidocaine', { verification: 'entered-in-error' }))), 'AllergyIntolerance/a'), [['entered-in-error']]);
    for (const clinical of ['inactive', 'resolved', null]) {
      assert.deepEqual(unmappedOf(read(withPatient(a('Lidocaine', { clinical }))), 'AllergyIntolerance/a'), [['not-active']], String(clinical));
    }
  });
  test('other allergies are not relevant', () => {
    assert.deepEqual(unmappedOf(read(withPatient(a('Penicillin'))), 'AllergyIntolerance/a'), [['not-relevant']]);
  });
  test('an allergy recorded after today is future-dated', () => {
    assert.deepEqual(unmappedOf(read(withPatient(a('Lidocaine', { recordedDate: '2027-02-01' }))), 'AllergyIntolerance/a'), [['future-dated']]);
  });
});

describe('bleeding disorder and fibromyalgia from Conditions', () => {
  const c = (code, extra = {}) => id(condition(P, code, extra), 'c');
  test('ICD-10-CM D65–D69 means a bleeding disorder', () => {
    for (const code of ['D65', 'D66', 'D67', 'D68.0', 'D68.1', 'D68.311', 'D68.4', 'D68.8', 'D69.6', 'D691', 'd69.3']) {
      assert.equal(read(withPatient(c(code))).assessment.patient?.bleedingDisorder, true, code);
    }
  });
  test('except the thrombophilias D68.5 and D68.6, which are clotting disorders', () => {
    for (const code of ['D68.51', 'D68.52', 'D68.59', 'D68.61', 'D68.62', 'D68.69']) {
      const r = read(withPatient(c(code)));
      assert.equal(r.assessment.patient?.bleedingDisorder, undefined, code);
      assert.deepEqual(unmappedOf(r, 'Condition/c'), [['not-relevant']]);
      assert.match(r.unmapped[0].text, /thrombophilia/);
    }
  });
  test('D64 and D70 are outside the range', () => {
    for (const code of ['D64.9', 'D70.0']) assert.equal(read(withPatient(c(code))).assessment.patient?.bleedingDisorder, undefined, code);
  });
  test('codes of another system are not read as ICD-10-CM', () => {
    assert.deepEqual(unmappedOf(read(withPatient(c({ coding: [{ system: 'http://example.org/codes', code: 'D68.0' }] }))), 'Condition/c'), [['not-relevant']]);
  });
  test('fibromyalgia: ICD-10-CM M79.7 or SNOMED CT 203082005', () => {
    assert.equal(read(withPatient(c('M79.7'))).assessment.patient.fibromyalgia, true);
    assert.equal(read(withPatient(c({ coding: [{ system: SNOMED, code: '203082005' }] }))).assessment.patient.fibromyalgia, true);
    assert.deepEqual(unmappedOf(read(withPatient(c('M79.1'))), 'Condition/c'), [['not-relevant']]);
  });
  test('active, recurrence and relapse count; inactive, remission and resolved do not', () => {
    for (const clinical of ['active', 'recurrence', 'relapse']) assert.equal(read(withPatient(c('D68.0', { clinical }))).assessment.patient.bleedingDisorder, true);
    for (const clinical of ['inactive', 'remission', 'resolved', null]) {
      assert.deepEqual(unmappedOf(read(withPatient(c('D68.0', { clinical }))), 'Condition/c'), [['not-active']], String(clinical));
    }
  });
  test('refuted or entered in error is ignored', () => {
    assert.deepEqual(unmappedOf(read(withPatient(c('M79.7', { verification: 'refuted' }))), 'Condition/c'), [['refuted']]);
    assert.deepEqual(unmappedOf(read(withPatient(c('M79.7', { verification: 'entered-in-error' }))), 'Condition/c'), [['entered-in-error']]);
  });
  test('a condition whose onset is after today is future-dated', () => {
    assert.deepEqual(unmappedOf(read(withPatient(c('D68.0', { onsetDateTime: '2027-03-01' }))), 'Condition/c'), [['future-dated']]);
  });
  test('the provenance names the code', () => {
    const r = read(withPatient(c('D68.0', { display: 'Von Willebrand disease' })));
    assert.match(r.provenance['patient.bleedingDisorder'].text, /ICD-10-CM D68\.0/);
    assert.equal(r.provenance['patient.bleedingDisorder'].reference, 'Condition/c');
  });
});

describe('prior injections from completed CPT 20552/20553/20560/20561 procedures', () => {
  const p = (cpt, date, sites, extra = {}) => id(procedure(P, cpt, date, sites, extra), extra.id ?? 'pr');
  const priors = (r) => r.assessment.priorInjections ?? [];
  test('a trigger point injection with muscle, side and date; kind other when the medicine is not named', () => {
    const r = read(withPatient(p('20552', `${daysAgo(40)}T10:15:00Z`, [bodySite('Left upper trapezius')])));
    assert.deepEqual(priors(r), [{ muscle: 'upper-trapezius', side: 'left', date: daysAgo(40), kind: 'other' }]);
    assert.equal(r.provenance['priorInjections.0'].reference, 'Procedure/pr');
    assert.match(r.provenance['priorInjections.0'].text, /CPT 20552.*Upper trapezius, left/);
  });
  test('needle insertion without injection is dry needling', () => {
    for (const cpt of ['20560', '20561']) assert.equal(priors(read(withPatient(p(cpt, daysAgo(10), [bodySite('Gluteus medius')]))))[0].kind, 'dry-needling');
  });
  test('the medicine used decides corticosteroid or lidocaine', () => {
    const steroid = p('20552', daysAgo(10), [bodySite('Piriformis')], { usedCode: [{ text: 'Triamcinolone 40 MG/ML + lidocaine 1%' }] });
    assert.equal(priors(read(withPatient(steroid)))[0].kind, 'corticosteroid');
    const lidocaine = p('20552', daysAgo(10), [bodySite('Piriformis')], { usedReference: [{ display: 'Lidocaine HCl 1% injection' }] });
    assert.equal(priors(read(withPatient(lidocaine)))[0].kind, 'lidocaine');
  });
  test('SNOMED CT laterality 7771000 / 24028007, in the same concept or as a bodySite of its own', () => {
    assert.equal(priors(read(withPatient(p('20552', daysAgo(10), [bodySite('Masseter', { laterality: 'right' })]))))[0].side, 'right');
    const separate = read(withPatient(p('20553', daysAgo(10), [bodySite('Temporalis'), bodySite('Masseter'), bodySite('Sternocleidomastoid'), lateralityOnly('left')])));
    assert.deepEqual(priors(separate).map((x) => [x.muscle, x.side]), [['temporalis', 'left'], ['masseter', 'left'], ['sternocleidomastoid', 'left']]);
  });
  test('a site on both sides keeps no side (it then counts for either)', () => {
    for (const site of [bodySite('Bilateral upper trapezius'), bodySite('Left and right piriformis')]) {
      const r = read(withPatient(p('20552', daysAgo(10), [site])));
      assert.equal(priors(r).length, 1);
      assert.equal(priors(r)[0].side, undefined);
      assert.match(r.provenance['priorInjections.0'].text, /both sides/);
    }
  });
  test('muscle names: word order, case, plurals and anatomy filler do not matter', () => {
    const cases = {
      'Trapezius, upper': 'upper-trapezius',
      'Structure of levator scapulae muscle (body structure)': 'levator-scapulae',
      'RHOMBOIDS': 'rhomboids',
      'Rhomboid minor': 'rhomboids',
      'Anterior scalene': 'scalenes',
      'quadratus lumborum muscle': 'quadratus-lumborum',
      'Biceps femoris': 'hamstrings',
      'Tensor fascia lata': 'tensor-fasciae-latae',
      'Wrist extensors': 'forearm-extensors',
      'Suboccipital muscles': 'suboccipitals',
    };
    for (const [text, muscle] of Object.entries(cases)) assert.equal(priors(read(withPatient(p('20552', daysAgo(10), [bodySite(text)]))))[0]?.muscle, muscle, text);
  });
  test("the project's own muscle code is read directly", () => {
    const site = bodySite('Some local name', { coding: { system: SYSTEMS.muscle, code: 'infraspinatus' } });
    assert.equal(priors(read(withPatient(p('20552', daysAgo(10), [site]))))[0].muscle, 'infraspinatus');
  });
  test('a body site that names no muscle is reported, never mapped to the nearest one', () => {
    for (const text of ['Trapezius', 'Left shoulder area', 'Upper back', 'Upper trapezius and levator scapulae', 'L upper trapezius']) {
      const r = read(withPatient(p('20552', daysAgo(10), [bodySite(text)])));
      assert.deepEqual(priors(r), [], text);
      assert.deepEqual(unmappedOf(r, 'Procedure/pr'), [['unknown-body-site', 'bodySite[0]']], text);
    }
    const coded = read(withPatient(p('20552', daysAgo(10), [{ coding: [{ system: SNOMED, code: '123456009', display: 'Structure of shoulder region' }] }])));
    assert.deepEqual(unmappedOf(coded, 'Procedure/pr'), [['unknown-body-site', 'bodySite[0]']]);
  });
  test('the muscles it can name are kept, the others reported one by one', () => {
    const r = read(withPatient(p('20553', daysAgo(10), [bodySite('Upper trapezius'), bodySite('Neck'), bodySite('Levator scapulae')])));
    assert.deepEqual(priors(r).map((x) => x.muscle), ['upper-trapezius', 'levator-scapulae']);
    assert.deepEqual(unmappedOf(r, 'Procedure/pr'), [['unknown-body-site', 'bodySite[1]']]);
  });
  test('no body site, or a side without a muscle, is reported', () => {
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', daysAgo(10), undefined))), 'Procedure/pr'), [['missing-body-site']]);
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', daysAgo(10), [lateralityOnly('left')]))), 'Procedure/pr'), [['missing-body-site']]);
  });
  test('only completed procedures; entered-in-error, not-done, in-progress and stopped are reported', () => {
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', daysAgo(10), [bodySite('Masseter')], { status: 'entered-in-error' }))), 'Procedure/pr'), [['entered-in-error']]);
    for (const status of ['not-done', 'in-progress', 'stopped', 'preparation', 'on-hold']) {
      assert.deepEqual(unmappedOf(read(withPatient(p('20552', daysAgo(10), [bodySite('Masseter')], { status }))), 'Procedure/pr'), [['not-completed']], status);
    }
  });
  test('a procedure needs a whole date, not after today', () => {
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', '2026-12-01', [bodySite('Masseter')]))), 'Procedure/pr'), [['future-dated']]);
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', '2026-05', [bodySite('Masseter')]))), 'Procedure/pr'), [['partial-date']]);
    assert.deepEqual(unmappedOf(read(withPatient(p('20552', undefined, [bodySite('Masseter')]))), 'Procedure/pr'), [['missing-date']]);
    const period = p('20552', undefined, [bodySite('Masseter')], { performedPeriod: { start: daysAgo(5), end: daysAgo(5) } });
    assert.equal(priors(read(withPatient(period)))[0].date, daysAgo(5));
  });
  test('other procedures are not relevant', () => {
    const joint = { ...p('20610', daysAgo(10), [bodySite('Left knee')]), code: { coding: [{ system: CPT, code: '20610' }], text: 'Arthrocentesis, major joint' } };
    assert.deepEqual(unmappedOf(read(withPatient(joint)), 'Procedure/pr'), [['not-relevant']]);
  });
  test('the same injection recorded twice is read once', () => {
    const r = read(withPatient(p('20552', daysAgo(10), [bodySite('Masseter')], { id: 'a' }), p('20552', daysAgo(10), [bodySite('Masseter')], { id: 'b' })));
    assert.equal(priors(r).length, 1);
    assert.deepEqual(unmappedOf(r, 'Procedure/b'), [['duplicate']]);
  });
});

describe('which patient', () => {
  test("another patient's resources are reported, never read", () => {
    const r = read([patient('p1', '1970-05-03'), id(weight('Patient/p2', 90, 'kg', daysAgo(1)), 'w2'), id(weight('http://ehr.example/fhir/Patient/p1', 70, 'kg', daysAgo(1)), 'w1'), patient('p2', '1990-01-01')]);
    assert.equal(r.assessment.patient.weightKg, 70);
    assert.deepEqual(unmappedOf(r, 'Observation/w2'), [['other-patient']]);
    assert.deepEqual(unmappedOf(r, 'Patient/p2'), [['other-patient']]);
  });
  test('options.patient chooses the patient', () => {
    const r = read([patient('p1', '1970-05-03'), patient('p2', '1990-01-01'), id(weight('Patient/p2', 90, 'kg', daysAgo(1)), 'w2')], { patient: 'Patient/p2' });
    assert.equal(r.assessment.patient.ageYears, 36);
    assert.equal(r.assessment.patient.weightKg, 90);
  });
  test('without a Patient resource, the first subject named is the patient', () => {
    const r = read([id(weight('Patient/x', 70, 'kg', daysAgo(1)), 'a'), id(weight('Patient/y', 90, 'kg', daysAgo(0)), 'b')]);
    assert.equal(r.assessment.patient.weightKg, 70);
    assert.deepEqual(unmappedOf(r, 'Observation/b'), [['other-patient']]);
  });
  test('a transaction-style Bundle whose references are fullUrls', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: 'urn:uuid:9b4f7d7e-6d7c-4bb0-8e25-1f7b2bd6a001', resource: patient(undefined, '1970-05-03') },
        { fullUrl: 'urn:uuid:9b4f7d7e-6d7c-4bb0-8e25-1f7b2bd6a002', resource: weight('urn:uuid:9b4f7d7e-6d7c-4bb0-8e25-1f7b2bd6a001', 70, 'kg', daysAgo(1)) },
      ],
    };
    const r = read(bundle);
    assert.equal(r.assessment.patient.weightKg, 70);
    assert.equal(r.provenance['patient.weightKg'].reference, 'urn:uuid:9b4f7d7e-6d7c-4bb0-8e25-1f7b2bd6a002');
  });
  test('the same resource twice is read once', () => {
    const w = id(weight(P, 70, 'kg', daysAgo(1)), 'w');
    assert.deepEqual(unmappedOf(read(withPatient(w, w)), 'Observation/w'), [['duplicate']]);
  });
});

describe('input shapes', () => {
  test('a Bundle, an array of resources, or an array of search Bundles', () => {
    const resources = withPatient(id(weight(P, 70, 'kg', daysAgo(1)), 'w'));
    const searchset = { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource, search: { mode: 'match' } })) };
    for (const input of [resources, searchset, [searchset], [{ ...searchset, entry: searchset.entry.slice(0, 1) }, { ...searchset, entry: searchset.entry.slice(1) }]]) {
      assert.deepEqual(read(input).assessment, { patient: { ageYears: 56, weightKg: 70 }, sites: [] });
    }
  });
  test('resource types it does not read are reported', () => {
    assert.deepEqual(unmappedOf(read(withPatient({ resourceType: 'Encounter', id: 'e' })), 'Encounter/e'), [['unsupported-type']]);
  });
  test('items that are not resources are reported by position', () => {
    const r = read([patient('p1', '1970-05-03'), 42, { id: 'x' }, null]);
    assert.deepEqual(r.unmapped.map((u) => [u.index, u.reason]), [[1, 'not-a-resource'], [2, 'not-a-resource'], [3, 'not-a-resource']]);
  });
  test('neither a Bundle nor an array: an empty assessment and the reason', () => {
    for (const input of [undefined, null, 'Bundle', 7, { entry: [] }]) {
      const r = read(input);
      assert.deepEqual(r.assessment, { sites: [] });
      assert.deepEqual(r.unmapped.map((u) => u.reason), ['invalid-input']);
    }
  });
  test('an invalid today or patient option reads nothing and says so', () => {
    for (const options of [{ today: '2026-02-30' }, { today: 20261126 }, { patient: 'Observation/1' }, { patient: '' }]) {
      const r = fromFhir(withPatient(), options);
      assert.deepEqual(r, { assessment: { sites: [] }, provenance: {}, unmapped: [{ index: -1, reason: 'invalid-option', text: r.unmapped[0].text }] });
      reasonsSeen.add('invalid-option');
    }
  });
  test('without today, the current local date is used', () => {
    const r = fromFhir([patient('p1', '2000-01-01')]);
    assert.equal(typeof r.assessment.patient.ageYears, 'number');
  });
  test('does not change its input', () => {
    const input = withPatient(id(weight(P, 154, '[lb_av]', daysAgo(1)), 'w'), id(procedure(P, '20552', daysAgo(3), [bodySite('Masseter')]), 'pr'));
    const before = JSON.stringify(input);
    read(input);
    assert.equal(JSON.stringify(input), before);
  });
});

after(() => {
  // Every reason fromFhir can give is produced by at least one test in this file or in
  // from-fhir-response.test.js (too-many, derived, unknown-item, superseded answers).
  const missing = UNMAPPED_REASONS.filter((reason) => !reasonsSeen.has(reason) && !['too-many', 'derived', 'unknown-item'].includes(reason));
  assert.deepEqual(missing, []);
});

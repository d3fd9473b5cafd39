// fromFhir against a real FHIR REST server started by the test (test/support/fhir-server.js:
// @medplum/fhir-router over its in-memory repository, on 127.0.0.1). Synthetic patients
// are created over REST; their records are read back with plain REST searches, the same
// ones the SMART app makes (demo/smart/record.js), and read by fromFhir. Then the app's
// Save: the exported Bundle as a transaction, and the exam read back from the server.
/* global fetch */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, validateAssessment } from '../../dist/engine.js';
import { fromFhir, toFhirBundle } from '../../dist/interop.js';
import { createdReferences, recordSearches, toTransaction } from '../../demo/smart/record.js';
import { SCENARIOS, TODAY, daysAgo, patient, weight } from '../support/fhir-records.js';
import { seedPatient, startFhirServer } from '../support/fhir-server.js';

let server;
const seeded = {};

before(async () => {
  server = await startFhirServer();
  for (const [name, scenario] of Object.entries(SCENARIOS)) seeded[name] = await seedPatient(server, scenario);
  // Someone else's weight on the same server must never reach another patient's assessment.
  const other = await seedPatient(server, { patient: patient(undefined, '2001-01-01'), resources: (s) => [weight(s, 120, 'kg', daysAgo(1))] });
  seeded.other = other;
});

after(async () => {
  await server?.close();
});

/** GET over HTTP, following `next` links; a search gives its resources, a read the resource. */
async function get(path) {
  const resources = [];
  let url = `${server.baseUrl}/${path}`;
  while (url) {
    const response = await fetch(url, { headers: { accept: 'application/fhir+json' } });
    assert.equal(response.status, 200, `${url}: ${response.status}`);
    const body = await response.json();
    if (body.resourceType !== 'Bundle') return [body];
    resources.push(...(body.entry ?? []).map((e) => e.resource));
    url = body.link?.find((l) => l.relation === 'next')?.url;
  }
  return resources;
}

/** The patient's record, searched as the SMART app does, read by fromFhir. */
async function readRecord(name) {
  const { id } = seeded[name];
  const resources = (await Promise.all(recordSearches(id).map(get))).flat();
  const result = fromFhir(resources, { today: TODAY, patient: `Patient/${id}` });
  assert.equal(validateAssessment(result.assessment, { today: TODAY }).ok, true);
  return { resources, result };
}

describe('a real FHIR server, seeded with synthetic patients', () => {
  test('answers over HTTP on loopback, with CORS for a browser app and a CapabilityStatement', async () => {
    assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/fhir\/R4$/);
    const response = await fetch(`${server.baseUrl}/metadata`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal((await response.json()).fhirVersion, '4.0.1');
    const preflight = await fetch(`${server.baseUrl}/Observation`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers'), /authorization/);
  });

  test('a warfarin user weighed in pounds: age, latest final weight in kg, anticoagulated, anesthetic allergy', async () => {
    const { result } = await readRecord('warfarin');
    const { reference } = seeded.warfarin;
    assert.deepEqual(result.assessment, {
      patient: { ageYears: 65, weightKg: 69.853, anticoagulated: true, localAnestheticAllergy: true },
      sites: [],
    });
    const [lb, kg, wrong, warfarin, metformin, lidocaine] = seeded.warfarin.resources.map((r) => `${r.resourceType}/${r.id}`);
    assert.equal(result.provenance['patient.ageYears'].reference, reference);
    assert.equal(result.provenance['patient.weightKg'].reference, lb);
    assert.match(result.provenance['patient.weightKg'].text, /154 \[lb_av\].*69\.853 kg/);
    assert.equal(result.provenance['patient.anticoagulated'].reference, warfarin);
    assert.equal(result.provenance['patient.localAnestheticAllergy'].reference, lidocaine);
    const reasons = Object.fromEntries(result.unmapped.map((u) => [u.reference, u.reason]));
    assert.deepEqual(reasons, { [kg]: 'superseded', [wrong]: 'entered-in-error', [metformin]: 'not-relevant' });
  });

  test('a pregnant patient: pregnancy status and Z33.1 agree; weight in grams', async () => {
    const { result } = await readRecord('pregnant');
    assert.deepEqual(result.assessment.patient, { ageYears: 32, weightKg: 68, pregnant: true });
    const [status, z331] = seeded.pregnant.resources.map((r) => `${r.resourceType}/${r.id}`);
    assert.equal(result.provenance['patient.pregnant'].reference, status);
    assert.deepEqual(result.provenance['patient.pregnant'].also.map((s) => s.reference), [z331]);
  });

  test('three trigger point injections in the past year with body sites, and one body site no muscle matches', async () => {
    const { result } = await readRecord('repeatInjections');
    const [first, second, third, unknown, vwd] = seeded.repeatInjections.resources.map((r) => `${r.resourceType}/${r.id}`);
    assert.deepEqual(result.assessment.patient, { ageYears: 47, bleedingDisorder: true });
    assert.equal(result.provenance['patient.bleedingDisorder'].reference, vwd);
    assert.deepEqual(result.assessment.priorInjections, [
      { muscle: 'upper-trapezius', side: 'left', date: daysAgo(300), kind: 'other' },
      { muscle: 'upper-trapezius', side: 'right', date: daysAgo(150), kind: 'corticosteroid' },
      { muscle: 'levator-scapulae', side: 'right', date: daysAgo(150), kind: 'corticosteroid' },
      { muscle: 'rhomboids', side: 'right', date: daysAgo(150), kind: 'corticosteroid' },
      { muscle: 'infraspinatus', side: 'left', date: daysAgo(30), kind: 'other' },
    ]);
    assert.deepEqual(
      Object.entries(result.provenance).filter(([path]) => path.startsWith('priorInjections.')).map(([, s]) => s.reference),
      [first, second, second, second, third],
    );
    assert.deepEqual(result.unmapped.map((u) => [u.reference, u.reason, u.path]), [[unknown, 'unknown-body-site', 'bodySite[0]']]);
    // Three sessions in the past year: the engine's session limit applies to this patient.
    const exam = { ...result.assessment, sites: [{ id: 's1', muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true } }] };
    assert.ok(evaluate(exam, { today: TODAY }).warnings.some((w) => w.id === 'session-limit'));
  });

  test("the searches return only the patient's own resources; nothing of another patient is read", async () => {
    const { resources } = await readRecord('warfarin');
    assert.ok(resources.every((r) => r.resourceType === 'Patient' || r.subject?.reference === seeded.warfarin.reference || r.patient?.reference === seeded.warfarin.reference));
    const { result } = await readRecord('other');
    assert.equal(result.assessment.patient.weightKg, 120);
  });

  test('Save: the exported Bundle stored as a transaction, and read back whole', async () => {
    const { result } = await readRecord('repeatInjections');
    const a = {
      ...result.assessment,
      symptoms: ['neck-pain'],
      conservativeCareTried: true,
      sites: [{ id: 'exam-1', muscle: 'upper-trapezius', side: 'left', findings: { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true } }],
    };
    const bundle = toFhirBundle(a, evaluate(a, { today: TODAY }), { subject: seeded.repeatInjections.reference, today: TODAY });
    const response = await fetch(server.baseUrl, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: JSON.stringify(toTransaction(bundle)) });
    assert.equal(response.status, 200);
    const created = createdReferences(await response.json());
    const types = created.map((r) => r.split('/')[0]);
    assert.deepEqual(types, bundle.entry.slice(1).map((e) => e.resource.resourceType));
    const [responseRef, observationRef] = created;
    const [observation] = await get(observationRef);
    assert.equal(observation.derivedFrom[0].reference, responseRef, 'urn:uuid references rewritten to server ids');
    const saved = await get(`QuestionnaireResponse?subject=${seeded.repeatInjections.reference}`);
    assert.equal(saved.length, 1);
    assert.deepEqual(fromFhir(saved, { today: TODAY }).assessment, a);
  });
});

// fromOrders (tpi-guide/interop): draft orders of a CDS Hooks order hook plus the
// patient's record as one Assessment for the engine. Orders of CPT 20552, 20553, 20560,
// 20561 become ordered sites (muscle and side read as fromFhir reads a procedure's body
// sites), an order without a readable muscle sets orderedWithoutSite, the rest of the
// assessment is fromFhir's. On the built dist/interop.js and dist/engine.js.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ORDER_CPT_CODES, fromFhir, fromOrders, toFhirBundle } from '../../dist/interop.js';
import { evaluate, validateAssessment } from '../../dist/engine.js';
import { TODAY, bodySite, daysAgo, lateralityOnly, medicationRequest, medicine, patient, procedure } from '../support/fhir-records.js';
import { draftOrders, otherOrder, serviceRequest, sided } from '../support/cds-hooks.js';

const P = 'Patient/p1';
const record = [patient('p1', '1970-05-03'), { ...medicationRequest(P, medicine('Apixaban 5 MG Oral Tablet')), id: 'm1' }];
const read = (orders, options = {}, rec = record) => fromOrders(Array.isArray(orders) ? draftOrders(...orders) : orders, rec, { today: TODAY, patient: P, ...options });
const sites = (r) => r.assessment.sites.map((s) => [s.id, s.muscle, s.side ?? null, s.ordered ?? null]);

test('reads the four CPT codes, and only those', () => {
  assert.deepEqual(ORDER_CPT_CODES, ['20552', '20553', '20560', '20561']);
  for (const cpt of ORDER_CPT_CODES) assert.equal(read([serviceRequest(P, cpt, [bodySite('Masseter')], { id: 'o' })]).orders.length, 1, cpt);
  assert.equal(read([serviceRequest(P, '20610', [bodySite('Masseter')], { id: 'joint' })]).orders.length, 0, 'a joint injection is not read');
  const otherSystem = serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'o' });
  otherSystem.code.coding[0].system = 'http://example.org/local-codes';
  assert.equal(read([otherSystem]).orders.length, 0, 'a 20552 in a local code system is not CPT');
});

test('no order of that kind: the assessment is exactly what fromFhir reads from the record', () => {
  const r = read([otherOrder(P)]);
  assert.deepEqual(r.orders, []);
  const base = fromFhir(record, { today: TODAY, patient: P });
  assert.deepEqual({ assessment: r.assessment, provenance: r.provenance, unmapped: r.unmapped }, base);
  assert.equal(read(undefined).orders.length, 0);
});

test('an ordered muscle becomes an ordered site with no findings, its side from the body site', () => {
  const r = read([serviceRequest(P, '20552', [sided('Upper trapezius', 'left')], { id: 'sr1' }), otherOrder(P)]);
  assert.deepEqual(sites(r), [['ServiceRequest/sr1#upper-trapezius-left', 'upper-trapezius', 'left', true]]);
  assert.deepEqual(r.assessment.sites[0].findings, {});
  assert.equal(r.assessment.patient.anticoagulated, true, 'the record is read as well');
  assert.deepEqual(r.orders, [
    {
      reference: 'ServiceRequest/sr1',
      resourceType: 'ServiceRequest',
      cpt: '20552',
      kind: 'injection',
      siteIds: ['ServiceRequest/sr1#upper-trapezius-left'],
      text: 'Trigger point injection (CPT 20552) ordered: Upper trapezius, left',
      unreadBodySites: [],
    },
  ]);
  assert.deepEqual(r.provenance['sites.0'], { reference: 'ServiceRequest/sr1', resourceType: 'ServiceRequest', text: r.orders[0].text });
  assert.equal(validateAssessment(r.assessment, { today: TODAY }).ok, true);
});

test('sides: words or a laterality coding; a side on its own applies to the other sites; both sides give one site each', () => {
  const words = read([serviceRequest(P, '20553', [bodySite('Right gluteus medius'), bodySite('Piriformis')], { id: 'a' })]);
  assert.deepEqual(sites(words).map((s) => s.slice(1)), [['gluteus-medius', 'right', true], ['piriformis', null, true]]);
  const shared = read([serviceRequest(P, '20553', [bodySite('Rhomboid major'), bodySite('Levator scapulae'), lateralityOnly('left')], { id: 'b' })]);
  assert.deepEqual(sites(shared).map((s) => s.slice(1)), [['rhomboids', 'left', true], ['levator-scapulae', 'left', true]]);
  const both = read([serviceRequest(P, '20552', [bodySite('Bilateral upper trapezius')], { id: 'c' })]);
  assert.deepEqual(sites(both).map((s) => s.slice(1)), [['upper-trapezius', 'left', true], ['upper-trapezius', 'right', true]]);
  assert.match(both.orders[0].text, /Upper trapezius, left \(both sides ordered\); Upper trapezius, right \(both sides ordered\)/);
});

test('dry needling (20560, 20561) is read as an order of kind dry-needling; a draft Procedure is an order too', () => {
  const r = read([serviceRequest(P, '20561', [bodySite('Gastrocnemius')], { id: 'dn', type: 'Procedure' })]);
  assert.deepEqual([r.orders[0].kind, r.orders[0].resourceType, r.orders[0].text], ['dry-needling', 'Procedure', 'Dry needling (CPT 20561) ordered: Gastrocnemius']);
  assert.equal(r.assessment.sites[0].ordered, true);
});

test('an order with no muscle it can name: orderedWithoutSite, and the body site is reported, never guessed', () => {
  const none = read([serviceRequest(P, '20552', undefined, { id: 'x' })]);
  assert.deepEqual(none.assessment.sites, []);
  assert.equal(none.assessment.orderedWithoutSite, true);
  assert.equal(none.provenance.orderedWithoutSite.reference, 'ServiceRequest/x');
  assert.match(none.orders[0].text, /no muscle named/);
  const vague = read([serviceRequest(P, '20552', [bodySite('Left shoulder area'), bodySite('Trapezius')], { id: 'y' })]);
  assert.equal(vague.assessment.orderedWithoutSite, true);
  assert.deepEqual(vague.orders[0].unreadBodySites, ['Left shoulder area', 'Trapezius']);
  // One readable muscle is a site; the unreadable one is still reported.
  const mixed = read([serviceRequest(P, '20553', [bodySite('Masseter'), bodySite('Jaw area')], { id: 'z' })]);
  assert.equal(mixed.assessment.orderedWithoutSite, undefined);
  assert.deepEqual(mixed.orders[0].unreadBodySites, ['Jaw area']);
});

test('order-select: only the selected orders are read; the others are listed as not selected', () => {
  const a = serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'a' });
  const b = serviceRequest(P, '20552', [bodySite('Temporalis')], { id: 'b' });
  const r = read([a, b], { selections: ['ServiceRequest/b'] });
  assert.deepEqual(r.orders.map((o) => o.reference), ['ServiceRequest/b']);
  assert.deepEqual(r.skipped.map((s) => [s.reference, s.reason]), [['ServiceRequest/a', 'not-selected']]);
  assert.deepEqual(read([a, b], { selections: ['MedicationRequest/rx1'] }).orders, []);
  assert.equal(read([a, b], { selections: ['https://ehr.example/fhir/ServiceRequest/a'] }).orders[0].reference, 'ServiceRequest/a', 'an absolute reference selects too');
});

test('orders that will not be carried out, or are for someone else, are not checked', () => {
  const r = read([
    serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'revoked', status: 'revoked' }),
    serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'err', status: 'entered-in-error' }),
    serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'dnp', doNotPerform: true }),
    serviceRequest('Patient/someone-else', '20552', [bodySite('Masseter')], { id: 'other' }),
    serviceRequest(P, '20560', [bodySite('Masseter')], { id: 'nd', type: 'Procedure', status: 'not-done' }),
  ]);
  assert.deepEqual(r.orders, []);
  assert.deepEqual(r.skipped.map((s) => s.reason), ['closed', 'closed', 'do-not-perform', 'other-patient', 'closed']);
  assert.equal(read([serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'active', status: 'active' })]).orders.length, 1, 'order-sign may re-sign an active order');
});

test('two orders for the same muscle make one site, which both orders name', () => {
  const twice = read([serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'a' }), serviceRequest(P, '20560', [bodySite('Masseter')], { id: 'b' })]);
  assert.equal(twice.assessment.sites.length, 1);
  assert.deepEqual(twice.orders.map((o) => o.siteIds), [['ServiceRequest/a#masseter'], ['ServiceRequest/a#masseter']]);
  assert.deepEqual(twice.provenance['sites.0'].also.map((s) => s.reference), ['ServiceRequest/b']);
});

test('the assessment is the engine\'s to judge: an ordered site with a recent injection there gets its warnings', () => {
  const rec = [...record, procedure(P, '20552', daysAgo(20), [bodySite('Upper trapezius', { laterality: 'left' })], { id: 'p1' })];
  const r = read([serviceRequest(P, '20552', [sided('Upper trapezius', 'left')], { id: 'sr1' })], {}, rec);
  const g = evaluate(r.assessment, { today: TODAY });
  assert.deepEqual(
    g.warnings.map((w) => w.id),
    ['anticoagulation', 'pneumothorax-risk', 'repeat-too-soon', 'conservative-care-unknown'],
  );
});

test('never throws, and always gives a valid assessment, whatever the draft orders and options (seeded fuzz)', () => {
  const order = fc.record({
    resourceType: fc.constantFrom('ServiceRequest', 'Procedure', 'MedicationRequest', 7),
    id: fc.oneof(fc.string(), fc.constant('a')),
    status: fc.oneof(fc.string(), fc.constantFrom('draft', 'active', 'revoked')),
    code: fc.oneof(fc.anything(), fc.record({ coding: fc.array(fc.record({ system: fc.constantFrom('http://www.ama-assn.org/go/cpt', 'x'), code: fc.constantFrom(...ORDER_CPT_CODES, '99213') })) })),
    bodySite: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.record({ text: fc.constantFrom('Masseter', 'left', 'Bilateral hamstrings', 'upper back', '') })))),
    subject: fc.oneof(fc.anything(), fc.constant({ reference: P })),
    doNotPerform: fc.anything(),
  }, { requiredKeys: ['resourceType'] });
  const input = fc.oneof(fc.anything(), fc.array(order), order.map((o) => draftOrders(o)), fc.array(order).map((os) => draftOrders(...os)));
  fc.assert(
    fc.property(input, fc.oneof(fc.anything(), fc.record({ selections: fc.anything(), patient: fc.constantFrom(P, 'x') })), (orders, opts) => {
      const r = fromOrders(orders, record, { today: TODAY, ...(typeof opts === 'object' && opts) });
      assert.equal(validateAssessment(r.assessment, { today: TODAY }).ok, true);
      assert.ok(Array.isArray(r.orders) && Array.isArray(r.skipped));
    }),
    { seed: 20261126, numRuns: 1500 },
  );
});

describe('with the exam answers of this project in the record', () => {
  // An earlier tpi-guide exam, as the SMART app stores it: a site on the masseter, and one
  // whose host id happens to be what an order's site would be called.
  const exam = {
    patient: { weightKg: 70 },
    sites: [
      { id: 'm', muscle: 'masseter', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } },
      { id: 'ServiceRequest/a#temporalis', muscle: 'sternocleidomastoid', findings: {} },
    ],
  };
  const bundle = toFhirBundle(exam, evaluate(exam, { today: TODAY }), { subject: P, today: TODAY });
  const rec = [patient('p1', '1970-05-03'), bundle];

  test('an exam site of the ordered muscle is marked ordered, its findings kept', () => {
    const r = read([serviceRequest(P, '20552', [bodySite('Masseter')], { id: 'a' })], {}, rec);
    const site = r.assessment.sites.find((s) => s.muscle === 'masseter');
    assert.deepEqual(site, { ...exam.sites[0], ordered: true });
    assert.deepEqual(r.orders[0].siteIds, ['m']);
    assert.equal(r.provenance[`sites.${r.assessment.sites.indexOf(site)}`].also[0].reference, 'ServiceRequest/a');
  });

  test('an ordered site never takes an id the exam already uses', () => {
    const r = read([serviceRequest(P, '20552', [bodySite('Temporalis')], { id: 'a' })], {}, rec);
    assert.deepEqual(r.assessment.sites.map((s) => s.id), ['m', 'ServiceRequest/a#temporalis', 'ServiceRequest/a#temporalis+']);
    assert.equal(validateAssessment(r.assessment, { today: TODAY }).ok, true);
  });
});

// fromOrders in the browser (a SMART app may read an order with it, as the CDS Hooks
// service does in Node): draft orders of CPT 20552, 20553, 20560, 20561 become ordered
// sites or orderedWithoutSite, the record is fromFhir's, and the engine judges the
// result. The Node tests (test/node/cds-orders.test.js) hold the rule-by-rule detail.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluate, validateAssessment } from '../../src/engine/index.js';
import { ORDER_CPT_CODES, fromFhir, fromOrders, hasOrdersToCheck } from '../../src/engine/interop/index.js';
import { TODAY, daysAgo } from './helpers.js';

type R = Record<string, unknown>;
const P = 'Patient/p';
const CPT = 'http://www.ama-assn.org/go/cpt';
const SNOMED = 'http://snomed.info/sct';
const order = (id: string, cpt: string, sites?: R[], extra: R = {}): R => ({
  resourceType: 'ServiceRequest',
  id,
  status: 'draft',
  intent: 'order',
  subject: { reference: P },
  code: { coding: [{ system: CPT, code: cpt }] },
  ...(sites && { bodySite: sites }),
  ...extra,
});
const bundle = (...resources: R[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const left = { system: SNOMED, code: '7771000', display: 'Left' };
const record: R[] = [
  { resourceType: 'Patient', id: 'p', birthDate: '1950-03-01' },
  { resourceType: 'MedicationStatement', id: 'asa', status: 'active', subject: { reference: P }, medicationCodeableConcept: { text: 'Aspirin 81 MG Oral Tablet' } },
  {
    resourceType: 'Procedure', id: 'old', status: 'completed', subject: { reference: P }, code: { coding: [{ system: CPT, code: '20552' }] },
    performedDateTime: daysAgo(12), bodySite: [{ text: 'Serratus anterior', coding: [left] }],
  },
];
const read = (orders: unknown, options: R = {}) => fromOrders(orders, record, { today: TODAY, patient: P, ...options });

describe('fromOrders', () => {
  it('reads an ordered muscle as an ordered site the engine checks like a candidate for injection', () => {
    const r = read(bundle(order('a', '20553', [{ text: 'Serratus anterior', coding: [left] }, { text: 'Rhomboid minor' }, { coding: [left] }])));
    expect(r.assessment.sites.map((s) => [s.muscle, s.side, s.ordered])).to.deep.equal([
      ['serratus-anterior', 'left', true],
      ['rhomboids', 'left', true],
    ]);
    expect(r.orders[0]!.text).to.equal('Trigger point injection (CPT 20553) ordered: Serratus anterior, left; Rhomboids, left');
    const g = evaluate(r.assessment, { today: TODAY });
    expect(g.warnings.map((w) => w.id)).to.deep.equal(['antiplatelet', 'pneumothorax-risk', 'repeat-too-soon', 'conservative-care-unknown', 'older-adult-dose']);
    expect(g.warnings.find((w) => w.id === 'repeat-too-soon')!.siteIds).to.deep.equal(['ServiceRequest/a#serratus-anterior-left']);
    expect(g.eligibility.status).to.equal('incomplete');
  });

  it('an order with no muscle it can name: orderedWithoutSite, the body site kept as written', () => {
    const r = read(bundle(order('b', '20552', [{ text: 'Upper back' }])));
    expect(r.assessment.orderedWithoutSite).to.equal(true);
    expect(r.orders[0]!.unreadBodySites).to.deep.equal(['Upper back']);
    expect(evaluate(r.assessment, { today: TODAY }).warnings.map((w) => w.id)).to.deep.equal(['antiplatelet', 'conservative-care-unknown', 'older-adult-dose']);
  });

  it('dry needling, both sides, a Procedure order, selections and closed orders', () => {
    const dn = { ...order('c', '20561', [{ text: 'Bilateral gastrocnemius' }]), resourceType: 'Procedure', status: 'preparation' };
    const r = read(bundle(dn, order('d', '20552', [{ text: 'Masseter' }], { status: 'revoked' })), { selections: ['Procedure/c', 'ServiceRequest/d'] });
    expect(r.orders.map((o) => [o.reference, o.kind])).to.deep.equal([['Procedure/c', 'dry-needling']]);
    expect(r.assessment.sites.map((s) => s.side)).to.deep.equal(['left', 'right']);
    expect(r.skipped.map((s) => s.reason)).to.deep.equal(['closed']);
    expect(read(bundle(order('e', '20552')), { selections: [] }).orders).to.deep.equal([]);
  });

  it('with no order of that kind, the assessment is fromFhir\'s, and hasOrdersToCheck says so without reading a record', () => {
    const none = bundle({ resourceType: 'MedicationRequest', id: 'rx', status: 'draft', intent: 'order', subject: { reference: P } }, order('f', '99213'));
    expect(hasOrdersToCheck(none)).to.equal(false);
    expect(hasOrdersToCheck(bundle(order('g', ORDER_CPT_CODES[2]!, [{ text: 'Masseter' }])))).to.equal(true);
    expect(hasOrdersToCheck({ get resourceType(): string { throw new Error('hostile'); } })).to.equal(false);
    const r = read(none);
    expect({ assessment: r.assessment, provenance: r.provenance, unmapped: r.unmapped }).to.deep.equal(fromFhir(record, { today: TODAY, patient: P }));
  });

  it('never throws and always gives a valid assessment (seeded fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.record({ resourceType: fc.constantFrom('ServiceRequest', 'Procedure'), code: fc.anything(), bodySite: fc.anything(), status: fc.anything() }))), (orders) => {
        const r = read(Array.isArray(orders) ? bundle(...(orders as R[])) : orders);
        expect(validateAssessment(r.assessment, { today: TODAY }).ok).to.equal(true);
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});

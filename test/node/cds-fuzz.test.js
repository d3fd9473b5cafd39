// No input yields a 500: seeded fuzzing of what reaches the service — any JSON body,
// valid hook requests with parts replaced by arbitrary values (orders, prefetch,
// context), text that is not JSON, odd paths, methods and headers. Every answer is a
// status below 500; every 200 to a hook is a valid CDS Hooks response. The seed is
// fixed so a failure reproduces; fast-check prints the shrunk counterexample.
/* global fetch */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TODAY, allergy, bodySite, daysAgo, medicationRequest, medicine, procedure } from '../support/fhir-records.js';
import { call, createIssuer, hookBody, responseIssues, searchset, serviceRequest } from '../support/cds-hooks.js';
import { startTestService } from '../support/cds-service.js';

const SEED = 20261126;
let ehr;
let cds;

before(async () => {
  ehr = await createIssuer();
  cds = await startTestService('cds-fuzz', { issuers: [{ iss: ehr.iss, jwks: ehr.jwks }], today: () => TODAY });
});

after(() => cds?.stop());

const P = 'Patient/p1';
const valid = () =>
  hookBody('order-sign', 'p1', [serviceRequest(P, '20552', [bodySite('Upper trapezius'), bodySite('Left')], { id: 'sr1' })], {
    prefetch: {
      medicationRequests: searchset(medicationRequest(P, medicine('Warfarin Sodium 5 MG Oral Tablet'))),
      allergies: searchset(allergy(P, 'Lidocaine')),
      procedures: searchset(procedure(P, '20552', daysAgo(10), [bodySite('Upper trapezius')])),
    },
  });

/** A valid body with the value at one of these paths replaced. */
const PATHS = [
  ['hook'], ['hookInstance'], ['context'], ['context', 'patientId'], ['context', 'draftOrders'], ['context', 'draftOrders', 'entry'],
  ['context', 'draftOrders', 'entry', 0, 'resource'], ['context', 'draftOrders', 'entry', 0, 'resource', 'bodySite'],
  ['context', 'draftOrders', 'entry', 0, 'resource', 'code'], ['prefetch'], ['prefetch', 'patient'], ['prefetch', 'procedures'],
  ['prefetch', 'procedures', 'entry', 0, 'resource'], ['prefetch', 'medicationRequests', 'entry'], ['fhirServer'], ['fhirAuthorization'],
];
function replaced(path, value) {
  const body = valid();
  let at = body;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)] = value;
  return body;
}

async function post(id, text) {
  const url = `${cds.baseUrl}/cds-services/${id}`;
  const res = await call(url, { method: 'POST', body: text, token: await ehr.token(url) });
  assert.ok(res.status < 500, `${res.status} for ${text.slice(0, 300)}`);
  return res;
}

test('arbitrary JSON bodies, to both hooks and the feedback endpoint', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('tpi-guide-order-sign', 'tpi-guide-order-select', 'tpi-guide-order-sign/feedback'), fc.jsonValue({ maxDepth: 6 }), async (id, value) => {
      await post(id, JSON.stringify(value));
    }),
    { seed: SEED, numRuns: 150 },
  );
});

test('valid hook requests with one part replaced by anything JSON can hold', async () => {
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant(null), fc.constant({}), fc.constant([]), fc.string(), fc.constant('x'.repeat(10_000)));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PATHS), anything, async (path, value) => {
      const res = await post('tpi-guide-order-sign', JSON.stringify(replaced(path, value)));
      if (res.status === 200) assert.deepEqual(responseIssues(res.body), []);
      else assert.equal(res.status, 400, `${res.status}: ${res.text}`);
    }),
    { seed: SEED + 1, numRuns: 250 },
  );
});

test('text that is not JSON, deep nesting, and odd encodings', async () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.nat({ max: 100_000 }).map((n) => '['.repeat(n)),
    fc.nat({ max: 50_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    fc.constantFrom('{"hook":"order-sign","__proto__":{"polluted":true}}', '\ufeff{}', '{"hook":"order-sign"}\u0000', 'null', 'true', '1e999'),
  );
  await fc.assert(
    fc.asyncProperty(texts, async (text) => {
      const res = await post('tpi-guide-order-sign', text);
      assert.ok([200, 400].includes(res.status), `${res.status}`);
    }),
    { seed: SEED + 2, numRuns: 120 },
  );
  assert.equal({}.polluted, undefined);
});

test('odd paths, methods and headers, with or without a token', async () => {
  const paths = fc.oneof(
    fc.constantFrom('/', '/cds-services', '/cds-services/', '/cds-services/tpi-guide-order-sign', '/cds-services/tpi-guide-order-sign/feedback/x', '/cds-services/%E0%A4%A', '/cds-services/..%2F..%2Fetc', '//cds-services', '/docs/clinical-rules.md', '/cds-services?x=%', '/cds-services/tpi-guide-order-sign?'),
    fc.webPath(),
  );
  const methods = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
  const headers = fc.record({
    authorization: fc.oneof(fc.string(), fc.constantFrom('Bearer', 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(5000))),
    'content-type': fc.oneof(fc.string(), fc.constantFrom('application/json', 'application/fhir+json; charset=utf-8', 'text/html')),
    origin: fc.oneof(fc.webUrl(), fc.string()),
  }, { requiredKeys: [] });
  await fc.assert(
    fc.asyncProperty(paths, methods, headers, fc.option(fc.jsonValue({ maxDepth: 2 })), async (path, method, h, body) => {
      const safe = Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)));
      const res = await fetch(`${cds.baseUrl}${path}`, { method, headers: safe, ...(body !== null && !['GET', 'HEAD'].includes(method) && { body: JSON.stringify(body) }) });
      await res.arrayBuffer();
      assert.ok(res.status < 500, `${method} ${path}: ${res.status}`);
    }),
    { seed: SEED + 3, numRuns: 200 },
  );
});

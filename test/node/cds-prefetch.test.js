// The prefetch is missing: the service fetches what it lacks from the EHR's FHIR server
// (fhirServer + fhirAuthorization), within 2 s, and still answers when it cannot, with
// an information card naming what it could not check. The FHIR server is the real one
// of test/support/fhir-server.js (@medplum/fhir-router, in memory, on 127.0.0.1),
// behind a small gate that asks for the bearer token the request hands over, as an
// EHR's server would. Runs on dist/ (npm test builds first).
/* global fetch */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startCdsServer } from '../../dist/cds-service/index.js';
import { SCENARIOS, TODAY, bodySite, daysAgo, lateralityOnly, patient, procedure } from '../support/fhir-records.js';
import { seedPatient, startFhirServer } from '../support/fhir-server.js';
import { call, createIssuer, hookBody, responseIssues, serviceRequest } from '../support/cds-hooks.js';
import { startTestService } from '../support/cds-service.js';

const SIGN = 'tpi-guide-order-sign';
const TOKEN = 'ehr-access-token-for-the-cds-service';
let fhir;
let gate;
let ehr;
let cds;
let withDefaults;
const seen = [];
const servers = [];

/** An HTTP server on 127.0.0.1 with `handler`; closed after the tests. */
async function listen(handler) {
  const server = createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

before(async () => {
  fhir = await startFhirServer();
  // The EHR's FHIR endpoint: the token is required, then the request goes to the FHIR server.
  gate = `${await listen(async (req, res) => {
    seen.push({ path: req.url, authorization: req.headers.authorization });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/fhir+json' });
      return res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }));
    }
    const answer = await fetch(`${fhir.baseUrl}${req.url.replace(/^\/fhir/, '')}`, { headers: { accept: 'application/fhir+json' } });
    res.writeHead(answer.status, { 'content-type': 'application/fhir+json' });
    res.end(await answer.text());
  })}/fhir`;
  ehr = await createIssuer();
  const options = { issuers: [{ iss: ehr.iss, jwks: ehr.jwks }], today: () => TODAY };
  // The tests that read the record give the FHIR server time to answer on a loaded
  // machine (a cold in-memory server once took over 2 s); the timeout test runs against
  // a service with the default 2 s.
  cds = await startTestService('cds-prefetch', { ...options, fetchTimeoutMs: 15_000 });
  withDefaults = await startTestService('cds-prefetch-defaults', options);
});

after(async () => {
  await fhir?.close();
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
  await cds?.stop();
  await withDefaults?.stop();
});

const endpoint = (service = cds) => `${service.baseUrl}/cds-services/${SIGN}`;
const hook = async (body, service = cds) => call(endpoint(service), { method: 'POST', body, token: await ehr.token(endpoint(service)) });
const topics = (res) => res.body.cards.map((c) => c.source.topic.code);
const cardOf = (res, code) => res.body.cards.find((c) => c.source.topic.code === code);
const orderFor = (id, sites = [bodySite('Masseter')]) => serviceRequest(`Patient/${id}`, '20552', sites, { id: 'sr1' });

describe('fetched from the FHIR server when the prefetch is missing', () => {
  let warfarin;
  let repeat;
  let pregnant;
  before(async () => {
    warfarin = await seedPatient(fhir, SCENARIOS.warfarin);
    repeat = await seedPatient(fhir, SCENARIOS.repeatInjections);
    pregnant = await seedPatient(fhir, SCENARIOS.pregnant);
  });

  test('blood thinner and anesthetic allergy, read from the server with the bearer token', async () => {
    seen.length = 0;
    const res = await hook(hookBody('order-sign', warfarin.id, [orderFor(warfarin.id)], { fhirServer: gate, accessToken: TOKEN }));
    assert.equal(res.status, 200);
    assert.deepEqual(responseIssues(res.body), []);
    // 65 years old, but with the allergy lidocaine is out, so no older-adult dose note.
    assert.deepEqual(topics(res), ['bleeding-risk', 'anesthetic-allergy', 'first-line-care']);
    assert.match(cardOf(res, 'bleeding-risk').detail, /Warfarin Sodium 5 MG Oral Tablet/);
    // Every key of the prefetch was asked for once, each with the token, and the past-year window on procedures.
    assert.equal(seen.length, 8);
    assert.ok(seen.every((s) => s.authorization === `Bearer ${TOKEN}`));
    const paths = seen.map((s) => decodeURIComponent(s.path));
    assert.ok(paths.includes(`/fhir/Patient/${warfarin.id}`));
    // Searches name the patient as a full reference, which every R4 server reads alike.
    assert.ok(paths.some((p) => p.startsWith(`/fhir/MedicationRequest?patient=Patient/${warfarin.id}&status=active`)));
    assert.ok(paths.some((p) => p.startsWith('/fhir/Procedure?') && p.includes(`date=ge${daysAgo(365)}`)));
  });

  test('past injections from the server: sessions in 12 months, the same muscle too soon', async () => {
    const res = await hook(hookBody('order-sign', repeat.id, [orderFor(repeat.id, [bodySite('Infraspinatus'), lateralityOnly('left')])], { fhirServer: gate, accessToken: TOKEN }));
    assert.deepEqual(topics(res), ['bleeding-risk', 'session-limit', 'repeat-too-soon', 'first-line-care', 'not-checked']);
    assert.equal(cardOf(res, 'repeat-too-soon').summary, 'Same muscle needled under 6 weeks ago: Infraspinatus, left');
    // The 'Left shoulder area' injection on record names no muscle: said, not guessed.
    assert.equal(cardOf(res, 'not-checked').summary, 'Not checked: some past injections');
  });

  test('pregnancy from the server (status observation and condition)', async () => {
    const res = await hook(hookBody('order-sign', pregnant.id, [orderFor(pregnant.id)], { fhirServer: gate, accessToken: TOKEN }));
    assert.ok(topics(res).includes('pregnancy'));
  });

  test('only the keys the prefetch lacks are fetched; a key sent as an OperationOutcome is fetched again', async () => {
    seen.length = 0;
    const prefetch = {
      patient: { resourceType: 'Patient', id: warfarin.id, birthDate: '1961-04-12' },
      weight: null,
      pregnancy: null,
      medicationStatements: null,
      allergies: null,
      conditions: null,
      procedures: null,
      medicationRequests: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'timeout' }] },
    };
    const res = await hook(hookBody('order-sign', warfarin.id, [orderFor(warfarin.id)], { prefetch, fhirServer: gate, accessToken: TOKEN }));
    assert.deepEqual(seen.map((s) => decodeURIComponent(s.path).split('?')[0]), ['/fhir/MedicationRequest']);
    // The allergy was sent as "no data" (null): no allergy card. Born 1961: 65, the older-adult note.
    assert.deepEqual(topics(res), ['bleeding-risk', 'first-line-care', 'other']);
  });

  test('a full prefetch: nothing is fetched', async () => {
    seen.length = 0;
    const empty = { resourceType: 'Bundle', type: 'searchset', total: 0 };
    const prefetch = Object.fromEntries(['weight', 'pregnancy', 'medicationRequests', 'medicationStatements', 'allergies', 'conditions', 'procedures'].map((k) => [k, empty]));
    await hook(hookBody('order-sign', warfarin.id, [orderFor(warfarin.id)], { prefetch: { ...prefetch, patient: patient(warfarin.id, '1961-04-12') }, fhirServer: gate, accessToken: TOKEN }));
    assert.deepEqual(seen, []);
  });
});

describe('when the record cannot be had, the service still answers and says what it could not check', () => {
  const only = (res) => cardOf(res, 'not-checked');

  test('no prefetch and no FHIR access: every key is named, and the order is still checked for what it says', async () => {
    const res = await hook(hookBody('order-sign', 'p9', [serviceRequest('Patient/p9', '20552', [bodySite('Pectoralis major')], { id: 'sr1' })]));
    assert.equal(res.status, 200);
    assert.deepEqual(topics(res), ['pneumothorax-risk', 'first-line-care', 'not-checked']);
    const info = only(res);
    assert.equal(info.indicator, 'info');
    assert.ok(info.summary.length < 140);
    assert.match(info.summary, /^Not checked: age, body weight, pregnancy status, active medicines/);
    assert.equal((info.detail.match(/the request gives no FHIR access/g) ?? []).length, 8);
  });

  test('the FHIR server refuses the token: HTTP 401 named', async () => {
    const res = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: gate, accessToken: 'wrong-token' }));
    assert.equal(res.status, 200);
    assert.match(only(res).detail, /the FHIR server answered HTTP 401/);
  });

  test('the FHIR server does not answer: the service answers after about 2 s', async () => {
    const silent = await listen(() => {});
    const started = Date.now();
    const res = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: `${silent}/fhir`, accessToken: TOKEN }), withDefaults);
    const took = Date.now() - started;
    assert.equal(res.status, 200);
    assert.ok(took >= 1900 && took < 6000, `answered after ${took} ms`);
    assert.match(only(res).detail, /the FHIR server did not answer within 2 s/);
  });

  test('the FHIR server cannot be reached, or answers with something that is not FHIR', async () => {
    const closed = await listen(() => {});
    servers.at(-1).close();
    const down = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: `${closed}/fhir`, accessToken: TOKEN }));
    assert.match(only(down).detail, /the FHIR server could not be reached/);
    const html = await listen((req, res) => res.end('<html>login</html>'));
    const junk = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: `${html}/fhir`, accessToken: TOKEN }));
    assert.match(only(junk).detail, /answered with something that is not JSON/);
  });

  test('the access token never follows a link to another server', async () => {
    const elsewhere = [];
    const other = await listen((req, res) => {
      elsewhere.push(req.headers.authorization);
      res.end('{}');
    });
    const paging = await listen((req, res) => {
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: `${other}/fhir/Procedure?page=2` }], entry: [] }));
    });
    const res = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: `${paging}/fhir`, accessToken: TOKEN }));
    assert.equal(res.status, 200);
    assert.deepEqual(elsewhere, []);
  });

  test('an issuer set up with its FHIR servers: another fhirServer is not fetched from', async () => {
    const strict = await startCdsServer({
      issuers: [{ iss: ehr.iss, jwks: ehr.jwks, fhirServers: ['https://fhir.ehr.example.test/'] }],
      feedbackFile: join(cds.dir, 'g.jsonl'),
      today: () => TODAY,
    });
    try {
      seen.length = 0;
      const url = `${strict.baseUrl}/cds-services/${SIGN}`;
      const res = await call(url, { method: 'POST', body: hookBody('order-sign', 'p9', [orderFor('p9')], { fhirServer: gate, accessToken: TOKEN }), token: await ehr.token(url) });
      assert.equal(res.status, 200);
      assert.deepEqual(seen, []);
      assert.match(only(res).detail, /fhirServer is not one this EHR is set up to name/);
    } finally {
      await strict.close();
    }
  });

  test('a record that names another patient is not read into this one', async () => {
    const prefetch = { procedures: { resourceType: 'Bundle', type: 'searchset', entry: [1, 2, 3].map((i) => ({ resource: { ...procedure('Patient/other', '20552', daysAgo(i * 30), [bodySite('Masseter')]), id: `x${i}` } })) } };
    const res = await hook(hookBody('order-sign', 'p9', [orderFor('p9')], { prefetch }));
    assert.ok(!topics(res).includes('session-limit'));
    assert.ok(!topics(res).includes('repeat-too-soon'));
  });
});

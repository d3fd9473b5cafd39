// The CDS Hooks 2.0 service (tpi-guide/cds-service) on 127.0.0.1, port 0, started and
// stopped by this file: discovery, one card per rule the issue names (with the record
// in the prefetch), no order -> no card, and the HTTP contract (CORS, body limit,
// malformed JSON, unknown service, wrong method, bad requests). The JWT is valid here;
// cds-auth.test.js breaks it claim by claim. Runs on dist/ (npm test builds first).
/* global fetch, ReadableStream, TextEncoder */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PREFETCH, SERVICES, startCdsServer } from '../../dist/cds-service/index.js';
import { TPI_NAMESPACE, uuidV5 } from '../../dist/engine/interop/ids.js';
import {
  TODAY, allergy, bodySite, condition, daysAgo, lateralityOnly, medicationRequest, medicationStatement, medicine, patient, pregnancyStatus, procedure, weight,
} from '../support/fhir-records.js';
import { call, createIssuer, hookBody, otherOrder, responseIssues, searchset, serviceRequest, sided } from '../support/cds-hooks.js';
import { startTestService } from '../support/cds-service.js';

const P = 'Patient/p1';
const SIGN = 'tpi-guide-order-sign';
const SELECT = 'tpi-guide-order-select';
let ehr;
let cds;

before(async () => {
  ehr = await createIssuer();
  cds = await startTestService('cds', {
    issuers: [{ iss: ehr.iss, jwks: ehr.jwks }],
    today: () => TODAY,
    rulesDocUrl: 'https://docs.example.test/clinical-rules.html',
    smartLaunchUrl: 'https://apps.example.test/tpi-guide/launch.html',
  });
});

after(() => cds?.stop());

const endpoint = (id) => `${cds.baseUrl}/cds-services/${id}`;
/** Calls a service with a fresh valid JWT. */
async function hook(id, body, extra = {}) {
  return call(endpoint(id), { method: 'POST', body, token: await ehr.token(endpoint(id)), ...extra });
}

/** A whole record as prefetch: each key a searchset (or the Patient), as an EHR fills the templates. */
function prefetchOf({ pt = patient('p1', '1972-03-14'), weights = [weight(P, 80, 'kg', daysAgo(30))], pregnancy = [], requests = [], statements = [], allergies = [], conditions = [], procedures = [] } = {}) {
  const ids = (list, prefix) => list.map((r, i) => ({ ...r, id: r.id ?? `${prefix}${i}` }));
  return {
    patient: pt,
    weight: searchset(...ids(weights, 'w')),
    pregnancy: searchset(...ids(pregnancy, 'preg')),
    medicationRequests: searchset(...ids(requests, 'mr')),
    medicationStatements: searchset(...ids(statements, 'ms')),
    allergies: searchset(...ids(allergies, 'al')),
    conditions: searchset(...ids(conditions, 'c')),
    procedures: searchset(...ids(procedures, 'pr')),
  };
}

const order = (sites, extra) => serviceRequest(P, '20552', sites, { id: 'sr1', ...extra });
const topics = (res) => res.body.cards.map((c) => c.source.topic.code);
const cardOf = (res, code) => res.body.cards.find((c) => c.source.topic.code === code);

describe('discovery', () => {
  test('GET /cds-services lists order-select and order-sign with their prefetch templates, without a JWT', async () => {
    const res = await call(`${cds.baseUrl}/cds-services`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(res.body.services.map((s) => [s.id, s.hook]), [[SELECT, 'order-select'], [SIGN, 'order-sign']]);
    for (const s of res.body.services) {
      assert.ok(s.title && s.description && s.usageRequirements);
      assert.deepEqual(s.prefetch, PREFETCH);
    }
    assert.deepEqual(Object.keys(PREFETCH), ['patient', 'weight', 'pregnancy', 'medicationRequests', 'medicationStatements', 'allergies', 'conditions', 'procedures']);
    assert.equal(PREFETCH.patient, 'Patient/{{context.patientId}}');
    assert.match(PREFETCH.medicationRequests, /^MedicationRequest\?patient=\{\{context\.patientId\}\}&status=active$/);
    assert.match(PREFETCH.procedures, /20552.*20553.*20560.*20561/);
    // Every template uses only the prefetch token CDS Hooks allows for these hooks.
    for (const t of Object.values(PREFETCH)) assert.deepEqual([...t.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]), ['context.patientId']);
    assert.deepEqual(SERVICES.map((s) => s.id), [SELECT, SIGN]);
  });
});

describe('a card for each rule, the record in the prefetch', () => {
  test('no trigger point injection or dry needling ordered: { "cards": [] }, whatever the record says', async () => {
    const prefetch = prefetchOf({ requests: [medicationRequest(P, medicine('Warfarin Sodium 5 MG Oral Tablet'))], allergies: [allergy(P, 'Lidocaine')] });
    for (const [id, hookName] of [[SIGN, 'order-sign'], [SELECT, 'order-select']]) {
      const res = await hook(id, hookBody(hookName, 'p1', [otherOrder(P)], { prefetch }));
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { cards: [] });
    }
    // order-select: a TPI order in the draft orders that is not among the selections is not re-checked.
    const unselected = await hook(SELECT, hookBody('order-select', 'p1', [otherOrder(P), order([bodySite('Masseter')])], { prefetch, selections: ['MedicationRequest/rx1'] }));
    assert.deepEqual(unselected.body, { cards: [] });
  });

  test('sessions in the past 12 months (3 or more)', async () => {
    const procedures = [300, 200, 100].map((d, i) => procedure(P, '20552', daysAgo(d), [bodySite('Gluteus medius')], { id: `s${i}` }));
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ procedures }) }));
    assert.equal(res.status, 200);
    assert.deepEqual(responseIssues(res.body), []);
    const card = cardOf(res, 'session-limit');
    assert.equal(card.indicator, 'warning');
    assert.match(card.summary, /3 or more trigger point injection sessions in the past 12 months/);
    for (const d of [300, 200, 100]) assert.ok(card.detail.includes(daysAgo(d).replaceAll('-', '\\-')), `session of ${daysAgo(d)} listed`);
    assert.match(card.detail, /`warning\.session-limit`: Medicare LCD L34211/);
    // Two sessions are not three: no card.
    const two = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ procedures: procedures.slice(1) }) }));
    assert.equal(cardOf(two, 'session-limit'), undefined);
  });

  test('the same muscle under 6 weeks ago, when the order names a body site', async () => {
    const procedures = [procedure(P, '20560', daysAgo(20), [bodySite('Upper trapezius', { laterality: 'left' })], { id: 'dn' })];
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([sided('Upper trapezius', 'left')])], { prefetch: prefetchOf({ procedures }) }));
    const card = cardOf(res, 'repeat-too-soon');
    assert.equal(card.summary, 'Same muscle needled under 6 weeks ago: Upper trapezius, left');
    assert.match(card.detail, new RegExp(`${daysAgo(20).replaceAll('-', '\\\\-')}: Upper trapezius, left, dry needling \\(Procedure/dn\\)`));
    // The other side, or 42 days ago, is not the same muscle too soon.
    const otherSide = await hook(SIGN, hookBody('order-sign', 'p1', [order([sided('Upper trapezius', 'right')])], { prefetch: prefetchOf({ procedures }) }));
    assert.equal(cardOf(otherSide, 'repeat-too-soon'), undefined);
    const old = [procedure(P, '20552', daysAgo(42), [bodySite('Upper trapezius', { laterality: 'left' })], { id: 'old' })];
    assert.equal(cardOf(await hook(SIGN, hookBody('order-sign', 'p1', [order([sided('Upper trapezius', 'left')])], { prefetch: prefetchOf({ procedures: old }) })), 'repeat-too-soon'), undefined);
  });

  test('the corticosteroid limit at the ordered muscle', async () => {
    const steroid = { usedCode: [{ text: 'Triamcinolone acetonide 40 MG/ML' }] };
    const procedures = [60, 150, 250].map((d, i) => procedure(P, '20552', daysAgo(d), [bodySite('Quadratus lumborum'), lateralityOnly('right')], { id: `cs${i}`, ...steroid }));
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([sided('Quadratus lumborum', 'right')])], { prefetch: prefetchOf({ procedures }) }));
    const card = cardOf(res, 'corticosteroid-limit');
    assert.equal(card.summary, '3 or more corticosteroid injections in 12 months: Quadratus lumborum, right');
    assert.equal((card.detail.match(/corticosteroid injection \(Procedure\/cs\d\)/g) ?? []).length, 3);
    assert.ok(topics(res).includes('session-limit'), 'three sessions too');
  });

  test('blood thinners and antiplatelets (and a bleeding disorder): one bleeding-risk card naming each source', async () => {
    const prefetch = prefetchOf({
      requests: [{ ...medicationRequest(P, medicine('Apixaban 5 MG Oral Tablet')), id: 'apx' }],
      statements: [{ ...medicationStatement(P, medicine('Aspirin 81 MG Oral Tablet')), id: 'asa' }],
      conditions: [{ ...condition(P, 'D68.0', { display: 'Von Willebrand disease' }), id: 'vwd' }],
    });
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch }));
    const card = cardOf(res, 'bleeding-risk');
    assert.equal(card.indicator, 'warning');
    assert.equal(card.summary, 'Bleeding risk: the record shows an anticoagulant, an antiplatelet medicine and a bleeding disorder; weigh it before injecting');
    for (const ref of ['MedicationRequest/apx', 'MedicationStatement/asa', 'Condition/vwd']) assert.ok(card.detail.includes(`(${ref})`), ref);
    assert.match(card.detail, /`warning\.anticoagulation`/);
    assert.match(card.detail, /`warning\.antiplatelet`/);
    assert.match(card.detail, /`warning\.bleeding-disorder`/);
    assert.equal(res.body.cards.filter((c) => c.source.topic.code === 'bleeding-risk').length, 1, 'one card, not three');
    // Antiplatelet alone.
    const asa = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ statements: [medicationStatement(P, medicine('Clopidogrel 75 MG Oral Tablet'))] }) }));
    assert.equal(cardOf(asa, 'bleeding-risk').summary, 'Bleeding risk: the record shows an antiplatelet medicine; weigh it before injecting');
  });

  test('a local anesthetic allergy', async () => {
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ allergies: [{ ...allergy(P, 'Lidocaine'), id: 'lido' }] }) }));
    const card = cardOf(res, 'anesthetic-allergy');
    assert.equal(card.summary, 'Local anesthetic allergy on record: no lidocaine');
    assert.match(card.detail, /\(AllergyIntolerance\/lido\)/);
    assert.match(card.detail, /without a local anesthetic mixed in/);
  });

  test('pregnancy', async () => {
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ pregnancy: [{ ...pregnancyStatus(P, 'pregnant', daysAgo(5)), id: 'ps' }] }) }));
    const card = cardOf(res, 'pregnancy');
    assert.equal(card.indicator, 'warning');
    assert.match(card.summary, /^Pregnancy on record/);
    assert.match(card.detail, /\(Observation\/ps\)/);
  });

  test('a muscle over the lung', async () => {
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Serratus anterior'), lateralityOnly('left')])], { prefetch: prefetchOf() }));
    const card = cardOf(res, 'pneumothorax-risk');
    assert.equal(card.summary, 'Needle over the lung: Serratus anterior, left; stay shallow');
    assert.match(card.detail, /chest pain on breathing/);
    assert.equal(cardOf(await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf() })), 'pneumothorax-risk'), undefined);
  });

  test('first-line care not documented: an information card, the only one for a clean record', async () => {
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf() }));
    assert.deepEqual(topics(res), ['first-line-care']);
    const card = res.body.cards[0];
    assert.equal(card.indicator, 'info');
    assert.equal(card.summary, 'Not documented whether stretching, massage or physical therapy was tried');
  });

  test('every card: CDS Hooks 2.0 shape, source linking the rule documentation, the SMART link, override reasons, a stable uuid', async () => {
    const prefetch = prefetchOf({
      pt: patient('p1', '1950-01-01'),
      requests: [medicationRequest(P, medicine('Warfarin Sodium 5 MG Oral Tablet'))],
      allergies: [allergy(P, 'Bupivacaine')],
      pregnancy: [pregnancyStatus(P, 'pregnant', daysAgo(5))],
      procedures: [300, 200, 10].map((d, i) => procedure(P, '20552', daysAgo(d), [bodySite('Hamstrings')], { id: `h${i}` })),
    });
    const body = hookBody('order-sign', 'p1', [order([bodySite('Hamstrings'), bodySite('Pectoralis major')])], { prefetch, hookInstance: 'b1c2d3e4-0000-4000-8000-000000000001' });
    const res = await hook(SIGN, body);
    assert.deepEqual(responseIssues(res.body), []);
    assert.deepEqual(topics(res), ['bleeding-risk', 'anesthetic-allergy', 'pregnancy', 'session-limit', 'repeat-too-soon', 'pneumothorax-risk', 'first-line-care', 'other']);
    for (const card of res.body.cards) {
      assert.ok(card.source.url.startsWith('https://docs.example.test/clinical-rules.html#'), card.source.url);
      assert.match(card.source.label, /^tpi-guide rules 2\.1\.0: /);
      assert.deepEqual(card.links, [{ label: 'Open the full exam in tpi-guide', url: 'https://apps.example.test/tpi-guide/launch.html', type: 'smart' }]);
      assert.deepEqual(card.overrideReasons.map((r) => r.code), ['benefit-outweighs-risk', 'already-addressed', 'record-out-of-date']);
      assert.match(card.detail, /supports your decision; it does not make it/);
      assert.match(card.detail, /Trigger point injection \\\(CPT 20552\\\) ordered\\: Hamstrings; Pectoralis major/);
    }
    // Worst first: warnings before information.
    assert.deepEqual(res.body.cards.map((c) => c.indicator), ['warning', 'warning', 'warning', 'warning', 'warning', 'warning', 'info', 'info']);
    const other = cardOf(res, 'other');
    assert.match(other.summary, /^Also note: A numb leg may make driving unsafe for hours/);
    // Card ids are name-based UUIDs (RFC 9562 v5) of the service, the hook instance and the topic.
    for (const card of res.body.cards) assert.equal(card.uuid, uuidV5(TPI_NAMESPACE, `cds/${SIGN}/${body.hookInstance}/${card.source.topic.code}`));
    // The same hook instance gives the same card ids; another gives others.
    const again = await hook(SIGN, body);
    assert.deepEqual(again.body.cards.map((c) => c.uuid), res.body.cards.map((c) => c.uuid));
    const other2 = await hook(SIGN, { ...body, hookInstance: 'b1c2d3e4-0000-4000-8000-000000000002' });
    assert.ok(other2.body.cards.every((c) => !res.body.cards.some((d) => d.uuid === c.uuid)));
  });

  test('an order that names no muscle: the patient-level cards, and an information card saying the muscle checks did not run', async () => {
    const procedures = [procedure(P, '20552', daysAgo(10), [bodySite('Masseter')])];
    const prefetch = prefetchOf({ requests: [medicationRequest(P, medicine('Warfarin Sodium 5 MG Oral Tablet'))], procedures });
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Left shoulder area')])], { prefetch }));
    assert.deepEqual(topics(res), ['bleeding-risk', 'first-line-care', 'not-checked']);
    const info = cardOf(res, 'not-checked');
    assert.equal(info.indicator, 'info');
    assert.equal(info.summary, 'Not checked: the ordered muscle');
    assert.match(info.detail, /\\"Left shoulder area\\" is not a muscle this tool can name/);
    assert.match(info.detail, /6 weeks, corticosteroid limit, over the lung/);
  });

  test('a past injection whose muscle cannot be read is named as not counted', async () => {
    const procedures = [procedure(P, '20552', daysAgo(10), [bodySite('Upper back')], { id: 'vague' })];
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf({ procedures }) }));
    const info = cardOf(res, 'not-checked');
    assert.equal(info.summary, 'Not checked: some past injections');
    assert.match(info.detail, /Upper back.*It is not counted in the checks/);
  });

  test('order-select checks the selected orders; dry needling is checked like an injection', async () => {
    const dn = serviceRequest(P, '20560', [bodySite('Serratus anterior')], { id: 'dn1' });
    const res = await hook(SELECT, hookBody('order-select', 'p1', [otherOrder(P), dn], { prefetch: prefetchOf(), selections: ['ServiceRequest/dn1'] }));
    assert.equal(res.status, 200);
    assert.deepEqual(topics(res), ['pneumothorax-risk', 'first-line-care']);
    assert.match(res.body.cards[0].detail, /Dry needling \\\(CPT 20560\\\) ordered/);
  });

  test('a prefetch value of null means "no data": nothing is missing', async () => {
    const prefetch = { ...prefetchOf(), pregnancy: null, procedures: null, allergies: null };
    const res = await hook(SIGN, hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch }));
    assert.deepEqual(topics(res), ['first-line-care']);
  });
});

describe('HTTP', () => {
  const url = () => endpoint(SIGN);
  const body = () => hookBody('order-sign', 'p1', [order([bodySite('Masseter')])], { prefetch: prefetchOf() });

  test('CORS: a preflight from a browser-based EHR is answered, and answers carry the allow-origin header', async () => {
    const pre = await call(url(), { method: 'OPTIONS', headers: { origin: 'https://sandbox.example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-methods'), /POST/);
    assert.match(pre.headers.get('access-control-allow-headers'), /authorization/);
    assert.match(pre.headers.get('access-control-allow-headers'), /content-type/);
    const res = await hook(SIGN, body(), { headers: { origin: 'https://sandbox.example.test' } });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const discovery = await call(`${cds.baseUrl}/cds-services`, { method: 'OPTIONS', headers: { origin: 'https://x.test', 'access-control-request-method': 'GET' } });
    assert.equal(discovery.status, 204);
    // Errors carry CORS too, so the browser shows the reason.
    assert.equal((await call(url(), { method: 'POST', body: {}, headers: { origin: 'https://x.test' } })).headers.get('access-control-allow-origin'), '*');
  });

  test('CORS with an allow-list: a listed origin is echoed, another is refused at preflight', async () => {
    const strict = await startCdsServer({ issuers: [], feedbackFile: join(cds.dir, 'cors.jsonl'), corsOrigins: ['https://ehr.example.test'] });
    try {
      const ok = await call(`${strict.baseUrl}/cds-services/${SIGN}`, { method: 'OPTIONS', headers: { origin: 'https://ehr.example.test', 'access-control-request-method': 'POST' } });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://ehr.example.test');
      assert.equal(ok.headers.get('vary'), 'Origin');
      const no = await call(`${strict.baseUrl}/cds-services/${SIGN}`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST' } });
      assert.equal(no.status, 403);
      assert.equal(no.headers.get('access-control-allow-origin'), null);
    } finally {
      await strict.close();
    }
  });

  test('a body over 1 MB is 413, declared or streamed', async () => {
    const big = JSON.stringify({ ...body(), padding: 'x'.repeat(1024 * 1024) });
    const res = await hook(SIGN, big);
    assert.equal(res.status, 413);
    assert.match(res.body.error, /larger than 1,048,576 bytes/);
    // Streamed without a length (chunked): cut off at the limit as well.
    const token = await ehr.token(url());
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 24; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const chunked = await fetch(url(), { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
    assert.equal(chunked.status, 413);
    // Just under the limit is read.
    const fits = JSON.stringify({ ...body(), padding: 'x'.repeat(1024 * 1024 - 2000 - JSON.stringify(body()).length) });
    assert.equal((await hook(SIGN, fits)).status, 200);
  });

  test('malformed JSON is 400 naming the problem; so is a body that is not an object', async () => {
    const broken = await hook(SIGN, '{"hook": "order-sign",');
    assert.equal(broken.status, 400);
    assert.match(broken.body.error, /^The request body is not valid JSON: /);
    assert.match((await hook(SIGN, '[1,2]')).body.error, /must be a JSON object, not an array/);
    assert.match((await hook(SIGN, '')).body.error, /empty/);
    const type = await hook(SIGN, JSON.stringify(body()), { headers: { 'content-type': 'text/plain' } });
    assert.equal(type.status, 415);
  });

  test('a request missing what the hook requires is 400 naming the field', async () => {
    const cases = [
      [{ ...body(), hook: 'patient-view' }, /'hook' is "patient-view", but service 'tpi-guide-order-sign' answers 'order-sign'/],
      [{ ...body(), hookInstance: undefined }, /'hookInstance' is required/],
      [{ ...body(), context: undefined }, /'context' is required/],
      [{ ...body(), context: { ...body().context, patientId: '' } }, /'context\.patientId' is required/],
      [{ ...body(), context: { ...body().context, draftOrders: 'x' } }, /'context\.draftOrders' is required/],
      [{ ...body(), prefetch: [] }, /'prefetch' must be an object/],
      [{ ...body(), fhirServer: 'ftp://x' }, /'fhirServer' must be the absolute http\(s\) base URL/],
      [{ ...body(), fhirAuthorization: { access_token: 't', token_type: 'Bearer' } }, /'fhirServer' is required when fhirAuthorization is given/],
      [{ ...body(), fhirServer: 'https://ehr.test/fhir', fhirAuthorization: { access_token: 't', token_type: 'MAC' } }, /token_type' must be 'Bearer'/],
    ];
    for (const [b, message] of cases) {
      const res = await hook(SIGN, JSON.parse(JSON.stringify(b)));
      assert.equal(res.status, 400, JSON.stringify(b).slice(0, 80));
      assert.match(res.body.error, message);
    }
    const select = hookBody('order-select', 'p1', [order([bodySite('Masseter')])]);
    delete select.context.selections;
    assert.match((await hook(SELECT, select)).body.error, /'context\.selections' is required for order-select/);
  });

  test('an unknown service is 404, a wrong method 405 with Allow', async () => {
    const unknown = await call(`${cds.baseUrl}/cds-services/no-such-service`, { method: 'POST', body: body() });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error, /No CDS service "no-such-service".*tpi-guide-order-select, tpi-guide-order-sign/);
    assert.equal((await call(`${cds.baseUrl}/somewhere`)).status, 404);
    const get = await call(url());
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    const post = await call(`${cds.baseUrl}/cds-services`, { method: 'POST', body: {} });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal((await call(`${url()}/feedback`, { method: 'PUT', body: {} })).status, 405);
  });

  test('the rule documentation the cards link to by default is served by the service', async () => {
    const plain = await startCdsServer({ issuers: [], feedbackFile: join(cds.dir, 'doc.jsonl') });
    try {
      assert.equal(plain.service.settings.rulesDocUrl, `${plain.baseUrl}/docs/clinical-rules.md`);
      const res = await call(plain.service.settings.rulesDocUrl);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type'), /^text\/plain/);
      assert.equal(res.text, readFileSync(new URL('../../docs/clinical-rules.md', import.meta.url), 'utf8'));
      assert.match(res.text, /^## Ordered injections \(extension\)$/m);
    } finally {
      await plain.close();
    }
  });

  test('the package export is a (req, res) handler any node:http server can use', async () => {
    const { createCdsService } = await import('tpi-guide/cds-service');
    const handler = createCdsService({ baseUrl: 'https://cds.example.test/prefix', issuers: [], feedbackFile: join(cds.dir, 'h.jsonl') });
    const server = createServer(handler);
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    try {
      const res = await call(`http://127.0.0.1:${server.address().port}/cds-services`);
      assert.equal(res.status, 200);
      assert.equal(res.body.services.length, 2);
      assert.equal(handler.settings.rulesDocUrl, 'https://cds.example.test/prefix/docs/clinical-rules.md');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  test('behind a framework that already read the body (as express.json or express.raw do), the handler uses it', async () => {
    const { createCdsService } = await import('tpi-guide/cds-service');
    const handler = createCdsService({ baseUrl: 'https://cds.example.test', issuers: [{ iss: ehr.iss, jwks: ehr.jwks }], feedbackFile: join(cds.dir, 'fw.jsonl'), today: () => TODAY });
    let as = 'json';
    // A stand-in for a framework's body parser: the stream is consumed before the handler runs.
    const server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        req.body = as === 'json' ? JSON.parse(raw.toString('utf8')) : as === 'raw' ? raw : raw.toString('utf8');
        handler(req, res);
      });
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    try {
      const aud = `https://cds.example.test/cds-services/${SIGN}`;
      for (const kind of ['json', 'raw', 'text']) {
        as = kind;
        const res = await call(`http://127.0.0.1:${server.address().port}/cds-services/${SIGN}`, { method: 'POST', body: body(), token: await ehr.token(aud) });
        assert.equal(res.status, 200, kind);
        assert.deepEqual(topics(res), ['first-line-care'], kind);
      }
      as = 'raw';
      const big = await call(`http://127.0.0.1:${server.address().port}/cds-services/${SIGN}`, { method: 'POST', body: JSON.stringify({ ...body(), pad: 'x'.repeat(1024 * 1024) }), token: await ehr.token(aud) });
      assert.equal(big.status, 413);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });

  test('bad options are a TypeError naming the option, before the port is taken', async () => {
    await assert.rejects(startCdsServer({ issuers: [{ iss: 'https://x.test' }] }), /issuers\[0\] \(https:\/\/x\.test\) needs its keys/);
    await assert.rejects(startCdsServer({ issuers: [], baseUrl: 'not a url' }), /baseUrl must be an absolute http\(s\) URL/);
    await assert.rejects(startCdsServer({ issuers: [{ iss: 'a', jwksUrl: 'https://k.test' }, { iss: 'a', jwksUrl: 'https://k.test' }] }), /lists a twice/);
    await assert.rejects(startCdsServer({ issuers: [], fetchTimeoutMs: -1 }), /fetchTimeoutMs must be a number above 0/);
  });
});

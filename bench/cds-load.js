// Load on the CDS Hooks service (dist/cds-service/), with autocannon as a library on
// 127.0.0.1: requests per second and p99 latency of the order check (order-sign, a
// trigger point injection order with a whole record in the prefetch, a fresh JWT per
// request), beside a bare node:http handler that parses and echoes the same body (the
// floor), in the same run. Each server runs in its own process (bench/cds-load-server.js),
// so it never shares an event loop with the load generator. The JWTs are signed before
// the timed runs, so signing costs the load generator nothing while it runs.
// Alone: `node bench/cds-load.js [--quick]` after `npm run build`.
/* global fetch */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { median } from './timing.js';

export const CDS_GOAL = 0.5; // at least 50 % of the floor's throughput
const CONNECTIONS = 10;
const CPT = 'http://www.ama-assn.org/go/cpt';

const localToday = (t = new Date()) => new Date(t.getTime() - t.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
function daysAgo(days) {
  const t = new Date(`${localToday()}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

/** The order check timed: order-sign for a TPI order on two muscles, a realistic record in the prefetch. */
export function orderCheckBody() {
  const subject = { reference: 'Patient/bench-1' };
  const set = (...resources) => ({ resourceType: 'Bundle', type: 'searchset', total: resources.length, entry: resources.map((resource, i) => ({ resource: { id: `${resource.resourceType}-${i}`, subject, ...resource } })) });
  const med = (type, text) => ({ resourceType: type, status: 'active', ...(type === 'MedicationRequest' && { intent: 'order', authoredOn: daysAgo(60) }), medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '855332', display: text }], text } });
  const obs = (code, value) => ({ resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code }] }, effectiveDateTime: daysAgo(7), ...value });
  const tpi = (days, site, extra = {}) => ({ resourceType: 'Procedure', status: 'completed', code: { coding: [{ system: CPT, code: '20552' }] }, performedDateTime: daysAgo(days), bodySite: [{ text: site }], ...extra });
  const condition = (code, display) => ({
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
    code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code, display }] },
  });
  const allergy = (text) => ({
    resourceType: 'AllergyIntolerance',
    patient: subject,
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] },
    code: { text },
  });
  return {
    hook: 'order-sign',
    hookInstance: randomUUID(),
    context: {
      userId: 'Practitioner/bench',
      patientId: 'bench-1',
      encounterId: 'enc-1',
      draftOrders: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'ServiceRequest', id: 'sr-1', status: 'draft', intent: 'order', subject, code: { coding: [{ system: CPT, code: '20552', display: 'Trigger point injection, 1 or 2 muscles' }] }, bodySite: [{ text: 'Left upper trapezius' }, { text: 'Left levator scapulae' }] } },
          { resource: { resourceType: 'MedicationRequest', id: 'rx-1', status: 'draft', intent: 'order', subject, medicationCodeableConcept: { text: 'Cyclobenzaprine 5 MG Oral Tablet' } } },
        ],
      },
    },
    prefetch: {
      patient: { resourceType: 'Patient', id: 'bench-1', birthDate: '1958-06-02', name: [{ family: 'Bench', given: ['Synthetic'] }], gender: 'female' },
      weight: set(obs('29463-7', { valueQuantity: { value: 172, unit: 'lb', system: 'http://unitsofmeasure.org', code: '[lb_av]' } })),
      pregnancy: set(obs('82810-3', { valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA26683-5', display: 'Not pregnant' }] } })),
      medicationRequests: set(med('MedicationRequest', 'Apixaban 5 MG Oral Tablet'), med('MedicationRequest', 'Metformin hydrochloride 500 MG Oral Tablet'), med('MedicationRequest', 'Lisinopril 10 MG Oral Tablet')),
      medicationStatements: set(med('MedicationStatement', 'Aspirin 81 MG Oral Tablet')),
      allergies: set(allergy('Penicillin'), allergy('Latex')),
      conditions: set(condition('I10', 'Essential hypertension'), condition('E11.9', 'Type 2 diabetes mellitus without complications'), condition('M54.2', 'Cervicalgia')),
      procedures: set(tpi(300, 'Left upper trapezius'), tpi(200, 'Right gluteus medius'), tpi(30, 'Left levator scapulae', { usedCode: [{ text: 'Lidocaine 1% injection' }] })),
    },
  };
}

/** A signing EHR: a key pair of `alg` and its public JWK Set. */
async function signer(alg) {
  const { publicKey, privateKey } = await generateKeyPair(alg);
  const kid = `bench-${alg}`;
  return { iss: `https://ehr.bench.test/${alg}`, alg, kid, privateKey, jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }] } };
}

/** `n` distinct JWTs for `aud`, signed in parallel before the timed run. */
function tokens(s, aud, n) {
  const now = Math.floor(Date.now() / 1000);
  return Promise.all(
    Array.from({ length: n }, () =>
      new SignJWT({ jti: randomUUID() }).setProtectedHeader({ alg: s.alg, typ: 'JWT', kid: s.kid }).setIssuer(s.iss).setAudience(aud).setIssuedAt(now).setExpirationTime(now + 540).sign(s.privateKey),
    ),
  );
}

/** Starts bench/cds-load-server.js as its own process; resolves to { url, stop }. */
function startServer(kind, config = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./cds-load-server.js', import.meta.url), [kind, JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
    let cpuAsked;
    child.on('message', (m) => {
      if (m.warn) console.error(`cds server: ${m.warn}`);
      if (m.cpu) cpuAsked?.(m.cpu.user + m.cpu.system);
      if (m.port) {
        child.removeAllListeners('exit');
        resolve({
          url: `http://127.0.0.1:${m.port}`,
          /** The server process's CPU time so far, in µs. */
          cpu: () => new Promise((done) => ((cpuAsked = done), child.send('cpu'))),
          stop: () => new Promise((done) => (child.once('exit', done), child.send('stop'))),
        });
      }
    });
  });
}

/** One autocannon run of `amount` POSTs of `body` to `server`; each request takes the next of `auth` headers when given. */
async function load(server, url, body, amount, auth) {
  let next = 0;
  const cpuBefore = await server.cpu();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [{ setupRequest: (req) => (auth ? { ...req, headers: { ...req.headers, authorization: auth[next++] } } : req) }],
  });
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts in ${result.requests.total} requests`);
  }
  const cpuMs = ((await server.cpu()) - cpuBefore) / 1000 / result.requests.total;
  return { rps: result.requests.total / (result.duration || 1), p99: result.latency.p99, p50: result.latency.p50, total: result.requests.total, cpuMs };
}

/**
 * Runs the load: `rounds` interleaved rounds of the floor, the check with RS384 JWTs
 * and with ES384 JWTs (the two algorithms CDS Hooks recommends). Medians per contender.
 */
export async function benchCdsLoad({ quick = false } = {}) {
  const rounds = quick ? 1 : 3;
  const amount = quick ? 1500 : 4000;
  const [rs, es] = await Promise.all([signer('RS384'), signer('ES384')]);
  const body = JSON.stringify(orderCheckBody());
  const floor = await startServer('floor');
  const cds = await startServer('cds', { issuers: [rs, es].map((s) => ({ iss: s.iss, jwks: s.jwks })) });
  const endpoint = `${cds.url}/cds-services/tpi-guide-order-sign`;
  try {
    // Once, before timing: the check answers the cards it is timed for.
    const [probe] = await tokens(rs, endpoint, 1);
    const answer = await fetch(endpoint, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${probe}` } });
    const { cards } = await answer.json();
    const topics = cards.map((c) => c.source.topic.code);
    if (answer.status !== 200 || !topics.includes('bleeding-risk') || !topics.includes('repeat-too-soon') || !topics.includes('pneumothorax-risk')) {
      throw new Error(`the order check did not answer the cards it is timed for: ${answer.status} ${topics.join(', ')}`);
    }
    // The same request with no injection among the draft orders: the service answers
    // { cards: [] } after the JWT, the parse and the request checks, reading no record.
    const noOrder = orderCheckBody();
    noOrder.context.draftOrders.entry.shift();
    const idle = JSON.stringify(noOrder);
    const runs = { floor: [], rs: [], es: [], idle: [] };
    // Warm-up: every server's code paths compiled before the first timed run.
    await load(floor, floor.url, body, 500);
    await load(cds, endpoint, body, 500, (await tokens(rs, endpoint, 500)).map((t) => `Bearer ${t}`));
    for (let r = 0; r < rounds; r++) {
      runs.floor.push(await load(floor, floor.url, body, amount * 2));
      runs.rs.push(await load(cds, endpoint, body, amount, (await tokens(rs, endpoint, amount)).map((t) => `Bearer ${t}`)));
      runs.es.push(await load(cds, endpoint, body, amount, (await tokens(es, endpoint, amount)).map((t) => `Bearer ${t}`)));
      runs.idle.push(await load(cds, endpoint, idle, amount, (await tokens(rs, endpoint, amount)).map((t) => `Bearer ${t}`)));
    }
    const summary = (list) => ({
      rps: median(list.map((x) => x.rps)),
      p99: median(list.map((x) => x.p99)),
      p50: median(list.map((x) => x.p50)),
      cpuMs: median(list.map((x) => x.cpuMs)),
      total: list.reduce((n, x) => n + x.total, 0),
    });
    return {
      floor: summary(runs.floor),
      rs: summary(runs.rs),
      es: summary(runs.es),
      idle: summary(runs.idle),
      bodyBytes: Buffer.byteLength(body),
      cardsBytes: Buffer.byteLength(JSON.stringify({ cards })),
      cards: topics,
      rounds,
      connections: CONNECTIONS,
    };
  } finally {
    await Promise.all([floor.stop(), cds.stop()]);
  }
}

/** Table rows (Group, Measure, Median, Rate / detail, Ratio, Goal) for bench/run.js. */
export function cdsLoadRows(r) {
  const rate = (x) => `${Math.round(x.rps).toLocaleString('en-US')} req/s`;
  const detail = (x) => `p99 ${x.p99} ms (p50 ${x.p50} ms); server CPU ${x.cpuMs.toFixed(3)} ms/req`;
  const ratio = (x) => x.rps / r.floor.rps;
  const cpuRatio = (x) => r.floor.cpuMs / x.cpuMs;
  const pct = (v) => `${(v * 100).toFixed(0)} %`;
  const share = (x) => `${pct(ratio(x))} of the floor's req/s (${pct(cpuRatio(x))} by server CPU)`;
  const goal = (x) => `≥ ${pct(CDS_GOAL)} of the floor: ${ratio(x) >= CDS_GOAL ? 'met' : 'NOT met'}`;
  return [
    [`CDS Hooks service, 127.0.0.1, autocannon ${r.connections} connections`, `order check (order-sign, ${(r.bodyBytes / 1024).toFixed(1)} KB request → ${r.cards.length} cards), RS384 JWT per request`, rate(r.rs), detail(r.rs), share(r.rs), goal(r.rs)],
    ['', 'the same order check, ES384 JWT per request', rate(r.es), detail(r.es), share(r.es), goal(r.es)],
    ['', 'the same request with no injection ordered → `{ "cards": [] }` (RS384 JWT, parse, checks; no record read)', rate(r.idle), detail(r.idle), share(r.idle), ''],
    ['', 'bare `node:http`: parse and echo the same body (floor)', rate(r.floor), detail(r.floor), 'floor', ''],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchCdsLoad({ quick: process.argv.includes('--quick') });
  for (const cells of cdsLoadRows(result)) console.log(`| ${cells.join(' | ')} |`);
  console.log(JSON.stringify(result, null, 1));
}

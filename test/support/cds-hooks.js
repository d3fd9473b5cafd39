// Test support for the CDS Hooks service (test/node/cds-*.test.js): draft orders as an
// EHR sends them, hook request bodies, and an EHR's signing side — key pairs made with
// jose, a JWK Set served on 127.0.0.1, and JWTs with any claim broken on purpose.
// Every record is synthetic; nothing leaves the machine.
/* global URL, Buffer, fetch */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { CPT, SNOMED } from './fhir-records.js';

/** A draft order for `cpt` (20552, 20553, 20560, 20561, or anything else) on the body sites given. */
export function serviceRequest(subject, cpt, sites, { id, status = 'draft', type = 'ServiceRequest', ...extra } = {}) {
  return {
    resourceType: type,
    ...(id && { id }),
    status: type === 'Procedure' && status === 'draft' ? 'preparation' : status,
    ...(type === 'ServiceRequest' && { intent: 'order' }),
    code: { coding: [{ system: CPT, code: cpt, display: cpt.startsWith('2055') ? 'Trigger point injection' : 'Needle insertion without injection' }] },
    subject: { reference: subject },
    ...(sites && { bodySite: sites }),
    ...extra,
  };
}

/** A medication order that is no trigger point injection (to check it is ignored). */
export const otherOrder = (subject, id = 'rx1') => ({
  resourceType: 'MedicationRequest',
  id,
  status: 'draft',
  intent: 'order',
  medicationCodeableConcept: { text: 'Ibuprofen 400 MG Oral Tablet' },
  subject: { reference: subject },
});

/** The draftOrders Bundle of a hook's context. */
export const draftOrders = (...resources) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

/** A searchset Bundle, as a prefetch value. */
export const searchset = (...resources) => ({ resourceType: 'Bundle', type: 'searchset', total: resources.length, entry: resources.map((resource) => ({ resource })) });

/** A body site with a SNOMED CT laterality coding. */
export const sided = (text, side) => ({
  text,
  coding: [{ system: SNOMED, code: side === 'left' ? '7771000' : '24028007', display: side === 'left' ? 'Left' : 'Right' }],
});

/** A hook request body. `orders` go in context.draftOrders; order-select selects them all unless `selections` is given. */
export function hookBody(hook, patientId, orders, { prefetch, selections, fhirServer, accessToken, hookInstance = randomUUID() } = {}) {
  return {
    hook,
    hookInstance,
    ...(fhirServer && { fhirServer }),
    ...(accessToken && { fhirAuthorization: { access_token: accessToken, token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'tpi-guide-cds' } }),
    context: {
      userId: 'Practitioner/example',
      patientId,
      ...(hook === 'order-select' && { selections: selections ?? orders.filter((o) => o.id).map((o) => `${o.resourceType}/${o.id}`) }),
      draftOrders: draftOrders(...orders),
    },
    ...(prefetch && { prefetch }),
  };
}

/**
 * An EHR that signs its CDS Hooks calls: an ES384 key pair (the algorithm CDS Hooks
 * recommends), its public JWK Set, and `token(aud, { claims, header, key })` making a
 * JWT valid for `aud` unless the options break it.
 */
export async function createIssuer(iss = 'https://ehr.example.test', { alg = 'ES384', kid = 'ehr-key-1' } = {}) {
  const { publicKey, privateKey } = await generateKeyPair(alg);
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return {
    iss,
    kid,
    alg,
    privateKey,
    jwks: { keys: [jwk] },
    /** A signed JWT; `claims` override or (as undefined) remove claims, `header` the header, `key` the signing key. */
    async token(aud, { claims = {}, header = {}, key = privateKey, lifetime = 300 } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { iss, sub: 'ehr-client-1', aud, iat: now, exp: now + lifetime, jti: randomUUID(), tenant: 'clinic-1', ...claims };
      for (const k of Object.keys(payload)) if (payload[k] === undefined) delete payload[k];
      const protectedHeader = { alg, typ: 'JWT', kid, ...header };
      for (const k of Object.keys(protectedHeader)) if (protectedHeader[k] === undefined) delete protectedHeader[k];
      return new SignJWT(payload).setProtectedHeader(protectedHeader).sign(key);
    },
  };
}

/** Serves JWK Sets on 127.0.0.1 (port picked by the system): `serve(path, jwks)`, `url(path)`, `hits`, `close()`. */
export async function startJwksServer() {
  const sets = new Map();
  const hits = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    hits.push(path);
    const jwks = sets.get(path);
    res.writeHead(jwks ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks ?? { error: 'not found' }));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    hits,
    serve: (path, jwks) => sets.set(path, jwks),
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

/** One HTTP call with node's fetch; resolves to { status, headers, body (parsed JSON when it is), text }. */
export async function call(url, { method = 'GET', body, headers = {}, token } = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }), ...headers },
    ...(body !== undefined && { body: typeof body === 'string' || body instanceof Buffer ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CARD_KEYS = ['uuid', 'summary', 'detail', 'indicator', 'source', 'suggestions', 'selectionBehavior', 'overrideReasons', 'links'];
const absolute = (v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);

/** What breaks the CDS Hooks 2.0 rules in a service response ({ cards }); [] when it conforms. */
export function responseIssues(response) {
  const issues = [];
  if (!response || typeof response !== 'object' || !Array.isArray(response.cards)) return ['response: must be { cards: [...] }'];
  // "JSON elements SHALL NOT be null, and SHALL NOT be empty" (an empty cards list excepted).
  const walk = (v, at) => {
    if (v === null || v === '' || (Array.isArray(v) && !v.length && at !== 'cards') || (v && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length)) issues.push(`${at}: null or empty`);
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
  };
  walk(response.cards, 'cards');
  const uuids = new Set();
  response.cards.forEach((card, i) => {
    const at = `cards[${i}]`;
    for (const key of Object.keys(card)) if (!CARD_KEYS.includes(key)) issues.push(`${at}.${key}: not a card attribute`);
    if (!UUID.test(card.uuid)) issues.push(`${at}.uuid: not a UUID`);
    if (uuids.has(card.uuid)) issues.push(`${at}.uuid: used twice`);
    uuids.add(card.uuid);
    if (typeof card.summary !== 'string' || !card.summary.trim() || card.summary.length >= 140) issues.push(`${at}.summary: must be text under 140 characters`);
    if (!['info', 'warning', 'critical'].includes(card.indicator)) issues.push(`${at}.indicator: ${card.indicator}`);
    if (typeof card.detail !== 'string') issues.push(`${at}.detail: Markdown text expected`);
    if (typeof card.source?.label !== 'string' || !absolute(card.source?.url)) issues.push(`${at}.source: label and absolute url expected`);
    if (card.source?.topic && !(card.source.topic.system && card.source.topic.code)) issues.push(`${at}.source.topic: a Coding`);
    for (const [j, r] of (card.overrideReasons ?? []).entries()) if (!(r.system && r.code && r.display)) issues.push(`${at}.overrideReasons[${j}]: a Coding with a display`);
    for (const [j, l] of (card.links ?? []).entries()) {
      if (!l.label || !absolute(l.url) || !['absolute', 'smart'].includes(l.type)) issues.push(`${at}.links[${j}]: label, absolute url, type absolute or smart`);
    }
  });
  return issues;
}

// CDS Hooks 2.0 "Trusting CDS Clients": every hook and feedback call carries a JWT
// signed by the EHR. Accepted when it verifies; refused (401, with a sentence saying
// why) for each broken part: signature, issuer, audience, expiry, missing claims, a
// replayed jti, a forbidden algorithm, a jku off the allow-list. The EHRs' keys are made
// here with jose and their JWK Sets served on 127.0.0.1. Runs on dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startCdsServer } from '../../dist/cds-service/index.js';
import { TODAY, bodySite } from '../support/fhir-records.js';
import { call, createIssuer, hookBody, serviceRequest, startJwksServer } from '../support/cds-hooks.js';
import { startTestService } from '../support/cds-service.js';

const SIGN = 'tpi-guide-order-sign';
let ehr; // keys configured as a JWK Set
let rsa; // keys fetched from its jwksUrl
let jkuEhr; // keys fetched from the jku its tokens name (allow-listed)
let stranger; // not trusted
let jwks;
let cds;

before(async () => {
  jwks = await startJwksServer();
  ehr = await createIssuer('https://ehr.example.test');
  rsa = await createIssuer('https://rsa-ehr.example.test', { alg: 'RS384', kid: 'rsa-1' });
  jkuEhr = await createIssuer('https://jku-ehr.example.test', { alg: 'ES256', kid: 'jku-1' });
  stranger = await createIssuer('https://stranger.example.test');
  jwks.serve('/rsa/jwks.json', rsa.jwks);
  jwks.serve('/jku/jwks.json', jkuEhr.jwks);
  jwks.serve('/stranger/jwks.json', stranger.jwks);
  cds = await startTestService('cds-auth', {
    issuers: [
      { iss: ehr.iss, jwks: ehr.jwks },
      { iss: rsa.iss, jwksUrl: jwks.url('/rsa/jwks.json') },
      { iss: jkuEhr.iss, jku: [jwks.url('/jku/jwks.json')] },
    ],
    today: () => TODAY,
  });
});

after(async () => {
  await jwks?.close();
  await cds?.stop();
});

const endpoint = () => `${cds.baseUrl}/cds-services/${SIGN}`;
const body = () => hookBody('order-sign', 'p1', [serviceRequest('Patient/p1', '20552', [bodySite('Masseter')], { id: 'sr1' })], { prefetch: { patient: null } });
const post = (token, url = endpoint(), b = body()) => call(url, { method: 'POST', body: b, ...(token !== undefined && { token }) });

/** A refusal: 401, a Bearer challenge, and the reason matching `why`. */
function refused(res, why) {
  assert.equal(res.status, 401, JSON.stringify(res.body));
  assert.equal(res.headers.get('www-authenticate'), 'Bearer');
  assert.match(res.body.error, why);
}

describe('accepted', () => {
  test('a JWT signed with a configured key, for this endpoint, fresh, with a new jti', async () => {
    const res = await post(await ehr.token(endpoint()));
    assert.equal(res.status, 200);
    assert.ok(Array.isArray(res.body.cards));
  });

  test('aud as an array holding this endpoint (RFC 7519 allows it)', async () => {
    assert.equal((await post(await ehr.token([endpoint(), 'https://elsewhere.test']))).status, 200);
  });

  test('RS384 keys fetched from the issuer\'s jwksUrl', async () => {
    assert.equal((await post(await rsa.token(endpoint()))).status, 200);
    assert.ok(jwks.hits.includes('/rsa/jwks.json'));
  });

  test('a jku header on the issuer\'s allow-list: the keys come from there', async () => {
    const res = await post(await jkuEhr.token(endpoint(), { header: { jku: jwks.url('/jku/jwks.json') } }));
    assert.equal(res.status, 200);
    assert.ok(jwks.hits.includes('/jku/jwks.json'));
  });
});

describe('refused, each for its reason', () => {
  test('no Authorization header, another scheme, or a token that is no JWT', async () => {
    refused(await post(undefined), /Missing Authorization header/);
    refused(await call(endpoint(), { method: 'POST', body: body(), headers: { authorization: 'Basic dXNlcjpwYXNz' } }), /must be 'Bearer <JWT>'/);
    refused(await post('not-a-jwt'), /not a signed JWT/);
  });

  test('a bad signature: signed by another key under the same kid, or the payload changed after signing', async () => {
    const impostor = await createIssuer(ehr.iss, { kid: ehr.kid });
    refused(await post(await impostor.token(endpoint())), /signature does not verify with the keys of issuer "https:\/\/ehr\.example\.test"/);
    const [h, p, s] = (await ehr.token(endpoint())).split('.');
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url')), sub: 'someone-else' })).toString('base64url');
    refused(await post(`${h}.${changed}.${s}`), /signature does not verify/);
  });

  test('an issuer not on the allow-list, even with keys of its own', async () => {
    refused(await post(await stranger.token(endpoint())), /issuer "https:\/\/stranger\.example\.test" is not trusted/);
    refused(await post(await ehr.token(endpoint(), { claims: { iss: undefined } })), /has no iss claim/);
  });

  test('the wrong audience: another service, the discovery URL, another host', async () => {
    for (const aud of [`${cds.baseUrl}/cds-services/tpi-guide-order-select`, `${cds.baseUrl}/cds-services`, `https://cds.other.test/cds-services/${SIGN}`]) {
      refused(await post(await ehr.token(aud)), /aud must be this endpoint/);
    }
    refused(await post(await ehr.token(endpoint(), { claims: { aud: undefined } })), /has no aud claim/);
  });

  test('expired, or issued in the future, or living too long', async () => {
    const now = Math.floor(Date.now() / 1000);
    refused(await post(await ehr.token(endpoint(), { claims: { iat: now - 400, exp: now - 100 } })), /has expired/);
    refused(await post(await ehr.token(endpoint(), { claims: { iat: now + 600, exp: now + 900 } })), /iat is in the future/);
    refused(await post(await ehr.token(endpoint(), { lifetime: 7200 })), /lives too long/);
  });

  test('a missing jti, exp or iat', async () => {
    refused(await post(await ehr.token(endpoint(), { claims: { jti: undefined } })), /has no jti claim \(a nonce that makes each token single-use\)/);
    refused(await post(await ehr.token(endpoint(), { claims: { exp: undefined } })), /has no exp claim/);
    refused(await post(await ehr.token(endpoint(), { claims: { iat: undefined } })), /has no iat claim/);
  });

  test('a replayed jti: the same token twice, or the same jti in a new token', async () => {
    const token = await ehr.token(endpoint());
    assert.equal((await post(token)).status, 200);
    refused(await post(token), /was used before: each token may be used once/);
    const jti = randomUUID();
    assert.equal((await post(await ehr.token(endpoint(), { claims: { jti } }))).status, 200);
    refused(await post(await ehr.token(endpoint(), { claims: { jti } })), /replay refused/);
  });

  test('a refused token does not use up its jti', async () => {
    const jti = randomUUID();
    refused(await post(await ehr.token(`${cds.baseUrl}/cds-services`, { claims: { jti } })), /aud/);
    assert.equal((await post(await ehr.token(endpoint(), { claims: { jti } }))).status, 200);
  });

  test('algorithms the specification forbids: none, and shared-secret HMAC', async () => {
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: ehr.iss, aud: endpoint(), iat: now, exp: now + 60, jti: randomUUID() };
    refused(await post(`${b64({ alg: 'none', typ: 'JWT', kid: ehr.kid })}.${b64(claims)}.`), /alg "none" is not allowed/);
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: ehr.kid })}.${b64(claims)}`;
    const mac = createHmac('sha256', JSON.stringify(ehr.jwks.keys[0])).update(input).digest('base64url');
    refused(await post(`${input}.${mac}`), /alg "HS256" is not allowed: CDS Hooks needs an asymmetric signature/);
  });

  test('the header the specification requires: typ JWT and a kid; and a kid no key has', async () => {
    refused(await post(await ehr.token(endpoint(), { header: { typ: undefined } })), /typ must be 'JWT' \(it is missing\)/);
    refused(await post(await ehr.token(endpoint(), { header: { kid: undefined } })), /has no kid/);
    refused(await post(await ehr.token(endpoint(), { header: { kid: 'unknown-kid' } })), /No key of issuer "https:\/\/ehr\.example\.test" matches the JWT's kid/);
  });

  test('a jku that is not on the issuer\'s allow-list is never fetched', async () => {
    const before = jwks.hits.length;
    refused(await post(await stranger.token(endpoint(), { claims: { iss: ehr.iss }, header: { jku: jwks.url('/stranger/jwks.json'), kid: stranger.kid } })), /jku .* is not on the allow-list of issuer "https:\/\/ehr\.example\.test"/);
    refused(await post(await jkuEhr.token(endpoint(), { header: { jku: jwks.url('/stranger/jwks.json') } })), /not on the allow-list/);
    refused(await post(await jkuEhr.token(endpoint())), /trusted only through its jku, and this JWT names none/);
    assert.equal(jwks.hits.length, before);
  });

  test('an issuer whose JWK Set cannot be fetched: refused with the reason', async () => {
    const gone = await createIssuer('https://gone.example.test');
    const dead = await startCdsServer({ issuers: [{ iss: gone.iss, jwksUrl: jwks.url('/missing.json') }], feedbackFile: join(cds.dir, 'x.jsonl') });
    try {
      const url = `${dead.baseUrl}/cds-services/${SIGN}`;
      const res = await call(url, { method: 'POST', body: body(), token: await gone.token(url) });
      refused(res, /JWK Set of issuer "https:\/\/gone\.example\.test"/);
    } finally {
      await dead.close();
    }
  });
});

describe('feedback calls are authenticated too', () => {
  const feedback = () => `${endpoint()}/feedback`;
  const item = { feedback: [{ card: randomUUID(), outcome: 'overridden', outcomeTimestamp: '2026-11-26T10:00:00Z' }] };

  test('its audience is the feedback URL (its service URL is accepted as well)', async () => {
    assert.equal((await post(await ehr.token(feedback()), feedback(), item)).status, 200);
    assert.equal((await post(await ehr.token(endpoint()), feedback(), item)).status, 200);
    refused(await post(await ehr.token(`${cds.baseUrl}/cds-services/tpi-guide-order-select/feedback`), feedback(), item), /aud must be this endpoint/);
    refused(await post(undefined, feedback(), item), /Missing Authorization header/);
  });
});

describe('the replay cache is bounded', () => {
  test('when it is full of unexpired ids, calls wait (503) rather than forget one', async () => {
    const small = await startCdsServer({ issuers: [{ iss: ehr.iss, jwks: ehr.jwks }], feedbackFile: join(cds.dir, 'y.jsonl'), maxReplayEntries: 2 });
    try {
      const url = `${small.baseUrl}/cds-services/${SIGN}`;
      for (let i = 0; i < 2; i++) assert.equal((await call(url, { method: 'POST', body: body(), token: await ehr.token(url) })).status, 200);
      const full = await call(url, { method: 'POST', body: body(), token: await ehr.token(url) });
      assert.equal(full.status, 503);
      assert.equal(full.headers.get('retry-after'), '60');
    } finally {
      await small.close();
    }
  });
});

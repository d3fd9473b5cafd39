/// <reference types="node" />
// Who may call a hook: CDS Hooks 2.0, "Trusting CDS Clients". Every hook and feedback
// call carries `Authorization: Bearer <JWT>`, signed by the EHR with an asymmetric key.
// The JWT is verified with `jose`: the signature against the issuer's JWK Set (set up
// per trusted issuer, or fetched from the `jku` header only when that URL is on the
// issuer's allow-list), `iss` on the allow-list, `aud` = the endpoint called, `exp`,
// `iat`, a `jti` never seen before (kept until its `exp`). Anything else is refused with
// a sentence saying what was wrong.
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Settings, TrustedIssuer } from './options.js';

/** Asymmetric signatures only: the specification forbids `none` and every shared-secret (HMAC) algorithm. */
export const ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA', 'Ed25519'];

/** Who called: the verified claims the feedback log keeps. */
export interface Caller {
  iss: string;
  sub?: string;
  tenant?: string;
  jti: string;
}

/** A refused call: the HTTP status (401, or 503 when the replay cache is full) and the reason. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly status = 401,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

type KeyGetter = Parameters<typeof jwtVerify>[1];

const JWKS_OPTIONS = { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 };
const short = (value: unknown) => JSON.stringify(String(value).slice(0, 120));

/** JWT ids seen, each kept until its `exp` (plus the clock tolerance), then forgotten. */
class ReplayCache {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;
  constructor(
    private readonly max: number,
    private readonly tolerance: number,
  ) {}

  /** Records `key` until `exp` (seconds); false when it was already there. */
  add(key: string, exp: number, now: number): boolean {
    if (now >= this.nextSweep || this.seen.size >= this.max) this.sweep(now);
    const until = this.seen.get(key);
    if (until !== undefined && until >= now) return false;
    if (this.seen.size >= this.max) throw new AuthError('Too many recent calls to check for replays; try again in a minute.', 503);
    this.seen.set(key, exp + this.tolerance);
    return true;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.seen) if (until < now) this.seen.delete(key);
    this.nextSweep = now + 10;
  }
}

/** The key source for a JWT of an issuer: its `jku` when allowed, else the configured keys. */
type KeysFor = (issuer: TrustedIssuer, jku: unknown) => KeyGetter;

/** Key sources for the trusted issuers: local JWK Sets built once, remote ones fetched and cached by URL. */
function keySources(issuers: readonly TrustedIssuer[]): KeysFor {
  const remote = new Map<string, KeyGetter>();
  const remoteSet = (url: string): KeyGetter => {
    let set = remote.get(url);
    if (!set) remote.set(url, (set = createRemoteJWKSet(new URL(url), JWKS_OPTIONS) as KeyGetter));
    return set;
  };
  const local = new Map(issuers.filter((i) => i.jwks).map((i) => [i.iss, createLocalJWKSet(i.jwks as Parameters<typeof createLocalJWKSet>[0]) as KeyGetter]));
  return (issuer, jku) => {
    if (jku !== undefined) {
      if (typeof jku !== 'string' || !issuer.jku?.includes(jku)) {
        throw new AuthError(`The JWT's jku ${short(jku)} is not on the allow-list of issuer ${short(issuer.iss)}.`);
      }
      return remoteSet(jku);
    }
    const keys = local.get(issuer.iss) ?? (issuer.jwksUrl ? remoteSet(issuer.jwksUrl) : undefined);
    if (!keys) throw new AuthError(`Issuer ${short(issuer.iss)} is trusted only through its jku, and this JWT names none.`);
    return keys;
  };
}

/** A bearer JWT read but not yet verified: its header, and the issuer it claims. */
interface UnverifiedToken {
  token: string;
  header: ReturnType<typeof decodeProtectedHeader>;
  iss: string;
}

/** The bearer JWT of an `Authorization` header, its header checked (alg, typ, kid) and its `iss` read. */
function unverifiedToken(authorization: string | undefined): UnverifiedToken {
  if (!authorization) throw new AuthError('Missing Authorization header: every hook call needs a bearer JWT signed by the EHR (CDS Hooks 2.0, "Trusting CDS Clients").');
  const match = /^Bearer[ \t]+([A-Za-z0-9_\-.]+)[ \t]*$/i.exec(authorization);
  if (!match) throw new AuthError("The Authorization header must be 'Bearer <JWT>'.");
  const token = match[1]!;
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: JWTPayload;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    throw new AuthError('The bearer token is not a signed JWT (header.payload.signature, base64url JSON).');
  }
  if (typeof header.alg !== 'string' || !ALGORITHMS.includes(header.alg)) {
    throw new AuthError(`The JWT's alg ${short(header.alg)} is not allowed: CDS Hooks needs an asymmetric signature (ES384 or RS384 recommended), never none or HMAC.`);
  }
  if (typeof header.typ !== 'string' || header.typ.toUpperCase() !== 'JWT') throw new AuthError(`The JWT header's typ must be 'JWT' (it is ${header.typ === undefined ? 'missing' : short(header.typ)}).`);
  if (typeof header.kid !== 'string' || !header.kid) throw new AuthError("The JWT header has no kid: CDS Hooks requires the id of the signing key.");
  if (typeof claims.iss !== 'string') throw new AuthError("The JWT has no iss claim (the EHR that issued it).");
  return { token, header, iss: claims.iss };
}

/** The JWT's claims once its signature, issuer, audience and times verify; an AuthError saying why not. */
async function verifiedPayload(token: string, keys: KeyGetter, issuer: TrustedIssuer, audiences: string[], settings: Settings): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ALGORITHMS,
      issuer: issuer.iss,
      audience: audiences,
      clockTolerance: settings.clockToleranceSec,
      maxTokenAge: settings.maxTokenLifetimeSec + settings.clockToleranceSec,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
    });
    return payload;
  } catch (error) {
    throw new AuthError(explain(error, issuer, audiences));
  }
}

/** Refuses a verified JWT that lives longer than the service allows. */
function checkLifetime(payload: JWTPayload, now: number, settings: Settings): void {
  const exp = payload.exp!;
  const iat = payload.iat!;
  if (exp - iat > settings.maxTokenLifetimeSec || exp - now > settings.maxTokenLifetimeSec + settings.clockToleranceSec) {
    throw new AuthError(`The JWT lives too long: exp must be at most ${settings.maxTokenLifetimeSec} s after iat and after now.`);
  }
}

/** A verifier for the service's trusted issuers. */
export function createVerifier(settings: Settings) {
  const issuers = new Map(settings.issuers.map((i) => [i.iss, i]));
  const replay = new ReplayCache(settings.maxReplayEntries, settings.clockToleranceSec);
  const keysFor = keySources(settings.issuers);

  /**
   * Verifies the `Authorization` header of a call to `audiences` (the endpoint URL; for
   * feedback, the feedback URL or its service's). Resolves to the caller, or rejects
   * with an AuthError.
   */
  return async function verify(authorization: string | undefined, audiences: string[]): Promise<Caller> {
    const { token, header, iss } = unverifiedToken(authorization);
    const issuer = issuers.get(iss);
    if (!issuer) throw new AuthError(`The JWT's issuer ${short(iss)} is not trusted by this service.`);
    const payload = await verifiedPayload(token, keysFor(issuer, header.jku), issuer, audiences, settings);
    const now = Math.floor(Date.now() / 1000);
    checkLifetime(payload, now, settings);
    const jti = payload.jti;
    if (typeof jti !== 'string' || !jti.trim()) throw new AuthError('The JWT has no jti claim (a nonce that makes each token single-use).');
    if (!replay.add(`${issuer.iss}\n${jti}`, payload.exp!, now)) throw new AuthError(`The JWT's jti ${short(jti)} was used before: each token may be used once (replay refused).`);
    return {
      iss: issuer.iss,
      jti,
      ...(typeof payload.sub === 'string' && { sub: payload.sub }),
      ...(typeof payload.tenant === 'string' && { tenant: payload.tenant }),
    };
  };
}

/** A sentence for a failed jwtVerify. */
function explain(error: unknown, issuer: TrustedIssuer, audiences: string[]): string {
  const who = short(issuer.iss);
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat' ? "The JWT's iat is too far in the past." : 'The JWT has expired (exp is past).';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `The JWT has no ${error.claim} claim${error.claim === 'jti' ? ' (a nonce that makes each token single-use)' : ''}.`;
    if (error.claim === 'aud') return `The JWT's aud must be this endpoint, ${audiences.map((a) => JSON.stringify(a)).join(' or ')} (it is ${short(JSON.stringify(error.payload.aud))}).`;
    if (error.claim === 'iat') return "The JWT's iat is in the future.";
    if (error.claim === 'nbf') return 'The JWT is not valid yet (nbf).';
    return `The JWT's ${error.claim} claim is not valid.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return `The JWT's signature does not verify with the keys of issuer ${who}.`;
  if (error instanceof errors.JWKSNoMatchingKey) return `No key of issuer ${who} matches the JWT's kid and alg.`;
  if (error instanceof errors.JWKSMultipleMatchingKeys) return `Several keys of issuer ${who} match the JWT's kid; it cannot be verified.`;
  if (error instanceof errors.JWKSTimeout) return `The JWK Set of issuer ${who} could not be fetched in time.`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "The JWT's alg is not allowed.";
  if (error instanceof errors.JWKSInvalid) return `The JWK Set of issuer ${who} is not a valid JWK Set.`;
  if (error instanceof errors.JOSEError && !/JSON Web Key Set/.test(error.message)) return `The JWT could not be verified: ${error.message}`;
  // The JWK Set's server answered something else than 200 and a JWK Set, or not at all.
  return `The JWK Set of issuer ${who} could not be fetched, so the JWT cannot be verified.`;
}

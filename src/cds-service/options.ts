/// <reference types="node" />
// The service's options, checked once when it is created: a mistake in the setup is a
// TypeError naming the option, at start, never a 500 on the first request.
import { isAbsolute, resolve } from 'node:path';
import { localToday } from '../engine/dates.js';

/** A JSON Web Key as JSON (the public part the EHR publishes). */
export type Jwk = Record<string, unknown>;

/** An EHR (CDS client) the service trusts, and where its signing keys are. */
export interface TrustedIssuer {
  /** The `iss` its JWTs carry, e.g. 'https://ehr.example.org'. */
  iss: string;
  /** Its public keys as a JWK Set, exchanged out of band. */
  jwks?: { keys: Jwk[] };
  /** Or the URL of its JWK Set, fetched (and cached) by the service. */
  jwksUrl?: string;
  /** JWK Set URLs its JWTs may name in the `jku` header; any other `jku` is refused. */
  jku?: string[];
  /**
   * FHIR base URLs its requests may name as `fhirServer` (a request's `fhirServer` must
   * start with one of them) before the service fetches from it. Default: any http(s) URL.
   */
  fhirServers?: string[];
}

export interface CdsServiceOptions {
  /**
   * The service's public base URL, as the EHR calls it ('https://cds.example.org', or
   * with a path prefix behind a proxy). A JWT's `aud` must be `${baseUrl}/cds-services/{id}`.
   */
  baseUrl: string;
  /** The EHRs whose JWTs are accepted. Empty: every hook call is refused (401). */
  issuers: TrustedIssuer[];
  /** The append-only JSON-lines file feedback is recorded to. Default 'cds-feedback.jsonl' in the working directory. */
  feedbackFile?: string;
  /** Keep the clinician's free-text `userComment` of a feedback (it may hold patient details). Default false. */
  recordComments?: boolean;
  /** The rule documentation cards link to (anchors are added). Default: the copy this service serves, `${baseUrl}/docs/clinical-rules.md`. */
  rulesDocUrl?: string;
  /** The SMART app launch URL the cards' `smart` link opens. Default: the demo app of `npm start`. */
  smartLaunchUrl?: string;
  /** Origins a browser-based EHR may call from: '*' (the default: no cookies are used, every call carries its JWT) or a list. */
  corsOrigins?: '*' | string[];
  /** Time for fetching what the prefetch lacks from the EHR's FHIR server, all requests together. Default 2000 ms. */
  fetchTimeoutMs?: number;
  /** Largest request body. Default 1 MB (1,048,576 bytes). */
  bodyLimitBytes?: number;
  /** Clock skew allowed on `exp` / `iat`, in seconds. Default 30. */
  clockToleranceSec?: number;
  /** Longest a JWT may live (`exp` − `iat`, and `exp` from now), in seconds; it bounds the replay cache. Default 600. */
  maxTokenLifetimeSec?: number;
  /** Most JWT ids remembered at once (each until its `exp`); beyond it calls get 503 until some expire. Default 1,000,000. */
  maxReplayEntries?: number;
  /** The date checks count from, 'YYYY-MM-DD'. Default: the current local date (tests and replays set it). */
  today?: () => string;
  /** Where the service reports what it does not answer for (a corrupt feedback line, a failed write). Default: console. */
  logger?: { warn(message: string): void };
}

/** The options with every default filled in. */
export interface Settings {
  baseUrl: string;
  issuers: TrustedIssuer[];
  feedbackFile: string;
  recordComments: boolean;
  rulesDocUrl: string;
  smartLaunchUrl: string;
  corsOrigins: '*' | string[];
  fetchTimeoutMs: number;
  bodyLimitBytes: number;
  clockToleranceSec: number;
  maxTokenLifetimeSec: number;
  maxReplayEntries: number;
  today: () => string;
  logger: { warn(message: string): void };
}

/** The SMART app served by `npm start` (demo/smart/launch.html). */
export const DEFAULT_SMART_LAUNCH_URL = 'http://127.0.0.1:8765/demo/smart/launch.html';
export const MEGABYTE = 1024 * 1024;

const fail = (name: string, what: string): never => {
  throw new TypeError(`createCdsService: ${name} ${what}`);
};

function httpUrl(value: unknown, name: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) fail(name, `must be an absolute http(s) URL, not ${JSON.stringify(value)}.`);
  return value as string;
}

const positive = (value: unknown, name: string, fallback: number): number =>
  value === undefined ? fallback : typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fail(name, 'must be a number above 0.');

function issuer(value: unknown, i: number): TrustedIssuer {
  const name = `issuers[${i}]`;
  if (!value || typeof value !== 'object') return fail(name, 'must be an object { iss, jwks | jwksUrl | jku }.');
  const v = value as Record<string, unknown>;
  if (typeof v.iss !== 'string' || !v.iss.trim()) fail(`${name}.iss`, 'must be the issuer URI its JWTs carry.');
  const list = (key: string) => {
    const x = v[key];
    if (x === undefined) return undefined;
    if (!Array.isArray(x)) return fail(`${name}.${key}`, 'must be a list of URLs.');
    return x.map((u, j) => httpUrl(u, `${name}.${key}[${j}]`));
  };
  const jku = list('jku');
  const fhirServers = list('fhirServers');
  const jwksUrl = v.jwksUrl === undefined ? undefined : httpUrl(v.jwksUrl, `${name}.jwksUrl`);
  const jwks = v.jwks;
  if (jwks !== undefined && !(jwks && typeof jwks === 'object' && Array.isArray((jwks as { keys?: unknown }).keys))) fail(`${name}.jwks`, 'must be a JWK Set { keys: [...] }.');
  if (!jwks && !jwksUrl && !jku?.length) fail(name, `(${v.iss}) needs its keys: jwks, jwksUrl, or a jku allow-list.`);
  return {
    iss: v.iss as string,
    ...(jwks !== undefined && { jwks: jwks as { keys: Jwk[] } }),
    ...(jwksUrl && { jwksUrl }),
    ...(jku && { jku }),
    ...(fhirServers && { fhirServers }),
  };
}

/** Checks the options and fills in the defaults; throws a TypeError naming a bad option. */
export function settingsOf(options: CdsServiceOptions): Settings {
  if (!options || typeof options !== 'object') fail('options', 'must be an object.');
  const baseUrl = httpUrl(options.baseUrl, 'baseUrl').replace(/\/+$/, '');
  if (!Array.isArray(options.issuers)) fail('issuers', 'must be a list of trusted issuers (it may be empty).');
  const issuers = options.issuers.map(issuer);
  const seen = new Set<string>();
  for (const x of issuers) {
    if (seen.has(x.iss)) fail('issuers', `lists ${x.iss} twice.`);
    seen.add(x.iss);
  }
  const cors = options.corsOrigins ?? '*';
  if (cors !== '*' && !(Array.isArray(cors) && cors.every((o) => typeof o === 'string'))) fail('corsOrigins', "must be '*' or a list of origins.");
  const file = options.feedbackFile ?? 'cds-feedback.jsonl';
  if (typeof file !== 'string' || !file.trim()) fail('feedbackFile', 'must be a file path.');
  const today = options.today ?? (() => localToday());
  if (typeof today !== 'function') fail('today', "must be a function returning 'YYYY-MM-DD'.");
  return {
    baseUrl,
    issuers,
    feedbackFile: isAbsolute(file) ? file : resolve(file),
    recordComments: options.recordComments === true,
    rulesDocUrl: options.rulesDocUrl === undefined ? `${baseUrl}/docs/clinical-rules.md` : httpUrl(options.rulesDocUrl, 'rulesDocUrl'),
    smartLaunchUrl: options.smartLaunchUrl === undefined ? DEFAULT_SMART_LAUNCH_URL : httpUrl(options.smartLaunchUrl, 'smartLaunchUrl'),
    corsOrigins: cors,
    fetchTimeoutMs: positive(options.fetchTimeoutMs, 'fetchTimeoutMs', 2000),
    bodyLimitBytes: positive(options.bodyLimitBytes, 'bodyLimitBytes', MEGABYTE),
    clockToleranceSec: options.clockToleranceSec === 0 ? 0 : positive(options.clockToleranceSec, 'clockToleranceSec', 30),
    maxTokenLifetimeSec: positive(options.maxTokenLifetimeSec, 'maxTokenLifetimeSec', 600),
    maxReplayEntries: positive(options.maxReplayEntries, 'maxReplayEntries', 1_000_000),
    today,
    logger: options.logger ?? { warn: (message: string) => console.warn(`tpi-guide cds-service: ${message}`) },
  };
}

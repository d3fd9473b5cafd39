/// <reference types="node" />
// The record the check reads: each prefetch key the EHR sent, and — for a key it did
// not send (or sent as an OperationOutcome) — the same query against the EHR's FHIR
// server when the request gives `fhirServer` and `fhirAuthorization`. All fetches
// share one time budget (2 s by default); whatever cannot be had is listed with the
// reason, so the answer can say what was not checked. A prefetch value of null means
// "no data" (CDS Hooks 2.0) and is not fetched again.
import { PREFETCH, PREFETCH_COVERS } from './discovery.js';
import type { TrustedIssuer } from './options.js';

/** A part of the record the check could not read, and why. */
export interface Unavailable {
  key: string;
  /** What it would have let the check see. */
  covers: string;
  /** Why it is missing, as a sentence fragment: 'not sent in the prefetch, and …'. */
  why: string;
}

export interface GatheredRecord {
  /** FHIR resources and Bundles, for fromFhir. */
  resources: unknown[];
  /** Keys read from the FHIR server rather than the prefetch. */
  fetched: string[];
  unavailable: Unavailable[];
}

export interface FhirAccess {
  fhirServer?: string;
  accessToken?: string;
}

const MAX_PAGES = 5;
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A day `days` before `today` ('YYYY-MM-DD'). */
function daysBefore(today: string, days: number): string {
  const t = new Date(`${today}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - days);
  return t.toISOString().slice(0, 10);
}

/** The query of a prefetch key for a patient, relative to the FHIR base. */
export function queryFor(key: string, patientId: string, today: string): string {
  // A search names the patient as a full reference (Patient/123), which every R4 server
  // reads the same way; a bare id is read as one only by some.
  const id = encodeURIComponent(patientId);
  const query = PREFETCH[key]!.replaceAll('patient={{context.patientId}}', `patient=Patient/${id}`).replaceAll('{{context.patientId}}', id);
  // A template cannot say "the past year"; a fetch can.
  return key === 'procedures' ? `${query}&date=ge${daysBefore(today, 365)}` : query;
}

/** A response body as text, refusing one larger than the cap. */
async function readCapped(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new Error(`answered with more than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One search or read, every `next` page on the same server followed (up to MAX_PAGES). */
async function fetchAll(base: URL, path: string, token: string, signal: AbortSignal): Promise<unknown[]> {
  const pages: unknown[] = [];
  let url: URL | undefined = new URL(`${base.href.replace(/\/+$/, '')}/${path}`);
  while (url && pages.length < MAX_PAGES) {
    const response: Response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json, application/json' },
      redirect: 'error',
      signal,
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new Error(`answered HTTP ${response.status}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(await readCapped(response));
    } catch (error) {
      throw error instanceof SyntaxError ? new Error('answered with something that is not JSON') : error;
    }
    if (!isObj(body) || typeof body.resourceType !== 'string') throw new Error('answered with something that is not a FHIR resource');
    if (body.resourceType === 'OperationOutcome') throw new Error('answered with an error (OperationOutcome)');
    pages.push(body);
    const next = body.resourceType === 'Bundle' && Array.isArray(body.link) ? body.link.find((l) => isObj(l) && l.relation === 'next') : undefined;
    const href = isObj(next) && typeof next.url === 'string' ? next.url : undefined;
    let nextUrl: URL | undefined;
    try {
      nextUrl = href ? new URL(href, url) : undefined;
    } catch {
      nextUrl = undefined;
    }
    // The access token never leaves the EHR's FHIR server.
    url = nextUrl && nextUrl.origin === base.origin ? nextUrl : undefined;
  }
  return pages;
}

/** Why a fetch failed, as a sentence fragment. */
function reason(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `the FHIR server did not answer within ${timeoutMs / 1000} s`;
  const message = error instanceof Error ? error.message : String(error);
  if (/^answered/.test(message)) return `the FHIR server ${message}`;
  return 'the FHIR server could not be reached';
}

/**
 * Reads the record from the request's prefetch, fetching the keys it lacks when it may.
 * Never throws: a key it cannot have is listed in `unavailable`.
 */
export async function gatherRecord(
  prefetch: Record<string, unknown> | undefined,
  patientId: string,
  access: FhirAccess,
  issuer: TrustedIssuer | undefined,
  today: string,
  timeoutMs: number,
): Promise<GatheredRecord> {
  const resources: unknown[] = [];
  const wanted: { key: string; why: string }[] = [];
  for (const key of Object.keys(PREFETCH)) {
    const has = prefetch !== undefined && Object.hasOwn(prefetch, key);
    const value = has ? prefetch![key] : undefined;
    if (has && value === null) continue; // The EHR has no data for it.
    if (isObj(value) && typeof value.resourceType === 'string' && value.resourceType !== 'OperationOutcome') resources.push(value);
    else wanted.push({ key, why: !has ? 'not sent in the prefetch' : isObj(value) && value.resourceType === 'OperationOutcome' ? 'the EHR sent an error (OperationOutcome) for it' : 'its prefetch value is not a FHIR resource' });
  }
  const unavailable: Unavailable[] = [];
  const fetched: string[] = [];
  const miss = (key: string, why: string) => unavailable.push({ key, covers: PREFETCH_COVERS[key]!, why });
  if (!wanted.length) return { resources, fetched, unavailable };

  let base: URL | undefined;
  try {
    base = access.fhirServer ? new URL(access.fhirServer) : undefined;
  } catch {
    base = undefined;
  }
  if (!base || !access.accessToken) {
    for (const { key, why } of wanted) miss(key, `${why}, and the request gives no FHIR access (fhirServer and fhirAuthorization) to fetch it`);
    return { resources, fetched, unavailable };
  }
  const allowed = issuer?.fhirServers;
  if (allowed && !allowed.some((prefix) => access.fhirServer!.startsWith(prefix))) {
    for (const { key, why } of wanted) miss(key, `${why}, and fhirServer is not one this EHR is set up to name`);
    return { resources, fetched, unavailable };
  }

  const signal = AbortSignal.timeout(timeoutMs);
  const results = await Promise.allSettled(wanted.map(({ key }) => fetchAll(base!, queryFor(key, patientId, today), access.accessToken!, signal)));
  results.forEach((result, i) => {
    const { key, why } = wanted[i]!;
    if (result.status === 'fulfilled') {
      resources.push(...result.value);
      fetched.push(key);
    } else miss(key, `${why}, and ${reason(result.reason, signal, timeoutMs)}`);
  });
  return { resources, fetched, unavailable };
}

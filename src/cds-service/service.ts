/// <reference types="node" />
// The request handler: routes, checks the caller, reads the request and answers.
//   GET  /cds-services                   discovery (open: an EHR lists services before it trusts them)
//   POST /cds-services/{id}               a hook call (JWT): cards for an ordered injection
//   POST /cds-services/{id}/feedback      what the clinician did with a card (JWT), appended to the log
//   GET  /docs/clinical-rules.md          the rule documentation the cards link to
//   OPTIONS on any of them                CORS preflight
// Every failure is an answer with a status and a sentence naming the problem; no input
// makes it throw (a bug would still be a 500 with no detail, and is logged).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { evaluate } from '../engine/evaluate.js';
import { fromOrders, hasOrdersToCheck } from '../engine/interop/from-fhir/orders.js';
import { AuthError, createVerifier, type Caller } from './auth.js';
import { cardsFor, type Card } from './cards.js';
import { SERVICES, serviceById, type ServiceDescription } from './discovery.js';
import { FeedbackLog, readFeedback, type FeedbackRecord } from './feedback.js';
import { HttpError, PREFLIGHT, checkContentType, corsHeaders, parseJsonObject, readBody, sendError, sendJson, sendText } from './http.js';
import { settingsOf, type CdsServiceOptions, type Settings, type TrustedIssuer } from './options.js';
import { gatherRecord } from './prefetch.js';

/** A `(req, res)` handler for node:http (or any framework that passes those objects). */
export interface CdsService {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The settings in use, defaults filled in. */
  readonly settings: Readonly<Settings>;
  /** The discovery document. */
  readonly discovery: { services: ServiceDescription[] };
  /** Reads the feedback log: its records, and the lines it skipped as unreadable. */
  readFeedback(): ReturnType<typeof readFeedback>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const bad = (message: string) => new HttpError(400, message);
const MAX_FEEDBACK = 1000;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;

/** The rule documentation, served so the cards' source links work out of the box. */
function rulesDocument(): string | undefined {
  try {
    return readFileSync(new URL('../../docs/clinical-rules.md', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

interface HookRequest {
  hookInstance: string;
  patientId: string;
  draftOrders: unknown;
  selections?: string[];
  prefetch?: Record<string, unknown>;
  fhirServer?: string;
  accessToken?: string;
}

/** A hook call's body, checked field by field (400 naming the first problem). */
function hookRequest(body: Record<string, unknown>, service: ServiceDescription): HookRequest {
  if (!text(body.hook)) throw bad("'hook' is required: the name of the hook that fired.");
  if (body.hook !== service.hook) throw bad(`'hook' is ${JSON.stringify(body.hook.slice(0, 60))}, but service '${service.id}' answers '${service.hook}'.`);
  if (!text(body.hookInstance)) throw bad("'hookInstance' is required: a UUID for this hook call.");
  if (!isObj(body.context)) throw bad("'context' is required: an object with patientId and draftOrders.");
  const { context } = body;
  if (!text(context.patientId)) throw bad("'context.patientId' is required: the FHIR id of the patient.");
  if (!isObj(context.draftOrders)) throw bad("'context.draftOrders' is required: a Bundle of the draft orders.");
  let selections: string[] | undefined;
  if (service.hook === 'order-select') {
    if (!Array.isArray(context.selections) || !context.selections.every(text)) throw bad("'context.selections' is required for order-select: a list of references such as 'ServiceRequest/123'.");
    selections = context.selections as string[];
  }
  if (body.prefetch !== undefined && !isObj(body.prefetch)) throw bad("'prefetch' must be an object of prefetch keys.");
  let fhirServer: string | undefined;
  if (body.fhirServer !== undefined) {
    let url: URL | undefined;
    try {
      url = text(body.fhirServer) ? new URL(body.fhirServer) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) throw bad("'fhirServer' must be the absolute http(s) base URL of the EHR's FHIR server.");
    fhirServer = body.fhirServer as string;
  }
  let accessToken: string | undefined;
  if (body.fhirAuthorization !== undefined) {
    const auth = body.fhirAuthorization;
    if (!isObj(auth) || !text(auth.access_token)) throw bad("'fhirAuthorization.access_token' is required when fhirAuthorization is given.");
    if (typeof auth.token_type !== 'string' || auth.token_type.toLowerCase() !== 'bearer') throw bad("'fhirAuthorization.token_type' must be 'Bearer'.");
    if (!fhirServer) throw bad("'fhirServer' is required when fhirAuthorization is given.");
    accessToken = auth.access_token as string;
  }
  return {
    hookInstance: body.hookInstance as string,
    patientId: context.patientId as string,
    draftOrders: context.draftOrders,
    ...(selections && { selections }),
    ...(body.prefetch !== undefined && { prefetch: body.prefetch as Record<string, unknown> }),
    ...(fhirServer && { fhirServer }),
    ...(accessToken && { accessToken }),
  };
}

/** A feedback body, checked (400 naming the first problem); the records to append. */
function feedbackRecords(body: Record<string, unknown>, service: ServiceDescription, caller: Caller, keepComments: boolean): FeedbackRecord[] {
  const list = body.feedback;
  if (!Array.isArray(list) || !list.length) throw bad("'feedback' is required: a list of { card, outcome, outcomeTimestamp }.");
  if (list.length > MAX_FEEDBACK) throw bad(`'feedback' holds ${list.length} items; at most ${MAX_FEEDBACK} per call.`);
  const recordedAt = new Date().toISOString();
  return list.map((item, i) => {
    const at = `feedback[${i}]`;
    if (!isObj(item)) throw bad(`'${at}' must be an object.`);
    if (!text(item.card) || item.card.length > 200) throw bad(`'${at}.card' is required: the uuid of the card.`);
    if (item.outcome !== 'accepted' && item.outcome !== 'overridden') throw bad(`'${at}.outcome' must be 'accepted' or 'overridden'.`);
    if (typeof item.outcomeTimestamp !== 'string' || !RFC3339.test(item.outcomeTimestamp) || Number.isNaN(Date.parse(item.outcomeTimestamp))) {
      throw bad(`'${at}.outcomeTimestamp' must be an ISO 8601 date and time in UTC, e.g. 2026-11-26T10:05:31Z.`);
    }
    const record: FeedbackRecord = {
      recordedAt,
      service: service.id,
      card: item.card,
      outcome: item.outcome,
      outcomeTimestamp: item.outcomeTimestamp,
      client: { iss: caller.iss, ...(caller.sub && { sub: caller.sub }), ...(caller.tenant && { tenant: caller.tenant }) },
    };
    if (item.overrideReason !== undefined) {
      const why = item.overrideReason;
      if (!isObj(why)) throw bad(`'${at}.overrideReason' must be an object { reason, userComment }.`);
      const reason = why.reason;
      if (reason !== undefined && !(isObj(reason) && text(reason.code))) throw bad(`'${at}.overrideReason.reason' must be a Coding with a code.`);
      if (why.userComment !== undefined && typeof why.userComment !== 'string') throw bad(`'${at}.overrideReason.userComment' must be text.`);
      const coding = isObj(reason)
        ? Object.fromEntries((['system', 'code', 'display'] as const).filter((k) => typeof reason[k] === 'string').map((k) => [k, (reason[k] as string).slice(0, 500)]))
        : undefined;
      record.overrideReason = {
        ...(coding && { reason: coding }),
        ...(keepComments && typeof why.userComment === 'string' && { userComment: why.userComment.slice(0, 2000) }),
      };
    }
    if (item.acceptedSuggestions !== undefined) {
      const accepted = item.acceptedSuggestions;
      if (!Array.isArray(accepted) || !accepted.every((s) => isObj(s) && text(s.id))) throw bad(`'${at}.acceptedSuggestions' must be a list of { id }.`);
      record.acceptedSuggestions = accepted.slice(0, 100).map((s) => ({ id: String((s as { id: string }).id).slice(0, 200) }));
    }
    return record;
  });
}

/** What one service's requests share: its settings and the parts built from them once. */
interface Runtime {
  settings: Settings;
  verify: ReturnType<typeof createVerifier>;
  log: FeedbackLog;
  issuers: Map<string, TrustedIssuer>;
  discovery: { services: ServiceDescription[] };
  /** The rule documentation, read on first use; a 404 when it is not installed. */
  rulesDoc: () => string;
}

/** Where a request goes, and the methods it answers there (the `allow` header). */
type Route =
  | { to: 'discovery'; allow: string }
  | { to: 'doc'; allow: string }
  | { to: 'hook' | 'feedback'; service: ServiceDescription; allow: string };

/** The route of a request URL; a 400 when it cannot be read, a 404 naming what is there for any other path. */
function routeOf(url: string | undefined, baseUrl: string): Route {
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://service.invalid').pathname.replace(/\/+$/, '') || '/';
  } catch {
    throw new HttpError(400, 'The request path could not be read.');
  }
  if (path === '/cds-services') return { to: 'discovery', allow: 'GET, HEAD, OPTIONS' };
  if (path === '/docs/clinical-rules.md') return { to: 'doc', allow: 'GET, HEAD, OPTIONS' };
  const parts = path.split('/').filter(Boolean);
  const service = parts[0] === 'cds-services' && (parts.length === 2 || (parts.length === 3 && parts[2] === 'feedback')) ? serviceById(parts[1]!) : undefined;
  if (service) return { to: parts.length === 3 ? 'feedback' : 'hook', service, allow: 'POST, OPTIONS' };
  const known = parts[0] === 'cds-services' && parts.length >= 2;
  throw new HttpError(
    404,
    known
      ? `No CDS service ${JSON.stringify(parts[1]!.slice(0, 80))} here; discovery at ${baseUrl}/cds-services lists: ${SERVICES.map((s) => s.id).join(', ')}.`
      : `Nothing at ${path.slice(0, 100)}; CDS services are listed at ${baseUrl}/cds-services.`,
  );
}

/** The CORS headers for a request, or undefined when its origin may not call the service. */
const corsOf = (req: IncomingMessage, settings: Settings) => corsHeaders(settings.corsOrigins, typeof req.headers.origin === 'string' ? req.headers.origin : undefined);

/** The verified caller of a hook or feedback call; a 401 (503 when the replay cache is full) naming the problem. */
async function callerOf(rt: Runtime, req: IncomingMessage, to: 'hook' | 'feedback', service: ServiceDescription): Promise<Caller> {
  const endpoint = `${rt.settings.baseUrl}/cds-services/${service.id}`;
  try {
    // For feedback the audience is the feedback URL; its service's URL is accepted too.
    return await rt.verify(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined, to === 'feedback' ? [`${endpoint}/feedback`, endpoint] : [endpoint]);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    req.resume();
    throw new HttpError(error.status, error.message, error.status === 401 ? { 'www-authenticate': 'Bearer' } : { 'retry-after': '60' });
  }
}

/** A hook call: cards for the trigger point injection orders in the draft orders. */
async function answerHook(rt: Runtime, body: Record<string, unknown>, service: ServiceDescription, caller: Caller): Promise<{ cards: Card[] }> {
  const { settings } = rt;
  const request = hookRequest(body, service);
  const today = settings.today();
  const patient = `Patient/${request.patientId}`;
  const options = { today, patient, ...(request.selections && { selections: request.selections }) };
  // No trigger point injection or dry needling ordered: nothing to say, nothing fetched.
  if (!hasOrdersToCheck(request.draftOrders, options)) return { cards: [] };
  const record = await gatherRecord(
    request.prefetch,
    request.patientId,
    { ...(request.fhirServer && { fhirServer: request.fhirServer }), ...(request.accessToken && { accessToken: request.accessToken }) },
    rt.issuers.get(caller.iss),
    today,
    settings.fetchTimeoutMs,
  );
  const read = fromOrders(request.draftOrders, record.resources, options);
  const guidance = evaluate(read.assessment, { today });
  return {
    cards: cardsFor({
      guidance,
      read,
      unavailable: record.unavailable,
      serviceId: service.id,
      hookInstance: request.hookInstance,
      today,
      rulesDocUrl: settings.rulesDocUrl,
      smartLaunchUrl: settings.smartLaunchUrl,
    }),
  };
}

/** A feedback call: its records appended to the log; a 503 when the log cannot be written. */
async function recordFeedback(rt: Runtime, body: Record<string, unknown>, service: ServiceDescription, caller: Caller): Promise<{ recorded: number }> {
  const records = feedbackRecords(body, service, caller, rt.settings.recordComments);
  try {
    await rt.log.append(records);
  } catch (error) {
    rt.settings.logger.warn(`could not record feedback in ${rt.settings.feedbackFile}: ${(error as Error).message}`);
    throw new HttpError(503, 'The feedback could not be recorded; please send it again.', { 'retry-after': '30' });
  }
  return { recorded: records.length };
}

/** Answers one request; a refusal is thrown as an HttpError. */
async function handle(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsOf(req, rt.settings);
  const headers = cors ?? {};
  const route = routeOf(req.url, rt.settings.baseUrl);
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    if (!cors) throw new HttpError(403, `Origin ${JSON.stringify(String(req.headers.origin).slice(0, 100))} may not call this service.`);
    return sendJson(res, 204, undefined, { ...headers, ...PREFLIGHT, allow: route.allow });
  }
  if (route.to === 'discovery' || route.to === 'doc') {
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method.slice(0, 20)} is not allowed here; use GET.`, { allow: route.allow });
    if (route.to === 'discovery') return sendJson(res, 200, rt.discovery, headers);
    return sendText(res, 200, rt.rulesDoc(), 'text/plain; charset=utf-8', headers);
  }
  if (method !== 'POST') throw new HttpError(405, `${method.slice(0, 20)} is not allowed here; a CDS service is called with POST.`, { allow: route.allow });
  const caller = await callerOf(rt, req, route.to, route.service);
  checkContentType(req);
  const body = parseJsonObject(await readBody(req, rt.settings.bodyLimitBytes));
  const answer = route.to === 'feedback' ? await recordFeedback(rt, body, route.service, caller) : await answerHook(rt, body, route.service, caller);
  return sendJson(res, 200, answer, headers);
}

/** The rule documentation, read once on first use; a 404 when it is not installed. */
function lazyRulesDocument(): () => string {
  let doc: string | undefined | null = null;
  return () => {
    if (doc === null) doc = rulesDocument();
    if (doc === undefined) throw new HttpError(404, 'The rule documentation is not installed with this copy of the service.');
    return doc;
  };
}

const copyDiscovery = (services: readonly ServiceDescription[]) => ({ services: services.map((s) => ({ ...s, prefetch: { ...s.prefetch } })) });

/**
 * Creates the CDS Hooks 2.0 service: a request handler for node:http (or Express,
 * Fastify, Koa through their raw req / res). Throws a TypeError for a bad option.
 */
export function createCdsService(options: CdsServiceOptions): CdsService {
  const settings = settingsOf(options);
  const rt: Runtime = {
    settings,
    verify: createVerifier(settings),
    log: new FeedbackLog(settings.feedbackFile),
    issuers: new Map(settings.issuers.map((i) => [i.iss, i])),
    discovery: copyDiscovery(SERVICES),
    rulesDoc: lazyRulesDocument(),
  };
  const handler = (async (req: IncomingMessage, res: ServerResponse) => {
    try {
      await handle(rt, req, res);
    } catch (error) {
      const cors = corsOf(req, settings) ?? {};
      if (error instanceof HttpError) {
        sendError(res, error, cors);
        if (error.status === 413) res.once('finish', () => req.destroy());
        return;
      }
      settings.logger.warn(`internal error on ${req.method} ${String(req.url).slice(0, 200)}: ${(error as Error)?.stack ?? error}`);
      sendError(res, new HttpError(500, 'Internal error; the problem was logged.'), cors);
    }
  }) as CdsService;
  Object.defineProperties(handler, {
    settings: { value: Object.freeze({ ...settings }) },
    discovery: { get: () => copyDiscovery(rt.discovery.services) },
    readFeedback: { value: () => readFeedback(settings.feedbackFile) },
  });
  return handler;
}

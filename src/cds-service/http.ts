/// <reference types="node" />
// HTTP plumbing with node:http's request and response objects only, so the handler
// works with node:http, https, http2's compatibility API, or any framework that hands
// them over (Express, Fastify's raw objects, Koa's ctx.req / ctx.res).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An answer that is not a success: status and a sentence naming the problem. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const BASE_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** Sends `body` as JSON (nothing for 204) with the CORS headers given. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    ...(text && { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }),
    ...headers,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** An error answer: `{ "error": message }`. */
export function sendError(res: ServerResponse, error: HttpError, headers: Record<string, string> = {}): void {
  sendJson(res, error.status, { error: error.message }, { ...headers, ...error.headers });
}

/**
 * The request body as text, at most `limit` bytes (413 beyond, read no further), in
 * UTF-8. A body already parsed by a framework (req.body) is taken as it is.
 */
export function readBody(req: IncomingMessage & { body?: unknown }, limit: number): Promise<string | object> {
  const tooLarge = () => new HttpError(413, `The request body is larger than ${limit.toLocaleString('en-US')} bytes.`, { connection: 'close' });
  // A framework that read the body already (express.json, express.text, express.raw) left it here.
  if (Buffer.isBuffer(req.body)) return req.body.length > limit ? Promise.reject(tooLarge()) : Promise.resolve(req.body.toString('utf8'));
  if (typeof req.body === 'string') return Buffer.byteLength(req.body) > limit ? Promise.reject(tooLarge()) : Promise.resolve(req.body);
  if (req.body !== undefined && req.body !== null && typeof req.body === 'object') return Promise.resolve(req.body);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (error) {
        req.resume();
        reject(error);
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge());
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish());
    req.once('error', () => finish(new HttpError(400, 'The request body could not be read to its end.')));
    req.once('close', () => finish(new HttpError(400, 'The connection closed before the request body ended.')));
  });
}

/** A body parsed as JSON: an object, else a 400 that names the problem. */
export function parseJsonObject(body: string | object): Record<string, unknown> {
  let value: unknown = body;
  if (typeof body === 'string') {
    if (!body.trim()) throw new HttpError(400, 'The request body is empty: a JSON object is expected.');
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new HttpError(400, `The request body is not valid JSON: ${(error as Error).message.slice(0, 200)}.`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, `The request body must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`);
  }
  return value as Record<string, unknown>;
}

/** The media type a body is sent as: JSON (or none given) is accepted, anything else is 415. */
export function checkContentType(req: IncomingMessage): void {
  const type = req.headers['content-type'];
  if (type === undefined) return;
  const media = type.split(';')[0]!.trim().toLowerCase();
  if (media !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(media)) {
    throw new HttpError(415, `The request body must be JSON (Content-Type: application/json), not ${JSON.stringify(type.slice(0, 80))}.`);
  }
}

/** CORS: the response headers for a request from `origin`, or undefined when the origin is not allowed. */
export function corsHeaders(origins: '*' | string[], origin: string | undefined): Record<string, string> | undefined {
  if (origins === '*') return { 'access-control-allow-origin': '*' };
  if (!origin) return {};
  return origins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : undefined;
}

/** The extra headers of a preflight answer. */
export const PREFLIGHT = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept',
  'access-control-max-age': '600',
};

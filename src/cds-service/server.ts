/// <reference types="node" />
// The service on its own node:http server: what `npm run serve:cds` and the tests run.
import { createServer, type Server } from 'node:http';
import { createCdsService, type CdsService } from './service.js';
import type { CdsServiceOptions } from './options.js';

export interface StartOptions extends Omit<CdsServiceOptions, 'baseUrl'> {
  /** Port to listen on; 0 (the default) lets the system pick a free one. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1: behind a reverse proxy, never open to the network by itself. */
  host?: string;
  /** The public base URL when a proxy fronts the service; default the address listened on, http://host:port. */
  baseUrl?: string;
}

export interface RunningCdsServer {
  /** The public base URL (the JWT audiences are built on it). */
  baseUrl: string;
  /** `${baseUrl}/cds-services`. */
  discoveryUrl: string;
  /** The address listened on, http://host:port. */
  listening: string;
  server: Server;
  service: CdsService;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Creates the service and listens. Rejects on a bad option (TypeError) or when the port is taken. */
export async function startCdsServer(options: StartOptions = { issuers: [] }): Promise<RunningCdsServer> {
  const { port = 0, host = '127.0.0.1', baseUrl, ...rest } = options;
  // Check the options before taking the port.
  createCdsService({ ...rest, baseUrl: baseUrl ?? 'http://127.0.0.1' });
  // The handler is made once the port, and so the base URL, is known.
  const ready: { service?: CdsService } = {};
  const server = createServer((req, res) => void ready.service!(req, res));
  // Behind a proxy, idle keep-alive connections outlive the proxy's own timeout.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const listening = `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
  const service = (ready.service = createCdsService({ ...rest, baseUrl: baseUrl ?? listening }));
  const base = service.settings.baseUrl;
  return {
    baseUrl: base,
    discoveryUrl: `${base}/cds-services`,
    listening,
    server,
    service,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// A tiny static server for the bench page: the repo root on 127.0.0.1, GET only, no
// bare-import rewriting (the page imports built bundles). Cross-origin isolation
// headers give the page performance.now() at its finest resolution.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** Serves `root`; resolves to { url, close } once listening on a free port. */
export function serve(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = resolve(base, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    if (req.method !== 'GET' || (path !== base && !path.startsWith(base + sep))) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolveServe, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServe({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

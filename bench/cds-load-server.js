// A server for bench/cds-load.js, run as its own process so the load generator and the
// server under test never share an event loop. `floor`: a bare node:http handler that
// reads the body, parses it and echoes it (no JSON-level work can be cheaper); `cds`:
// the CDS Hooks service from dist/ with one trusted issuer. Tells the parent its port
// over IPC, and its CPU time when asked; stops when the parent says so or goes away.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [kind, config] = [process.argv[2], JSON.parse(process.argv[3] ?? '{}')];
let close;
let port;
let tmp;
if (kind === 'floor') {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  port = server.address().port;
  close = () => new Promise((done) => server.close(done));
} else {
  const { startCdsServer } = await import('../dist/cds-service/index.js');
  tmp = mkdtempSync(join(tmpdir(), 'tpi-cds-bench-'));
  const running = await startCdsServer({ ...config, feedbackFile: join(tmp, 'feedback.jsonl'), logger: { warn: (m) => process.send?.({ warn: m }) } });
  port = Number(new URL(running.baseUrl).port);
  close = () => running.close();
}
process.send({ port });
const stop = async () => {
  await close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
};
// CPU time this process has used (µs): per request, a figure the other load on the machine moves less than req/s.
process.on('message', (m) => (m === 'stop' ? stop() : m === 'cpu' && process.send({ cpu: process.cpuUsage() })));
process.on('disconnect', stop);

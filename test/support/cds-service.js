// Test support: the CDS Hooks service of dist/ started for one test file, on 127.0.0.1
// (port 0), with its feedback log in a temporary folder of its own. Runs on dist/
// (npm test builds first).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCdsServer } from '../../dist/cds-service/index.js';

/**
 * Starts the service with `options` (`issuers` at least; the feedback log defaults to
 * `feedback.jsonl` in `dir`, a fresh temporary folder named after `name`). Returns the
 * server's `baseUrl`, `dir`, and `stop()`. What the service logs is an
 * internal error, so it is kept in `logged`, and `stop()` — closing the service and
 * removing `dir` — fails if anything was.
 */
export async function startTestService(name, options) {
  const dir = mkdtempSync(join(tmpdir(), `tpi-${name}-`));
  const logged = [];
  let running;
  try {
    running = await startCdsServer({ feedbackFile: join(dir, 'feedback.jsonl'), logger: { warn: (m) => logged.push(m) }, ...options });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: running.baseUrl,
    dir,
    logged,
    async stop() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(logged, [], 'the service logged no internal error');
    },
  };
}

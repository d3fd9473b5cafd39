// The feedback endpoint (POST /cds-services/{id}/feedback, CDS Hooks 2.0 "Feedback"):
// accepted and overridden cards are appended to a JSON-lines file that survives a
// restart; a corrupt or torn line is reported and skipped, never fatal; concurrent
// writes (within one copy, and from two copies sharing the file) lose nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { readFeedback, startCdsServer } from '../../dist/cds-service/index.js';
import { call, createIssuer } from '../support/cds-hooks.js';

const SIGN = 'tpi-guide-order-sign';
const dir = mkdtempSync(join(tmpdir(), 'tpi-cds-feedback-'));
let ehr;
const open = [];

before(async () => {
  ehr = await createIssuer();
});

after(async () => {
  for (const s of open) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(file, extra = {}) {
  const running = await startCdsServer({ issuers: [{ iss: ehr.iss, jwks: ehr.jwks }], feedbackFile: file, ...extra });
  open.push(running);
  return running;
}

/** Posts feedback items with a fresh JWT. */
async function send(running, items, id = SIGN) {
  const url = `${running.baseUrl}/cds-services/${id}/feedback`;
  return call(url, { method: 'POST', body: { feedback: items }, token: await ehr.token(url) });
}

const accepted = (card = randomUUID()) => ({ card, outcome: 'accepted', acceptedSuggestions: [{ id: randomUUID() }], outcomeTimestamp: '2026-11-26T10:05:31Z' });
const overridden = (card = randomUUID(), reason = { code: 'benefit-outweighs-risk', system: 'https://tpi-guide.example/fhir/CodeSystem/cds-override-reason', display: 'Benefit outweighs the risk for this patient' }) => ({
  card,
  outcome: 'overridden',
  overrideReason: { reason, userComment: 'Discussed with the patient, who accepts the bruising risk.' },
  outcomeTimestamp: '2026-11-26T10:06:00.250Z',
});

describe('recording', () => {
  test('accepted and overridden cards are appended, one JSON object per line, with who sent them', async () => {
    const file = join(dir, 'one.jsonl');
    const running = await start(file);
    const a = accepted();
    const o = overridden();
    const res = await send(running, [a, o]);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { recorded: 2 });
    const lines = readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    const [ra, ro] = lines.slice(0, 2).map((l) => JSON.parse(l));
    assert.deepEqual({ ...ra, recordedAt: undefined }, { recordedAt: undefined, service: SIGN, card: a.card, outcome: 'accepted', outcomeTimestamp: a.outcomeTimestamp, acceptedSuggestions: a.acceptedSuggestions, client: { iss: ehr.iss, sub: 'ehr-client-1', tenant: 'clinic-1' } });
    assert.ok(!Number.isNaN(Date.parse(ra.recordedAt)));
    assert.deepEqual(ro.overrideReason, { reason: o.overrideReason.reason }, "the clinician's free-text comment is not kept unless asked for");
    assert.equal(ro.service, SIGN);
  });

  test('with recordComments, the comment is kept', async () => {
    const file = join(dir, 'comments.jsonl');
    const running = await start(file, { recordComments: true });
    await send(running, [overridden()], 'tpi-guide-order-select');
    const { records } = await readFeedback(file);
    assert.equal(records[0].overrideReason.userComment, 'Discussed with the patient, who accepts the bruising risk.');
    assert.equal(records[0].service, 'tpi-guide-order-select');
  });

  test('a malformed feedback is 400 naming the field, and nothing is written', async () => {
    const file = join(dir, 'bad.jsonl');
    const running = await start(file);
    const cases = [
      [undefined, /'feedback' is required/],
      [[], /'feedback' is required/],
      [[{ outcome: 'accepted', outcomeTimestamp: '2026-11-26T10:05:31Z' }], /'feedback\[0\]\.card' is required/],
      [[accepted(), { ...accepted(), outcome: 'ignored' }], /'feedback\[1\]\.outcome' must be 'accepted' or 'overridden'/],
      [[{ ...accepted(), outcomeTimestamp: 'yesterday' }], /'feedback\[0\]\.outcomeTimestamp' must be an ISO 8601 date and time/],
      [[{ ...overridden(), overrideReason: { reason: { display: 'no code' } } }], /overrideReason\.reason' must be a Coding with a code/],
      [[{ ...accepted(), acceptedSuggestions: 'all' }], /acceptedSuggestions' must be a list of \{ id \}/],
      [Array.from({ length: 1001 }, () => accepted()), /at most 1000 per call/],
    ];
    for (const [items, why] of cases) {
      const res = await send(running, items);
      assert.equal(res.status, 400);
      assert.match(res.body.error, why);
    }
    assert.deepEqual(await readFeedback(file), { records: [], problems: [] });
  });

  test('a log that cannot be written is 503 (send again), and the reason is logged', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where a folder should be');
    const logged = [];
    const running = await start(join(blocker, 'feedback.jsonl'), { logger: { warn: (m) => logged.push(m) } });
    const res = await send(running, [accepted()]);
    assert.equal(res.status, 503);
    assert.match(res.body.error, /could not be recorded; please send it again/);
    assert.match(logged.join('\n'), /could not record feedback/);
  });
});

describe('durability', () => {
  test('feedback survives a restart: the new copy appends after what the old one wrote', async () => {
    const file = join(dir, 'restart.jsonl');
    const first = await start(file);
    const before = [accepted('card-1'), overridden('card-2')];
    await send(first, before);
    await first.close();
    const second = await start(file);
    assert.deepEqual((await second.service.readFeedback()).records.map((r) => r.card), ['card-1', 'card-2']);
    await send(second, [accepted('card-3')]);
    const { records, problems } = await readFeedback(file);
    assert.deepEqual(records.map((r) => r.card), ['card-1', 'card-2', 'card-3']);
    assert.deepEqual(problems, []);
  });

  test('a corrupt line and a torn last line are reported and skipped; later records are whole', async () => {
    const file = join(dir, 'corrupt.jsonl');
    const running = await start(file);
    await send(running, [accepted('good-1')]);
    appendFileSync(file, 'this line is not JSON\n[1,2,3]\n{"card": "torn", "outc');
    await send(running, [accepted('good-2'), overridden('good-3')]);
    const { records, problems } = await readFeedback(file);
    assert.deepEqual(records.map((r) => r.card), ['good-1', 'good-2', 'good-3']);
    assert.deepEqual(problems.map((p) => p.line), [2, 3, 4]);
    assert.match(problems[0].message, /not valid JSON/);
    assert.match(problems[1].message, /not a feedback record/);
    // A restarted copy reads the same log without failing.
    const again = await start(file);
    assert.equal((await again.service.readFeedback()).records.length, 3);
  });

  test('concurrent posts to one copy, and to two copies sharing the file: every record is written whole', async () => {
    const file = join(dir, 'concurrent.jsonl');
    const a = await start(file);
    const b = await start(file);
    const posts = Array.from({ length: 60 }, (_, i) => send(i % 2 ? a : b, [accepted(`c-${i}-a`), overridden(`c-${i}-b`)]));
    const answers = await Promise.all(posts);
    assert.ok(answers.every((r) => r.status === 200));
    const { records, problems } = await readFeedback(file);
    assert.deepEqual(problems, []);
    assert.equal(records.length, 120);
    assert.deepEqual(new Set(records.map((r) => r.card)).size, 120);
    // Each post's two records are adjacent: a batch is one write.
    for (let i = 0; i < 60; i++) {
      const at = records.findIndex((r) => r.card === `c-${i}-a`);
      assert.equal(records[at + 1].card, `c-${i}-b`);
    }
  });

  test('a missing log reads as empty', async () => {
    assert.deepEqual(await readFeedback(join(dir, 'never-written.jsonl')), { records: [], problems: [] });
  });
});

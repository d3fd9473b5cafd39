/// <reference types="node" />
// The feedback log: one JSON object per line, appended, never rewritten. A batch is
// written in one append and flushed to disk (fdatasync) before the EHR is told it was
// recorded, so nothing acknowledged is lost on a restart or a crash. Appends from one
// process are queued one after another; appends from several processes (copies behind
// a load balancer on shared storage) rely on O_APPEND: each batch is one write, never
// interleaved with another's. A line that is not a JSON object (a torn last line after
// a power cut, a hand edit) is reported and skipped when the log is read, never fatal;
// a torn last line is closed with a newline before the next append, so it spoils no
// record but itself.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One feedback as recorded. */
export interface FeedbackRecord {
  /** When the service recorded it (ISO 8601, UTC). */
  recordedAt: string;
  /** The CDS service it was posted to. */
  service: string;
  /** The card's uuid. */
  card: string;
  outcome: 'accepted' | 'overridden';
  /** When the clinician acted, as the EHR says (ISO 8601). */
  outcomeTimestamp: string;
  overrideReason?: { reason?: { system?: string; code?: string; display?: string }; userComment?: string };
  acceptedSuggestions?: { id: string }[];
  /** Who posted it: the verified JWT's issuer, subject and tenant. */
  client: { iss: string; sub?: string; tenant?: string };
}

export interface FeedbackProblem {
  /** 1-based line number. */
  line: number;
  message: string;
}

/** Every record of a feedback log, and the lines that could not be read (skipped). A missing file is an empty log. */
export async function readFeedback(file: string): Promise<{ records: FeedbackRecord[]; problems: FeedbackProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] };
    throw error;
  }
  const records: FeedbackRecord[] = [];
  const problems: FeedbackProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line);
      if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.card === 'string') records.push(value);
      else problems.push({ line: i + 1, message: 'not a feedback record (a JSON object with a card)' });
    } catch {
      problems.push({ line: i + 1, message: 'not valid JSON (a torn or edited line); skipped' });
    }
  });
  return { records, problems };
}

/** An append-only JSON-lines log at `file` (its folder is created when missing). */
export class FeedbackLog {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends the records as one batch, flushed to disk; resolves once they are durable. */
  append(records: readonly FeedbackRecord[]): Promise<void> {
    const run = this.queue.then(() => this.write(records));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(records: readonly FeedbackRecord[]): Promise<void> {
    if (!records.length) return;
    await mkdir(dirname(this.file), { recursive: true });
    const handle = await open(this.file, 'a+');
    try {
      // A torn last line (no newline at the end) must not swallow the next record.
      let prefix = '';
      const { size } = await handle.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await handle.write(prefix + records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }
}

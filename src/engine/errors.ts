// The two errors the engine throws; each carries every issue found, with its path.
import type { Issue } from './types.js';

const summary = (what: string, issues: Issue[]) =>
  `${what}: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;

/** The assessment (or `options.today`) is invalid; `issues` says where and why. */
export class AssessmentError extends Error {
  override name = 'AssessmentError';
  constructor(readonly issues: Issue[]) {
    super(summary('Invalid assessment', issues));
  }
}

/** A host-supplied rule set is invalid and was refused whole. */
export class RulesetError extends Error {
  override name = 'RulesetError';
  constructor(readonly issues: Issue[]) {
    super(summary('Invalid rule set', issues));
  }
}

// evaluate(): validate `today`, then the rule set (once per object: program.ts), then
// the assessment; then run.
import { AssessmentError } from './errors.js';
import { programFor } from './program.js';
import { run } from './run.js';
import type { EvaluateOptions, Guidance, Issue, Ruleset } from './types.js';
import { readAssessment, readToday } from './validate-assessment.js';

/** A rule set ready to use: the default as it is, any other validated (RulesetError when invalid). */
export const checkedRuleset = (given?: unknown): Ruleset => programFor(given).ruleset;

/** Guidance for an assessment; throws AssessmentError or RulesetError, nothing else. */
export function evaluate(assessment: unknown, options?: EvaluateOptions): Guidance {
  const issues: Issue[] = [];
  let today: number | undefined;
  try {
    today = readToday(options, issues);
  } catch {
    issues.push({ path: ['options'], message: 'The options could not be read as plain data.' });
  }
  if (today === undefined) throw new AssessmentError(issues);
  const program = programFor(options?.ruleset);
  const read = readAssessment(assessment, today, issues);
  if (!read) throw new AssessmentError(issues);
  return run(program, read.value, read.ages);
}

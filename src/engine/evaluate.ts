// evaluate(): validate `today`, then the rule set (once per object), then the
// assessment; then run. evaluate-with.ts does the same for a rule set already checked,
// without the rule-set validator.
import { AssessmentError, RulesetError } from './errors.js';
import { cachedProgram, compiled, rememberProgram, type Program } from './program.js';
import { defaultRuleset } from './rules/default-ruleset.js';
import { run } from './run.js';
import type { EvaluateOptions, Guidance, Issue, Ruleset } from './types.js';
import { readAssessment, readToday } from './validate-assessment.js';
import { validateRuleset } from './validate-ruleset.js';

/** The program of a rule set (default: the built-in one), validated once per object; throws RulesetError when it is invalid. */
export function programFor(given: unknown = defaultRuleset): Program {
  if (given === defaultRuleset) return compiled(defaultRuleset);
  const key = typeof given == 'object' && given ? given : undefined;
  let program = key && cachedProgram(key);
  if (!program) {
    const checked = validateRuleset(given);
    if (!checked.ok) throw new RulesetError(checked.issues);
    program = compiled(checked.value);
    if (key) rememberProgram(key, program);
  }
  return program;
}

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

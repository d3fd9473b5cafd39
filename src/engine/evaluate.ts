// evaluate(): validate `today`, then the rule set, then the assessment; then run.
import { AssessmentError, RulesetError } from './errors.js';
import { defaultRuleset } from './rules/default-ruleset.js';
import { run } from './run.js';
import type { EvaluateOptions, Guidance, Issue } from './types.js';
import { readToday, validateAssessment } from './validate-assessment.js';
import { validateRuleset } from './validate-ruleset.js';

/** Guidance for an assessment; throws AssessmentError or RulesetError, nothing else. */
export function evaluate(assessment: unknown, options?: EvaluateOptions): Guidance {
  const issues: Issue[] = [];
  let today: string | undefined;
  try {
    today = readToday(options, issues);
  } catch {
    issues.push({ path: ['options'], message: 'The options could not be read as plain data.' });
  }
  if (!today) throw new AssessmentError(issues);
  const given = options?.ruleset;
  const rs = given === undefined || given === defaultRuleset ? { ok: true as const, value: defaultRuleset } : validateRuleset(given);
  if (!rs.ok) throw new RulesetError(rs.issues);
  const a = validateAssessment(assessment, { today });
  if (!a.ok) throw new AssessmentError(a.issues);
  return run(a.value, rs.value, today);
}

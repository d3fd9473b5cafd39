// evaluate(): validate `today`, then the rule set, then the assessment; then run.
import { AssessmentError, RulesetError } from './errors.js';
import { defaultRuleset } from './rules/default-ruleset.js';
import { run } from './run.js';
import type { EvaluateOptions, Guidance, Issue, Ruleset, ValidationResult } from './types.js';
import { readToday, validateAssessment } from './validate-assessment.js';
import { validateRuleset } from './validate-ruleset.js';

/** The value of a validation, or the error class's throw with its issues. */
const must = <T>(r: ValidationResult<T>, E: typeof AssessmentError): T => {
  if (!r.ok) throw new E(r.issues);
  return r.value;
};

/** A rule set ready to run: the default as it is, any other validated (RulesetError when invalid). */
export const checkedRuleset = (given: unknown = defaultRuleset): Ruleset =>
  given === defaultRuleset ? defaultRuleset : must(validateRuleset(given), RulesetError);

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
  const rs = checkedRuleset(options?.ruleset);
  return run(must(validateAssessment(assessment, { today }), AssessmentError), rs, today);
}

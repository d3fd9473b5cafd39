// The engine chunk: what the root needs from the rules engine (and the root's
// assessment state, which only a page that runs the engine needs), loaded on the first
// render of audience="clinician", or when a host sets `assessment` or `ruleset`.
// Each call answers with a typed result: the caller routes a refusal by which input it
// checked, never by an error's name or an issue's path. The rule-set validator is not
// in this chunk: it is fetched (rulesetChecker) only when a host sets a rule set. The
// provenance checks ride along: the root needs them only beside an accepted assessment.
import { AssessmentError } from '../../engine/errors.js';
import { evaluateWith } from '../../engine/evaluate-with.js';
import { compiled } from '../../engine/program.js';
import { defaultRuleset } from '../../engine/rules/default-ruleset.js';
import type { Guidance, Issue, Ruleset, ValidationResult } from '../../engine/types.js';

export { defaultRuleset };
export { afterEdit, checkProvenance } from './provenance.js';
export { AssessmentState } from './controllers/assessment-state.js';

/**
 * Guidance for `assessment` on `today` (unset: the current local date) under `ruleset`
 * (unset: the default), both already checked, or the assessment's issues.
 */
export function guidanceFor(assessment: unknown, today: string | undefined, ruleset: Ruleset | undefined): ValidationResult<Guidance> {
  try {
    return { ok: true, value: evaluateWith(assessment, today, compiled(ruleset ?? defaultRuleset)) };
  } catch (error) {
    if (error instanceof AssessmentError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** A host's `today` checked (empty or unset: the current local date), or its issues. */
export function checkToday(today: string | undefined): ValidationResult<string | undefined> {
  const check = guidanceFor({ sites: [] }, today || undefined, undefined);
  return check.ok ? { ok: true, value: today || undefined } : check;
}

export type { Issue };

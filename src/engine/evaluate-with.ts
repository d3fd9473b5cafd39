// evaluateWith(): evaluate() for a program compiled from a rule set already checked
// (program.ts `compiled`). It does not import the rule-set validator, so a caller that
// checks host rule sets elsewhere, or later, does not carry it (the element's engine
// chunk fetches the validator only when a host sets a rule set).
import { AssessmentError } from './errors.js';
import type { Program } from './program.js';
import { run } from './run.js';
import type { Guidance, Issue } from './types.js';
import { readAssessment, readToday } from './validate-assessment.js';

/** Guidance for an assessment under a compiled program, counting days from `today` (unset: the current local date); throws AssessmentError only. */
export function evaluateWith(assessment: unknown, today: string | undefined, program: Program): Guidance {
  const issues: Issue[] = [];
  const day = readToday(today === undefined ? undefined : { today }, issues);
  if (day === undefined) throw new AssessmentError(issues);
  const read = readAssessment(assessment, day, issues);
  if (!read) throw new AssessmentError(issues);
  return run(program, read.value, read.ages);
}


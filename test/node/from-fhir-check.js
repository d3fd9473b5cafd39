// Shared checks for the fromFhir tests: every result must hold an Assessment that
// validateAssessment accepts, and a provenance entry for exactly the fields it filled.
import assert from 'node:assert/strict';
import { validateAssessment } from '../../dist/engine.js';
import { fromFhir } from '../../dist/interop.js';
import { TODAY } from '../support/fhir-records.js';

/** The filled field paths of an assessment, as provenance names them. */
export function filledPaths(assessment) {
  const paths = [];
  for (const key of Object.keys(assessment.patient ?? {})) paths.push(`patient.${key}`);
  for (const key of ['symptoms', 'painDurationWeeks', 'conservativeCareTried']) if (assessment[key] !== undefined) paths.push(key);
  assessment.sites.forEach((_, i) => paths.push(`sites.${i}`));
  (assessment.priorInjections ?? []).forEach((_, i) => paths.push(`priorInjections.${i}`));
  return paths.sort();
}

/** Reasons seen across a test file, so it can check that it covered every one. */
export const reasonsSeen = new Set();

/** fromFhir at TODAY (unless options say otherwise), with the invariants every result must keep. */
export function read(input, options = {}) {
  const result = fromFhir(input, { today: TODAY, ...options });
  const valid = validateAssessment(result.assessment, { today: options.today ?? TODAY });
  assert.equal(valid.ok, true, JSON.stringify(valid.issues));
  assert.deepEqual(Object.keys(result.provenance).sort(), filledPaths(result.assessment));
  for (const source of Object.values(result.provenance)) {
    assert.equal(typeof source.text, 'string');
    assert.ok(source.text.length > 0);
  }
  for (const u of result.unmapped) {
    reasonsSeen.add(u.reason);
    assert.equal(typeof u.text, 'string');
    assert.equal(Number.isInteger(u.index), true);
  }
  return result;
}

/** The unmapped entries of one resource (by reference), as [reason, path] pairs. */
export const unmappedOf = (result, reference) =>
  result.unmapped.filter((u) => u.reference === reference).map((u) => (u.path ? [u.reason, u.path] : [u.reason]));

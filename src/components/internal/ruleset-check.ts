// The rule-set validator chunk, fetched only when a host sets `ruleset`: pages that
// keep the default rules never download it.
import { validateRuleset } from '../../engine/validate-ruleset.js';
import type { Ruleset, ValidationResult } from '../../engine/types.js';

/** A host's rule set checked: the rule set to use (undefined: the default), or its issues. */
export function checkRuleset(input: unknown): ValidationResult<Ruleset | undefined> {
  return input == null ? { ok: true, value: undefined } : validateRuleset(input);
}

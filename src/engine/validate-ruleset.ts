// Validates a rule set before use and refuses a bad one whole: unknown keys, facts,
// operators, actions, thresholds or ids; values that do not fit their operator or are
// not plain data; missing citations; bad semver; duplicate rule ids; more than the
// limits allow. Returns a clean copy of a valid one. The parts are read in ruleset/:
// values (values.ts), a rule (rule.ts), its condition (condition.ts) and action (action.ts).
import { fail, list, obj, text, unique, type Check } from './schema.js';
import type { Issue, Ruleset, ValidationResult } from './types.js';
import { LIMITS } from './ruleset/limits.js';
import { rule } from './ruleset/rule.js';
import { thresholds, type Names } from './ruleset/values.js';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[\dA-Za-z-]+(\.[\dA-Za-z-]+)*)?(\+[\dA-Za-z-]+(\.[\dA-Za-z-]+)*)?$/;
const version: Check = (v, p, out) => (typeof v == 'string' && SEMVER.test(v) ? v : fail(out, p, 'Must be a semantic version such as 1.0.0.'));

/** Check a rule set; never throws. `value` is a clean copy of a valid one. */
export function validateRuleset(input: unknown): ValidationResult<Ruleset> {
  const out: Issue[] = [];
  // Thresholds first: the rules' `{ threshold }` references are checked against them.
  const names: Names = Object.create(null);
  try {
    const value = obj({ id: text, version, description: text, thresholds: thresholds(names), rules: (v) => v }, ['id', 'version', 'thresholds', 'rules'], 'rule set field')(input, [], out);
    if (value?.rules !== undefined) {
      value.rules = list(rule({ names, count: 0 }), LIMITS.rules, 'rules', 1)(value.rules, ['rules'], out);
      if (value.rules) unique(value.rules, ['rules'], out, 'id');
    }
    return out.length ? { ok: false, issues: out } : { ok: true, value };
  } catch {
    // Hostile input (throwing getters, proxies, exotic objects): refuse, never crash.
    return { ok: false, issues: [...out, { path: [], message: 'Could not be read as plain data.' }] };
  }
}

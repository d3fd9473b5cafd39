// How much a rule set may hold. Generous for any clinic's rules; they bound the work
// a hostile or mistaken rule set can cause (a JavaScript object graph may share one
// sub-condition many times over, which JSON cannot).
export const LIMITS = {
  /** Rules in a rule set. */
  rules: 999,
  /** Citations of one rule. */
  citations: 50,
  /** Conditions in one `all` or `any`. */
  conditionsPerList: 99,
  /** How deep conditions nest. */
  conditionDepth: 20,
  /** Conditions in the whole rule set, a shared one counted each time it is met. */
  conditions: 10_000,
  /** Values in the list of an `in` comparison. */
  inValues: 999,
  /** ICD-10-CM codes a `suggest` attaches. */
  codes: 9,
} as const;

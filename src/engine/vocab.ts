// The engine's own vocabularies, each one `as const` list: the run-time list the
// validator and the evaluator use, and (in types.ts) the type union derived from it.
// Internal: the public types are in types.ts; these lists are not exported by index.ts.

export const SITE_KINDS = ['trigger-point', 'tender-spot', 'indeterminate', 'none'] as const;
export const ACTIVITIES = ['active', 'latent', 'unknown'] as const;
export const INJECTION_STATUSES = ['indicated', 'not-indicated', 'contraindicated'] as const;
export const ELIGIBILITY_STATUSES = ['appropriate', 'caution', 'contraindicated', 'incomplete', 'not-indicated'] as const;
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
/** Evaluated in this order. */
export const STAGES = ['classify', 'injection', 'warnings', 'eligibility', 'options', 'alternatives', 'conditions'] as const;
/** `site`: a rule runs once per site; `patient` (the default): once. */
export const SCOPES = ['site', 'patient'] as const;

/** Any value, `null` included (unknown or not examined). */
export const EQUALITY_OPERATORS = ['eq', 'ne'] as const;
/** Numbers only: an unknown (null) fact never matches. */
export const NUMBER_OPERATORS = ['lt', 'lte', 'gt', 'gte'] as const;
/** `in`: the fact's value is one of a list; `has`: a list fact includes the value. */
export const LIST_OPERATORS = ['in', 'has'] as const;
export const OPERATORS = [...EQUALITY_OPERATORS, ...NUMBER_OPERATORS, ...LIST_OPERATORS] as const;

/** The fields a `set` action writes, by scope. */
export const SITE_FIELDS = ['kind', 'activity', 'injection'] as const;
export const PATIENT_FIELDS = ['eligibility'] as const;

// A rule's action (`then`): one verb and its arguments, each checked against the
// engine's ids. The shapes are a table keyed by verb over the `Actions` of types.ts,
// each listing exactly its action's keys: a verb or an argument added there and not
// checked here fails to compile.
import { CONDITIONS } from '../catalog/conditions.js';
import { fail, isObj, list, obj, oneOf, show, text, type Check, type Json } from '../schema.js';
import { ALTERNATIVE_IDS, CONDITION_IDS, OPTION_IDS, WARNING_IDS, type ActionOf, type Verb } from '../types.js';
import { ACTIVITIES, ELIGIBILITY_STATUSES, INJECTION_STATUSES, PATIENT_FIELDS, SEVERITIES, SITE_FIELDS, SITE_KINDS } from '../vocab.js';
import { LIMITS } from './limits.js';
import { amount, formOf, type Names } from './values.js';

/** What an action may name: the rule's scope and facts, the rule set's thresholds. */
export interface ActionScope {
  site: boolean;
  facts: readonly string[];
  names: Names;
}

/** A check for every key of the action of verb V, optional ones included. */
type Shape<V extends Verb> = { [K in keyof ActionOf<V>]-?: Check };

/** The values `set` may write, by field. */
const VALUES = {
  kind: SITE_KINDS,
  activity: ACTIVITIES,
  injection: INJECTION_STATUSES,
  eligibility: ELIGIBILITY_STATUSES,
} satisfies Record<ActionOf<'set'>['set'], readonly string[]>;

/** A warning id or eligibility status as written, or `{ fact }` naming a fact of the rule's scope. */
const reason =
  (facts: readonly string[]): Check =>
  (v, p, out) =>
    (isObj(v) ? obj({ fact: oneOf(facts, 'fact') }, ['fact'], 'key') : oneOf([...WARNING_IDS, ...ELIGIBILITY_STATUSES], 'reason'))(v, p, out);

const option = oneOf(OPTION_IDS, 'option');
const warning = oneOf(WARNING_IDS, 'warning');

/** Each verb's checks, for the rule's scope; `a()` is the action being read (its `to` and codes depend on its field and condition). */
const SHAPES: { [V in Verb]: (scope: ActionScope, a: () => Json) => Shape<V> } = {
  set: ({ site }, a) => {
    const fields: readonly string[] = site ? SITE_FIELDS : PATIENT_FIELDS;
    // The value is checked against the field's values once the field is one this scope sets.
    return { set: oneOf(fields, 'field'), to: (v, p, out) => (fields.includes(a().set) ? oneOf(VALUES[a().set as keyof typeof VALUES], 'value')(v, p, out) : v) };
  },
  warn: () => ({ warn: warning, severity: oneOf(SEVERITIES, 'severity'), message: text }),
  block: ({ facts }) => ({ block: list(option, OPTION_IDS.length, 'options', 1), reason: reason(facts) }),
  note: ({ facts }) => ({ note: option, reason: reason(facts) }),
  dose: ({ names }) => ({ dose: option, mgPerKg: amount(names), maxMg: amount(names) }),
  caution: () => ({ caution: warning, on: oneOf(ALTERNATIVE_IDS, 'alternative') }),
  // Codes must be the condition's own catalog codes.
  suggest: (_, a) => ({
    suggest: oneOf(CONDITION_IDS, 'condition'),
    icd10: (v, p, out) => list(oneOf(CONDITIONS.find((c) => c.id == a().suggest)?.icd10 ?? [], 'ICD-10-CM code here'), LIMITS.codes, 'codes')(v, p, out),
  }),
};
const VERBS = Object.keys(SHAPES) as Verb[];
const OPTIONAL = ['icd10'];

/** The check of an action a rule of this scope may take (made once per scope of a rule set). */
export function action(scope: ActionScope): Check {
  let current: Json;
  const checks = new Map(
    VERBS.map((verb) => {
      const shape: Record<string, Check> = SHAPES[verb](scope, () => current);
      return [verb, obj(shape, Object.keys(shape).filter((k) => !OPTIONAL.includes(k)), `key in '${verb}'`)];
    }),
  );
  return (v, p, out) => {
    const verb = formOf(v, VERBS);
    if (!verb) return fail(out, p, `Must be one of { ${VERBS.join(' | ')} … }, not ${show(v)}.`);
    current = v;
    return checks.get(verb)!(v, p, out);
  };
}

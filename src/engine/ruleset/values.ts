// The values a rule set holds: JSON-like data only. A bigint, a symbol, a function or a
// class instance is refused where it stands, with a message that says what it is.
import { fail, isObj, num, obj, oneOf, show, type Check } from '../schema.js';
import type { Scalar } from '../types.js';

/** The named numbers of the rule set being validated (filled in before its rules are read). */
export type Names = Record<string, number>;

export const isScalar = (v: unknown): v is Scalar => v === null || typeof v == 'string' || typeof v == 'number' || typeof v == 'boolean';

/** A string, a number, true, false or null. */
export const scalar: Check = (v, p, out) => (isScalar(v) ? v : fail(out, p, `Must be text, a number, true, false or null, not ${show(v)}.`));

/** A number of 0 or more, or `{ threshold: name }` naming a known threshold (`names` is complete when it is first used). */
export const amount = (names: Names): Check => {
  let ref: Check | undefined;
  const number = num((n) => n >= 0, 'of 0 or more, or { threshold }');
  return (v, p, out) => (isObj(v) ? (ref ??= obj({ threshold: oneOf(Object.keys(names), 'threshold') }, ['threshold'], 'key'))(v, p, out) : number(v, p, out));
};

const NAME = /^[A-Za-z]\w*$/;
/** The rule set's `thresholds`: named numbers of 0 or more, copied into `names`. */
export const thresholds =
  (names: Names): Check =>
  (v, p, out) => {
    if (!isObj(v)) return fail(out, p, `Must be an object of named numbers, not ${show(v)}.`);
    for (const k of Object.keys(v))
      if (NAME.test(k)) names[k] = num((n) => n >= 0, 'of 0 or more')(v[k], [...p, k], out);
      else fail(out, [...p, k], 'A threshold name is letters and digits.');
    return names;
  };

/** The form of a condition or the verb of an action: the first of its keys that names one. */
export const formOf = <K extends string>(v: unknown, forms: readonly K[]): K | undefined =>
  isObj(v) ? (Object.keys(v).find((k) => (forms as readonly string[]).includes(k)) as K | undefined) : undefined;

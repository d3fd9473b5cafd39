// The generic condition evaluator: a validated condition (all / any / not over fact
// comparisons) compiled once into a predicate, with its facts' readers bound and its
// thresholds resolved to numbers.
import type { Value } from './facts.js';
import type { Condition, NumberOrRef, Operator, Scalar } from './types.js';

/** Whether a condition holds, given what its facts read (`r`, and `s` in a site rule). */
export type Pred<R, S> = (r: R, s: S) => boolean;
/** A fact's reader: a value from `r` (and `s`). */
export type Reader<R, S> = (r: R, s: S) => Value;
/** The reader of a fact by name, for a window of `within` days (Infinity when the condition gives none). */
export type Facts<R, S> = (name: string, within: number) => Reader<R, S>;
export type Thresholds = Readonly<Record<string, number>>;

/** A literal, or the number a `{ threshold }` reference names. */
export const amount = (v: NumberOrRef, th: Thresholds): number => (typeof v == 'number' ? v : th[v.threshold]!);

/** A comparison of a fact's reader with the rule's value `x` (validated to fit the operator). */
type Compare = <R, S>(read: Reader<R, S>, x: never) => Pred<R, S>;
/** A number operator: an unknown (null) fact is never a number, so it never matches. */
const numeric =
  (test: (v: number, x: number) => boolean): Compare =>
  (read, x) =>
  (r, s) => {
    const v = read(r, s);
    return typeof v == 'number' && test(v, x);
  };

/** One comparison per operator. */
const COMPARE: Record<Operator, Compare> = {
  eq: (read, x: Scalar) => (r, s) => read(r, s) === x,
  ne: (read, x: Scalar) => (r, s) => read(r, s) !== x,
  lt: numeric((v, x) => v < x),
  lte: numeric((v, x) => v <= x),
  gt: numeric((v, x) => v > x),
  gte: numeric((v, x) => v >= x),
  in: (read, x: readonly Value[]) => (r, s) => x.includes(read(r, s)),
  has: (read, x: Scalar) => (r, s) => (read(r, s) as readonly Scalar[]).includes(x),
};

/** A validated condition as a predicate. */
export function compileCondition<R, S>(w: Condition, facts: Facts<R, S>, th: Thresholds): Pred<R, S> {
  if ('all' in w || 'any' in w) {
    // `all` stops at the first that fails, `any` at the first that holds; an empty `all` holds.
    const any = 'any' in w;
    const list = (any ? w.any : w.all).map((c) => compileCondition(c, facts, th));
    return (r, s) => {
      for (const p of list) if (p(r, s) == any) return any;
      return !any;
    };
  }
  if ('not' in w) {
    const p = compileCondition(w.not, facts, th);
    return (r, s) => !p(r, s);
  }
  const x = w.value !== null && typeof w.value == 'object' && 'threshold' in w.value ? amount(w.value, th) : w.value;
  return COMPARE[w.op](facts(w.fact, w.within === undefined ? Infinity : amount(w.within, th)), x as never);
}

/** Where a condition is tested over plain fact bags (innermost first), and the thresholds. */
export interface Ctx {
  b: Record<string, unknown>[];
  th: Thresholds;
}

/** Whether a validated condition holds over plain fact bags: for rule tables run once (the self-check). */
export const holds = (w: Condition, c: Ctx): boolean =>
  compileCondition<Ctx, void>(w, (name) => (x) => x.b.find((b) => Object.hasOwn(b, name))![name] as Value, c.th)(c, undefined);

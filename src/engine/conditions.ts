// The generic condition evaluator: all / any / not over fact comparisons and counts.
import { COLLECTION_FACTS, factValue, type Ctx, type RunState } from './facts.js';
import type { Condition, Operator, Scalar, ThresholdRef } from './types.js';

export type Thresholds = Record<string, number>;

/** A literal, or the number a `{ threshold }` reference names. */
export const resolve = (v: unknown, th: Thresholds): any =>
  v && typeof v == 'object' && 'threshold' in v ? th[(v as ThresholdRef).threshold] : v;

/** Compare a fact's value with a rule's value; null (unknown) is never a number. */
export function compare(v: unknown, op: Operator, x: any): boolean {
  const n = typeof v == 'number';
  switch (op) {
    case 'eq':
      return v === x;
    case 'ne':
      return v !== x;
    case 'lt':
      return n && v < x;
    case 'lte':
      return n && v <= x;
    case 'gt':
      return n && v > x;
    case 'gte':
      return n && v >= x;
    case 'in':
      return (x as Scalar[]).includes(v as Scalar);
    case 'has':
      return Array.isArray(v) && v.includes(x);
  }
}

const root = (c: Ctx): RunState => (c.up ? root(c.up) : c.o);

/** Whether a (validated) condition holds in a scope. */
export function holds(w: Condition, c: Ctx, th: Thresholds): boolean {
  if ('all' in w) return w.all.every((x) => holds(x, c, th));
  if ('any' in w) return w.any.some((x) => holds(x, c, th));
  if ('not' in w) return !holds(w.not, c, th);
  if ('fact' in w) return compare(factValue(c, w.fact), w.op, resolve(w.value, th));
  const [table, list] = COLLECTION_FACTS[w.count];
  const hits = list(root(c))
    .map((o): Ctx => ({ table, o, up: c }))
    .filter((x) => !w.where || holds(w.where, x, th));
  const n = w.distinct ? new Set(hits.map((x) => factValue(x, w.distinct!))).size : hits.length;
  return compare(n, w.op, resolve(w.value, th));
}

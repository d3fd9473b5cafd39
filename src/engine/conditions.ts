// The generic condition evaluator: all / any / not over fact comparisons.
import type { Bag } from './facts.js';
import type { Condition, Operator } from './types.js';
import type { Json } from './schema.js';

/** Where a condition is evaluated: fact bags innermost first, and the thresholds. */
export interface Ctx {
  b: Bag[];
  th: Record<string, number>;
}

/** A literal, or the number a `{ threshold }` reference names. */
export const amount = (c: Ctx, v: Json) => (v?.threshold === undefined ? v : c.th[v.threshold]);

/** A fact's value, from the innermost bag that has it; `within` goes to facts that take it. */
export const fact = (c: Ctx, name: string, within?: unknown) => {
  const v = c.b.find((b) => Object.hasOwn(b, name))![name];
  return typeof v == 'function' ? v(amount(c, within)) : v;
};

/** Compare a fact's value with a rule's; null (unknown) is never a number. */
export const compare = (v: Json, op: Operator, x: Json): boolean =>
  op == 'eq'
    ? v === x
    : op == 'ne'
      ? v !== x
      : op == 'in'
        ? x.includes(v)
        : op == 'has'
          ? v.includes(x)
          : typeof v == 'number' && (op == 'lt' ? v < x : op == 'lte' ? v <= x : op == 'gt' ? v > x : v >= x);

/** Whether a validated condition holds. */
export const holds = (w: Condition, c: Ctx): boolean => {
  const q = w as Json;
  return q.all
    ? q.all.every((x: Condition) => holds(x, c))
    : q.any
      ? q.any.some((x: Condition) => holds(x, c))
      : q.not
        ? !holds(q.not, c)
        : compare(fact(c, q.fact, q.within), q.op, amount(c, q.value));
};

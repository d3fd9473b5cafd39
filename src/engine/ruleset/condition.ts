// A rule's condition (`when`): { all: [...] }, { any: [...] }, { not: {...} }, or a
// comparison { fact, op, value, within? } whose value fits its fact and operator:
// equality takes any scalar, number operators a number, `in` a list of scalars, `has`
// one id of a list fact. A list fact is tested with `has` only.
import { LIST_FACTS, WINDOW_FACTS } from '../facts.js';
import { fail, isObj, list, obj, oneOf, show, type Check, type Json, type Path } from '../schema.js';
import type { Issue } from '../types.js';
import { EQUALITY_OPERATORS, LIST_OPERATORS, NUMBER_OPERATORS, OPERATORS } from '../vocab.js';
import { LIMITS } from './limits.js';
import { amount, formOf, scalar, type Names } from './values.js';

/** What the conditions of one rule set share while they are read. */
export interface ConditionScope {
  names: Names;
  /** Conditions read so far in the whole rule set. */
  count: number;
}

const FORMS = ['all', 'any', 'not', 'fact'] as const;
const has = (ops: readonly string[], op: unknown) => ops.includes(op as string);

/** The value of a comparison, checked against its fact and operator. */
function operand({ fact, op, value }: Json, at: Path, out: Issue[], names: Names): Json {
  const misfit = (rule: string) => fail(out, at, `Does not fit '${fact}' with '${op}': ${rule}, not ${show(value)}.`);
  if (LIST_FACTS.includes(fact)) return op == 'has' && typeof value == 'string' ? value : misfit("a list fact takes 'has' and one id");
  if (op == 'has') return misfit("'has' tests a list fact");
  if (isObj(value) && !has(LIST_OPERATORS, op)) return amount(names)(value, at, out);
  if (has(EQUALITY_OPERATORS, op)) return scalar(value, at, out);
  if (has(NUMBER_OPERATORS, op)) return typeof value == 'number' ? value : misfit('it compares numbers');
  // `in`: a list of scalars, each checked where it stands.
  return Array.isArray(value) && value.length ? list(scalar, LIMITS.inValues, 'values', 1)(value, at, out) : misfit("'in' takes a list of values");
}

/** The check of a condition over `facts` (the names a rule of one scope may test), nested at most LIMITS.conditionDepth deep. */
export function condition(scope: ConditionScope, facts: readonly string[]): Check {
  const fields = obj({ fact: oneOf(facts, 'fact'), op: oneOf(OPERATORS, 'operator'), value: (x) => x, within: amount(scope.names) }, ['fact', 'op', 'value'], 'key in a condition');
  /** A comparison of a fact with a value. */
  const comparison: Check = (v, p, out) => {
    const r = fields(v, p, out);
    if (r.within !== undefined && !WINDOW_FACTS.includes(r.fact)) fail(out, [...p, 'within'], `'${r.fact}' takes no 'within'.`);
    if (r.fact && r.op && Object.hasOwn(r, 'value')) r.value = operand(r, [...p, 'value'], out, scope.names);
    return r;
  };
  const nested =
    (depth: number): Check =>
    (v, p, out) => {
      if (depth >= LIMITS.conditionDepth || ++scope.count > LIMITS.conditions) return fail(out, p, 'Conditions nest too deeply or are too many.');
      const form = formOf(v, FORMS);
      if (!form) return fail(out, p, `Must be one of { ${FORMS.join(' | ')} … }, not ${show(v)}.`);
      return form == 'fact' ? comparison(v, p, out) : level(depth + 1).get(form)!(v, p, out);
    };
  // The checks of { all }, { any } and { not } whose conditions are at `depth`, made once per depth.
  const levels: Map<string, Check>[] = [];
  const level = (depth: number) =>
    (levels[depth] ??= new Map(
      (['all', 'any', 'not'] as const).map((form) => {
        const sub = nested(depth);
        return [form, obj({ [form]: form == 'not' ? sub : list(sub, LIMITS.conditionsPerList, 'conditions') }, [form], 'key in a condition')];
      }),
    ));
  return nested(0);
}

// The rules as decision-table rows, for a clinician to review and sign off.
import { RulesetError } from './errors.js';
import { defaultRuleset } from './rules/default-ruleset.js';
import type { Action, Condition, DecisionRow, NumberOrRef, Ruleset } from './types.js';
import { validateRuleset } from './validate-ruleset.js';

const OPS: Record<string, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥', in: 'is one of', has: 'includes' };

function words(w: Condition, th: Ruleset['thresholds']): string {
  const v = (x: unknown): string =>
    x === null
      ? 'not given'
      : Array.isArray(x)
        ? x.join(', ')
        : typeof x == 'object'
          ? `${(x as any).threshold} (${th[(x as any).threshold]})`
          : String(x);
  const join = (list: Condition[], sep: string) => list.map((x) => ('all' in x || 'any' in x ? `(${words(x, th)})` : words(x, th))).join(sep);
  if ('all' in w) return w.all.length ? join(w.all, ' and ') : 'always';
  if ('any' in w) return join(w.any, ' or ');
  if ('not' in w) return `not (${words(w.not, th)})`;
  if ('fact' in w) return `${w.fact} ${OPS[w.op]} ${v(w.value)}`;
  return `number of ${w.count}${w.where ? ` where ${words(w.where, th)}` : ''}${w.distinct ? ` (distinct ${w.distinct})` : ''} ${OPS[w.op]} ${v(w.value)}`;
}

function deed(t: Action, th: Ruleset['thresholds']): string {
  const n = (x: NumberOrRef) => (typeof x == 'number' ? x : th[x.threshold]);
  if ('set' in t) return `${t.set} = ${t.to}`;
  if ('warn' in t) return `warn ${t.warn} (${t.severity}): ${t.message}`;
  if ('block' in t) return `unavailable: ${t.block.join(', ')} (reason: ${typeof t.reason == 'string' ? t.reason : t.reason.fact})`;
  if ('dose' in t) return `${t.dose} max dose = floor(min(${n(t.mgPerKg)} mg/kg × weight, ${n(t.maxMg)} mg))`;
  if ('caution' in t) return `${t.on} caution: ${t.caution}`;
  return `suggest ${t.suggest}${t.icd10 ? ` [${t.icd10.join(', ')}]` : ''}`;
}

/** The rule set (default: the built-in one) as decision-table rows; throws RulesetError if invalid. */
export function describeRuleset(ruleset: unknown = defaultRuleset): DecisionRow[] {
  const checked = ruleset === defaultRuleset ? { ok: true as const, value: defaultRuleset } : validateRuleset(ruleset);
  if (!checked.ok) throw new RulesetError(checked.issues);
  const rs = checked.value;
  return rs.rules.map((r) => ({
    id: r.id,
    stage: r.stage,
    scope: r.scope ?? 'patient',
    description: r.description,
    when: words(r.when, rs.thresholds),
    then: deed(r.then, rs.thresholds),
    citations: [...r.citations],
  }));
}

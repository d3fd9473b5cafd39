// The rules as decision-table rows (id, when, then, citations), for a clinician to
// review and sign off.
import { checkedRuleset } from './evaluate.js';
import type { Condition, DecisionRow, Operator } from './types.js';

const OPS: Record<Operator, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥', in: 'in', has: 'has' };

/** The rule set (default: the built-in one) as decision-table rows; throws RulesetError if invalid. */
export function describeRuleset(ruleset?: unknown): DecisionRow[] {
  const { rules, thresholds } = checkedRuleset(ruleset);
  /** A value as people read it: thresholds by name and value, `{ fact }` reasons by the fact's name. */
  const val = (x: unknown): string => {
    if (x === null) return 'unknown';
    if (typeof x != 'object' || Array.isArray(x)) return String(x);
    const ref = x as { threshold?: string; fact?: string };
    return ref.threshold !== undefined ? `${ref.threshold} (${thresholds[ref.threshold]})` : String(ref.fact);
  };
  const when = (w: Condition): string =>
    'all' in w
      ? w.all.map(when).join(' and ') || 'always'
      : 'any' in w
        ? `(${w.any.map(when).join(' or ')})`
        : 'not' in w
          ? `not (${when(w.not)})`
          : `${w.fact}${w.within !== undefined ? ` within ${val(w.within)} days` : ''} ${OPS[w.op]} ${val(w.value)}`;
  return rules.map((r) => ({
    id: r.id,
    stage: r.stage,
    scope: r.scope ?? 'patient',
    description: r.description,
    when: when(r.when),
    then: Object.entries(r.then)
      .map(([k, v]) => `${k} ${val(v)}`)
      .join(', '),
    citations: [...r.citations],
  }));
}

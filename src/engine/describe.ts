// The rules as decision-table rows (id, when, then, citations), for a clinician to
// review and sign off.
import { checkedRuleset } from './evaluate.js';
import type { DecisionRow } from './types.js';
import type { Json } from './schema.js';

const OPS: Record<string, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥', in: 'in', has: 'has' };

/** The rule set (default: the built-in one) as decision-table rows; throws RulesetError if invalid. */
export function describeRuleset(ruleset?: unknown): DecisionRow[] {
  const { rules, thresholds } = checkedRuleset(ruleset);
  const val = (x: Json): string =>
    x === null ? 'unknown' : x?.threshold ? `${x.threshold} (${thresholds[x.threshold]})` : String(x);
  const when = (w: Json): string =>
    w.all
      ? w.all.map(when).join(' and ') || 'always'
      : w.any
        ? `(${w.any.map(when).join(' or ')})`
        : w.not
          ? `not (${when(w.not)})`
          : `${w.fact}${w.within ? ` within ${val(w.within)} days` : ''} ${OPS[w.op]} ${val(w.value)}`;
  return rules.map((r) => {
    const t: Json = r.then;
    return {
      id: r.id,
      stage: r.stage,
      scope: r.scope ?? 'patient',
      description: r.description,
      when: when(r.when),
      then: Object.entries(t)
        .map(([k, v]) => `${k} ${val(v && typeof v == 'object' && !Array.isArray(v) && !(v as Json).threshold ? (v as Json).fact : v)}`)
        .join(', '),
      citations: [...r.citations],
    };
  });
}

// Runs a validated rule set over a validated assessment: stage by stage, rule by rule
// (site rules once per site, in input order), recording every rule that fired. Fields
// that rules set are set once: the first rule to set one wins, and a rule whose field
// is already set does not fire. Warnings and conditions keep the order they first fired.
import { amount, fact, holds, type Ctx } from './conditions.js';
import { dayNumber } from './dates.js';
import { patientFacts, siteFacts, type Bag } from './facts.js';
import {
  ALTERNATIVE_IDS,
  CONFIRMATORY_FINDINGS,
  ESSENTIAL_CRITERIA,
  OPTION_IDS,
  type AlternativeGuidance,
  type Assessment,
  type Guidance,
  type OptionGuidance,
  type Ruleset,
  type TraceEntry,
} from './types.js';
import { STAGES } from './vocab.js';
import type { Json } from './schema.js';

const add = <T>(list: T[], x: T) => list.includes(x) || list.push(x);

/** Evaluate a validated assessment with a validated rule set, counting days from `today`. */
export function run(a: Assessment, rs: Ruleset, today: string): Guidance {
  const t = dayNumber(today)!;
  const prior = (a.priorInjections ?? []).map((p) => ({ ...p, age: t - dayNumber(p.date)! }));
  const sites = a.sites.map((s) => siteFacts(s, prior));
  const warnings: Bag[] = [];
  const P = patientFacts(a, sites, warnings, prior);
  const options: OptionGuidance[] = OPTION_IDS.map((id) => ({ id, available: true, reasons: [] }));
  const alternatives: AlternativeGuidance[] = ALTERNATIVE_IDS.map((id) => ({ id, cautions: [] }));
  const conditions: Bag[] = [];
  const trace: TraceEntry[] = [];
  const th = rs.thresholds;
  // Site indexes → site ids, in input order.
  const ids = (at: number[]) => a.sites.filter((_, i) => at.includes(i)).map((s) => s.id);

  /** Apply an action; false when it changed nothing, so the rule did not fire. */
  const apply = (t: Json, c: Ctx, i?: number): boolean => {
    const b = c.b[0]!;
    if (t.set) {
      if (b[t.set] !== null) return false;
      b[t.set] = t.to;
    } else if (t.warn) {
      let w = warnings.find((x) => x.id == t.warn);
      if (!w) warnings.push((w = { id: t.warn, severity: t.severity, message: t.message, at: [] }));
      if (i !== undefined) add(w.at, i);
    } else if (t.block || t.note) {
      const why = t.reason.fact ? fact(c, t.reason.fact) : t.reason;
      // A note is a caveat on an available option; it changes nothing on an unavailable one.
      const hit = options.filter((o) => (t.block ?? [t.note]).includes(o.id) && (t.block || o.available));
      if (!hit[0]) return false;
      for (const o of hit) {
        o.available &&= !t.block;
        add(o.reasons, why);
      }
    } else if (t.dose) {
      if (P.weightKg === null) return false;
      options.find((o) => o.id == t.dose)!.maxDoseMg = Math.floor(Math.min(amount(c, t.mgPerKg) * P.weightKg, amount(c, t.maxMg)));
    } else if (t.caution) {
      add(alternatives.find((x) => x.id == t.on)!.cautions, t.caution);
    } else {
      let k = conditions.find((x) => x.id == t.suggest);
      if (!k) conditions.push((k = { id: t.suggest, icd10: [], at: [] }));
      for (const code of t.icd10 ?? []) add(k.icd10, code);
      if (i !== undefined) add(k.at, i);
    }
    return true;
  };

  for (const stage of STAGES)
    for (const r of rs.rules)
      if (r.stage == stage) {
        // A patient rule runs once, on the patient's facts; a site rule once per site.
        const site = r.scope == 'site';
        const at: number[] = [];
        (site ? sites : [P]).forEach((b, i) => {
          const c = { b: [b, P], th };
          if (holds(r.when, c) && apply(r.then, c, site ? i : undefined)) at.push(i);
        });
        if (at[0] !== undefined) trace.push({ rule: r.id, stage, citations: [...r.citations], ...(site && { siteIds: ids(at) }) });
      }

  return {
    rulesetVersion: rs.version,
    sites: a.sites.map((s, i) => {
      const { kind, activity, injection } = sites[i]!;
      const by = (v?: boolean) => ESSENTIAL_CRITERIA.filter((k) => s.findings[k] === v);
      return {
        id: s.id,
        muscle: s.muscle,
        ...(s.side && { side: s.side }),
        kind: kind ?? 'none',
        ...(kind == 'trigger-point' && { activity: activity ?? 'unknown' }),
        injection: injection ?? 'not-indicated',
        criteria: { met: by(true), absent: by(false), unexamined: by() },
        supporting: CONFIRMATORY_FINDINGS.filter((k) => s.findings[k]),
      };
    }),
    eligibility: { status: P.eligibility ?? 'incomplete' },
    warnings: warnings.map(({ at, ...w }) => (at[0] !== undefined ? { ...w, siteIds: ids(at) } : w)) as Guidance['warnings'],
    conditions: conditions.map(({ at, ...k }) => ({ ...k, icd10: k.icd10.sort(), siteIds: ids(at) })) as Guidance['conditions'],
    options,
    alternatives,
    trace,
  };
}

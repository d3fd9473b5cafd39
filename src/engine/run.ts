// Runs a validated rule set over a validated assessment: stage by stage, rule by rule,
// recording every rule that fired. Fields set by rules are set once: the first rule
// that sets a field wins, and a rule whose field is already set does not fire.
import { holds, resolve, type Thresholds } from './conditions.js';
import { factValue, PATIENT_FACTS, SITE_FACTS, type Ctx, type RunState, type SiteState } from './facts.js';
import { dayNumber } from './dates.js';
import {
  ALTERNATIVE_IDS,
  CONFIRMATORY_FINDINGS,
  ESSENTIAL_CRITERIA,
  OPTION_IDS,
  STAGES,
  type Action,
  type AlternativeGuidance,
  type Assessment,
  type ConditionCandidate,
  type Guidance,
  type OptionGuidance,
  type Ruleset,
  type SiteGuidance,
  type TraceEntry,
} from './types.js';

interface Out {
  options: OptionGuidance[];
  alternatives: AlternativeGuidance[];
  conditions: (ConditionCandidate & { at: number[] })[];
}

const add = <T>(list: T[], x: T) => list.includes(x) || list.push(x);

/** Apply one action in a scope; false when it changed nothing (so the rule did not fire). */
function apply(t: Action, c: Ctx, r: RunState, out: Out, th: Thresholds, s?: SiteState): boolean {
  if ('set' in t) {
    const target: any = s ?? r;
    if (target[t.set] !== undefined) return false;
    target[t.set] = t.to;
  } else if ('warn' in t) {
    let w = r.warnings.find((x) => x.id == t.warn);
    if (!w) r.warnings.push((w = { id: t.warn, severity: t.severity, message: t.message, at: [] }));
    if (s) add(w.at, s.i);
  } else if ('block' in t) {
    const why = typeof t.reason == 'string' ? t.reason : String(factValue(c, t.reason.fact));
    for (const o of out.options) if (t.block.includes(o.id)) (o.available = false), add(o.reasons, why);
  } else if ('dose' in t) {
    const kg = r.a.patient?.weightKg;
    if (kg === undefined) return false;
    out.options.find((o) => o.id == t.dose)!.maxDoseMg = Math.floor(
      Math.min(resolve(t.mgPerKg, th) * kg, resolve(t.maxMg, th)),
    );
  } else if ('caution' in t) {
    add(out.alternatives.find((x) => x.id == t.on)!.cautions, t.caution);
  } else {
    let k = out.conditions.find((x) => x.id == t.suggest);
    if (!k) out.conditions.push((k = { id: t.suggest, icd10: [], siteIds: [], at: [] }));
    for (const code of t.icd10 ?? []) add(k.icd10, code);
    if (s) add(k.at, s.i);
  }
  return true;
}

/** Evaluate a validated assessment with a validated rule set, counting days from `today`. */
export function run(a: Assessment, rs: Ruleset, today: string): Guidance {
  const th = rs.thresholds;
  const t0 = dayNumber(today)!;
  const r: RunState = {
    a,
    today: t0,
    sites: a.sites.map((site, i) => ({ i, site })),
    prior: (a.priorInjections ?? []).map((p) => ({ p, age: t0 - dayNumber(p.date)! })),
    warnings: [],
  };
  const out: Out = {
    options: OPTION_IDS.map((id) => ({ id, available: true, reasons: [] })),
    alternatives: ALTERNATIVE_IDS.map((id) => ({ id, cautions: [] })),
    conditions: [],
  };
  const top: Ctx = { table: PATIENT_FACTS, o: r };
  const trace: TraceEntry[] = [];
  const ids = (at: number[]) => [...at].sort((x, y) => x - y).map((i) => a.sites[i]!.id);

  for (const stage of STAGES)
    for (const rule of rs.rules) {
      if (rule.stage != stage) continue;
      const entry: TraceEntry = { rule: rule.id, stage, citations: [...rule.citations] };
      if (rule.scope == 'site') {
        const at = r.sites
          .filter((s) => {
            const c: Ctx = { table: SITE_FACTS, o: s, up: top };
            return holds(rule.when, c, th) && apply(rule.then, c, r, out, th, s);
          })
          .map((s) => s.i);
        if (at.length) trace.push({ ...entry, siteIds: ids(at) });
      } else if (holds(rule.when, top, th) && apply(rule.then, top, r, out, th)) trace.push(entry);
    }

  const sites = r.sites.map(({ site, kind = 'none', activity = 'unknown', injection = 'not-indicated' }): SiteGuidance => {
    const f = site.findings;
    const by = (v: boolean | undefined) => ESSENTIAL_CRITERIA.filter((k) => f[k] === v);
    return {
      id: site.id,
      muscle: site.muscle,
      ...(site.side && { side: site.side }),
      kind,
      ...(kind == 'trigger-point' && { activity }),
      injection,
      criteria: { met: by(true), absent: by(false), unexamined: by(undefined) },
      supporting: CONFIRMATORY_FINDINGS.filter((k) => f[k] === true),
    };
  });
  return {
    rulesetVersion: rs.version,
    sites,
    eligibility: { status: r.eligibility ?? 'incomplete' },
    warnings: r.warnings.map(({ at, ...w }) => (at.length ? { ...w, siteIds: ids(at) } : w)),
    conditions: out.conditions.map(({ at, ...k }) => ({ ...k, icd10: k.icd10.sort(), siteIds: ids(at) })),
    options: out.options,
    alternatives: out.alternatives,
    trace,
  };
}

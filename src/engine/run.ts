// Runs a compiled rule set over a validated assessment: rule by rule in stage order
// (site rules once per site, in input order), recording every rule that fired with its
// stage, citations and sites. Fields that rules set are set once: the first rule to set
// one wins, and a rule whose field is already set does not fire. Warnings and
// conditions keep the order they first fired.
import type { CompiledRule, Program } from './program.js';
import { startRun, type RunState, type SiteState } from './state.js';
import { CONFIRMATORY_FINDINGS, type Assessment, type Guidance, type SiteGuidance } from './types.js';

function fire(rule: CompiledRule, r: RunState) {
  const { id, stage, citations } = rule;
  if (rule.site) {
    let siteIds: string[] | undefined;
    for (const s of r.sites) if (rule.when(r, s) && rule.then(r, s)) (siteIds ??= []).push(s.exam.id);
    if (siteIds) r.trace.push({ rule: id, stage, citations: [...citations], siteIds });
  } else if (rule.when(r, undefined) && rule.then(r, undefined)) r.trace.push({ rule: id, stage, citations: [...citations] });
}

/** Site indexes → site ids, in input order. */
const idsOf = (r: RunState, at: number[]) => at.sort((x, y) => x - y).map((i) => r.sites[i]!.exam.id);

/** What the rules decided for a site; fields no rule set fall back to the conservative default. */
function siteGuidance({ exam, kind, activity, injection, met, absent, unexamined }: SiteState): SiteGuidance {
  const g = { id: exam.id, muscle: exam.muscle } as SiteGuidance;
  if (exam.side) g.side = exam.side;
  g.kind = kind ?? 'none';
  if (kind == 'trigger-point') g.activity = activity ?? 'unknown';
  g.injection = injection ?? 'not-indicated';
  g.criteria = { met, absent, unexamined };
  g.supporting = CONFIRMATORY_FINDINGS.filter((k) => exam.findings[k]);
  return g;
}

/** Evaluate a validated assessment with a compiled rule set; `ages` are its prior injections' ages in days. */
export function run(program: Program, a: Assessment, ages: readonly number[]): Guidance {
  const r = startRun(a, ages);
  for (const rule of program.rules) fire(rule, r);
  return {
    rulesetVersion: program.ruleset.version,
    sites: r.sites.map(siteGuidance),
    eligibility: { status: r.eligibility ?? 'incomplete' },
    warnings: r.warnings.map(({ id, severity, message, at }) => (at[0] === undefined ? { id, severity, message } : { id, severity, message, siteIds: idsOf(r, at) })),
    conditions: r.conditions.map(({ id, icd10, at }) => ({ id, icd10: icd10.sort(), siteIds: idsOf(r, at) })),
    options: r.options,
    alternatives: r.alternatives,
    trace: r.trace,
  };
}

// The fact vocabulary rules may test. Facts are code (how a value is read from the
// assessment and the results so far); rules and thresholds are data. Each fact has a
// domain, so a rule set that compares a fact with an impossible value is refused.
import { muscleById } from './catalog/muscles.js';
import {
  ACTIVITIES,
  ELIGIBILITY_STATUSES,
  ESSENTIAL_CRITERIA,
  FINDING_KEYS,
  INJECTION_KINDS,
  INJECTION_STATUSES,
  MUSCLE_GROUPS,
  MUSCLE_IDS,
  PATIENT_FLAGS,
  SEVERITIES,
  SIDES,
  SITE_KINDS,
  SYMPTOM_IDS,
  WARNING_IDS,
  type Activity,
  type Assessment,
  type Collection,
  type EligibilityStatus,
  type InjectionStatus,
  type PriorInjection,
  type SiteExam,
  type SiteKind,
  type Warning,
} from './types.js';

/** 'b' boolean, 'n' number, 's' any text, or the list of allowed ids. */
export type Domain = 'b' | 'n' | 's' | readonly string[];
/** How to read a fact; `list` facts hold several ids and are tested with `has`. */
export interface Fact {
  get: (o: any, c: Ctx) => unknown;
  domain: Domain;
  list?: true;
}
export type FactTable = Record<string, Fact>;

/** A scope: the object facts are read from, and the scope around it. */
export interface Ctx {
  table: FactTable;
  o: any;
  up?: Ctx;
}

/** A site while the rules run: the exam plus what rules have set so far. */
export interface SiteState {
  i: number;
  site: SiteExam;
  kind?: SiteKind;
  activity?: Activity;
  injection?: InjectionStatus;
}

/** The whole evaluation's working state (the outermost scope). */
export interface RunState {
  a: Assessment;
  today: number;
  sites: SiteState[];
  prior: { p: PriorInjection; age: number }[];
  warnings: (Warning & { at: number[] })[];
  eligibility?: EligibilityStatus;
}

const fact = (get: Fact['get'], domain: Domain, list?: true): Fact => ({ get, domain, list });
const count = (s: SiteState, value: boolean | undefined) =>
  ESSENTIAL_CRITERIA.filter((k) => s.site.findings[k] === value).length;

/** Facts of one site. */
export const SITE_FACTS: FactTable = {
  muscle: fact((s: SiteState) => s.site.muscle, MUSCLE_IDS),
  side: fact((s: SiteState) => s.site.side, SIDES),
  groups: fact((s: SiteState) => muscleById(s.site.muscle)?.groups, MUSCLE_GROUPS, true),
  kind: fact((s: SiteState) => s.kind, SITE_KINDS),
  activity: fact((s: SiteState) => s.activity, ACTIVITIES),
  injection: fact((s: SiteState) => s.injection, INJECTION_STATUSES),
  localInfection: fact((s: SiteState) => s.site.localInfection, 'b'),
  acuteTrauma: fact((s: SiteState) => s.site.acuteTrauma, 'b'),
  criteriaMet: fact((s: SiteState) => count(s, true), 'n'),
  criteriaAbsent: fact((s: SiteState) => count(s, false), 'n'),
  criteriaUnexamined: fact((s: SiteState) => count(s, undefined), 'n'),
  /** P + U: present or not examined. */
  criteriaPossible: fact((s: SiteState) => 3 - count(s, false), 'n'),
};
for (const k of FINDING_KEYS) SITE_FACTS[k] = fact((s: SiteState) => s.site.findings[k], 'b');

/** Facts of the patient and of the results so far. */
export const PATIENT_FACTS: FactTable = {
  ageYears: fact((r: RunState) => r.a.patient?.ageYears, 'n'),
  weightKg: fact((r: RunState) => r.a.patient?.weightKg, 'n'),
  painDurationWeeks: fact((r: RunState) => r.a.painDurationWeeks, 'n'),
  conservativeCareTried: fact((r: RunState) => r.a.conservativeCareTried, 'b'),
  symptoms: fact((r: RunState) => r.a.symptoms ?? [], SYMPTOM_IDS, true),
  eligibility: fact((r: RunState) => r.eligibility, ELIGIBILITY_STATUSES),
  warnings: fact((r: RunState) => r.warnings.map((w) => w.id), WARNING_IDS, true),
};
for (const k of PATIENT_FLAGS) PATIENT_FACTS[k] = fact((r: RunState) => r.a.patient?.[k], 'b');

/** The nearest enclosing site of a scope, if any. */
const siteOf = (c: Ctx | undefined): SiteState | undefined => (c && c.table == SITE_FACTS ? c.o : c?.up && siteOf(c.up));

/** Facts of one prior injection record (`age` in whole days before `today`). */
export const PRIOR_FACTS: FactTable = {
  muscle: fact((r: RunState['prior'][0]) => r.p.muscle, MUSCLE_IDS),
  side: fact((r: RunState['prior'][0]) => r.p.side, SIDES),
  kind: fact((r: RunState['prior'][0]) => r.p.kind, INJECTION_KINDS),
  date: fact((r: RunState['prior'][0]) => r.p.date, 's'),
  ageDays: fact((r: RunState['prior'][0]) => r.age, 'n'),
  /** Same muscle id and, when both records give a side, the same side. */
  sameMuscle: fact((r: RunState['prior'][0], c) => {
    const s = siteOf(c.up)?.site;
    return s && r.p.muscle == s.muscle && (!r.p.side || !s.side || r.p.side == s.side);
  }, 'b'),
};

/** Facts of one warning already raised. */
export const WARNING_FACTS: FactTable = {
  id: fact((w: Warning) => w.id, WARNING_IDS),
  severity: fact((w: Warning) => w.severity, SEVERITIES),
};

/** What `count` ranges over: the record facts and how to list the records. */
export const COLLECTION_FACTS: Record<Collection, [FactTable, (r: RunState) => unknown[]]> = {
  sites: [SITE_FACTS, (r) => r.sites],
  priorInjections: [PRIOR_FACTS, (r) => r.prior],
  warnings: [WARNING_FACTS, (r) => r.warnings],
};

/** A fact's value in a scope, looked up outwards; anything missing reads as null. */
export function factValue(c: Ctx | undefined, name: string): unknown {
  for (; c; c = c.up) if (Object.hasOwn(c.table, name)) return c.table[name]!.get(c.o, c) ?? null;
  return null;
}

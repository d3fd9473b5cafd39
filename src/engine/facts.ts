// The facts rules may test, as one "fact bag" per scope (a site, the patient). Facts
// are code (how a value is read from the assessment and the results so far); rules and
// thresholds are data. Unknown or unexamined values are null, never absent, so a bag's
// keys are exactly its scope's fact names (the rule-set validator reads them here).
// Facts that depend on the run so far are functions, read when a rule asks; those over
// prior injections take the rule's `within` (days) and count only younger records.
import { muscleById } from './catalog/muscles.js';
import { ESSENTIAL_CRITERIA, FINDING_KEYS, PATIENT_FLAGS, type Assessment, type PriorInjection, type SiteExam } from './types.js';
import type { Json } from './schema.js';

export type Bag = Record<string, Json>;
/** A prior injection with its age: whole days before `today` (same day = 0). */
export type Prior = PriorInjection & { age: number };

const nulls = (b: Bag) => {
  for (const k in b) b[k] ??= null;
  return b;
};

/** Facts of one site; `kind`, `activity` and `injection` are set by rules as they run. */
export function siteFacts(s: SiteExam, prior: Prior[] = []): Bag {
  const f: Bag = s.findings;
  const n = (v?: boolean) => ESSENTIAL_CRITERIA.filter((k) => f[k] === v).length;
  // Same muscle id and, when both records give a side, the same side.
  const same = (within = Infinity, kind?: string) =>
    prior.filter((p) => p.age < within && p.muscle == s.muscle && (!p.side || !s.side || p.side == s.side) && (!kind || p.kind == kind)).length;
  const b: Bag = {
    muscle: s.muscle,
    side: s.side,
    groups: muscleById(s.muscle)!.groups,
    localInfection: s.localInfection,
    acuteTrauma: s.acuteTrauma,
    // An injection is ordered here (extension): a candidate whatever the findings.
    ordered: s.ordered,
    criteriaMet: n(true),
    criteriaAbsent: n(false),
    criteriaUnexamined: n(),
    // P + U: present or not yet examined.
    criteriaPossible: 3 - n(false),
    kind: null,
    activity: null,
    injection: null,
    // Prior injections in the same muscle: any kind, and corticosteroid records.
    sameMuscleInjections: same,
    sameMuscleCorticosteroids: (within?: number) => same(within, 'corticosteroid'),
  };
  for (const k of FINDING_KEYS) b[k] = f[k];
  return nulls(b);
}

/** Facts of the patient, and of the sites and warnings so far. */
export function patientFacts(a: Assessment, sites: Bag[] = [], warnings: Bag[] = [], prior: Prior[] = []): Bag {
  const p: Bag = a.patient ?? {};
  const count = (ok: (s: Bag) => boolean) => () => sites.filter(ok).length;
  // Injection sessions: prior injections other than dry needling, younger than `within` days.
  const injections = (within = Infinity) => prior.filter((r) => r.age < within && r.kind != 'dry-needling');
  // The relief the latest session gave: the least recorded on its date (any record of
  // that date counts), null when none of them recorded it.
  const lastRelief = (key: 'reliefPercent' | 'reliefWeeks') => (within?: number) => {
    const list = injections(within);
    const latest = Math.min(...list.map((r) => r.age));
    const values = list.filter((r) => r.age == latest && r[key] !== undefined).map((r) => r[key]!);
    return values.length ? Math.min(...values) : null;
  };
  const b: Bag = {
    symptoms: a.symptoms ?? [],
    painDurationWeeks: a.painDurationWeeks,
    conservativeCareTried: a.conservativeCareTried,
    // Ordered injections (extension): sites with an order, and an order that names no site.
    orderedSites: count((s) => s.ordered === true),
    orderedWithoutSite: a.orderedWithoutSite,
    eligibility: null,
    // Active trigger points: injection is on the table when there is any.
    activeSites: count((s) => s.activity == 'active'),
    indicatedSites: count((s) => s.injection == 'indicated'),
    // Indeterminate sites and trigger points of unknown activity: more to examine.
    unclearSites: count((s) => s.kind == 'indeterminate' || s.activity == 'unknown'),
    warnings: () => warnings.map((w) => w.id),
    severities: () => warnings.map((w) => w.severity),
    // Distinct dates of injection sessions.
    sessions: (within?: number) => new Set(injections(within).map((r) => r.date)).size,
    lastSessionReliefPercent: lastRelief('reliefPercent'),
    lastSessionReliefWeeks: lastRelief('reliefWeeks'),
  };
  for (const k of [...PATIENT_FLAGS, 'ageYears', 'weightKg']) b[k] = p[k];
  return nulls(b);
}

/** Facts that hold several ids, tested with `has`. */
export const LIST_FACTS = ['groups', 'symptoms', 'warnings', 'severities'];
/** Facts that take `within` (days). */
export const WINDOW_FACTS = ['sameMuscleInjections', 'sameMuscleCorticosteroids', 'sessions', 'lastSessionReliefPercent', 'lastSessionReliefWeeks'];

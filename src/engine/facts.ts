// The facts a rule may test, by name. Facts are code (how a value is read from the
// assessment and the run so far); rules and thresholds are data. Each fact is a reader
// over the run state (state.ts), bound into a rule's condition when the rule set is
// compiled (conditions.ts). Unknown or unexamined values read as null, never undefined.
// Facts over prior injections take the rule's `within` (days) and count only younger records.
import type { Reader } from './conditions.js';
import type { Prior, RunState, SiteState } from './state.js';
import { FINDING_KEYS, PATIENT_FLAGS } from './types.js';

/** What a fact reads: a scalar (null when unknown) or a list of ids. */
export type Value = string | number | boolean | null | readonly string[];
/** Reads a fact in a run; site facts at the site a site rule is tested on. */
export type Read<S> = Reader<RunState, S>;
/** A fact over prior injections: its reader for a window of `within` days (Infinity: all). */
type Window<S> = (within: number) => Read<S>;

const EMPTY: readonly string[] = [];
const count = (r: RunState, ok: (s: SiteState) => boolean) => {
  let n = 0;
  for (const s of r.sites) if (ok(s)) n++;
  return n;
};

/** Prior injections younger than `within` days that pass `ok`. */
const younger = (r: RunState, within: number, ok: (p: Prior) => boolean) => r.prior.filter((p) => p.age < within && ok(p));
// Same muscle id and, when both records give a side, the same side.
const sameMuscle = ({ exam }: SiteState, p: Prior) => p.muscle == exam.muscle && (!p.side || !exam.side || p.side == exam.side);
// Injection sessions: prior injections other than dry needling.
const session = (p: Prior) => p.kind != 'dry-needling';

/** The relief the latest session gave: the least recorded on its date (any record of that date counts); null when none recorded it. */
const lastRelief =
  (key: 'reliefPercent' | 'reliefWeeks'): Window<unknown> =>
  (within) =>
  (r) => {
    const list = younger(r, within, session);
    const latest = Math.min(...list.map((p) => p.age));
    const values = list.filter((p) => p.age == latest && p[key] !== undefined).map((p) => p[key]!);
    return values.length ? Math.min(...values) : null;
  };

/** Facts of the site a site rule is tested on (site rules see the patient's facts too). */
export const SITE_FACTS: Record<string, Read<SiteState>> = {
  muscle: (_, s) => s.exam.muscle,
  side: (_, s) => s.exam.side ?? null,
  groups: (_, s) => s.groups,
  localInfection: (_, s) => s.exam.localInfection ?? null,
  acuteTrauma: (_, s) => s.exam.acuteTrauma ?? null,
  // An injection is ordered here (extension): a candidate whatever the findings.
  ordered: (_, s) => s.exam.ordered ?? null,
  criteriaMet: (_, s) => s.met.length,
  criteriaAbsent: (_, s) => s.absent.length,
  criteriaUnexamined: (_, s) => s.unexamined.length,
  // P + U: present or not yet examined.
  criteriaPossible: (_, s) => s.met.length + s.unexamined.length,
  kind: (_, s) => s.kind,
  activity: (_, s) => s.activity,
  injection: (_, s) => s.injection,
};
// Findings: true, false, or null when not examined.
for (const k of FINDING_KEYS) SITE_FACTS[k] = (_, s) => s.exam.findings[k] ?? null;

/** Facts of the patient, and of the sites and warnings so far. */
export const PATIENT_FACTS: Record<string, Read<unknown>> = {
  symptoms: (r) => r.assessment.symptoms ?? EMPTY,
  painDurationWeeks: (r) => r.assessment.painDurationWeeks ?? null,
  conservativeCareTried: (r) => r.assessment.conservativeCareTried ?? null,
  // Ordered injections (extension): sites with an order, and an order that names no site.
  orderedSites: (r) => count(r, (s) => s.exam.ordered === true),
  orderedWithoutSite: (r) => r.assessment.orderedWithoutSite ?? null,
  ageYears: (r) => r.patient.ageYears ?? null,
  weightKg: (r) => r.patient.weightKg ?? null,
  eligibility: (r) => r.eligibility,
  // Active trigger points: injection is on the table when there is any.
  activeSites: (r) => count(r, (s) => s.activity == 'active'),
  indicatedSites: (r) => count(r, (s) => s.injection == 'indicated'),
  // Indeterminate sites and trigger points of unknown activity: more to examine.
  unclearSites: (r) => count(r, (s) => s.kind == 'indeterminate' || s.activity == 'unknown'),
  warnings: (r) => r.warnings.map((w) => w.id),
  severities: (r) => r.warnings.map((w) => w.severity),
};
// The patient's flags: true, false, or null when not given.
for (const k of PATIENT_FLAGS) PATIENT_FACTS[k] = (r) => r.patient[k] ?? null;

/** Facts over prior injections, which take `within` (days). */
export const SITE_WINDOW_FACTS: Record<string, Window<SiteState>> = {
  // Prior injections in the same muscle: any kind, and corticosteroid records.
  sameMuscleInjections: (within) => (r, s) => younger(r, within, (p) => sameMuscle(s, p)).length,
  sameMuscleCorticosteroids: (within) => (r, s) => younger(r, within, (p) => p.kind == 'corticosteroid' && sameMuscle(s, p)).length,
};
export const PATIENT_WINDOW_FACTS: Record<string, Window<unknown>> = {
  // Distinct dates of injection sessions.
  sessions: (within) => (r) => new Set(younger(r, within, session).map((p) => p.date)).size,
  lastSessionReliefPercent: lastRelief('reliefPercent'),
  lastSessionReliefWeeks: lastRelief('reliefWeeks'),
};

/** Facts that hold several ids, tested with `has`. */
export const LIST_FACTS: readonly string[] = ['groups', 'symptoms', 'warnings', 'severities'];
/** Facts that take `within` (days). */
export const WINDOW_FACTS: readonly string[] = [...Object.keys(SITE_WINDOW_FACTS), ...Object.keys(PATIENT_WINDOW_FACTS)];

const PATIENT = [...Object.keys(PATIENT_FACTS), ...Object.keys(PATIENT_WINDOW_FACTS)];
/** The fact names a rule of each scope may test. */
export const FACT_NAMES = {
  patient: PATIENT,
  site: [...Object.keys(SITE_FACTS), ...Object.keys(SITE_WINDOW_FACTS), ...PATIENT],
};

// The state of one evaluation: plain objects, each of one shape, created once per
// `evaluate` and written only by actions (actions.ts). Facts (facts.ts) read it.
import { muscleById, type MuscleGroup } from './catalog/muscles.js';
import {
  ALTERNATIVE_IDS,
  ESSENTIAL_CRITERIA,
  OPTION_IDS,
  type Activity,
  type AlternativeGuidance,
  type Assessment,
  type ConditionId,
  type EligibilityStatus,
  type EssentialCriterion,
  type InjectionStatus,
  type OptionGuidance,
  type Patient,
  type PriorInjection,
  type Severity,
  type SiteExam,
  type SiteKind,
  type TraceEntry,
  type WarningId,
} from './types.js';

/** A site as the rules see it: its exam, its criteria by state, and what rules set so far. */
export interface SiteState {
  readonly index: number;
  readonly exam: SiteExam;
  readonly groups: readonly MuscleGroup[];
  readonly met: EssentialCriterion[];
  readonly absent: EssentialCriterion[];
  readonly unexamined: EssentialCriterion[];
  kind: SiteKind | null;
  activity: Activity | null;
  injection: InjectionStatus | null;
}

/** A warning or a condition raised so far, with the indexes of the sites it concerns. */
export interface Raised<Id> {
  readonly id: Id;
  readonly at: number[];
}
export interface RaisedWarning extends Raised<WarningId> {
  readonly severity: Severity;
  readonly message: string;
}
export interface RaisedCondition extends Raised<ConditionId> {
  readonly icd10: string[];
}

/** A prior injection and its age: whole days before `today` (same day = 0). */
export type Prior = PriorInjection & { readonly age: number };

export interface RunState {
  readonly assessment: Assessment;
  readonly patient: Patient;
  readonly sites: SiteState[];
  readonly prior: readonly Prior[];
  eligibility: EligibilityStatus | null;
  /** In the order first raised. */
  readonly warnings: RaisedWarning[];
  readonly conditions: RaisedCondition[];
  readonly options: OptionGuidance[];
  readonly alternatives: AlternativeGuidance[];
  readonly trace: TraceEntry[];
}

function siteState(exam: SiteExam, index: number): SiteState {
  const s: SiteState = { index, exam, groups: muscleById(exam.muscle)!.groups, met: [], absent: [], unexamined: [], kind: null, activity: null, injection: null };
  for (const k of ESSENTIAL_CRITERIA) {
    const v = exam.findings[k];
    (v ? s.met : v === false ? s.absent : s.unexamined).push(k);
  }
  return s;
}

/** The state before any rule ran, for a validated assessment and its prior injections' ages. */
export const startRun = (a: Assessment, ages: readonly number[]): RunState => ({
  assessment: a,
  patient: a.patient ?? {},
  sites: a.sites.map(siteState),
  prior: (a.priorInjections ?? []).map((p, i) => ({ muscle: p.muscle, side: p.side, date: p.date, kind: p.kind, reliefPercent: p.reliefPercent, reliefWeeks: p.reliefWeeks, age: ages[i]! })),
  eligibility: null,
  warnings: [],
  conditions: [],
  options: OPTION_IDS.map((id) => ({ id, available: true, reasons: [] })),
  alternatives: ALTERNATIVE_IDS.map((id) => ({ id, cautions: [] })),
  trace: [],
});

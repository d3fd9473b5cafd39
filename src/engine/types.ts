// The public types of the engine contract (v2; summarized in docs/clinical-rules.md).
// Extend freely; never rename, remove or change the meaning of what is here.
// Every union of ids is derived from one `as const` list: the contract's id lists here,
// the muscle table in catalog/muscles.ts, the engine's own vocabularies in vocab.ts.
import type { MuscleGroup, MuscleId } from './catalog/muscles.js';
import type {
  ACTIVITIES,
  ELIGIBILITY_STATUSES,
  INJECTION_STATUSES,
  OPERATORS,
  PATIENT_FIELDS,
  SCOPES,
  SEVERITIES,
  SITE_FIELDS,
  SITE_KINDS,
  STAGES,
} from './vocab.js';

export const SYMPTOM_IDS = [
  'headache',
  'tinnitus',
  'jaw-pain',
  'neck-pain',
  'shoulder-pain',
  'low-back-pain',
  'joint-pain',
  'muscle-pain',
  'reduced-range-of-motion',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];

// The muscle ids and groups (MUSCLE_IDS, MUSCLE_GROUPS) come from the one group table
// in catalog/muscles.ts, and so do their types.
export type { MuscleGroup, MuscleId };

const SIDE_LIST = ['left', 'right'] as const;
export type Side = (typeof SIDE_LIST)[number];
export const SIDES: readonly Side[] = SIDE_LIST;

/** The three essential criteria of the 2018 Delphi consensus. */
export const ESSENTIAL_CRITERIA = ['tautBand', 'hypersensitiveSpot', 'referredPain'] as const;
export type EssentialCriterion = (typeof ESSENTIAL_CRITERIA)[number];

/** Confirmatory findings: reported in `supporting`, never change `kind`. */
export const CONFIRMATORY_FINDINGS = ['localTwitchResponse', 'painfulStretchLimit'] as const;
export type ConfirmatoryFinding = (typeof CONFIRMATORY_FINDINGS)[number];

export const FINDING_KEYS = [
  ...ESSENTIAL_CRITERIA,
  'painRecognition',
  ...CONFIRMATORY_FINDINGS,
  'localTenderness',
] as const;
export type FindingKey = (typeof FINDING_KEYS)[number];

/** Three-valued: `true` present, `false` examined and absent, omitted = not examined. */
export type Findings = { [K in FindingKey]?: boolean };

export const PATIENT_FLAGS = [
  'pregnant',
  'anticoagulated',
  'antiplatelet',
  'bleedingDisorder',
  'localAnestheticAllergy',
  'systemicInfection',
  'needlePhobia',
  'fibromyalgia',
] as const;
export type PatientFlag = (typeof PATIENT_FLAGS)[number];

export interface Patient {
  /** 0..130 */
  ageYears?: number;
  /** > 0 and <= 500 */
  weightKg?: number;
  pregnant?: boolean;
  anticoagulated?: boolean;
  /** Takes an antiplatelet medicine (aspirin, clopidogrel and the like). Contract v2. */
  antiplatelet?: boolean;
  bleedingDisorder?: boolean;
  localAnestheticAllergy?: boolean;
  systemicInfection?: boolean;
  needlePhobia?: boolean;
  fibromyalgia?: boolean;
}

export interface SiteExam {
  /** Not blank, chosen by the host, unique within the assessment. */
  id: string;
  muscle: MuscleId;
  side?: Side;
  findings: Findings;
  /** Skin or soft-tissue infection over the site. */
  localInfection?: boolean;
  /** Acute muscle trauma at the site. */
  acuteTrauma?: boolean;
  /** An injection is ordered at this site: it is a candidate for injection whatever the findings (extension, docs/clinical-rules.md "Ordered injections"). */
  ordered?: boolean;
}

export const INJECTION_KINDS = ['lidocaine', 'corticosteroid', 'dry-needling', 'other'] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

export interface PriorInjection {
  muscle: MuscleId;
  side?: Side;
  /** 'YYYY-MM-DD', a real calendar date, not after `today`. */
  date: string;
  kind: InjectionKind;
  /** 0..100: how much that injection relieved the pain (contract v2). */
  reliefPercent?: number;
  /** 0 or more: how many weeks the relief lasted (contract v2). */
  reliefWeeks?: number;
}

export interface Assessment {
  patient?: Patient;
  /** No duplicates. */
  symptoms?: SymptomId[];
  /** >= 0 */
  painDurationWeeks?: number;
  /** Stretching / massage / physical therapy already tried without enough relief. */
  conservativeCareTried?: boolean;
  /** 0..100 sites, ids unique. */
  sites: SiteExam[];
  /** 0..500 records. */
  priorInjections?: PriorInjection[];
  /** An injection is ordered and the order names no site (extension, docs/clinical-rules.md "Ordered injections"). */
  orderedWithoutSite?: boolean;
}

export type SiteKind = (typeof SITE_KINDS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type InjectionStatus = (typeof INJECTION_STATUSES)[number];
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];
export type Severity = (typeof SEVERITIES)[number];

/** The contract's warning ids, in its order (the order a Guidance lists them in). */
const WARNING_LIST = [
  'systemic-infection', 'local-infection', 'acute-trauma',
  'anticoagulation', 'antiplatelet', 'bleeding-disorder', 'anesthetic-allergy', 'pregnancy', 'needle-phobia',
  'session-limit', 'pneumothorax-risk', 'repeat-too-soon', 'corticosteroid-limit',
  'conservative-care-first', 'conservative-care-unknown', 'repeat-without-response', 'older-adult-dose',
  'driving', 'activity-unknown', 'fibromyalgia',
] as const;
export type WarningId = (typeof WARNING_LIST)[number];
export const WARNING_IDS: readonly WarningId[] = WARNING_LIST;

export const CONDITION_IDS = [
  'myofascial-pain-syndrome',
  'tension-type-headache',
  'tinnitus',
  'low-back-pain',
  'joint-pain',
  'reduced-range-of-motion',
  'chronic-muscle-pain',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export const OPTION_IDS = ['wet-needling-lidocaine', 'wet-needling-corticosteroid', 'dry-needling'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** First-line care (stretching, massage, physical therapy), then the others. */
export const ALTERNATIVE_IDS = [
  'stretching', 'massage-therapy', 'physical-therapy',
  'ice-heat', 'nsaids', 'rest', 'splinting', 'acupuncture',
] as const;
export type AlternativeId = (typeof ALTERNATIVE_IDS)[number];

export interface SiteGuidance {
  id: string;
  muscle: MuscleId;
  side?: Side;
  kind: SiteKind;
  /** Only when kind is 'trigger-point'. */
  activity?: Activity;
  injection: InjectionStatus;
  /** Essential-criterion keys, by state. */
  criteria: { met: EssentialCriterion[]; absent: EssentialCriterion[]; unexamined: EssentialCriterion[] };
  /** Confirmatory findings present. */
  supporting: ConfirmatoryFinding[];
}

export interface Warning {
  id: WarningId;
  severity: Severity;
  /** Sites concerned, in input order. */
  siteIds?: string[];
  /** A plain English sentence for people. */
  message: string;
}

export interface ConditionCandidate {
  id: ConditionId;
  /** Sorted ICD-10-CM codes; empty when the condition has none. */
  icd10: string[];
  /** The trigger points that support it, in input order. */
  siteIds: string[];
}

export interface OptionGuidance {
  id: OptionId;
  available: boolean;
  /** Lidocaine ceiling (plain, no epinephrine) whenever weight is known: the total for the whole session, all sites together. */
  maxDoseMg?: number;
  /** Warning ids or eligibility statuses: why it is unavailable, or a caveat on an available one. */
  reasons: string[];
}

export interface AlternativeGuidance {
  id: AlternativeId;
  /** Warning ids. */
  cautions: string[];
}

export interface TraceEntry {
  /** The id of the rule that fired. */
  rule: string;
  citations: string[];
  siteIds?: string[];
  /** The stage it belongs to. */
  stage?: Stage;
  [extra: string]: unknown;
}

export interface Guidance {
  rulesetVersion: string;
  sites: SiteGuidance[];
  eligibility: { status: EligibilityStatus };
  warnings: Warning[];
  conditions: ConditionCandidate[];
  options: OptionGuidance[];
  alternatives: AlternativeGuidance[];
  trace: TraceEntry[];
}

/** One problem with an input: where it is and what is wrong, for people. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface EvaluateOptions {
  /** 'YYYY-MM-DD': the date interval rules count from (default: the current local date). */
  today?: string;
  /** A rule set that replaces the default wholly; validated first. */
  ruleset?: unknown;
}

// ---- Rule sets (the data the engine runs; format documented in src/engine/README.md) ----

/** Stages, evaluated in this order: classify, injection, warnings, eligibility, options, alternatives, conditions. */
export type Stage = (typeof STAGES)[number];
/** eq, ne (any value); lt, lte, gt, gte (numbers); in (value is a list); has (a list fact includes the value). */
export type Operator = (typeof OPERATORS)[number];

export type Scalar = string | number | boolean | null;
/** A named number from the rule set's `thresholds`. */
export interface ThresholdRef {
  threshold: string;
}
export type NumberOrRef = number | ThresholdRef;

/** Declarative condition over named facts. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** `within` (days) limits a prior-injection fact to younger records. */
  | { fact: string; op: Operator; value: Scalar | Scalar[] | ThresholdRef; within?: NumberOrRef };

/** Each action a rule may take, by its verb: the key that names it. */
export interface Actions {
  set: { set: (typeof SITE_FIELDS)[number] | (typeof PATIENT_FIELDS)[number]; to: string };
  warn: { warn: WarningId; severity: Severity; message: string };
  block: { block: OptionId[]; reason: string | { fact: string } };
  /** A caveat on an option that stays available; does nothing to an unavailable one. */
  note: { note: OptionId; reason: string | { fact: string } };
  dose: { dose: OptionId; mgPerKg: NumberOrRef; maxMg: NumberOrRef };
  caution: { caution: WarningId; on: AlternativeId };
  suggest: { suggest: ConditionId; icd10?: string[] };
}
export type Verb = keyof Actions;
/** The action of one verb. */
export type ActionOf<V extends Verb> = Actions[V];
/** What a rule does when its condition holds. */
export type Action = Actions[Verb];

export type RuleScope = (typeof SCOPES)[number];

export interface Rule {
  /** Unique within the rule set; what `trace[].rule` reports. */
  id: string;
  stage: Stage;
  /** `site`: evaluated once per site; `patient` (default): once per assessment. */
  scope?: RuleScope;
  /** One plain sentence for the clinician who reviews the rule. */
  description: string;
  /** At least one. */
  citations: string[];
  when: Condition;
  then: Action;
}

export interface Ruleset {
  id: string;
  /** Semver. */
  version: string;
  description?: string;
  /** Named numbers the rules refer to with `{ threshold: name }`. */
  thresholds: Record<string, number>;
  rules: Rule[];
}

/** One row of the clinician-facing decision table (`describeRuleset`). */
export interface DecisionRow {
  id: string;
  stage: Stage;
  scope: RuleScope;
  description: string;
  when: string;
  then: string;
  citations: string[];
}

// The keys the UI may ask for. The English tables define the static ones; keys built
// from an engine id are template literal types over the engine's id unions, so a
// misspelt key, or a prefix no table knows, fails to compile instead of rendering text
// made up from the key. Keys built from data only the run knows (a host rule set's rule
// and warning ids, the self-check's reason ids) go through `tData` instead.
import type {
  Activity,
  AlternativeId,
  ConditionId,
  Duration,
  EligibilityStatus,
  FindingKey,
  InjectionKind,
  InjectionStatus,
  MuscleId,
  OptionId,
  PatientFlag,
  RedFlagId,
  Region,
  Reply,
  SelfCheckFlag,
  Service,
  Severity,
  Side,
  SiteKind,
  Stage,
  SymptomId,
  WarningId,
} from '../engine/index.js';
import type { DesignChoice } from '../engine/sources.js';
import type { BodyAreaId, BodyView } from '../engine/catalog/body-map.js';
import type { enBodyMap } from './en-body-map.js';
import type { enClinician } from './en-clinician.js';
import type { enCore } from './en-core.js';
import type { enPatient } from './en-patient.js';
import type { enWhy } from './en-why.js';

/** The answers of a self-check question, by the name its option keys use. */
export interface SelfCheckOptions {
  redFlag: RedFlagId;
  area: SymptomId;
  duration: Duration;
  reply: Reply;
  flag: SelfCheckFlag;
}

/** `patient.<labels>.<id>`: one option of a self-check question. */
export type SelfCheckOptionKey = { [L in keyof SelfCheckOptions]: `patient.${L}.${SelfCheckOptions[L]}` }[keyof SelfCheckOptions];

/** Prefixes of keys built from an engine id, with the ids each takes. */
interface IdKeys {
  muscle: MuscleId;
  region: Region;
  symptom: SymptomId;
  flag: PatientFlag;
  finding: FindingKey;
  kind: InjectionKind;
  status: EligibilityStatus;
  line: EligibilityStatus;
  class: Exclude<SiteKind, 'trigger-point'>;
  'class.trigger-point': Activity;
  injection: InjectionStatus;
  warning: WarningId;
  condition: ConditionId;
  option: OptionId;
  alternative: AlternativeId;
  severity: Severity;
  side: Side | 'none';
  siteName: Side;
  site: 'localInfection' | 'acuteTrauma';
  'patient.service': Service;
  stage: Stage;
  design: DesignChoice;
  bodyMap: BodyView;
  'bodyMap.area': BodyAreaId;
}

/** Keys the components build from engine ids (`muscle.upper-trapezius`); English reads most of them from the id itself. */
export type EngineIdKey = { [P in keyof IdKeys]: `${P}.${IdKeys[P]}` }[keyof IdKeys] | SelfCheckOptionKey;

/** Every key the UI may ask `t()` for. */
export type TextKey = keyof typeof enCore | keyof typeof enClinician | keyof typeof enWhy | keyof typeof enPatient | keyof typeof enBodyMap | EngineIdKey;

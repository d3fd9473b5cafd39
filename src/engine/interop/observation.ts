// One Observation per examined site: what was found (a component per finding, three-
// valued) and what the engine made of it (the interpretation). Then, when recorded, the
// patient factors weighed (one Observation, a component per flag) and the response to
// each prior injection (engine contract v2: how much and how long it relieved the pain).
import { FINDING_KEYS, PATIENT_FLAGS, type Patient, type PriorInjection, type SiteExam, type SiteGuidance } from '../types.js';
import type { Observation, ObservationComponent, Reference } from './fhir-types.js';
import {
  INJECTION_KIND_LABELS,
  INTERPRETATION_LABELS,
  PATIENT_LABELS,
  RELIEF_LABELS,
  SITE_FACT_LABELS,
  interpretationOf,
  siteLabel,
  type SiteFactKey,
} from './labels.js';
import { CATEGORY_EXAM, CATEGORY_SURVEY, NOT_ASKED, NOT_PERFORMED, SYSTEMS, UCUM, localCoding, localConcept } from './terminology.js';

/** References and the date shared by every resource of one export. */
export interface SharedRefs {
  subject?: Reference;
  encounter?: Reference;
  performer?: Reference;
  date?: string;
}

const SITE_FACTS: readonly SiteFactKey[] = [...FINDING_KEYS, 'localInfection', 'acuteTrauma'];

function factValue(exam: SiteExam, key: SiteFactKey): boolean | undefined {
  return key === 'localInfection' || key === 'acuteTrauma' ? exam[key] : exam.findings[key];
}

/**
 * A component for every finding: `valueBoolean` when examined (true or false), and
 * dataAbsentReason `not-performed` when not examined, so "not examined" is explicit
 * and can never be read as a negative finding.
 */
function component(exam: SiteExam, key: SiteFactKey): ObservationComponent {
  const value = factValue(exam, key);
  const code = localConcept(SYSTEMS.exam, key, SITE_FACT_LABELS[key]);
  return value === undefined ? { code, dataAbsentReason: NOT_PERFORMED } : { code, valueBoolean: value };
}

/** What every Observation of one export shares: subject, encounter, time, performer, source. */
function common(shared: SharedRefs, responseUrl: string) {
  return {
    ...(shared.subject && { subject: shared.subject }),
    ...(shared.encounter && { encounter: shared.encounter }),
    ...(shared.date && { effectiveDateTime: shared.date }),
    ...(shared.performer && { performer: [shared.performer] }),
    derivedFrom: [{ reference: responseUrl }],
  };
}

// No verified SNOMED CT body-structure codes exist for these muscles: the muscle is
// text (with the project's own muscle code), and laterality is part of the text.
const bodySite = (muscle: SiteExam['muscle'], side?: SiteExam['side']) => ({
  coding: [localCoding(SYSTEMS.muscle, muscle, siteLabel(muscle))],
  text: siteLabel(muscle, side),
});

/** The Observation of one site; `responseUrl` is the QuestionnaireResponse it was derived from. */
export function siteObservation(exam: SiteExam, site: SiteGuidance, shared: SharedRefs, responseUrl: string): Observation {
  const interpretation = interpretationOf(site);
  return {
    resourceType: 'Observation',
    // An indeterminate site may change with more examination: that is "preliminary".
    status: site.kind === 'indeterminate' ? 'preliminary' : 'final',
    category: [CATEGORY_EXAM],
    code: localConcept(SYSTEMS.exam, 'trigger-point-site-exam', 'Trigger point examination of a muscle site'),
    ...common(shared, responseUrl),
    interpretation: [localConcept(SYSTEMS.interpretation, interpretation, INTERPRETATION_LABELS[interpretation])],
    bodySite: bodySite(exam.muscle, exam.side),
    component: SITE_FACTS.map((key) => component(exam, key)),
  };
}

/**
 * The patient factors the rules weigh (pregnancy, anticoagulant, antiplatelet medicine,
 * …), one component each: `valueBoolean` when recorded, data-absent-reason `not-asked`
 * when not. None when no factor was recorded at all.
 */
export function patientObservation(patient: Patient | undefined, shared: SharedRefs, responseUrl: string): Observation | undefined {
  if (!PATIENT_FLAGS.some((flag) => patient?.[flag] !== undefined)) return undefined;
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [CATEGORY_SURVEY],
    code: localConcept(SYSTEMS.exam, 'trigger-point-patient-factors', 'Patient factors weighed for trigger point injection'),
    ...common(shared, responseUrl),
    component: PATIENT_FLAGS.map((flag) => {
      const code = localConcept(SYSTEMS.exam, flag, PATIENT_LABELS[flag]);
      const value = patient?.[flag];
      return value === undefined ? { code, dataAbsentReason: NOT_ASKED } : { code, valueBoolean: value };
    }),
  };
}

const QUANTITY = { reliefPercent: { unit: '%', code: '%' }, reliefWeeks: { unit: 'weeks', code: 'wk' } } as const;

/**
 * The response to one prior injection, when any of it was recorded: which injection
 * (muscle, side, date, kind) and how much and how long it relieved the pain, in UCUM
 * units; a relief not recorded is data-absent-reason `not-asked`.
 */
export function priorObservation(prior: PriorInjection, shared: SharedRefs, responseUrl: string): Observation | undefined {
  if (prior.reliefPercent === undefined && prior.reliefWeeks === undefined) return undefined;
  const relief = (key: keyof typeof QUANTITY): ObservationComponent => {
    const code = localConcept(SYSTEMS.exam, key, RELIEF_LABELS[key]);
    const value = prior[key];
    return value === undefined ? { code, dataAbsentReason: NOT_ASKED } : { code, valueQuantity: { value, system: UCUM, ...QUANTITY[key] } };
  };
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [CATEGORY_SURVEY],
    code: localConcept(SYSTEMS.exam, 'prior-injection-response', 'Response to a prior trigger point injection or needling'),
    ...common(shared, responseUrl),
    bodySite: bodySite(prior.muscle, prior.side),
    component: [
      { code: localConcept(SYSTEMS.exam, 'injectionDate', 'Date of that injection'), valueDateTime: prior.date },
      {
        code: localConcept(SYSTEMS.exam, 'injectionKind', 'Kind of that injection'),
        valueCodeableConcept: localConcept(SYSTEMS.injectionKind, prior.kind, INJECTION_KIND_LABELS[prior.kind]),
      },
      relief('reliefPercent'),
      relief('reliefWeeks'),
    ],
  };
}

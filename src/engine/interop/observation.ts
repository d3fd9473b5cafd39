// One Observation per examined site: what was found (a component per finding, three-
// valued) and what the engine made of it (the interpretation).
import { FINDING_KEYS, type SiteExam, type SiteGuidance } from '../types.js';
import type { Observation, ObservationComponent, Reference } from './fhir-types.js';
import { INTERPRETATION_LABELS, SITE_FACT_LABELS, interpretationOf, siteLabel, type SiteFactKey } from './labels.js';
import { CATEGORY_EXAM, NOT_PERFORMED, SYSTEMS, localCoding, localConcept } from './terminology.js';

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

/** The Observation of one site; `responseUrl` is the QuestionnaireResponse it was derived from. */
export function siteObservation(exam: SiteExam, site: SiteGuidance, shared: SharedRefs, responseUrl: string): Observation {
  const interpretation = interpretationOf(site);
  return {
    resourceType: 'Observation',
    // An indeterminate site may change with more examination: that is "preliminary".
    status: site.kind === 'indeterminate' ? 'preliminary' : 'final',
    category: [CATEGORY_EXAM],
    code: localConcept(SYSTEMS.exam, 'trigger-point-site-exam', 'Trigger point examination of a muscle site'),
    ...(shared.subject && { subject: shared.subject }),
    ...(shared.encounter && { encounter: shared.encounter }),
    ...(shared.date && { effectiveDateTime: shared.date }),
    ...(shared.performer && { performer: [shared.performer] }),
    interpretation: [localConcept(SYSTEMS.interpretation, interpretation, INTERPRETATION_LABELS[interpretation])],
    // No verified SNOMED CT body-structure codes exist for these muscles: the muscle is
    // text (with the project's own muscle code), and laterality is part of the text.
    bodySite: { coding: [localCoding(SYSTEMS.muscle, exam.muscle, siteLabel(exam.muscle))], text: siteLabel(exam.muscle, exam.side) },
    derivedFrom: [{ reference: responseUrl }],
    component: SITE_FACTS.map((key) => component(exam, key)),
  };
}

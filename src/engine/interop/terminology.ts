// Code systems the export uses. Two kinds only:
// - HL7's own FHIR terminology (status, category, data-absent-reason) and ICD-10-CM,
//   with codes taken from docs/clinical-rules.md or the FHIR R4 definitions;
// - project-local code systems under https://tpi-guide.example/ (the .example domain
//   is reserved, RFC 2606, so these can never be mistaken for a published
//   terminology). No SNOMED CT or LOINC code is used: none is verified for trigger
//   points, tender spots or myofascial pain, and none may be invented.
import type { CodeableConcept, Coding } from './fhir-types.js';

/** Base of every project-local URI. Hosts that republish the data may map it. */
export const TPI_FHIR_BASE = 'https://tpi-guide.example/fhir';

/** Project-local code systems (see docs/interop.md). */
export const SYSTEMS = {
  exam: `${TPI_FHIR_BASE}/CodeSystem/exam`,
  interpretation: `${TPI_FHIR_BASE}/CodeSystem/site-interpretation`,
  muscle: `${TPI_FHIR_BASE}/CodeSystem/muscle`,
  side: `${TPI_FHIR_BASE}/CodeSystem/side`,
  symptom: `${TPI_FHIR_BASE}/CodeSystem/symptom`,
  injectionKind: `${TPI_FHIR_BASE}/CodeSystem/injection-kind`,
} as const;

/** Canonical URL and version of the exam Questionnaire (tracks the engine contract: v2). */
export const QUESTIONNAIRE_URL = `${TPI_FHIR_BASE}/Questionnaire/trigger-point-exam`;
export const QUESTIONNAIRE_VERSION = '2.0.0';

/** UCUM, for the units of quantities (a units standard, not a clinical terminology). */
export const UCUM = 'http://unitsofmeasure.org';

export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const DATA_ABSENT_REASON_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

const hl7 = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system: `http://terminology.hl7.org/CodeSystem/${system}`, code, display }],
});

export const CATEGORY_EXAM = hl7('observation-category', 'exam', 'Exam');
export const CATEGORY_SURVEY = hl7('observation-category', 'survey', 'Survey');
export const NOT_PERFORMED = hl7('data-absent-reason', 'not-performed', 'Not Performed');
export const NOT_ASKED = hl7('data-absent-reason', 'not-asked', 'Not Asked');
export const PROVISIONAL = hl7('condition-ver-status', 'provisional', 'Provisional');
export const CLINICAL_ACTIVE = hl7('condition-clinical', 'active', 'Active');

/** A one-coding concept from a project-local system, with the same words as text. */
export function localConcept(system: string, code: string, display: string): CodeableConcept {
  return { coding: [localCoding(system, code, display)], text: display };
}

export function localCoding(system: string, code: string, display: string): Coding {
  return { system, code, display };
}

// The public shape of fromFhir's answer: a partial Assessment, where each filled field
// came from, and what could not be used and why. docs/interop.md, "FHIR in".
import type { Assessment } from '../../types.js';

export interface FromFhirOptions {
  /** 'YYYY-MM-DD': the date ages are counted at and after which data is future-dated (default: the current local date). */
  today?: string;
  /**
   * The patient to read, as 'Patient/123' (a full URL ending so also works). Default: the
   * first Patient resource of the input, else the subject of the first resource that names one.
   */
  patient?: string;
}

/** Where one filled field came from. */
export interface FieldSource {
  /** 'Observation/123' when the resource has an id, else its Bundle entry's fullUrl; absent when it has neither. */
  reference?: string;
  resourceType: string;
  /** A short sentence for the clinician: what the record says, e.g. 'Body weight 154 [lb_av] on 2026-10-02'. */
  text: string;
  /** The clinical date of the source as the record writes it (effective, authored, onset, performed), when it has one. */
  date?: string;
  /** Other resources that say the same thing (e.g. a second anticoagulant), most relevant first. */
  also?: Omit<FieldSource, 'also'>[];
}

/**
 * Provenance by field path: 'patient.weightKg', 'symptoms', 'painDurationWeeks',
 * 'conservativeCareTried', 'sites.0', 'priorInjections.2', … One entry per filled field.
 */
export type Provenance = Record<string, FieldSource>;

export const UNMAPPED_REASONS = [
  'invalid-input',
  'invalid-option',
  'not-a-resource',
  'unsupported-type',
  'other-patient',
  'duplicate',
  'entered-in-error',
  'refuted',
  'not-active',
  'not-final',
  'not-completed',
  'do-not-perform',
  'future-dated',
  'missing-date',
  'partial-date',
  'invalid-value',
  'unknown-unit',
  'unknown-value',
  'not-relevant',
  'unknown-body-site',
  'missing-body-site',
  'superseded',
  'conflicting',
  'derived',
  'unknown-item',
  'too-many',
] as const;
export type UnmappedReason = (typeof UNMAPPED_REASONS)[number];

/** A resource, or one value inside it, that fromFhir did not use. */
export interface Unmapped {
  /** Position of the resource in the input (Bundle entries and nested Bundles flattened in order); -1 for the input or options as a whole. */
  index: number;
  reference?: string;
  resourceType?: string;
  /** The value inside the resource, FHIRPath-like ('bodySite[1]', 'item[3]'); absent when the whole resource is meant. */
  path?: string;
  reason: UnmappedReason;
  /** A short sentence for the clinician. */
  text: string;
}

export interface FromFhirResult {
  /** Valid by validateAssessment at `today`; only fields the record fills, `sites` always. */
  assessment: Assessment;
  provenance: Provenance;
  unmapped: Unmapped[];
}

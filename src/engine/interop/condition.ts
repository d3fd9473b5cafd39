// Candidate conditions as provisional FHIR Conditions, each pointing at the site
// Observations that support it. Suggestions for the clinician, never a diagnosis.
import { inGroup } from '../catalog/muscles.js';
import type { ConditionCandidate, MuscleId, SiteGuidance } from '../types.js';
import type { CodeableConcept, Condition, Reference } from './fhir-types.js';
import { conditionLabel } from './labels.js';
import type { SharedRefs } from './observation.js';
import { CLINICAL_ACTIVE, DATA_ABSENT_REASON_EXTENSION, ICD10CM, PROVISIONAL } from './terminology.js';

/**
 * What each myofascial-pain code of ICD-10-CM covers (docs/clinical-rules.md, "Codes").
 * Codings of one CodeableConcept must mean the same thing, and M79.11 and M79.18 do
 * not, so a candidate with several codes becomes one Condition per code, each with the
 * sites its code covers.
 */
const CODE_SITES: Record<string, { text: string; covers: (muscle: MuscleId) => boolean }> = {
  'M79.11': { text: 'muscles of mastication', covers: (m) => inGroup(m, 'mastication') },
  'M79.12': { text: 'other head and neck muscles', covers: (m) => inGroup(m, 'head-neck') && !inGroup(m, 'mastication') },
  'M79.18': { text: 'other sites', covers: (m) => !inGroup(m, 'head-neck') },
};

interface CodedPart {
  code?: string;
  text: string;
  siteIds: string[];
}

/**
 * Splits a candidate into one part per ICD-10-CM code. When the codes are not all
 * known site codes, or a code would be left with no site (a custom rule set may code
 * differently), every part keeps all the candidate's sites rather than guess.
 */
function parts(candidate: ConditionCandidate, muscleOf: (siteId: string) => MuscleId | undefined): CodedPart[] {
  const label = conditionLabel(candidate.id);
  const { icd10, siteIds } = candidate;
  if (icd10.length === 0) return [{ text: label, siteIds }];
  if (icd10.length === 1) return [{ code: icd10[0]!, text: label, siteIds }];
  const split = icd10.map((code) => {
    const rule = CODE_SITES[code];
    const covered = rule ? siteIds.filter((id) => { const m = muscleOf(id); return m !== undefined && rule.covers(m); }) : [];
    return { code, text: rule ? `${label}, ${rule.text}` : label, siteIds: covered };
  });
  const attributed = split.every((part) => part.siteIds.length > 0);
  return attributed ? split : icd10.map((code) => ({ code, text: label, siteIds }));
}

const UNKNOWN_SUBJECT: Reference = { extension: [{ url: DATA_ABSENT_REASON_EXTENSION, valueCode: 'unknown' }] };

/** The Conditions of one candidate; `observationUrl` maps a site id to its Observation's fullUrl. */
export function candidateConditions(
  candidate: ConditionCandidate,
  sites: readonly SiteGuidance[],
  observationUrl: (siteId: string) => string,
  shared: SharedRefs,
  rulesetVersion: string,
): Condition[] {
  const muscleOf = (id: string) => sites.find((s) => s.id === id)?.muscle;
  return parts(candidate, muscleOf).map((part) => {
    const code: CodeableConcept = part.code ? { coding: [{ system: ICD10CM, code: part.code }], text: part.text } : { text: part.text };
    const detail = part.siteIds.map((id) => ({ reference: observationUrl(id) }));
    return {
      resourceType: 'Condition',
      clinicalStatus: CLINICAL_ACTIVE,
      verificationStatus: PROVISIONAL,
      code,
      // Condition.subject is required (1..1); without a host patient it says so with
      // FHIR's data-absent-reason extension instead of inventing a reference.
      subject: shared.subject ?? UNKNOWN_SUBJECT,
      ...(shared.encounter && { encounter: shared.encounter }),
      ...(shared.date && { recordedDate: shared.date }),
      ...(shared.performer && { recorder: shared.performer }),
      ...(detail.length ? { evidence: [{ detail }] } : {}),
      note: [
        {
          text: `Candidate suggested by the tpi-guide rule set ${rulesetVersion} from the examination findings, for the clinician to confirm or reject; not a diagnosis.`,
        },
      ],
    };
  });
}

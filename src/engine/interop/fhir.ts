// toFhirBundle: an Assessment and its Guidance as a FHIR R4 `collection` Bundle.
// Pure and deterministic: no clock, no randomness; ids are name-based UUIDs derived
// from the input, and dates appear only when the host passes them in `context`.
import type { Assessment, Guidance } from '../types.js';
import { candidateConditions } from './condition.js';
import type { Bundle, BundleEntry, Condition, Observation, QuestionnaireResponse, Reference } from './fhir-types.js';
import { documentKey, urnUuid } from './ids.js';
import { patientObservation, priorObservation, siteObservation, type SharedRefs } from './observation.js';
import { examQuestionnaire, examResponseItems } from './questionnaire.js';
import { QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION } from './terminology.js';

/** A FHIR reference as a host gives it: `'Patient/123'`, or the Reference's own fields. */
export type ReferenceInput =
  | string
  | { reference?: string; type?: string; display?: string; identifier?: { system?: string; value?: string } };

/** What the host knows and the assessment does not. Every field is optional. */
export interface ExportContext {
  /** The patient: Observation/QuestionnaireResponse/Condition `subject`. */
  subject?: ReferenceInput;
  /** The encounter the exam belongs to. */
  encounter?: ReferenceInput;
  /** The examining clinician: Observation.performer, QuestionnaireResponse.author, Condition.recorder. */
  performer?: ReferenceInput;
  /** 'YYYY-MM-DD', the day of the exam (as `today` in evaluate). */
  today?: string;
  /** A FHIR instant such as '2026-11-26T10:30:00Z': Bundle.timestamp, and the exam time. */
  timestamp?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// FHIR R4's own regular expression for `instant`.
const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const nonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function toReference(input: ReferenceInput | undefined, field: string): Reference | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') {
    if (nonBlank(input)) return { reference: input };
  } else if (input !== null && typeof input === 'object') {
    const ref: Reference = {};
    if (nonBlank(input.reference)) ref.reference = input.reference;
    if (nonBlank(input.type)) ref.type = input.type;
    const id = input.identifier;
    if (id && (nonBlank(id.system) || nonBlank(id.value))) {
      ref.identifier = {
        ...(nonBlank(id.system) && { system: id.system }),
        ...(nonBlank(id.value) && { value: id.value }),
      };
    }
    if (nonBlank(input.display)) ref.display = input.display;
    if (ref.reference || ref.identifier || ref.display) return ref;
  }
  throw new TypeError(`context.${field} must be a reference such as 'Patient/123' or { reference, display, identifier }`);
}

function sharedRefs(context: ExportContext): SharedRefs {
  if (context.today !== undefined && !(typeof context.today === 'string' && isCalendarDate(context.today))) {
    throw new TypeError("context.today must be a calendar date 'YYYY-MM-DD'");
  }
  const ts = context.timestamp;
  if (ts !== undefined && !(typeof ts === 'string' && INSTANT.test(ts) && isCalendarDate(ts.slice(0, 10)))) {
    throw new TypeError("context.timestamp must be a FHIR instant such as '2026-11-26T10:30:00Z'");
  }
  const refs: SharedRefs = {};
  const subject = toReference(context.subject, 'subject');
  const encounter = toReference(context.encounter, 'encounter');
  const performer = toReference(context.performer, 'performer');
  if (subject) refs.subject = subject;
  if (encounter) refs.encounter = encounter;
  if (performer) refs.performer = performer;
  const date = ts ?? context.today;
  if (date) refs.date = date;
  return refs;
}

/** Throws unless `guidance` is the evaluation of `assessment` (same sites, same order). */
function checkPair(assessment: Assessment, guidance: Guidance): void {
  const a = assessment?.sites;
  const g = guidance?.sites;
  if (!Array.isArray(a) || !Array.isArray(g) || a.length !== g.length || a.some((site, i) => site.id !== g[i]!.id)) {
    throw new TypeError('guidance must be the result of evaluate(assessment): its sites differ from the assessment');
  }
  const ids = new Set(a.map((s) => s.id));
  for (const condition of guidance.conditions) {
    if (!condition.siteIds.every((id) => ids.has(id))) {
      throw new TypeError(`guidance condition ${condition.id} names a site that is not in the assessment`);
    }
  }
}

/**
 * The assessment and its guidance as a FHIR R4 `collection` Bundle: the exam
 * Questionnaire, the QuestionnaireResponse with the answers, one Observation per site,
 * one for the patient factors and one per prior injection whose relief was recorded
 * (when there are any), and one provisional Condition per candidate condition (per
 * ICD-10-CM code).
 * `guidance` must come from `evaluate(assessment)`. Same input, same output.
 */
export function toFhirBundle(assessment: Assessment, guidance: Guidance, context: ExportContext = {}): Bundle {
  checkPair(assessment, guidance);
  const shared = sharedRefs(context);
  const key = documentKey({ assessment, guidance, context });

  const questionnaire = examQuestionnaire();
  const questionnaireUrl = urnUuid('questionnaire', `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`);
  const responseUrl = urnUuid(key, 'questionnaire-response');
  const items = examResponseItems(assessment);
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    ...(shared.subject && { subject: shared.subject }),
    ...(shared.encounter && { encounter: shared.encounter }),
    ...(shared.date && { authored: shared.date }),
    ...(shared.performer && { author: shared.performer }),
    ...(items.length ? { item: items } : {}),
  };

  const observationUrl = (siteId: string) => urnUuid(key, `observation/${siteId}`);
  const observations: BundleEntry<Observation>[] = assessment.sites.map((exam, i) => ({
    fullUrl: observationUrl(exam.id),
    resource: siteObservation(exam, guidance.sites[i]!, shared, responseUrl),
  }));

  // After the sites: the patient factors and the responses to prior injections, when
  // recorded. Their names cannot collide with a site's ('observation/<site id>').
  const history: BundleEntry<Observation>[] = [
    patientObservation(assessment.patient, shared, responseUrl),
    ...(assessment.priorInjections ?? []).map((prior) => priorObservation(prior, shared, responseUrl)),
  ].flatMap((resource, i) => (resource ? [{ fullUrl: urnUuid(key, i ? `prior-response/${i - 1}` : 'patient-factors'), resource }] : []));

  const conditions: BundleEntry<Condition>[] = guidance.conditions.flatMap((candidate) =>
    candidateConditions(candidate, guidance.sites, observationUrl, shared, guidance.rulesetVersion).map((resource) => ({
      fullUrl: urnUuid(key, `condition/${candidate.id}/${resource.code.coding?.[0]?.code ?? ''}`),
      resource,
    })),
  );

  const bundle: Bundle = {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: urnUuid(key, 'bundle') },
    type: 'collection',
    ...(context.timestamp !== undefined && { timestamp: context.timestamp }),
    entry: [
      { fullUrl: questionnaireUrl, resource: questionnaire },
      { fullUrl: responseUrl, resource: response },
      ...observations,
      ...history,
      ...conditions,
    ],
  };
  // A JSON copy: plain data the host may keep or change without touching shared
  // constants, and without one object aliased in several resources.
  return JSON.parse(JSON.stringify(bundle)) as Bundle;
}

// The exam as a FHIR Questionnaire, and an Assessment as its QuestionnaireResponse.
// Three-valued findings stay three-valued: `true` and `false` are answers
// (valueBoolean), a finding that was not examined has no item at all — never `false`.
import { MUSCLES, muscleById } from '../catalog/muscles.js';
import {
  FINDING_KEYS,
  INJECTION_KINDS,
  PATIENT_FLAGS,
  SIDES,
  SYMPTOM_IDS,
  type Assessment,
  type PriorInjection,
  type SiteExam,
} from '../types.js';
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './fhir-types.js';
import {
  INJECTION_KIND_LABELS,
  PATIENT_LABELS,
  RELIEF_LABELS,
  SIDE_LABELS,
  SITE_FACT_LABELS,
  symptomLabel,
  type SiteFactKey,
} from './labels.js';
import { QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, SYSTEMS, localCoding } from './terminology.js';

const muscleCoding = (id: string): Coding => localCoding(SYSTEMS.muscle, id, muscleById(id)?.label ?? id);
const sideCoding = (side: keyof typeof SIDE_LABELS): Coding => localCoding(SYSTEMS.side, side, SIDE_LABELS[side]);
const symptomCoding = (id: string): Coding => localCoding(SYSTEMS.symptom, id, symptomLabel(id));
const kindCoding = (id: keyof typeof INJECTION_KIND_LABELS): Coding =>
  localCoding(SYSTEMS.injectionKind, id, INJECTION_KIND_LABELS[id]);

const SITE_FLAGS = ['localInfection', 'acuteTrauma'] as const;
const RELIEF = ['reliefPercent', 'reliefWeeks'] as const;

const question = (
  linkId: string,
  text: string,
  type: QuestionnaireItem['type'],
  extra: Partial<QuestionnaireItem> = {},
): QuestionnaireItem => ({ linkId, text, type, ...extra });

const choice = (linkId: string, text: string, options: Coding[], extra: Partial<QuestionnaireItem> = {}) =>
  question(linkId, text, 'choice', { answerOption: options.map((valueCoding) => ({ valueCoding })), ...extra });

const siteFact = (prefix: string, key: SiteFactKey) => question(`${prefix}.${key}`, SITE_FACT_LABELS[key], 'boolean');

/** The exam Questionnaire. linkIds are the contract's field paths, so both read alike. */
export function examQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'TriggerPointExam',
    title: 'Trigger point examination',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'History and per-site examination for deciding on trigger point injection. An unanswered finding was not examined; it is not a negative finding.',
    item: [
      question('patient', 'Patient', 'group', {
        item: [
          question('patient.ageYears', PATIENT_LABELS.ageYears, 'decimal'),
          question('patient.weightKg', PATIENT_LABELS.weightKg, 'decimal'),
          ...PATIENT_FLAGS.map((flag) => question(`patient.${flag}`, PATIENT_LABELS[flag], 'boolean')),
        ],
      }),
      choice('symptoms', 'Symptoms', SYMPTOM_IDS.map(symptomCoding), { repeats: true }),
      question('painDurationWeeks', 'Pain duration (weeks)', 'decimal'),
      question(
        'conservativeCareTried',
        'Stretching, massage or physical therapy already tried without enough relief',
        'boolean',
      ),
      question('site', 'Examined site', 'group', {
        repeats: true,
        item: [
          question('site.id', 'Site identifier', 'string', { required: true }),
          choice('site.muscle', 'Muscle', MUSCLES.map((m) => muscleCoding(m.id)), { required: true }),
          choice('site.side', 'Side', SIDES.map(sideCoding)),
          question('site.findings', 'Findings', 'group', {
            item: FINDING_KEYS.map((key) => siteFact('site.findings', key)),
          }),
          ...SITE_FLAGS.map((key) => siteFact('site', key)),
        ],
      }),
      question('priorInjection', 'Prior injection or needling', 'group', {
        repeats: true,
        item: [
          choice('priorInjection.muscle', 'Muscle', MUSCLES.map((m) => muscleCoding(m.id)), { required: true }),
          choice('priorInjection.side', 'Side', SIDES.map(sideCoding)),
          question('priorInjection.date', 'Date', 'date', { required: true }),
          choice('priorInjection.kind', 'Kind', INJECTION_KINDS.map(kindCoding), { required: true }),
          ...RELIEF.map((key) => question(`priorInjection.${key}`, RELIEF_LABELS[key], 'decimal')),
        ],
      }),
    ],
  };
}

type Answerable = boolean | number | string | Coding | undefined;

function answerOf(value: Exclude<Answerable, undefined>): QuestionnaireResponseAnswer {
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number') return { valueDecimal: value };
  if (typeof value === 'string') return { valueString: value };
  return { valueCoding: value };
}

/** An answered item, or nothing when the value is absent (not asked / not examined). */
function answered(linkId: string, value: Answerable): QuestionnaireResponseItem[] {
  return value === undefined ? [] : [{ linkId, answer: [answerOf(value)] }];
}

/** A group item, or nothing when none of its children was answered. */
function group(linkId: string, items: QuestionnaireResponseItem[]): QuestionnaireResponseItem[] {
  return items.length ? [{ linkId, item: items }] : [];
}

function siteItem(site: SiteExam): QuestionnaireResponseItem[] {
  return group('site', [
    ...answered('site.id', site.id),
    ...answered('site.muscle', muscleCoding(site.muscle)),
    ...answered('site.side', site.side && sideCoding(site.side)),
    ...group(
      'site.findings',
      FINDING_KEYS.flatMap((key) => answered(`site.findings.${key}`, site.findings[key])),
    ),
    ...SITE_FLAGS.flatMap((key) => answered(`site.${key}`, site[key])),
  ]);
}

function priorItem(prior: PriorInjection): QuestionnaireResponseItem[] {
  return group('priorInjection', [
    ...answered('priorInjection.muscle', muscleCoding(prior.muscle)),
    ...answered('priorInjection.side', prior.side && sideCoding(prior.side)),
    { linkId: 'priorInjection.date', answer: [{ valueDate: prior.date }] },
    ...answered('priorInjection.kind', kindCoding(prior.kind)),
    ...RELIEF.flatMap((key) => answered(`priorInjection.${key}`, prior[key])),
  ]);
}

/** The answers of one Assessment. Repeating groups repeat the item, one per site or record. */
export function examResponseItems(assessment: Assessment): QuestionnaireResponseItem[] {
  const patient = assessment.patient ?? {};
  const symptoms = assessment.symptoms ?? [];
  return [
    ...group('patient', [
      ...answered('patient.ageYears', patient.ageYears),
      ...answered('patient.weightKg', patient.weightKg),
      ...PATIENT_FLAGS.flatMap((flag) => answered(`patient.${flag}`, patient[flag])),
    ]),
    ...(symptoms.length ? [{ linkId: 'symptoms', answer: symptoms.map((s) => ({ valueCoding: symptomCoding(s) })) }] : []),
    ...answered('painDurationWeeks', assessment.painDurationWeeks),
    ...answered('conservativeCareTried', assessment.conservativeCareTried),
    ...assessment.sites.flatMap(siteItem),
    ...(assessment.priorInjections ?? []).flatMap(priorItem),
  ];
}

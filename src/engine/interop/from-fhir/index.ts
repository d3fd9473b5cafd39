// fromFhir: the patient part, the exam and the prior injections of an Assessment, read
// from FHIR R4 resources (an EHR's record, or this project's own export). DOM-free and
// pure; it never throws. What it fills, where each value came from, and everything it
// could not use, with the reason: docs/interop.md, "FHIR in".
import { dayNumber, localToday } from '../../dates.js';
import { PATIENT_FLAGS, type Assessment, type Issue, type Patient, type PriorInjection } from '../../types.js';
import { validateAssessment } from '../../validate-assessment.js';
import { PATIENT_LABELS } from '../labels.js';
import { readAllergy } from './allergy.js';
import { readCondition } from './condition.js';
import { report, sourceOf, type Claim, type Ctx, type Src } from './context.js';
import { readMedication } from './medication.js';
import { readObservation } from './observation.js';
import { readPatient } from './patient.js';
import { readProcedure } from './procedure.js';
import { arr, isObj, quote, str } from './read.js';
import { isPatientReference, normalizeReference } from './references.js';
import { isExamResponse, readResponse, type ResponseRead } from './response.js';
import type { FieldSource, FromFhirOptions, FromFhirResult, Provenance, Unmapped } from './types.js';

/** Most resources read from one input; the rest are reported once as too many. */
export const MAX_RESOURCES = 100_000;
const MAX_PRIOR = 500;
const MAX_ALSO = 10;

type Reader = (ctx: Ctx, src: Src) => void;
const READERS: Record<string, Reader> = {
  Observation: readObservation,
  MedicationRequest: readMedication,
  MedicationStatement: readMedication,
  AllergyIntolerance: readAllergy,
  Condition: readCondition,
  Procedure: readProcedure,
};

const empty = (unmapped: Unmapped[]): FromFhirResult => ({ assessment: { sites: [] }, provenance: {}, unmapped });
const inputProblem = (reason: Unmapped['reason'], text: string): Unmapped => ({ index: -1, reason, text });

/**
 * Reads FHIR R4 resources (a Bundle, or an array of resources and Bundles) into the
 * parts of an Assessment the record can fill. Returns `{ assessment, provenance,
 * unmapped }`; never throws.
 */
export function fromFhir(input: unknown, options: FromFhirOptions = {}): FromFhirResult {
  try {
    return read(input, options);
  } catch {
    return empty([inputProblem('invalid-input', 'The input could not be read as FHIR resources.')]);
  }
}

function read(input: unknown, options: FromFhirOptions): FromFhirResult {
  const todayOption = isObj(options) ? options.today : undefined;
  const today = todayOption === undefined ? localToday() : todayOption;
  if (typeof today !== 'string' || dayNumber(today) === undefined) {
    return empty([inputProblem('invalid-option', "options.today must be a calendar date 'YYYY-MM-DD'; nothing was read.")]);
  }
  const patientOption = isObj(options) ? options.patient : undefined;
  const patientRef = patientOption === undefined ? undefined : str(patientOption) && normalizeReference(str(patientOption)!);
  if (patientOption !== undefined && !(patientRef && isPatientReference(patientRef))) {
    return empty([inputProblem('invalid-option', "options.patient must be a reference such as 'Patient/123'; nothing was read.")]);
  }

  const ctx: Ctx = {
    today,
    unmapped: [],
    found: { ages: [], weights: [], pregnancyStatus: [], pregnancyConditions: [], flags: new Map(), procedures: [] },
    byReference: new Map(),
    usedByReference: new Set(),
  };
  const srcs = flatten(input, ctx);
  const subject = subjectOf(srcs, patientRef);
  const responses: ResponseRead[] = [];
  const medications: Src[] = [];
  const seen = new Set<string>();

  for (const src of srcs) {
    try {
      const key = src.reference;
      if (key && seen.has(key)) {
        report(ctx, src, 'duplicate', `${src.resourceType} ${quote(key)} appears more than once; the first is read.`);
        continue;
      }
      if (key) seen.add(key);
      if (!belongsTo(src, subject)) {
        report(ctx, src, 'other-patient', `${src.resourceType} is about another patient than ${[...subject.keys][0] ?? 'the one read'}.`);
        continue;
      }
      if (src.resourceType === 'Patient') readPatient(ctx, src);
      else if (src.resourceType === 'Medication') medications.push(src);
      else if (src.resourceType === 'QuestionnaireResponse') {
        if (!isExamResponse(src.resource)) report(ctx, src, 'not-relevant', 'A QuestionnaireResponse to another questionnaire than the tpi-guide exam.');
        else {
          const answers = readResponse(ctx, src);
          if (answers) responses.push(answers);
        }
      } else if (READERS[src.resourceType]) READERS[src.resourceType]!(ctx, src);
      else report(ctx, src, 'unsupported-type', `${src.resourceType} resources are not read.`);
    } catch {
      report(ctx, src, 'invalid-value', `${src.resourceType} could not be read.`);
    }
  }
  for (const src of medications) {
    if (!ctx.usedByReference.has(src)) report(ctx, src, 'not-relevant', 'A Medication that no active anticoagulant or antiplatelet request or statement refers to.');
  }
  return assemble(ctx, responses);
}

/** The input as a list of resources: Bundles opened (nested ones too), in order. */
function flatten(input: unknown, ctx: Ctx): Src[] {
  const out: Src[] = [];
  let index = 0;
  let overflow = 0;
  const visit = (value: unknown, fullUrl: string | undefined, depth: number): void => {
    if (isObj(value) && value.resourceType === 'Bundle' && depth < 4) {
      for (const entry of arr(value.entry, MAX_RESOURCES + 1)) {
        if (isObj(entry) && entry.resource !== undefined) visit(entry.resource, str(entry.fullUrl), depth + 1);
        else if (!(isObj(entry) && isObj(entry.response))) {
          ctx.unmapped.push({ index: index++, reason: 'not-a-resource', text: 'A Bundle entry without a resource.' });
        }
      }
      return;
    }
    if (out.length >= MAX_RESOURCES) {
      overflow++;
      return;
    }
    const type = isObj(value) ? str(value.resourceType) : undefined;
    if (!isObj(value) || !type || !/^[A-Z][A-Za-z]{1,63}$/.test(type)) {
      ctx.unmapped.push({ index: index++, reason: 'not-a-resource', text: 'An item that is not a FHIR resource (no resourceType).' });
      return;
    }
    const id = typeof value.id === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(value.id) ? value.id : undefined;
    const src: Src = {
      index: index++,
      resource: value,
      resourceType: type,
      ...((id || fullUrl) && { reference: id ? `${type}/${id}` : fullUrl }),
      ...(fullUrl && { fullUrl }),
    };
    out.push(src);
    if (id) ctx.byReference.set(`${type}/${id}`, src);
    if (fullUrl) ctx.byReference.set(normalizeReference(fullUrl), src);
  };
  if (Array.isArray(input)) for (const item of arr(input, MAX_RESOURCES + 1)) visit(item, undefined, 0);
  else if (isObj(input) && typeof input.resourceType === 'string') visit(input, undefined, 0);
  else ctx.unmapped.push(inputProblem('invalid-input', 'The input is neither a FHIR Bundle nor an array of resources.'));
  if (overflow) ctx.unmapped.push(inputProblem('too-many', `More than ${MAX_RESOURCES} resources: ${overflow} were not read.`));
  return out;
}

/** The subject reference of a resource, normalized, when it gives one. */
function subjectRef(src: Src): string | undefined {
  const field = src.resourceType === 'AllergyIntolerance' ? src.resource.patient : src.resource.subject;
  const ref = isObj(field) ? str(field.reference) : undefined;
  return ref && normalizeReference(ref);
}

/**
 * The patient being read, as the keys that name it ('Patient/123', a fullUrl):
 * options.patient, else the first Patient resource, else the first subject named.
 */
function subjectOf(srcs: Src[], option: string | undefined): { keys: Set<string>; patient?: Src } {
  const keys = new Set<string>();
  const patient = option
    ? srcs.find((s) => s.resourceType === 'Patient' && s.reference && normalizeReference(s.reference) === option)
    : srcs.find((s) => s.resourceType === 'Patient');
  if (option) keys.add(option);
  if (patient?.reference) keys.add(normalizeReference(patient.reference));
  if (patient?.fullUrl) keys.add(normalizeReference(patient.fullUrl));
  for (const src of keys.size || patient ? [] : srcs) {
    const ref = subjectRef(src);
    if (ref) {
      keys.add(ref);
      break;
    }
  }
  return { keys, ...(patient && { patient }) };
}

function belongsTo(src: Src, subject: { keys: Set<string>; patient?: Src }): boolean {
  if (src.resourceType === 'Patient') return src === subject.patient;
  const ref = subjectRef(src);
  return !ref || !subject.keys.size || subject.keys.has(ref);
}

/** Most recent first; ties keep input order. */
const byDateDesc = <T extends { date?: { order: number }; src: Src }>(a: T, b: T) =>
  (b.date?.order ?? -Infinity) - (a.date?.order ?? -Infinity) || a.src.index - b.src.index;

function withAlso(claims: Claim<unknown>[]): FieldSource {
  const [first, ...rest] = claims;
  const source: FieldSource = sourceOf(first!);
  if (rest.length) source.also = rest.slice(0, MAX_ALSO).map(sourceOf);
  return source;
}

const refText = (src: Src) => src.reference ?? `${src.resourceType} #${src.index}`;

/** The patient part as read so far, where each field came from, and the fields the record decided. */
interface PatientRead {
  patient: Patient;
  provenance: Provenance;
  /** Fields the record decided (filled, or left empty on purpose because it disagrees with itself). */
  decided: Set<keyof Patient>;
}

/** The patient part from the record's resources: age, the latest weight, pregnancy, the flags. */
function patientFromRecord(ctx: Ctx): PatientRead {
  const { found } = ctx;
  const read: PatientRead = { patient: {}, provenance: {}, decided: new Set() };
  const { patient, provenance, decided } = read;
  const age = found.ages[0];
  if (age) {
    patient.ageYears = age.value;
    provenance['patient.ageYears'] = sourceOf(age);
    decided.add('ageYears');
  }
  const [latest, ...older] = [...found.weights].sort(byDateDesc);
  if (latest) {
    patient.weightKg = latest.value;
    provenance['patient.weightKg'] = sourceOf(latest);
    decided.add('weightKg');
    for (const w of older) report(ctx, w.src, 'superseded', `An earlier body weight; the latest (${refText(latest.src)}${latest.date ? ` on ${latest.date.text}` : ''}) is used.`);
  }
  readPregnancy(ctx, patient, provenance, decided);
  for (const flag of PATIENT_FLAGS) {
    const claims = found.flags.get(flag);
    if (!claims?.length) continue;
    patient[flag] = true;
    provenance[`patient.${flag}`] = withAlso([...claims].sort(byDateDesc));
    decided.add(flag);
  }
  return read;
}

/** The latest tpi-guide exam (earlier ones are reported as superseded) and the source its answers cite. */
function latestExam(ctx: Ctx, responses: ResponseRead[]): { exam: ResponseRead; examSource: FieldSource } | undefined {
  const [exam, ...older] = [...responses].sort(byDateDesc);
  if (!exam) return undefined;
  for (const response of older) {
    report(ctx, response.src, 'superseded', `Earlier tpi-guide exam answers; the latest (${refText(exam.src)}) is read.`);
  }
  const examSource: FieldSource = {
    ...(exam.src.reference && { reference: exam.src.reference }),
    resourceType: 'QuestionnaireResponse',
    text: `Answer in the tpi-guide exam${exam.date ? ` of ${quote(exam.date.text)}` : ''}`,
    ...(exam.date && { date: exam.date.text }),
  };
  return { exam, examSource };
}

/** The exam's patient answers, for each field the record left open; one it decided otherwise is reported. */
function addExamPatient(ctx: Ctx, exam: ResponseRead, examSource: FieldSource, { patient, provenance, decided }: PatientRead): void {
  for (const key of Object.keys(exam.patient) as (keyof Patient)[]) {
    const value = exam.patient[key];
    if (decided.has(key)) {
      if (patient[key] !== value) {
        const why = patient[key] === undefined ? 'the record disagrees with itself' : `the record says ${String(patient[key])}`;
        report(ctx, exam.src, 'superseded', `Exam answer patient.${key} = ${String(value)} is not used: ${why}.`, `item.where(linkId='patient')`);
      }
      continue;
    }
    (patient as Record<string, unknown>)[key] = value;
    provenance[`patient.${key}`] = { ...examSource, text: `${examSource.text}: ${PATIENT_LABELS[key]}, ${value === true ? 'yes' : value === false ? 'no' : value}` };
  }
}

/** The patient fields in the contract's order; undefined when there are none. */
function inContractOrder(patient: Patient): Patient | undefined {
  const ordered: Patient = {};
  for (const key of ['ageYears', 'weightKg', ...PATIENT_FLAGS] as (keyof Patient)[]) {
    if (patient[key] !== undefined) (ordered as Record<string, unknown>)[key] = patient[key];
  }
  return Object.keys(ordered).length ? ordered : undefined;
}

/** The exam's symptoms, pain duration, conservative care and sites, each citing the exam. */
function addExamFindings(exam: ResponseRead, examSource: FieldSource, assessment: Assessment, provenance: Provenance): void {
  if (exam.symptoms) {
    assessment.symptoms = exam.symptoms;
    provenance.symptoms = examSource;
  }
  if (exam.painDurationWeeks !== undefined) {
    assessment.painDurationWeeks = exam.painDurationWeeks;
    provenance.painDurationWeeks = examSource;
  }
  if (exam.conservativeCareTried !== undefined) {
    assessment.conservativeCareTried = exam.conservativeCareTried;
    provenance.conservativeCareTried = examSource;
  }
  assessment.sites = exam.sites;
  exam.sites.forEach((site, i) => (provenance[`sites.${i}`] = { ...examSource, text: `${examSource.text}: site ${quote(site.id)}` }));
}

/** Chooses among what was found and builds the result. */
function assemble(ctx: Ctx, responses: ResponseRead[]): FromFhirResult {
  const read = patientFromRecord(ctx);
  const { exam, examSource } = latestExam(ctx, responses) ?? {};
  if (exam) addExamPatient(ctx, exam, examSource!, read);
  const { provenance } = read;
  const assessment: Assessment = { sites: [] };
  if (exam) addExamFindings(exam, examSource!, assessment, provenance);
  const priors = priorInjections(ctx, exam, examSource);
  if (priors.length) {
    assessment.priorInjections = priors.map((p) => p.record);
    priors.forEach((p, i) => (provenance[`priorInjections.${i}`] = p.source));
  }
  // The contract's order, for people reading the result.
  const patient = inContractOrder(read.patient);
  const { symptoms, painDurationWeeks, conservativeCareTried, sites, priorInjections: records } = assessment;
  return checked(ctx, {
    ...(patient && { patient }),
    ...(symptoms && { symptoms }),
    ...(painDurationWeeks !== undefined && { painDurationWeeks }),
    ...(conservativeCareTried !== undefined && { conservativeCareTried }),
    sites,
    ...(records && { priorInjections: records }),
  }, provenance);
}

/** Pregnancy: the latest pregnancy-status Observation and the active pregnancy Conditions. */
function readPregnancy(ctx: Ctx, patient: Patient, provenance: Provenance, decided: Set<keyof Patient>): void {
  const statuses = [...ctx.found.pregnancyStatus].sort(byDateDesc);
  const conditions = [...ctx.found.pregnancyConditions].sort(byDateDesc);
  const [latest, ...older] = statuses;
  for (const s of older) report(ctx, s.src, 'superseded', `An earlier pregnancy status; the latest (${refText(latest!.src)}) is used.`);
  if (latest?.value === false && conditions.length) {
    // The record disagrees with itself: the clinician answers, nothing is guessed.
    report(ctx, latest.src, 'conflicting', `${latest.text}, but an active pregnancy condition is recorded (${refText(conditions[0]!.src)}).`);
    for (const c of conditions) report(ctx, c.src, 'conflicting', `${c.text}, but the latest pregnancy status says not pregnant (${refText(latest.src)}).`);
    decided.add('pregnant');
    return;
  }
  const claims: Claim<boolean>[] = latest ? [latest, ...conditions] : conditions;
  if (!claims.length) return;
  patient.pregnant = claims[0]!.value;
  provenance['patient.pregnant'] = withAlso(claims);
  decided.add('pregnant');
}

interface PriorWithSource {
  record: PriorInjection;
  source: FieldSource;
  order: number;
}

/** Prior injections: the exam's records, then the Procedures' (without those the exam already holds). */
function priorInjections(ctx: Ctx, exam: ResponseRead | undefined, examSource: FieldSource | undefined): PriorWithSource[] {
  const out: PriorWithSource[] = [];
  // Seen records by muscle, side and date (exam) and also kind (procedures), so a large record stays linear.
  const key = (p: PriorInjection, withKind: boolean) => `${p.muscle}|${p.side ?? ''}|${p.date}${withKind ? `|${p.kind}` : ''}`;
  const seen = new Map<string, FieldSource>();
  for (const record of exam?.priorInjections ?? []) {
    const source = { ...examSource!, text: `${examSource!.text}: prior injection on ${record.date}` };
    out.push({ record, source, order: dayNumber(record.date) ?? 0 });
    seen.set(key(record, false), source);
  }
  for (const claim of ctx.found.procedures) {
    const known = seen.get(key(claim.value, false)) ?? seen.get(key(claim.value, true));
    if (known) {
      report(ctx, claim.src, 'duplicate', `${claim.text}: already recorded (${known.reference ?? 'above'}).`);
      continue;
    }
    const source = sourceOf(claim);
    out.push({ record: { ...claim.value }, source, order: claim.date?.order ?? 0 });
    seen.set(key(claim.value, true), source);
  }
  if (out.length <= MAX_PRIOR) return out;
  // Keep the most recent: the rules look back a year at most.
  const keep = new Set([...out].sort((a, b) => b.order - a.order).slice(0, MAX_PRIOR));
  for (const p of out) {
    if (keep.has(p)) continue;
    ctx.unmapped.push({ index: -1, ...(p.source.reference && { reference: p.source.reference }), resourceType: p.source.resourceType, reason: 'too-many', text: `${p.source.text}: more than ${MAX_PRIOR} prior injections; the oldest are left out.` });
  }
  return out.filter((p) => keep.has(p));
}

/**
 * The assessment as validateAssessment sees it. Every value was checked on the way in;
 * this guards against what slips through (a hostile getter that answers differently
 * each time it is read, or a mistake here): each invalid field or list item is left out
 * and reported, and the rest is kept.
 */
function checked(ctx: Ctx, assessment: Assessment, provenance: Provenance): FromFhirResult {
  let current = { assessment, provenance };
  for (let round = 0; round < 3; round++) {
    const result = validateAssessment(current.assessment, { today: ctx.today });
    if (result.ok) return { ...current, unmapped: ctx.unmapped };
    current = without(ctx, current.assessment, current.provenance, result.issues);
  }
  ctx.unmapped.push(inputProblem('invalid-value', 'The values read could not be made into a valid assessment.'));
  return { assessment: { sites: [] }, provenance: {}, unmapped: ctx.unmapped };
}

/** The assessment without the fields and list items the issues point at (reported), provenance re-keyed. */
function without(ctx: Ctx, a: Assessment, provenance: Provenance, issues: readonly Issue[]): { assessment: Assessment; provenance: Provenance } {
  const LISTS = ['patient', 'sites', 'priorInjections'];
  const dropped = new Map<string, string>();
  for (const { path, message } of issues) {
    const key = LISTS.includes(String(path[0])) && path.length > 1 ? `${String(path[0])}.${String(path[1])}` : String(path[0]);
    if (!dropped.has(key)) dropped.set(key, message);
  }
  for (const [key, message] of dropped) {
    const source = provenance[key] ?? Object.entries(provenance).find(([path]) => path.startsWith(`${key}.`))?.[1];
    ctx.unmapped.push({ index: -1, ...(source?.reference && { reference: source.reference }), ...(source && { resourceType: source.resourceType }), reason: 'invalid-value', text: `Left out ${key}: ${message}` });
  }
  const out: Record<string, unknown> = {};
  const kept: Provenance = {};
  for (const [field, value] of Object.entries(a)) {
    if (dropped.has(field)) continue;
    if (field === 'patient') {
      const patient = Object.fromEntries(Object.entries(value as Patient).filter(([k]) => !dropped.has(`patient.${k}`)));
      if (Object.keys(patient).length) out.patient = patient;
      for (const k of Object.keys(patient)) if (provenance[`patient.${k}`]) kept[`patient.${k}`] = provenance[`patient.${k}`]!;
    } else if (field === 'sites' || field === 'priorInjections') {
      const items = (value as unknown[]).map((item, i) => ({ item, i })).filter(({ i }) => !dropped.has(`${field}.${i}`));
      items.forEach(({ i }, j) => provenance[`${field}.${i}`] && (kept[`${field}.${j}`] = provenance[`${field}.${i}`]!));
      if (field === 'sites' || items.length) out[field] = items.map(({ item }) => item);
    } else {
      out[field] = value;
      if (provenance[field]) kept[field] = provenance[field]!;
    }
  }
  if (!out.sites) out.sites = [];
  return { assessment: out as unknown as Assessment, provenance: kept };
}

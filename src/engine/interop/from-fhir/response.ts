// The exam answers this project exports (a QuestionnaireResponse to the tpi-guide exam
// Questionnaire, any version), read back: patient fields, symptoms, pain duration,
// conservative care, sites and prior injections, exactly as written. linkIds are the
// engine contract's field paths, so each answer goes to the field of the same name.
import { MUSCLE_IDS } from '../../catalog/muscles.js';
import { dayNumber } from '../../dates.js';
import {
  FINDING_KEYS,
  INJECTION_KINDS,
  PATIENT_FLAGS,
  SIDES,
  SYMPTOM_IDS,
  type Findings,
  type Patient,
  type PriorInjection,
  type SiteExam,
  type SymptomId,
} from '../../types.js';
import { QUESTIONNAIRE_URL, SYSTEMS } from '../terminology.js';
import { report, type Ctx, type Src } from './context.js';
import { arr, isObj, num, quote, str, type FhirDate, type Obj } from './read.js';
import { firstDate, notFuture, statusAllows } from './status.js';

export interface ResponseRead {
  src: Src;
  date?: FhirDate;
  patient: Patient;
  symptoms?: SymptomId[];
  painDurationWeeks?: number;
  conservativeCareTried?: boolean;
  sites: SiteExam[];
  priorInjections: PriorInjection[];
}

/** Whether a QuestionnaireResponse answers the tpi-guide exam (any version of it). */
export function isExamResponse(resource: Obj): boolean {
  const canonical = str(resource.questionnaire);
  return canonical !== undefined && (canonical === QUESTIONNAIRE_URL || canonical.startsWith(`${QUESTIONNAIRE_URL}|`));
}

type Kind = 'boolean' | 'number' | 'coding' | 'date' | 'string';

const MAX_SITES = 100;
const FLAGS = new Set<string>(PATIENT_FLAGS);
const FINDINGS = new Set<string>(FINDING_KEYS);

/** Reads answers with their position, reporting what does not fit. */
class Answers {
  constructor(
    private readonly ctx: Ctx,
    private readonly src: Src,
  ) {}

  bad(path: string, linkId: string, why: string): undefined {
    report(this.ctx, this.src, 'invalid-value', `Answer "${quote(linkId)}": ${why}.`, path);
    return undefined;
  }

  unknown(path: string, linkId: string | undefined): void {
    report(this.ctx, this.src, 'unknown-item', `Item "${quote(linkId ?? '(no linkId)')}" is not a question of the tpi-guide exam.`, path);
  }

  /** The one answer of an item, of one kind. */
  one(item: Obj, path: string, linkId: string, kind: Kind): unknown {
    const answers = arr(item.answer, 2);
    if (answers.length !== 1 || !isObj(answers[0])) return this.bad(path, linkId, 'expected exactly one answer');
    return this.value(answers[0], path, linkId, kind);
  }

  value(answer: Obj, path: string, linkId: string, kind: Kind): unknown {
    switch (kind) {
      case 'boolean':
        return typeof answer.valueBoolean === 'boolean' ? answer.valueBoolean : this.bad(path, linkId, 'not a valueBoolean');
      case 'number': {
        const n = num(answer.valueDecimal) ?? num(answer.valueInteger);
        return n ?? this.bad(path, linkId, 'not a valueDecimal');
      }
      case 'date':
        return typeof answer.valueDate === 'string' && dayNumber(answer.valueDate) !== undefined
          ? answer.valueDate
          : this.bad(path, linkId, 'not a valueDate YYYY-MM-DD');
      case 'string':
        return typeof answer.valueString === 'string' && answer.valueString.trim() ? answer.valueString : this.bad(path, linkId, 'not a valueString');
      case 'coding':
        return isObj(answer.valueCoding) ? answer.valueCoding : this.bad(path, linkId, 'not a valueCoding');
    }
  }

  /** A code of one of the project's code systems, from the allowed list. */
  code<T extends string>(item: Obj, path: string, linkId: string, system: string, allowed: readonly T[]): T | undefined {
    const coding = this.one(item, path, linkId, 'coding') as Obj | undefined;
    if (!coding) return undefined;
    return coding.system === system && allowed.includes(coding.code as T) ? (coding.code as T) : this.bad(path, linkId, `not a code of ${system}`);
  }

  /** A number within [min, max]. */
  range(item: Obj, path: string, linkId: string, ok: (n: number) => boolean): number | undefined {
    const n = this.one(item, path, linkId, 'number') as number | undefined;
    return n === undefined ? undefined : ok(n) ? n : this.bad(path, linkId, `${n} is out of range`);
  }
}

const children = (item: Obj): Obj[] => arr(item.item, 200).filter(isObj);
const linkOf = (item: Obj): string | undefined => (typeof item.linkId === 'string' ? item.linkId : undefined);

function readPatientGroup(a: Answers, group: Obj, path: string, patient: Patient): void {
  children(group).forEach((item, j) => {
    const at = `${path}.item[${j}]`;
    const linkId = linkOf(item);
    const key = linkId?.startsWith('patient.') ? linkId.slice(8) : undefined;
    if (key === 'ageYears') {
      const n = a.range(item, at, linkId!, (v) => v >= 0 && v <= 130);
      if (n !== undefined) patient.ageYears = n;
    } else if (key === 'weightKg') {
      const n = a.range(item, at, linkId!, (v) => v > 0 && v <= 500);
      if (n !== undefined) patient.weightKg = n;
    } else if (key && FLAGS.has(key)) {
      const b = a.one(item, at, linkId!, 'boolean') as boolean | undefined;
      if (b !== undefined) patient[key as (typeof PATIENT_FLAGS)[number]] = b;
    } else a.unknown(at, linkId);
  });
}

function readSite(a: Answers, group: Obj, path: string): Partial<SiteExam> & { findings: Findings } {
  const site: Partial<SiteExam> & { findings: Findings } = { findings: {} };
  children(group).forEach((item, j) => {
    const at = `${path}.item[${j}]`;
    const linkId = linkOf(item);
    if (linkId === 'site.id') {
      const id = a.one(item, at, linkId, 'string') as string | undefined;
      if (id !== undefined) site.id = id;
    } else if (linkId === 'site.muscle') {
      const muscle = a.code(item, at, linkId, SYSTEMS.muscle, MUSCLE_IDS);
      if (muscle) site.muscle = muscle;
    } else if (linkId === 'site.side') {
      const side = a.code(item, at, linkId, SYSTEMS.side, SIDES);
      if (side) site.side = side;
    } else if (linkId === 'site.localInfection' || linkId === 'site.acuteTrauma') {
      const b = a.one(item, at, linkId, 'boolean') as boolean | undefined;
      if (b !== undefined) site[linkId === 'site.localInfection' ? 'localInfection' : 'acuteTrauma'] = b;
    } else if (linkId === 'site.findings') {
      children(item).forEach((finding, k) => {
        const fat = `${at}.item[${k}]`;
        const fid = linkOf(finding);
        const key = fid?.startsWith('site.findings.') ? fid.slice(14) : undefined;
        if (!key || !FINDINGS.has(key)) return a.unknown(fat, fid);
        const b = a.one(finding, fat, fid!, 'boolean') as boolean | undefined;
        if (b !== undefined) site.findings[key as keyof Findings] = b;
      });
    } else a.unknown(at, linkId);
  });
  return site;
}

function readPrior(a: Answers, group: Obj, path: string): Partial<PriorInjection> {
  const prior: Partial<PriorInjection> = {};
  children(group).forEach((item, j) => {
    const at = `${path}.item[${j}]`;
    const linkId = linkOf(item);
    if (linkId === 'priorInjection.muscle') {
      const muscle = a.code(item, at, linkId, SYSTEMS.muscle, MUSCLE_IDS);
      if (muscle) prior.muscle = muscle;
    } else if (linkId === 'priorInjection.side') {
      const side = a.code(item, at, linkId, SYSTEMS.side, SIDES);
      if (side) prior.side = side;
    } else if (linkId === 'priorInjection.date') {
      const date = a.one(item, at, linkId, 'date') as string | undefined;
      if (date !== undefined) prior.date = date;
    } else if (linkId === 'priorInjection.kind') {
      const kind = a.code(item, at, linkId, SYSTEMS.injectionKind, INJECTION_KINDS);
      if (kind) prior.kind = kind;
    } else if (linkId === 'priorInjection.reliefPercent') {
      const n = a.range(item, at, linkId, (v) => v >= 0 && v <= 100);
      if (n !== undefined) prior.reliefPercent = n;
    } else if (linkId === 'priorInjection.reliefWeeks') {
      const n = a.range(item, at, linkId, (v) => v >= 0);
      if (n !== undefined) prior.reliefWeeks = n;
    } else a.unknown(at, linkId);
  });
  return prior;
}

/** The answers of one exam QuestionnaireResponse, or undefined when it may not be used (reported). */
export function readResponse(ctx: Ctx, src: Src): ResponseRead | undefined {
  const r = src.resource;
  if (!statusAllows(ctx, src, ['completed', 'amended'], 'not-final', 'The tpi-guide exam answers')) return undefined;
  const date = firstDate(ctx, src, [['authored', r.authored]]);
  if (date === false || !notFuture(ctx, src, date, 'The tpi-guide exam answers')) return undefined;
  const a = new Answers(ctx, src);
  const read: ResponseRead = { src, ...(date && { date }), patient: {}, sites: [], priorInjections: [] };
  const siteIds = new Set<string>();
  arr(r.item, 2000).forEach((item, i) => {
    const at = `item[${i}]`;
    if (!isObj(item)) return a.bad(at, '?', 'not an item');
    const linkId = linkOf(item);
    switch (linkId) {
      case 'patient':
        return readPatientGroup(a, item, at, read.patient);
      case 'symptoms': {
        const symptoms: SymptomId[] = [];
        arr(item.answer, 50).forEach((answer, k) => {
          const coding = isObj(answer) ? (a.value(answer, `${at}.answer[${k}]`, linkId, 'coding') as Obj | undefined) : undefined;
          const code = coding?.code as SymptomId;
          if (!coding) return;
          if (coding.system !== SYSTEMS.symptom || !SYMPTOM_IDS.includes(code)) return a.bad(`${at}.answer[${k}]`, linkId, 'not a tpi-guide symptom');
          if (symptoms.includes(code)) return a.bad(`${at}.answer[${k}]`, linkId, `${code} is listed twice`);
          symptoms.push(code);
        });
        if (symptoms.length) read.symptoms = symptoms;
        return;
      }
      case 'painDurationWeeks': {
        const n = a.range(item, at, linkId, (v) => v >= 0);
        if (n !== undefined) read.painDurationWeeks = n;
        return;
      }
      case 'conservativeCareTried': {
        const b = a.one(item, at, linkId, 'boolean') as boolean | undefined;
        if (b !== undefined) read.conservativeCareTried = b;
        return;
      }
      case 'site': {
        const site = readSite(a, item, at);
        if (site.id === undefined || site.muscle === undefined) return a.bad(at, linkId, 'a site needs an id and a muscle');
        if (siteIds.has(site.id)) return report(ctx, src, 'duplicate', `Site "${quote(site.id)}" appears twice; the first is kept.`, at);
        if (read.sites.length >= MAX_SITES) return report(ctx, src, 'too-many', `More than ${MAX_SITES} sites; the rest are left out.`, at);
        siteIds.add(site.id);
        read.sites.push(site as SiteExam);
        return;
      }
      case 'priorInjection': {
        const prior = readPrior(a, item, at);
        if (!prior.muscle || !prior.date || !prior.kind) return a.bad(at, linkId, 'a prior injection needs a muscle, a date and a kind');
        if (prior.date > ctx.today) return report(ctx, src, 'future-dated', `Prior injection dated ${prior.date}, after ${ctx.today}.`, at);
        read.priorInjections.push(prior as PriorInjection);
        return;
      }
      default:
        return a.unknown(at, linkId);
    }
  });
  return read;
}

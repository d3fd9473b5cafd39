// Reading untrusted JSON: every helper answers `undefined` or `[]` for a value of the
// wrong shape instead of throwing. Hostile objects (throwing getters, revoked proxies)
// can still throw; fromFhir catches that per resource.

export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest host text copied into provenance and unmapped sentences. */
const TEXT_MAX = 160;

/** A string that is not blank, trimmed, else undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text ? text : undefined;
}

/** Host text for a sentence: whitespace collapsed, cut at TEXT_MAX characters. */
export function quote(value: string): string {
  const text = value.slice(0, TEXT_MAX * 2).replace(/\s+/g, ' ').trim();
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** The first `max` elements of an array (a sparse or huge one is never walked whole), else []. */
export function arr(value: unknown, max = 1000): unknown[] {
  if (!Array.isArray(value)) return [];
  const n = Math.min(value.length, max);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(value[i]);
  return out;
}

/** A finite number, else undefined. */
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

/** The well-formed codings of a CodeableConcept (strings kept, anything else dropped). */
export function codingsOf(concept: unknown): Coding[] {
  if (!isObj(concept)) return [];
  return arr(concept.coding, 50).filter(isObj).map((c) => {
    const coding: Coding = {};
    const system = str(c.system);
    const code = str(c.code);
    const display = str(c.display);
    if (system) coding.system = system;
    if (code) coding.code = code;
    if (display) coding.display = display;
    return coding;
  });
}

/** The words people read in a CodeableConcept: its text, then each coding's display. */
export function wordsOf(concept: unknown): string[] {
  if (!isObj(concept)) return [];
  const text = str(concept.text);
  return [...(text ? [text] : []), ...codingsOf(concept).flatMap((c) => (c.display ? [c.display] : []))];
}

/** A CodeableConcept in a few words for a sentence: its text, else the first display, else the first code. */
export function conceptLabel(concept: unknown): string | undefined {
  const words = wordsOf(concept);
  if (words.length) return quote(words[0]!);
  const coded = codingsOf(concept).find((c) => c.code);
  return coded ? quote(coded.code!) : undefined;
}

/** Whether a concept holds the code `code` of `system`. */
export const hasCode = (concept: unknown, system: string, code: string): boolean =>
  codingsOf(concept).some((c) => c.system === system && c.code === code);

/** The `code` of the first coding of a status CodeableConcept (clinicalStatus, verificationStatus). */
export const statusCode = (concept: unknown): string | undefined => codingsOf(concept).find((c) => c.code)?.code;

// FHIR date, dateTime and instant: a year, a month or a day, and then maybe a time.
const FHIR_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d+)?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?)?)?)?$/;

export interface FhirDate {
  /** As written. */
  text: string;
  /** 'YYYY-MM-DD' when the day is known. */
  day?: string;
  /** The first and last day it can mean, 'YYYY-MM-DD'. */
  first: string;
  last: string;
  /** For ordering: milliseconds of the earliest moment it can mean. */
  order: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A FHIR date/dateTime/instant string, else undefined (wrong type, impossible date). */
export function fhirDate(value: unknown): FhirDate | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = FHIR_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (year < 1 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) return undefined;
  const y = pad(year, 4);
  const first = `${y}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  const last = `${y}-${pad(month ?? 12)}-${pad(day ?? daysIn(year, month ?? 12))}`;
  let order = Date.parse(`${first}T00:00:00Z`);
  if (m[4] !== undefined) {
    const withTime = Date.parse(`${first}T${m[4]}:${m[5]}:${m[6] && m[6] !== '60' ? m[6] : '00'}${m[7] ?? 'Z'}`);
    if (Number.isFinite(withTime)) order = withTime;
  }
  return { text: value, ...(day !== undefined && { day: first }), first, last, order };
}

/** Whole years from `birth` to `today` (both 'YYYY-MM-DD'). */
export function yearsBetween(birth: string, today: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

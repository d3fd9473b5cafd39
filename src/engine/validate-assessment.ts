// Strict, kind validation of an Assessment: unknown keys, wrong types, null findings,
// ranges, real dates not after today, blank or duplicate ids, list sizes.
import { MUSCLE_IDS } from './catalog/muscles.js';
import { dayNumber, localToday } from './dates.js';
import { bool, check, fail, list, num, obj, oneOf, unique, type Check } from './schema.js';
import { FINDING_KEYS, INJECTION_KINDS, PATIENT_FLAGS, SIDES, SYMPTOM_IDS, type Assessment, type Issue, type ValidationResult } from './types.js';

const flags = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, bool]));
const muscle = oneOf(MUSCLE_IDS, 'muscle');
const side = oneOf(SIDES, 'side');
const DATE = 'Must be a real calendar date written YYYY-MM-DD';

/**
 * The assessment being read: its `today` and the ages (days before today) of its prior
 * injections, in order, from each date parsed once while it is checked.
 */
let reading = { today: 0, ages: [] as number[] };
const date: Check = (v, p, out) => {
  const d = dayNumber(v);
  if (d === undefined) return fail(out, p, DATE + '.');
  if (d > reading.today) return fail(out, p, 'Must not be after today.');
  reading.ages.push(reading.today - d);
  return v;
};

const shape = obj(
  {
    patient: obj(
      {
        ageYears: num((n) => n >= 0 && n <= 130, 'of years from 0 to 130'),
        weightKg: num((n) => n > 0 && n <= 500, 'of kilograms above 0, at most 500'),
        ...flags(PATIENT_FLAGS),
      },
      [],
      'patient field',
    ),
    symptoms: list(oneOf(SYMPTOM_IDS, 'symptom'), 99, 'symptoms'),
    painDurationWeeks: num((n) => n >= 0, 'of weeks, 0 or more'),
    conservativeCareTried: bool,
    sites: list(
      obj(
        {
          id: (v, p, out) => (typeof v == 'string' && v.trim() ? v : fail(out, p, 'A site id must be text that is not blank.')),
          muscle,
          side,
          findings: obj(flags(FINDING_KEYS), [], 'finding'),
          localInfection: bool,
          acuteTrauma: bool,
          ordered: bool,
        },
        ['id', 'muscle', 'findings'],
        'site field',
      ),
      100,
      'sites',
    ),
    priorInjections: list(
      obj(
        {
          muscle,
          side,
          date,
          kind: oneOf(INJECTION_KINDS, 'injection kind'),
          reliefPercent: num((n) => n >= 0 && n <= 100, 'of percent from 0 to 100'),
          reliefWeeks: num((n) => n >= 0, 'of weeks, 0 or more'),
        },
        ['muscle', 'date', 'kind'],
        'prior injection field',
      ),
      500,
      'prior injections',
    ),
    orderedWithoutSite: bool,
  },
  ['sites'],
  'assessment field',
);

/** The day number of the `today` an evaluation counts from, or an issue at ['options', 'today']. */
export function readToday(options: unknown, out: Issue[]): number | undefined {
  const t = options && Object.hasOwn(options, 'today') ? (options as { today: unknown }).today : undefined;
  const today = dayNumber(t === undefined ? localToday() : t);
  if (today === undefined) fail(out, ['options', 'today'], DATE + ' (today).');
  return today;
}

/** Read an assessment as of `today` (a day number): its clean copy and its prior injections' ages, or undefined with its issues in `out`. */
export function readAssessment(input: unknown, today: number, out: Issue[]): { value: Assessment; ages: number[] } | undefined {
  const outer = reading;
  reading = { today, ages: [] };
  try {
    const value = check(shape, input, out);
    if (value?.symptoms) unique(value.symptoms, ['symptoms'], out);
    if (value?.sites) unique(value.sites, ['sites'], out, 'id');
    if (!out.length) return { value, ages: reading.ages };
  } catch {
    // Hostile input (throwing getters, proxies, exotic objects): refuse, never crash.
    out.push({ path: [], message: 'Could not be read as plain data.' });
  } finally {
    // A getter in the input may itself validate another assessment.
    reading = outer;
  }
}

/** Check an assessment; never throws. `value` is a clean copy of a valid one. */
export function validateAssessment(input: unknown, options?: { today?: string }): ValidationResult<Assessment> {
  const out: Issue[] = [];
  let today: number | undefined;
  try {
    today = readToday(options, out);
  } catch {
    out.push({ path: [], message: 'Could not be read as plain data.' });
  }
  const read = today === undefined ? undefined : readAssessment(input, today, out);
  return read ? { ok: true, value: read.value } : { ok: false, issues: out };
}

// Strict, kind validation of an Assessment: unknown keys, wrong types, null findings,
// ranges, real dates not after today, blank or duplicate ids, list sizes.
import { MUSCLE_IDS } from './catalog/muscles.js';
import { dayNumber, localToday } from './dates.js';
import { bool, fail, list, num, obj, oneOf, unique, type Check } from './schema.js';
import {
  FINDING_KEYS,
  INJECTION_KINDS,
  PATIENT_FLAGS,
  SIDES,
  SYMPTOM_IDS,
  type Assessment,
  type Issue,
  type ValidationResult,
} from './types.js';

const flags = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, bool]));
const muscle = oneOf(MUSCLE_IDS, 'muscle');
const side = oneOf(SIDES, 'side');
const DATE = 'Must be a real calendar date written YYYY-MM-DD';

const shape = (today: number) =>
  obj(
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
            date: (v, p, out) => {
              const d = dayNumber(v);
              return d === undefined ? fail(out, p, DATE + '.') : d > today ? fail(out, p, 'Must not be after today.') : v;
            },
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
  ) as Check;

/** The `today` an evaluation counts from, or an issue at ['options', 'today']. */
export function readToday(options: unknown, out: Issue[]): string | undefined {
  const t = options && Object.hasOwn(options, 'today') ? (options as { today: unknown }).today : undefined;
  if (t === undefined) return localToday();
  if (dayNumber(t) !== undefined) return t as string;
  fail(out, ['options', 'today'], DATE + ' (today).');
}

/** Check an assessment; never throws. `value` is a clean copy of a valid one. */
export function validateAssessment(input: unknown, options?: { today?: string }): ValidationResult<Assessment> {
  const out: Issue[] = [];
  try {
    const today = readToday(options, out);
    const value = today && shape(dayNumber(today)!)(input, [], out);
    if (value?.symptoms) unique(value.symptoms, ['symptoms'], out);
    if (value?.sites) unique(value.sites, ['sites'], out, 'id');
    return out.length ? { ok: false, issues: out } : { ok: true, value };
  } catch {
    // Hostile input (throwing getters, proxies, exotic objects): refuse, never crash.
    return { ok: false, issues: [...out, { path: [], message: 'Could not be read as plain data.' }] };
  }
}

// Strict, kind validation of an Assessment: unknown keys, wrong types, null findings,
// ranges, real dates not after today, blank or duplicate ids, list sizes.
import { dayNumber, localToday } from './dates.js';
import { bool, fail, list, noDuplicates, num, obj, oneOf, type Check } from './schema.js';
import {
  FINDING_KEYS,
  INJECTION_KINDS,
  MUSCLE_IDS,
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

const site = obj(
  {
    id: (v, p, out) =>
      typeof v == 'string' && v.trim() ? v : fail(out, p, 'A site id must be text that is not blank.'),
    muscle,
    side,
    findings: obj(flags(FINDING_KEYS), [], 'finding'),
    localInfection: bool,
    acuteTrauma: bool,
  },
  ['id', 'muscle', 'findings'],
  'site field',
);

const prior = (today: number): Check =>
  obj(
    {
      muscle,
      side,
      date: (v, p, out) => {
        const d = dayNumber(v);
        return d === undefined
          ? fail(out, p, 'Must be a real calendar date written YYYY-MM-DD.')
          : d > today
            ? fail(out, p, 'This date is after today; a prior injection cannot be in the future.')
            : v;
      },
      kind: oneOf(INJECTION_KINDS, 'injection kind'),
    },
    ['muscle', 'date', 'kind'],
    'field',
  );

/** The `today` an evaluation counts from, or an issue at ['options', 'today']. */
export function readToday(options: unknown, out: Issue[]): string | undefined {
  const t = options && typeof options == 'object' && Object.hasOwn(options, 'today') ? (options as any).today : undefined;
  if (t === undefined) return localToday();
  if (dayNumber(t) !== undefined) return t;
  fail(out, ['options', 'today'], 'Today must be a real calendar date written YYYY-MM-DD.');
}

/** Check an assessment; never throws. `value` is a clean copy of a valid one. */
export function validateAssessment(input: unknown, options?: { today?: string }): ValidationResult<Assessment> {
  const out: Issue[] = [];
  try {
    const today = readToday(options, out);
    if (today === undefined) return { ok: false, issues: out };
    const value = obj(
      {
        patient: obj(
          {
            ageYears: num((n) => n >= 0 && n <= 130, 'of years from 0 to 130'),
            weightKg: num((n) => n > 0 && n <= 500, 'of kilograms above 0 and at most 500'),
            ...flags(PATIENT_FLAGS),
          },
          [],
          'patient field',
        ),
        symptoms: list(oneOf(SYMPTOM_IDS, 'symptom'), 100, 'symptoms'),
        painDurationWeeks: num((n) => n >= 0, 'of weeks, 0 or more'),
        conservativeCareTried: bool,
        sites: list(site, 100, 'sites'),
        priorInjections: list(prior(dayNumber(today)!), 500, 'prior injections'),
      },
      ['sites'],
      'assessment field',
      'an assessment object',
    )(input, [], out);
    if (Array.isArray(value?.symptoms)) noDuplicates(value.symptoms, ['symptoms'], out, 'Symptom');
    if (Array.isArray(value?.sites)) noDuplicates(value.sites, ['sites'], out, 'Site id', 'id');
    return out.length ? { ok: false, issues: out } : { ok: true, value };
  } catch {
    // Hostile input (throwing getters, proxies, exotic objects): refuse, never crash.
    return { ok: false, issues: [...out, { path: [], message: 'The assessment could not be read as plain data.' }] };
  }
}

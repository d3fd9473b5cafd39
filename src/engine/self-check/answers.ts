// What a person enters in the patient self-check, and its strict validator. Unknown
// keys and values are refused by name, so a typo never silently changes a suggestion.
import { SYMPTOM_IDS, type Issue, type SymptomId, type ValidationResult } from '../types.js';

/** Patient flags the self-check asks about (the engine's own flag names). */
export const SELF_CHECK_FLAGS = [
  'anticoagulated',
  'bleedingDisorder',
  'pregnant',
  'systemicInfection',
  'localAnestheticAllergy',
  'needlePhobia',
] as const;
export type SelfCheckFlag = (typeof SELF_CHECK_FLAGS)[number];

/** A yes / no / not sure answer; omitted means not answered. */
export const REPLIES = ['yes', 'no', 'unsure'] as const;
export type Reply = (typeof REPLIES)[number];

/** The self-check answers. Every key is optional: an omitted one was not answered. */
export interface SelfCheckAnswers {
  /** What bothers the person, as the engine's symptom ids. */
  areas?: SymptomId[];
  /** Whether pressing one spot sends pain somewhere else. */
  spreads?: Reply;
  /** Whether stretching, massage or physical therapy was already tried. */
  triedCare?: Reply;
  /** Which of the flags apply. */
  flags?: SelfCheckFlag[];
}

const LISTS: Record<string, readonly string[]> = { areas: SYMPTOM_IDS, flags: SELF_CHECK_FLAGS };

/** Checks `input` against the SelfCheckAnswers shape; every problem is reported. */
export function validateAnswers(input: unknown): ValidationResult<SelfCheckAnswers> {
  const issues: Issue[] = [];
  const bad = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (typeof input != 'object' || input === null || Array.isArray(input)) {
    bad([], 'The answers must be an object.');
  } else {
    for (const [key, value] of Object.entries(input)) {
      const allowed = LISTS[key];
      if (allowed) {
        if (!Array.isArray(value)) bad([key], 'Must be a list.');
        else
          value.forEach((v, i) => {
            if (!allowed.includes(v)) bad([key, i], `Unknown value "${String(v)}"; expected one of: ${allowed.join(', ')}.`);
            else if (value.indexOf(v) < i) bad([key, i], `"${v}" is listed twice.`);
          });
      } else if (key == 'spreads' || key == 'triedCare') {
        if (!(REPLIES as readonly unknown[]).includes(value)) bad([key], 'Must be "yes", "no" or "unsure".');
      } else bad([key], 'Unknown answer.');
    }
  }
  return issues[0] ? { ok: false, issues } : { ok: true, value: input as SelfCheckAnswers };
}

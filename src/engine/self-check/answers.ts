// What a person enters in the patient self-check (contract v2), and its strict
// validator. Unknown keys and values are refused by path, so a typo never silently
// changes a suggestion; hostile input is refused, never thrown.
import { list, obj, oneOf, unique, type Check, type Json } from '../schema.js';
import { SYMPTOM_IDS, type Issue, type SymptomId, type ValidationResult } from '../types.js';

/** How soon a red flag needs care: now, today, or before any needle treatment. */
export type RedFlagLevel = 'emergency' | 'urgent' | 'soon';

/**
 * Each red flag and its level, as data: `emergency` sends the person to the local
 * emergency number, `urgent` to care today, `soon` to a consultation before any needle
 * treatment. Asked first, in this order (docs/self-check.md says what each means).
 */
export const RED_FLAG_LEVEL = {
  'chest-breathing': 'emergency',
  'allergic-swelling': 'emergency',
  'thunderclap-headache': 'emergency',
  'stroke-signs': 'emergency',
  'bladder-bowel': 'emergency',
  fever: 'urgent',
  'recent-injury': 'urgent',
  'red-hot-skin': 'urgent',
  'cancer-or-weight-loss': 'soon',
  'progressive-weakness': 'soon',
} as const satisfies Record<string, RedFlagLevel>;

export type RedFlagId = keyof typeof RED_FLAG_LEVEL;

/** The red flag ids, emergency ones first, then urgent, then soon. */
export const RED_FLAG_IDS = Object.keys(RED_FLAG_LEVEL) as readonly RedFlagId[];

/** Patient flags the self-check asks about (the engine's own flag names). */
export const SELF_CHECK_FLAGS = ['anticoagulated', 'antiplatelet', 'bleedingDisorder', 'pregnant', 'localAnestheticAllergy', 'needlePhobia'] as const;
export type SelfCheckFlag = (typeof SELF_CHECK_FLAGS)[number];

/** How long the pain has lasted. */
export const DURATIONS = ['under-6-weeks', '6-to-12-weeks', 'over-12-weeks'] as const;
export type Duration = (typeof DURATIONS)[number];

/** A yes / no / not sure answer; omitted means not answered. */
export const REPLIES = ['yes', 'no', 'unsure'] as const;
export type Reply = (typeof REPLIES)[number];

/** The self-check answers. Every key is optional: an omitted one was not answered. */
export interface SelfCheckAnswers {
  /** Which red flags apply now ("Do any of these apply to you now?"). */
  redFlags?: RedFlagId[];
  /** What bothers the person, as the engine's symptom ids. */
  areas?: SymptomId[];
  /** How long the pain has lasted. */
  duration?: Duration;
  /** Whether pressing the sorest spot sends pain somewhere else. */
  spreads?: Reply;
  /** Whether stretching, massage or physical therapy was tried for this pain without enough relief. */
  triedCare?: Reply;
  /** Which of the flags apply. */
  flags?: SelfCheckFlag[];
}

/** The flag v1 had; its meaning moved to the red flag `fever`. */
const RETIRED_FLAG = 'systemicInfection';
const flag = oneOf(SELF_CHECK_FLAGS, 'flag');
const flagCheck: Check = (v, p, out) =>
  v === RETIRED_FLAG ? void out.push({ path: p, message: `'${RETIRED_FLAG}' is no longer a flag: use the red flag 'fever' (in redFlags).` }) : flag(v, p, out);

// At most 100 items per list: enough for every id with room for mistakes to be reported.
const LISTS = { redFlags: oneOf(RED_FLAG_IDS, 'red flag'), areas: oneOf(SYMPTOM_IDS, 'area'), flags: flagCheck };
const shape = obj(
  {
    ...Object.fromEntries(Object.entries(LISTS).map(([key, item]) => [key, list(item, 100, key)])),
    duration: oneOf(DURATIONS, 'duration'),
    spreads: oneOf(REPLIES, 'reply'),
    triedCare: oneOf(REPLIES, 'reply'),
  },
  [],
  'answer',
);

/** Checks `input` against the SelfCheckAnswers shape; never throws. `value` is a clean copy of valid answers. */
export function validateAnswers(input: unknown): ValidationResult<SelfCheckAnswers> {
  const out: Issue[] = [];
  try {
    const value: Json = shape(input, [], out);
    for (const key of Object.keys(LISTS)) if (Array.isArray(value?.[key])) unique(value[key], [key], out);
    return out.length ? { ok: false, issues: out } : { ok: true, value: value as SelfCheckAnswers };
  } catch {
    // Hostile input (throwing getters, proxies, exotic objects): refuse, never crash.
    return { ok: false, issues: [...out, { path: [], message: 'Could not be read as plain data.' }] };
  }
}

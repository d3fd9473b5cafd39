// The patient self-check (contract v2): answers in; the level of care, a suggested visit,
// reasons and a cited trace out. Also exported from the engine's index (tpi-guide/engine).
export { DURATIONS, RED_FLAG_IDS, RED_FLAG_LEVEL, REPLIES, SELF_CHECK_FLAGS, validateAnswers } from './answers.js';
export type { Duration, RedFlagId, RedFlagLevel, Reply, SelfCheckAnswers, SelfCheckFlag } from './answers.js';
export { SELF_CHECK_LEVELS, SELF_CHECK_RULES } from './rules.js';
export type { SelfCheckLevel, SelfCheckRule, SelfCheckRuleset, Service } from './rules.js';
export { SelfCheckError, suggestBooking } from './suggest.js';
export type { Suggestion } from './suggest.js';

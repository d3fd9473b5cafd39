// The patient self-check's triage: answers in, a suggested visit with reasons and a
// cited trace out. Kept out of the engine's index (and dist/engine.js): the element
// imports it directly.
export { REPLIES, SELF_CHECK_FLAGS, validateAnswers } from './answers.js';
export type { Reply, SelfCheckAnswers, SelfCheckFlag } from './answers.js';
export { SELF_CHECK_RULES } from './rules.js';
export type { SelfCheckRule, SelfCheckRuleset, Service } from './rules.js';
export { SelfCheckError, suggestBooking } from './suggest.js';
export type { Suggestion } from './suggest.js';

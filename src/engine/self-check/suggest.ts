// suggestBooking(): runs the self-check rule table over validated answers with the
// engine's generic condition evaluator. Every rule whose condition holds adds its reason
// and a trace entry; the first one that names a visit chooses it.
import { holds } from '../conditions.js';
import type { Issue } from '../types.js';
import { SELF_CHECK_FLAGS, validateAnswers } from './answers.js';
import { SELF_CHECK_RULES, type Service } from './rules.js';

/** The suggested visit, what to point out (reason keys) and the rules behind it. */
export interface Suggestion {
  service: Service;
  reasons: string[];
  trace: { rule: string; citations: string[] }[];
}

/** The answers are not valid; `issues` says where and why. */
export class SelfCheckError extends Error {
  override name = 'SelfCheckError';
  constructor(readonly issues: Issue[]) {
    super(`Invalid self-check answers: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

/** Which visit to suggest for these answers; throws SelfCheckError when they are invalid. */
export function suggestBooking(answers: unknown): Suggestion {
  const result = validateAnswers(answers);
  if (!result.ok) throw new SelfCheckError(result.issues);
  const a = result.value;
  const facts: Record<string, unknown> = { areas: a.areas ?? [], spreads: a.spreads ?? null, triedCare: a.triedCare ?? null, service: null };
  for (const flag of SELF_CHECK_FLAGS) facts[flag] = !!a.flags?.includes(flag);
  const out: Suggestion = { service: 'consultation', reasons: [], trace: [] };
  for (const rule of SELF_CHECK_RULES.rules)
    if (holds(rule.when, { b: [facts], th: {} })) {
      facts.service ??= rule.service ?? null;
      if (!out.reasons.includes(rule.reason)) out.reasons.push(rule.reason);
      out.trace.push({ rule: rule.id, citations: [...rule.citations] });
    }
  out.service = facts.service as Service;
  return out;
}

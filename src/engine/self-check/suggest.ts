// suggestBooking(): runs the self-check rule table over validated answers with the
// engine's generic condition evaluator, one step at a time: emergency rules, then
// urgent ones, then routine ones. The first step whose rules hold decides the level;
// within the routine step the first rule that names a visit chooses it. Every rule that
// holds (in the steps tried) adds its reason and a trace entry with its citations.
import { holds } from '../conditions.js';
import type { Issue } from '../types.js';
import { validateAnswers } from './answers.js';
import { SELF_CHECK_LEVELS, SELF_CHECK_RULES, type SelfCheckLevel, type Service } from './rules.js';

/** What to do: the level of care, the visit (routine only), what to point out (reason keys) and the rules behind it. */
export interface Suggestion {
  level: SelfCheckLevel;
  /** The visit to suggest; null when the level is `emergency` or `urgent`. */
  service: Service | null;
  /** Reason keys (their wording is `patient.reason.<key>` in the element's strings), in rule order, each once. */
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

/** What to suggest for these answers. Pure; throws SelfCheckError (and nothing else) when they are invalid. */
export function suggestBooking(answers: unknown): Suggestion {
  const result = validateAnswers(answers);
  if (!result.ok) throw new SelfCheckError(result.issues);
  const a = result.value;
  const facts: Record<string, unknown> = {
    redFlags: a.redFlags ?? [],
    areas: a.areas ?? [],
    flags: a.flags ?? [],
    duration: a.duration ?? null,
    spreads: a.spreads ?? null,
    triedCare: a.triedCare ?? null,
    // Empty lists are no answer: the element drops them, a host may not.
    answered: Object.values(a).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0)),
    service: null,
  };
  const out: Suggestion = { level: 'routine', service: null, reasons: [], trace: [] };
  for (const level of SELF_CHECK_LEVELS) {
    for (const rule of SELF_CHECK_RULES.rules)
      if (rule.level == level && holds(rule.when, { b: [facts], th: {} })) {
        out.level = level;
        facts.service ??= rule.service ?? null;
        if (!out.reasons.includes(rule.reason)) out.reasons.push(rule.reason);
        out.trace.push({ rule: rule.id, citations: [...rule.citations] });
      }
    if (out.level != 'routine') break;
  }
  out.service = out.level == 'routine' ? ((facts.service as Service | null) ?? 'consultation') : null;
  return out;
}

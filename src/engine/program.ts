// A validated rule set compiled once into closures: each rule's condition into a
// predicate over the run state (facts' readers bound, thresholds resolved), its action
// into a bound handler, the rules put in stage order. Programs are cached by the rule
// set's identity, so a host's rule set is validated and compiled once per object: the
// first call with it pays for that, every later call only runs. A rule set is data the
// host hands over: changing it after passing it has no effect (pass a new object).
import { compileAction, type Apply } from './actions.js';
import { compileCondition, type Pred } from './conditions.js';
import { RulesetError } from './errors.js';
import { PATIENT_FACTS, PATIENT_WINDOW_FACTS, SITE_FACTS, SITE_WINDOW_FACTS, type Read } from './facts.js';
import { defaultRuleset } from './rules/default-ruleset.js';
import type { RunState, SiteState } from './state.js';
import type { Rule, Ruleset, Stage } from './types.js';
import { validateRuleset } from './validate-ruleset.js';
import { STAGES } from './vocab.js';

interface Compiled<S> {
  readonly id: string;
  readonly stage: Stage;
  readonly citations: readonly string[];
  readonly when: Pred<RunState, S>;
  readonly then: Apply<S>;
}
/** A site rule runs once per site, in input order; a patient rule once. */
export type CompiledRule = ({ site: true } & Compiled<SiteState>) | ({ site: false } & Compiled<undefined>);

export interface Program {
  /** The validated rule set (the default one as it is). */
  readonly ruleset: Ruleset;
  /** Its rules in stage order; within a stage, as listed. */
  readonly rules: readonly CompiledRule[];
}

// Fact names were validated against the rule's scope.
const patientFact = (name: string, within = Infinity): Read<unknown> => PATIENT_FACTS[name] ?? PATIENT_WINDOW_FACTS[name]!(within);
const siteFact = (name: string, within = Infinity): Read<SiteState> => SITE_FACTS[name] ?? SITE_WINDOW_FACTS[name]?.(within) ?? patientFact(name, within);

function compileRule({ id, stage, scope, citations, when, then }: Rule, th: Ruleset['thresholds']): CompiledRule {
  return scope == 'site'
    ? { id, stage, citations, site: true, when: compileCondition(when, siteFact, th), then: compileAction(then, { fact: siteFact, th }) }
    : { id, stage, citations, site: false, when: compileCondition(when, patientFact, th), then: compileAction(then, { fact: patientFact, th }) };
}

const compile = (ruleset: Ruleset): Program => ({
  ruleset,
  rules: STAGES.flatMap((stage) => ruleset.rules.filter((r) => r.stage == stage)).map((r) => compileRule(r, ruleset.thresholds)),
});

const programs = new WeakMap<object, Program>();

/** The program of a rule set (default: the built-in one); throws RulesetError when it is invalid. */
export function programFor(given: unknown = defaultRuleset): Program {
  const key = typeof given == 'object' && given ? given : undefined;
  let program = key && programs.get(key);
  if (!program) {
    const checked = given === defaultRuleset ? { ok: true as const, value: defaultRuleset } : validateRuleset(given);
    if (!checked.ok) throw new RulesetError(checked.issues);
    program = compile(checked.value);
    if (key) programs.set(key, program);
  }
  return program;
}

// A validated rule set compiled once into closures: each rule's condition into a
// predicate over the run state (facts' readers bound, thresholds resolved), its action
// into a bound handler, the rules put in stage order. Programs are cached by the rule
// set's identity, so a host's rule set is validated and compiled once per object: the
// first call with it pays for that, every later call only runs. A rule set is data the
// host hands over: changing it after passing it has no effect (pass a new object).
// Compiling a rule set already checked (`compiled`) needs no validator, so a caller that
// validates elsewhere or later (the element, which fetches the validator only when a
// host sets a rule set) does not carry it.
import { compileAction, type Apply } from './actions.js';
import { compileCondition, type Pred } from './conditions.js';
import { PATIENT_FACTS, PATIENT_WINDOW_FACTS, SITE_FACTS, SITE_WINDOW_FACTS, type Read } from './facts.js';
import type { RunState, SiteState } from './state.js';
import type { Rule, Ruleset, Stage } from './types.js';
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

/** The program of a rule set that is already valid (the default one, or a value `validateRuleset` returned), compiled once per object. */
export function compiled(ruleset: Ruleset): Program {
  let program = programs.get(ruleset);
  if (!program) programs.set(ruleset, (program = compile(ruleset)));
  return program;
}

/** The cached program of a rule set object, if it was checked and compiled before. */
export const cachedProgram = (given: object): Program | undefined => programs.get(given);

/** Caches `program` as the program of the object a host handed over (its validated copy is another object). */
export const rememberProgram = (given: object, program: Program): void => void programs.set(given, program);

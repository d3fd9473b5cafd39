// What a rule does when its condition holds: one handler per verb of the `Action`
// union, in a table the compiler checks is exhaustive (a verb added to `Actions` in
// types.ts and not handled here fails to compile). Each handler turns a validated
// action into an `Apply` once per rule set, with the options and alternatives it names
// resolved to their places and its thresholds to numbers. An `Apply` changes the run
// state and says whether it did: an action that changes nothing means the rule did not fire.
import { amount, type Reader, type Thresholds } from './conditions.js';
import type { Value } from './facts.js';
import type { RunState, SiteState } from './state.js';
import { ALTERNATIVE_IDS, OPTION_IDS, type ActionOf, type OptionId, type Verb } from './types.js';

/** Applies an action in a run; `s` is the site a site rule fired for (undefined in a patient rule). */
export type Apply<S> = (r: RunState, s: S) => boolean;
/** What a handler needs besides its action: the rule's facts (for `{ fact }` reasons) and the thresholds. */
export interface Binding<S> {
  fact: (name: string) => Reader<RunState, S>;
  th: Thresholds;
}
type Site = SiteState | undefined;
type Handler<V extends Verb> = <S extends Site>(a: ActionOf<V>, b: Binding<S>) => Apply<S>;

/** Add `x` to a list unless it is there already. */
const add = <T>(list: T[], x: T) => list.includes(x) || list.push(x);

/** The entry of `id` in a run's warnings or conditions, added by `make` the first time; a site rule adds its site. */
const raise = <T extends { id: string; at: number[] }>(list: T[], id: string, make: () => T, s?: SiteState) => {
  let x = list.find((e) => e.id == id);
  if (!x) list.push((x = make()));
  if (s) add(x.at, s.index);
  return x;
};

/**
 * Give options a reason: a warning id or status as written, or the value of the fact it
 * names. `block` makes them unavailable; otherwise the reason is a caveat, which only an
 * available option takes (the rule does not fire when none does).
 */
const mark = <S>(ids: readonly OptionId[], reason: string | { fact: string }, b: Binding<S>, block: boolean): Apply<S> => {
  const why: Reader<RunState, S> = typeof reason == 'string' ? () => reason : b.fact(reason.fact);
  const at = OPTION_IDS.flatMap((id, i) => (ids.includes(id) ? [i] : []));
  return (r, s) => {
    let changed = false;
    for (const i of at) {
      const o = r.options[i]!;
      if (block || o.available) {
        o.available &&= !block;
        add<Value>(o.reasons, why(r, s));
        changed = true;
      }
    }
    return changed;
  };
};

const ACTIONS: { [V in Verb]: Handler<V> } = {
  // Set once: a field already set is left as it is, and the rule does not fire. A site
  // rule sets its site's kind, activity or injection; a patient rule the eligibility.
  set: ({ set: field, to }) => (r, s) => {
    const target = (s ?? r) as unknown as Record<typeof field, string | null>;
    return target[field] === null && ((target[field] = to), true);
  },
  // A warning id appears once, in the order first raised.
  warn: ({ warn: id, severity, message }) => (r, s) => !!raise(r.warnings, id, () => ({ id, severity, message, at: [] }), s),
  block: ({ block, reason }, b) => mark(block, reason, b, true),
  note: ({ note, reason }, b) => mark([note], reason, b, false),
  // floor(min(mgPerKg × weightKg, maxMg)), only when the weight is known.
  dose: ({ dose, mgPerKg, maxMg }, b) => {
    const i = OPTION_IDS.indexOf(dose);
    const perKg = amount(mgPerKg, b.th);
    const max = amount(maxMg, b.th);
    return (r) => {
      const kg = r.patient.weightKg;
      return kg !== undefined && ((r.options[i]!.maxDoseMg = Math.floor(Math.min(perKg * kg, max))), true);
    };
  },
  caution: ({ caution, on }) => {
    const i = ALTERNATIVE_IDS.indexOf(on);
    return (r) => (add(r.alternatives[i]!.cautions, caution), true);
  },
  // A condition appears once, in the order first suggested, with every code its rules attach.
  suggest: ({ suggest: id, icd10 = [] }) => (r, s) => {
    const k = raise(r.conditions, id, () => ({ id, icd10: [], at: [] }), s);
    for (const code of icd10) add(k.icd10, code);
    return true;
  },
};

/** The verbs, in the order of the `Actions` table. */
export const VERBS = Object.keys(ACTIONS) as Verb[];

/** The verb of a validated action: its one key that names a verb. */
const verbOf = <V extends Verb>(a: ActionOf<V>) => VERBS.find((v) => Object.hasOwn(a, v)) as V;

/** A validated action, compiled for a rule of the scope `b` reads. */
export const compileAction = <V extends Verb, S extends Site>(a: ActionOf<V>, b: Binding<S>): Apply<S> => (ACTIONS[verbOf(a)] as Handler<V>)(a, b);

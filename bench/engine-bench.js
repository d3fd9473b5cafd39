// The engine bench, in Node against the built dist/engine.js: our `evaluate` (full
// trace) beside the json-rules-engine port and a structuredClone of the input (the
// floor: no evaluator can do less than read its input), then scaling by site count.
// A rule set is validated and compiled the first time `evaluate` sees the object, so it
// is timed three ways: the default rules; a host rule set passed again and again (the
// same object, validated once); and a host rule set that is new on every call (cold:
// validation and compilation every time, as on a page's first evaluation).
import { compare } from './timing.js';
import { TODAY, assessmentWithSites } from './fixtures.js';

/** Times the contenders on the 20-site assessment. */
export async function benchEngine(engine, evaluateJre, timing) {
  const a = assessmentWithSites(20);
  const opts = { today: TODAY };
  // A host's own copy of the default rules: the same decisions, read as host data.
  const hostRules = JSON.parse(JSON.stringify(engine.defaultRuleset));
  const host = { today: TODAY, ruleset: hostRules };
  return compare(
    [
      { name: 'tpi', fn: () => engine.evaluate(a, opts) },
      { name: 'host', fn: () => engine.evaluate(a, host) },
      // A new object each call (a shallow copy: the rules are read from it all the same).
      { name: 'cold', fn: () => engine.evaluate(a, { today: TODAY, ruleset: { ...hostRules } }) },
      { name: 'validate', fn: () => engine.validateRuleset(hostRules) },
      { name: 'jre', fn: () => evaluateJre(a, opts), async: true },
      { name: 'clone', fn: () => globalThis.structuredClone(a) },
    ],
    timing,
  );
}

export const SCALING_SIZES = [1, 10, 50, 100];

/** Times `evaluate` at each site count, interleaved; per-op and per-site medians. */
export async function benchScaling(engine, timing) {
  const opts = { today: TODAY };
  const results = await compare(
    SCALING_SIZES.map((n) => {
      const a = assessmentWithSites(n);
      return { name: String(n), fn: () => engine.evaluate(a, opts) };
    }),
    timing,
  );
  return SCALING_SIZES.map((n) => ({ sites: n, msPerOp: results[n].msPerOp, msPerSite: results[n].msPerOp / n }));
}

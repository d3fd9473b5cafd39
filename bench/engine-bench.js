// The engine bench, in Node against the built dist/engine.js: our `evaluate` (full
// trace) beside the json-rules-engine port and a structuredClone of the input (the
// floor: no evaluator can do less than read its input), then scaling by site count.
import { compare } from './timing.js';
import { TODAY, assessmentWithSites } from './fixtures.js';

/** Times the three contenders on the 20-site assessment. */
export async function benchEngine(engine, evaluateJre, timing) {
  const a = assessmentWithSites(20);
  const opts = { today: TODAY };
  return compare(
    [
      { name: 'tpi', fn: () => engine.evaluate(a, opts) },
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

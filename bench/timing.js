// Timing helpers shared by the Node benches. These machines are noisy, so: warm up,
// size each batch to a fixed wall time, run several rounds, rotate the order of the
// contenders every round (so drift and GC hit them alike) and report medians.
import { performance } from 'node:perf_hooks';

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Keeps results alive so no work can be optimised away.
let sink = 0;
const keep = (value) => {
  sink = (sink + (value && typeof value === 'object' ? 1 : 0)) | 0;
};
/** Something derived from every result, printed nowhere; only there to be used. */
export const sinkValue = () => sink;

async function runBatch(fn, iterations, isAsync) {
  const start = performance.now();
  if (isAsync) for (let i = 0; i < iterations; i++) keep(await fn(i));
  else for (let i = 0; i < iterations; i++) keep(fn(i));
  return performance.now() - start;
}

/** How many calls of `fn` fill about `targetMs`, after a warm-up of at least `warmupMs`. */
async function calibrate(fn, isAsync, targetMs, warmupMs) {
  let iterations = 1;
  let elapsed = 0;
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd || elapsed < targetMs / 4) {
    elapsed = await runBatch(fn, iterations, isAsync);
    if (elapsed < targetMs / 4) iterations *= 2;
  }
  // Once more at the estimated size, now that the code is warm: early batches run cold.
  iterations = Math.max(1, Math.round((iterations * targetMs) / Math.max(elapsed, 0.001)));
  elapsed = await runBatch(fn, iterations, isAsync);
  return Math.max(1, Math.round((iterations * targetMs) / Math.max(elapsed, 0.001)));
}

/**
 * Times contenders side by side. Each contender is `{ name, fn, async? }`; `fn(i)` is
 * one operation. Returns, per name, the median milliseconds per operation and the
 * per-round samples.
 */
export async function compare(contenders, { rounds = 15, batchMs = 40, warmupMs = 300 } = {}) {
  const plans = [];
  for (const c of contenders) {
    plans.push({ ...c, iterations: await calibrate(c.fn, Boolean(c.async), batchMs, warmupMs), samples: [] });
  }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < plans.length; k++) {
      const plan = plans[(round + k) % plans.length];
      const ms = await runBatch(plan.fn, plan.iterations, Boolean(plan.async));
      plan.samples.push(ms / plan.iterations);
    }
  }
  return Object.fromEntries(plans.map((p) => [p.name, { msPerOp: median(p.samples), samples: p.samples, iterations: p.iterations }]));
}

// Before any timing: the json-rules-engine port must reach the same decisions as our
// engine, or the comparison means nothing. Compares, per assessment, each site's kind,
// activity, injection, criteria and support; eligibility; warnings (id, severity,
// sites); options (availability, dose, reasons); conditions (codes, sites); NSAID cautions.
// Run alone after `npm run build`: `node bench/agreement.js` (exit code 1 on a disagreement).
import { EDGE_CASES, TODAY, WORKED_EXAMPLES, assessmentWithSites, randomAssessments } from './fixtures.js';

/** The decisions of a Guidance, in a form two evaluators can be compared by. */
function decisions(g) {
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    sites: g.sites.map((s) => ({ id: s.id, kind: s.kind, activity: s.activity, injection: s.injection, met: s.criteria.met, absent: s.criteria.absent, unexamined: s.criteria.unexamined, supporting: s.supporting })),
    eligibility: g.eligibility.status,
    warnings: g.warnings.map((w) => ({ id: w.id, severity: w.severity, siteIds: w.siteIds ?? null })).sort(byId),
    options: g.options.map((o) => ({ id: o.id, available: o.available, maxDoseMg: o.maxDoseMg ?? null, reasons: o.reasons })),
    conditions: g.conditions.map((c) => ({ id: c.id, icd10: c.icd10, siteIds: c.siteIds })).sort(byId),
    nsaids: [...(g.alternatives.find((a) => a.id === 'nsaids')?.cautions ?? [])].sort(),
  };
}

/** The vignettes checked: worked examples, edge cases, the bench fixtures, 400 random ones. */
export function vignettes() {
  return [
    ...WORKED_EXAMPLES.map((a, i) => ({ name: `worked example ${i + 1}`, a })),
    ...EDGE_CASES.map((a, i) => ({ name: `edge case ${i + 1}`, a })),
    ...[1, 10, 20, 50, 100].map((n) => ({ name: `bench fixture, ${n} sites`, a: assessmentWithSites(n) })),
    ...randomAssessments(400).map((a, i) => ({ name: `random vignette ${i}`, a })),
  ];
}

/**
 * Runs both evaluators on every vignette. Returns { ok, count, failures } where each
 * failure names the vignette and the first field that differs.
 */
export async function checkAgreement(engine, evaluateJre) {
  const failures = [];
  const list = vignettes();
  for (const { name, a } of list) {
    const valid = engine.validateAssessment(a, { today: TODAY });
    if (!valid.ok) {
      failures.push({ name, field: 'input', ours: valid.issues, port: 'not validated' });
      continue;
    }
    const ours = decisions(engine.evaluate(a, { today: TODAY }));
    const port = decisions(await evaluateJre(a, { today: TODAY }));
    for (const field of Object.keys(ours)) {
      if (JSON.stringify(ours[field]) !== JSON.stringify(port[field])) {
        failures.push({ name, field, ours: ours[field], port: port[field] });
        break;
      }
    }
  }
  return { ok: failures.length === 0, count: list.length, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engine = await import('../dist/engine.js');
  const { createJrePort } = await import('./jre-port.js');
  const result = await checkAgreement(engine, createJrePort(engine.MUSCLES));
  for (const f of result.failures.slice(0, 5)) console.error(`- ${f.name}: ${f.field}\n  ours: ${JSON.stringify(f.ours)}\n  port: ${JSON.stringify(f.port)}`);
  console.log(`agreement: ${result.ok ? 'ok' : `FAILED on ${result.failures.length} of`} ${result.count} vignettes (json-rules-engine port and evaluate)`);
  process.exitCode = result.ok ? 0 : 1;
}

// `npm run size`: bytes of what a page downloads, minified and gzipped. Modelled on Lit's
// check-size. Two numbers per file:
// - gzipBudget: the goal the issues set (standalone 20 KB, engine 6 KB). Printed as met
//   or not met; not met does not fail the run while the goal is out of reach with the
//   required features (see BENCHMARKS.md, "Sizes").
// - gzipCeiling: the regression guard, a little above today's size. Exceeding it fails
//   `npm run size` (and so `npm test`): growth must be a decision, not an accident.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

export const BUDGETS = [
  // Raised for the patient self-check v2 (red flag rules with full citations and their
  // text) and the clinical rules v2 (four warnings, relief fields, their wording). Issue
  // 17 splits the bundle by audience and replaces these with per-audience figures.
  { file: 'dist/tpi-guide.min.js', label: 'standalone element (Lit inside)', gzipBudget: 20 * 1024, gzipCeiling: 34 * 1024 },
  { file: 'dist/engine.js', label: 'engine alone', gzipBudget: 6 * 1024, gzipCeiling: 12.9 * 1024 },
];

/** Minified and gzipped byte counts of one ES module's source. */
export async function measure(source) {
  const min = (await minify(source, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })).code ?? '';
  return { raw: Buffer.byteLength(source), min: Buffer.byteLength(min), gzip: gzipSync(min, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function main() {
  let failed = false;
  for (const { file, label, gzipBudget, gzipCeiling } of BUDGETS) {
    const { min, gzip } = await measure(readFileSync(file, 'utf8'));
    const underCeiling = gzip <= gzipCeiling;
    failed ||= !underCeiling;
    console.log(
      `${underCeiling ? 'ok  ' : 'OVER'} ${file.padEnd(24)} min ${String(min).padStart(7)} B  gzip ${String(gzip).padStart(6)} B` +
        ` (${kb(gzip)}; ceiling ${kb(gzipCeiling)}; goal ${kb(gzipBudget)} ${gzip <= gzipBudget ? 'met' : 'NOT met'})  ${label}`,
    );
  }
  // The interop entry (FHIR out and in, CDS Hooks) for bundlers and Node: no ceiling, for the record.
  if (existsSync('dist/interop.js')) {
    const { min, gzip } = await measure(readFileSync('dist/interop.js', 'utf8'));
    console.log(`info dist/interop.js  min ${min} B  gzip ${gzip} B  (tpi-guide/interop: toFhirBundle, fromFhir, toCdsHooksCards)`);
  }
  // Loaded on demand from beside the standalone bundle (the FHIR / CDS Hooks exporter).
  const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')) : [];
  for (const chunk of chunks) {
    const { min, gzip } = await measure(readFileSync(`dist/chunks/${chunk}`, 'utf8'));
    console.log(`info dist/chunks/${chunk}  min ${min} B  gzip ${gzip} B  (loaded on first Export only)`);
  }
  if (failed) {
    console.error('size: over the ceiling');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

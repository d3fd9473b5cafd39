// `npm run size`: bytes of what a page downloads, minified and gzipped, against the
// budgets. Exits non-zero when a file is over budget. Modelled on Lit's check-size.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

export const BUDGETS = [
  { file: 'dist/tpi-guide.min.js', label: 'standalone element (Lit inside)', gzipBudget: 20 * 1024 },
  { file: 'dist/engine.js', label: 'engine alone', gzipBudget: 6 * 1024 },
];

/** Minified and gzipped byte counts of one ES module's source. */
export async function measure(source) {
  const min = (await minify(source, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })).code ?? '';
  return { raw: Buffer.byteLength(source), min: Buffer.byteLength(min), gzip: gzipSync(min, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function main() {
  let failed = false;
  for (const { file, label, gzipBudget } of BUDGETS) {
    const { min, gzip } = await measure(readFileSync(file, 'utf8'));
    const ok = gzip <= gzipBudget;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${file.padEnd(24)} min ${String(min).padStart(7)} B  gzip ${String(gzip).padStart(6)} B` +
        ` (${kb(gzip)} of ${kb(gzipBudget)} budget)  ${label}`,
    );
  }
  if (failed) {
    console.error('size: over budget');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

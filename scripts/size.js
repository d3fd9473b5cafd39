// `npm run size`: bytes of what a page downloads, minified and gzipped. Modelled on Lit's
// check-size. Two numbers per file:
// - gzipBudget: the goal the issues set (standalone 20 KB, engine 6 KB). Printed as met
//   or not met; not met does not fail the run while the goal is out of reach with the
//   required features (see BENCHMARKS.md, "Sizes").
// - gzipCeiling: the regression guard, a little above today's size. Exceeding it fails
//   `npm run size` (and so `npm test`): growth must be a decision, not an accident.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';

export const BUDGETS = [
  // Raised for the patient self-check v2 (red flag rules with full citations, their text),
  // then for the body map's English strings (en.ts); a later issue splits the bundle by
  // audience.
  { file: 'dist/tpi-guide.min.js', label: 'standalone element (Lit inside)', gzipBudget: 20 * 1024, gzipCeiling: 33.05 * 1024 },
  { file: 'dist/engine.js', label: 'engine alone', gzipBudget: 6 * 1024, gzipCeiling: 12.1 * 1024 },
];

// The body map is a chunk of its own, fetched when a map is first shown (issue 16; goal
// 6 KB gzip). Its strings are in the language tables (en.ts), not in the chunk. The
// ceiling is a little above today's size.
export const MAP_BUDGET = { label: 'body map chunk (loaded when a map is first shown)', gzipBudget: 6 * 1024, gzipCeiling: 6.1 * 1024 };

/**
 * The body map chunk's source: the built one in dist/chunks once the element imports the
 * loader, else the same split made here (the standalone entry plus the loader, bundled
 * as rollup.config.js does), so the size is known before the map is wired in.
 */
export async function mapChunk() {
  const built = existsSync('dist/chunks') && readdirSync('dist/chunks').find((f) => /^body-map-.*\.js$/.test(f));
  if (built) return { file: `dist/chunks/${built}`, source: readFileSync(`dist/chunks/${built}`, 'utf8') };
  const entry = '\0size-entry';
  const bundle = await rollup({
    input: entry,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? `export * from ${JSON.stringify(resolve('dist/index.js'))};\nexport { loadBodyMap } from ${JSON.stringify(resolve('dist/components/body-map/load.js'))};`
            : null,
      },
      nodeResolve({ exportConditions: ['browser', 'production'] }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk' && !o.isEntry && o.moduleIds.some((id) => id.endsWith('/components/body-map/body-map.js')));
  if (!chunk) throw new Error('size: no body map chunk: is components/body-map/body-map.js imported statically somewhere?');
  return { file: 'body map chunk (split as rollup would)', source: chunk.code };
}

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
  {
    const { file, source } = await mapChunk();
    const { min, gzip } = await measure(source);
    const { label, gzipBudget, gzipCeiling } = MAP_BUDGET;
    const underCeiling = gzip <= gzipCeiling;
    failed ||= !underCeiling;
    console.log(
      `${underCeiling ? 'ok  ' : 'OVER'} ${file} min ${String(min).padStart(7)} B  gzip ${String(gzip).padStart(6)} B` +
        ` (${kb(gzip)}; ceiling ${kb(gzipCeiling)}; goal ${kb(gzipBudget)} ${gzip <= gzipBudget ? 'met' : 'NOT met'})  ${label}`,
    );
  }
  // Loaded on demand from beside the standalone bundle (the FHIR / CDS Hooks exporter).
  const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js') && !f.startsWith('body-map-')) : [];
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

// Bytes a page downloads, beside Lit alone (the floor): per audience, measured in
// Chromium by scripts/size.js's measureAudiences(), and the engine and Lit files by its
// measure(), so the figures match `npm run size`.
import { readFileSync } from 'node:fs';
import { ENGINE, measure, measureAudiences } from '../scripts/size.js';

/** Rows of sizes: each audience's first render, the engine alone, Lit's bundle (`litFile`). */
export async function measureSizes(litFile) {
  const rows = (await measureAudiences()).map((a) => ({
    label: `audience="${a.audience}", first complete render (${a.files.length} files)`,
    gzip: a.gzip,
    detail: a.files.map((f) => f.path.replace(/^\/dist\//, '').replace(/-[\w-]+\.min\.js$/, '')).join(' + '),
    gzipGoal: a.gzipGoal,
    gzipCeiling: a.gzipCeiling,
  }));
  const engine = await measure(readFileSync(ENGINE.file, 'utf8'));
  rows.push({ label: `${ENGINE.label}: \`${ENGINE.file}\``, gzip: engine.gzip, detail: `min ${engine.min.toLocaleString('en-US')} B`, gzipGoal: ENGINE.gzipGoal, gzipCeiling: ENGINE.gzipCeiling });
  const lit = await measure(readFileSync(litFile, 'utf8'));
  rows.push({ label: `Lit alone, bundled the same way (floor): \`${litFile}\``, gzip: lit.gzip, detail: `min ${lit.min.toLocaleString('en-US')} B`, floor: true });
  return rows;
}

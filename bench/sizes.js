// Bytes of the standalone element, the engine alone and Lit alone (the floor), each
// minified and gzipped by scripts/size.js's measure(), so the figures match `npm run size`.
import { readFileSync } from 'node:fs';
import { BUDGETS, measure } from '../scripts/size.js';

/** min and gzip sizes of the built files, Lit's bundle being `litFile`. */
export async function measureSizes(litFile) {
  const files = [
    ...BUDGETS.map(({ file, label, gzipBudget, gzipCeiling }) => ({ file, label, gzipBudget, gzipCeiling })),
    { file: litFile, label: 'Lit alone, bundled the same way (floor)' },
  ];
  const out = [];
  for (const f of files) out.push({ ...f, ...(await measure(readFileSync(f.file, 'utf8'))) });
  return out;
}

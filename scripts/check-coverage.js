// Fails when line coverage of src/engine/** (from coverage/lcov.info, written by
// `wtr --coverage`) is below the threshold; prints the figure either way.
import { readFileSync } from 'node:fs';

const THRESHOLD = 95;
const FILE = 'coverage/lcov.info';

/** Lines found and hit per source file of src/engine, from lcov text. */
export function engineLines(lcov) {
  const files = [];
  for (const record of lcov.split('end_of_record')) {
    const source = /^SF:(.*)$/m.exec(record)?.[1]?.replace(/\\/g, '/');
    if (!source || !/(^|\/)src\/engine\//.test(source)) continue;
    const found = Number(/^LF:(\d+)$/m.exec(record)?.[1] ?? 0);
    const hit = Number(/^LH:(\d+)$/m.exec(record)?.[1] ?? 0);
    files.push({ source, found, hit });
  }
  return files;
}

function main() {
  let lcov;
  try {
    lcov = readFileSync(FILE, 'utf8');
  } catch {
    console.error(`check-coverage: ${FILE} not found; run wtr with --coverage first`);
    process.exit(1);
  }
  const files = engineLines(lcov);
  const found = files.reduce((n, f) => n + f.found, 0);
  const hit = files.reduce((n, f) => n + f.hit, 0);
  if (!found) {
    console.error('check-coverage: no src/engine lines in the coverage report');
    process.exit(1);
  }
  const pct = (100 * hit) / found;
  for (const f of files.filter((f) => f.hit < f.found)) console.log(`  ${f.source}: ${f.hit}/${f.found} lines`);
  const ok = pct >= THRESHOLD;
  console.log(`${ok ? 'ok  ' : 'LOW '} src/engine line coverage ${pct.toFixed(2)} % (${hit}/${found} lines; need ${THRESHOLD} %)`);
  if (!ok) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

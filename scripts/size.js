// `npm run size`: what a page downloads, gzipped. Modelled on Lit's check-size, and
// measured the way a page pays for it:
// - per audience, in Chromium (puppeteer-core): a page loads the standalone bundle with
//   one <tpi-guide audience=…>, waits for its `updateComplete` (the first complete
//   render, parts included), and sums the JavaScript it fetched, each file gzipped as
//   a server would serve it. A regression ceiling per audience fails the run (and so
//   `npm test`): growth must be a decision, not an accident. The goals of issue 17 are
//   printed as met or not.
// - the body map, per audience: the same page then shows its map (the button that shows
//   it, as a person would press it) and sums what that fetched. Nothing of the map may be
//   fetched before (the run fails if it is); the map has a ceiling of its own.
// - per file (the entry, each chunk, the engine for npm users): information, so a
//   change is easy to place.
/* global document, customElements */ // inside page.evaluate callbacks
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { CHROME_ARGS, findChrome } from './find-chrome.js';

export const AUDIENCES = [
  // Ceilings a little above the sizes measured when the bundle was split by audience;
  // raised for the "From the record" marks (issue 15): the clinician's by its parts and
  // checks (about 1.6 KB), the patient's by `provenance` and `prefill()` in the entry
  // (about 0.25 KB); by the root's `self-check-first` (about 0.1 KB on each page); for
  // issue 14: both audiences by the dark theme tokens and the controls drawn from them
  // (about 0.67 KB gzip, in the entry), the clinician by the exam form (the site picker,
  // the cards with undo and collapse, the summary's links, the status bar, the "Why?"
  // disclosures and the site reasons' words: about 5.3 KB; a typed date committed when
  // its field is left, 0.1 KB). The explanations' words and sources (5 KB) are a chunk
  // of their own, fetched on the first "Why?"; for the body map's entry points (issue
  // 16): the button that shows it and `no-body-map` in the entry (about 320 B on each
  // page), the self-check's map wiring in the patient chunk (about 290 B), the site map
  // part in the clinician chunk (about 450 B); the map itself is fetched only when shown
  // (MAP). Then lowered to about 0.1 KB above the sizes measured once each page paid
  // only for what it shows (issue 17): the assessment state, the host's errors, the
  // export and their English moved from the entry into the clinician chunk, which now
  // holds the engine and the catalog too (one file compresses better than three), and
  // the clinician layout's styles came with it (with the map: patient 23,619 B, clinician 36,300 B).
  { audience: 'patient', label: 'patient view and self-check', gzipGoal: 15 * 1024, gzipCeiling: 23.15 * 1024 },
  { audience: 'clinician', label: 'clinician view and the engine', gzipGoal: 22 * 1024, gzipCeiling: 35.55 * 1024 },
];

/** The engine for npm users, apart from the element: it keeps a ceiling of its own. */
// Raised from 12.8 KB for the engine's rule-set validation split by part and its rule
// sets compiled into closures (issues 17 and 19: about 1.2 KB gzip, see BENCHMARKS.md),
// then for ordered injections (issue 18: two rules and three facts, about 160 B), then
// for the sources of the default rules in full with their links (issue 14: about 1.4 KB
// gzip, `SOURCES` and `citation()`).
export const ENGINE = { file: 'dist/engine.js', label: 'engine alone (npm)', gzipGoal: 6 * 1024, gzipCeiling: 15.65 * 1024 };

// The body map, fetched when a view first shows it (issue 16: goal 6 KB gzip). It
// brings its own English (about 0.3 KB), so pages that never show it never download
// that either; with it the goal is not met by about 0.3 KB.
export const MAP = { label: 'body map, fetched when first shown', gzipGoal: 6 * 1024, gzipCeiling: 6.35 * 1024 };

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Minified and gzipped byte counts of one ES module's source. */
export async function measure(source) {
  const min = (await minify(source, { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })).code ?? '';
  return { raw: Buffer.byteLength(source), min: Buffer.byteLength(min), gzip: gzip(min) };
}

/** Serves dist/ and one host page per audience on 127.0.0.1. */
async function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = /^\/(patient|clinician)\.html$/.exec(path);
    if (page) {
      const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${page[1]}</title><script type="module" src="/dist/tpi-guide.min.js"></script><tpi-guide audience="${page[1]}" today="2026-11-26"></tpi-guide>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = normalize(join('.', path));
    if (!file.startsWith('dist/') || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/** Finds `selector` in the page, through every shadow root. Runs in the page. */
function deepQuery(selector) {
  const walk = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && walk(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return walk(document);
}

/**
 * Per audience: the JavaScript files fetched before the first complete render, with
 * their gzip sizes, then those fetched when the body map is first shown.
 */
export async function measureAudiences() {
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = findChrome();
  if (!executablePath) throw new Error('size: no Chromium found (npm run setup:browser, or set CHROME_PATH)');
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const out = [];
    for (const spec of AUDIENCES) {
      const page = await browser.newPage();
      const files = { first: [], map: [] };
      const reads = [];
      let phase = 'first';
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        const into = files[phase];
        reads.push(response.buffer().then((body) => into.push({ path: new URL(response.url()).pathname, gzip: gzip(body) })));
      });
      await page.goto(`${server.origin}/${spec.audience}.html`, { waitUntil: 'load' });
      const parts = await page.evaluate(async () => {
        await customElements.whenDefined('tpi-guide');
        const el = document.querySelector('tpi-guide');
        await el.updateComplete;
        return el.shadowRoot.querySelectorAll('[part]').length;
      });
      if (parts < 2) throw new Error(`size: the ${spec.audience} view did not render`);
      await Promise.all(reads);
      if (files.first.some((f) => f.path.includes('/body-map-'))) throw new Error(`size: the ${spec.audience} view fetched the body map before it was shown`);
      phase = 'map';
      const shown = await page.evaluate(async (find) => {
        const button = new Function(`return (${find})`)()('button.map-toggle');
        if (!button) return false;
        button.click();
        await document.querySelector('tpi-guide').updateComplete;
        return !!new Function(`return (${find})`)()('tpi-body-map');
      }, deepQuery.toString());
      await Promise.all(reads);
      await page.close();
      const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
      out.push({ ...spec, files: files.first, gzip: sum(files.first), map: shown ? { files: files.map, gzip: sum(files.map) } : undefined });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const verdict = (gzip, { gzipGoal, gzipCeiling }) => `ceiling ${kb(gzipCeiling)}; goal ${kb(gzipGoal)} ${gzip <= gzipGoal ? 'met' : 'NOT met'}`;

async function main() {
  let failed = false;
  const audiences = await measureAudiences();
  for (const a of audiences) {
    const ok = a.gzip <= a.gzipCeiling;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} audience="${a.audience}"`.padEnd(28) + ` gzip ${String(a.gzip).padStart(6)} B (${kb(a.gzip)}; ${verdict(a.gzip, a)})  ${a.label}, before its first complete render:`);
    for (const f of a.files) console.log(`       ${f.path.padEnd(44)} gzip ${String(f.gzip).padStart(6)} B`);
  }
  for (const a of audiences) {
    if (!a.map) {
      console.log(`info audience="${a.audience}" shows no body map button: not measured`);
      continue;
    }
    const ok = a.map.gzip <= MAP.gzipCeiling;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} audience="${a.audience}"`.padEnd(28) + ` gzip ${String(a.map.gzip).padStart(6)} B (${kb(a.map.gzip)}; ${verdict(a.map.gzip, MAP)})  ${MAP.label}:`);
    for (const f of a.map.files) console.log(`       ${f.path.padEnd(44)} gzip ${String(f.gzip).padStart(6)} B`);
  }
  const engine = await measure(readFileSync(ENGINE.file, 'utf8'));
  const engineOk = engine.gzip <= ENGINE.gzipCeiling;
  failed ||= !engineOk;
  console.log(`${engineOk ? 'ok  ' : 'OVER'} ${ENGINE.file.padEnd(23)} gzip ${String(engine.gzip).padStart(6)} B (${kb(engine.gzip)}; ${verdict(engine.gzip, ENGINE)})  ${ENGINE.label}`);
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  // The interop entry (FHIR out and in, CDS Hooks) is for bundlers and Node: for the record, no ceiling.
  for (const file of ['dist/tpi-guide.min.js', ...chunks.map((c) => `dist/chunks/${c}`), 'dist/interop.js']) {
    const { min, gzip } = await measure(readFileSync(file, 'utf8'));
    console.log(`info ${file.padEnd(44)} min ${String(min).padStart(6)} B  gzip ${String(gzip).padStart(6)} B`);
  }
  if (failed) {
    console.error('size: over the ceiling');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

// `npm run bench` (which builds first): engine speed beside json-rules-engine and a
// structuredClone floor, scaling by site count, the element in headless Chromium
// beside a bare Lit form with the same controls, the first render of the EHR demo at 4×
// CPU throttling, and bundle sizes beside Lit alone. Prints one Markdown
// table of medians and ratios. Goals are shown as information: speed is never
// asserted, since these machines are noisy. Fails only when the build is missing, the
// page errors, or the json-rules-engine port disagrees with our engine.
// `--quick` runs fewer rounds (for trying the bench, not for figures).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { buildBenchBundles } from './bundles.js';
import { checkAgreement } from './agreement.js';
import { benchEngine, benchScaling } from './engine-bench.js';
import { runElementBench } from './element-bench.js';
import { runFirstRender } from './element-first-render.js';
import { createJrePort } from './jre-port.js';
import { measureSizes } from './sizes.js';
import { benchCdsLoad, cdsLoadRows } from './cds-load.js';

const quick = process.argv.includes('--quick');
const TIMING = quick ? { rounds: 5, batchMs: 20, warmupMs: 100 } : { rounds: 21, batchMs: 50, warmupMs: 400 };
const PAGE_TIMING = quick ? { rounds: 5, batchMs: 20, warmupMs: 100 } : { rounds: 25, batchMs: 50, warmupMs: 500 };

const ENGINE_GOAL = 10; // at least 10x faster than json-rules-engine
const CLONE_GOAL = 3; // evaluate within 3x of a structuredClone of its input (issue 17)
const ELEMENT_GOAL = 2; // within 2x of the bare Lit form with the same controls
const TASK_GOAL = 50; // no task over 50 ms in the first render at 4x CPU throttling
const FLAT_TOLERANCE = 1.25; // per-site time at 100 sites vs at 10: no superlinear growth

const time = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(ms >= 0.01 ? 1 : 2)} µs`);
const rate = (ms, unit) => `${Math.round(1000 / ms).toLocaleString('en-US')} ${unit}/s`;
const ratio = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const met = (ok) => (ok ? 'met' : 'NOT met');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

for (const file of ['dist/engine.js', 'dist/tpi-guide.min.js']) {
  if (!existsSync(file)) fail(`${file} is missing: run \`npm run bench\` (it builds first) or \`npm run build\`.`);
}
const engine = await import('../dist/engine.js');
if (typeof engine.evaluate !== 'function') fail('dist/engine.js exports no evaluate()');
const jreVersion = JSON.parse(readFileSync('node_modules/json-rules-engine/package.json', 'utf8')).version;

const bundles = await buildBenchBundles();
const evaluateJre = createJrePort(engine.MUSCLES);

const agreement = await checkAgreement(engine, evaluateJre);
if (!agreement.ok) {
  console.error(`agreement: FAILED on ${agreement.failures.length} of ${agreement.count} vignettes`);
  for (const f of agreement.failures.slice(0, 5)) {
    console.error(`- ${f.name}: ${f.field}\n  ours: ${JSON.stringify(f.ours)}\n  port: ${JSON.stringify(f.port)}`);
  }
  process.exit(1);
}
console.log(`agreement: ok (json-rules-engine port and evaluate agree on ${agreement.count} vignettes)`);

console.error('bench: engine…');
const eng = await benchEngine(engine, evaluateJre, TIMING);
console.error('bench: scaling…');
const scaling = await benchScaling(engine, TIMING);
console.error('bench: element in headless Chromium…');
const page = await runElementBench(PAGE_TIMING);
const { check } = page;
if (
  check.guideSites !== 20 ||
  !check.guideRendered ||
  check.formSites !== 20 ||
  check.toggleActivity.join() !== 'active,latent' ||
  check.bareToggle.join() !== 'true,false' ||
  check.litParts !== check.partsListed ||
  JSON.stringify(check.guideControls) !== JSON.stringify(check.floorControls)
) {
  fail(`the bench page did not render what it times: ${JSON.stringify(check)}`);
}
console.error('bench: first render at 4x CPU throttling…');
const first = await runFirstRender({ runs: quick ? 2 : 5 });
const sizes = await measureSizes(bundles.lit);

const rows = [];
const row = (...cells) => rows.push(cells);

const { tpi, host, cold, validate, jre, clone } = eng;
const speedup = jre.msPerOp / tpi.msPerOp;
const ofClone = (ms) => `${ratio(ms / clone.msPerOp)} the floor`;
const floorGoal = (ms) => `≤ ${CLONE_GOAL}× the floor: ${met(ms / clone.msPerOp <= CLONE_GOAL)}`;
row('Engine, 20 sites, full trace (Node)', 'tpi-guide `evaluate`, default rules', time(tpi.msPerOp), rate(tpi.msPerOp, 'eval'), ofClone(tpi.msPerOp), floorGoal(tpi.msPerOp));
row('', '`evaluate`, a host rule set passed again and again (validated once)', time(host.msPerOp), rate(host.msPerOp, 'eval'), ofClone(host.msPerOp), floorGoal(host.msPerOp));
row('', '`evaluate`, a new host rule set object each call (cold: validate + compile)', time(cold.msPerOp), rate(cold.msPerOp, 'eval'), ofClone(cold.msPerOp), '');
row('', '`validateRuleset` of that rule set alone', time(validate.msPerOp), rate(validate.msPerOp, 'op'), ofClone(validate.msPerOp), '');
row('', `json-rules-engine ${jreVersion}, same rules`, time(jre.msPerOp), rate(jre.msPerOp, 'eval'), `tpi-guide ${ratio(speedup)} faster`, `≥ ${ENGINE_GOAL}× faster: ${met(speedup >= ENGINE_GOAL)}`);
row('', '`structuredClone` of the input (floor)', time(clone.msPerOp), rate(clone.msPerOp, 'op'), 'floor', '');

const at = (n) => scaling.find((s) => s.sites === n);
const marginal = (at(100).msPerOp - at(50).msPerOp) / 50;
const flat = at(100).msPerSite <= FLAT_TOLERANCE * at(10).msPerSite;
for (const s of scaling) {
  row(
    s === scaling[0] ? 'Scaling, `evaluate` by site count' : '',
    `${s.sites} site${s.sites > 1 ? 's' : ''}`,
    time(s.msPerOp),
    `${time(s.msPerSite)}/site`,
    `per site ${ratio(s.msPerSite / at(100).msPerSite)} of 100-site`,
    s.sites === 100 ? `flat per site (≤ ${FLAT_TOLERANCE}× of 10-site): ${met(flat)}; marginal ${time(marginal)}/site` : '',
  );
}

const r = page.results;
const setRatio = r['element-set'].msPerOp / r['bare-set'].msPerOp;
const toggleRatio = r['element-toggle'].msPerOp / r['bare-toggle'].msPerOp;
const browser = page.browser.replace('Chrome/', 'Chromium ');
const settledRatio = r['element-set-settled'].msPerOp / r['bare-set'].msPerOp;
const toggleHow = check.toggleByClick ? 'one finding toggled (radio clicked in the site editor)' : 'one finding toggled (host sets the edited assessment)';
const floor = 'the bare form';
row(`Element, headless ${browser}`, '`<tpi-guide>`: set `.assessment` (20 sites) → root `updateComplete`', time(r['element-set'].msPerOp), rate(r['element-set'].msPerOp, 'update'), `${ratio(setRatio)} ${floor}`, `≤ ${ELEMENT_GOAL}×: ${met(setRatio <= ELEMENT_GOAL)}`);
row('', '`<tpi-guide>`: set `.assessment` (20 sites) → every nested part\'s `updateComplete`', time(r['element-set-settled'].msPerOp), rate(r['element-set-settled'].msPerOp, 'update'), `${ratio(settledRatio)} ${floor}`, `≤ ${ELEMENT_GOAL}×: ${met(settledRatio <= ELEMENT_GOAL)}`);
row('', 'bare Lit form, same controls: set 20 sites → `updateComplete`', time(r['bare-set'].msPerOp), rate(r['bare-set'].msPerOp, 'update'), 'floor', '');
row('', `\`<tpi-guide>\`: ${toggleHow} → every nested part's \`updateComplete\``, time(r['element-toggle'].msPerOp), rate(r['element-toggle'].msPerOp, 'update'), `${ratio(toggleRatio)} ${floor}`, `≤ ${ELEMENT_GOAL}×: ${met(toggleRatio <= ELEMENT_GOAL)}`);
row('', 'bare Lit form: the same radio clicked → `updateComplete`', time(r['bare-toggle'].msPerOp), rate(r['bare-toggle'].msPerOp, 'update'), 'floor', '');
const c = check.guideControls;
row('', 'elements rendered (all shadow roots): `<tpi-guide>` / bare form', `${check.guideElements.toLocaleString('en-US')} / ${check.formElements.toLocaleString('en-US')}`, `${check.litParts} Lit parts in \`<tpi-guide>\`; per-site controls equal (${c.radios} radios, ${c.selects} selects, ${c.checkboxes} checkboxes, ${c.labels} labels)`, `${ratio(check.guideElements / check.formElements)} the DOM`, '');
const ms = (x) => `${x.toFixed(0)} ms`;
row(`First render, ${first.rate}× CPU throttling (medians of ${first.runs} loads)`, 'EHR demo: longest task / total blocking time', `${ms(first.ehr.longest)} / ${ms(first.ehr.blocking)}`, `rendered ${ms(first.ehr.elapsed)} after parsing began`, `longest ${ratio(first.ehr.longest / first.bare.longest)} the bare form's`, `no task over ${TASK_GOAL} ms: ${met(first.ehr.longest <= TASK_GOAL)}`);
row('', 'bare form page, the same 3 sites: longest task / total blocking time', `${ms(first.bare.longest)} / ${ms(first.bare.blocking)}`, `rendered ${ms(first.bare.elapsed)} after parsing began`, 'floor', `no task over ${TASK_GOAL} ms: ${met(first.bare.longest <= TASK_GOAL)}`);

const lit = sizes.find((s) => s.floor);
for (const s of sizes) {
  row(
    s === sizes[0] ? 'Sizes (gzip -9 as served; audiences measured in Chromium)' : '',
    s.label,
    `gzip ${bytes(s.gzip)}`,
    s.detail,
    s.floor ? 'floor' : `gzip ${ratio(s.gzip / lit.gzip)} Lit`,
    s.gzipGoal ? `goal ≤ ${bytes(s.gzipGoal)}: ${met(s.gzip <= s.gzipGoal)}; regression ceiling ${bytes(Math.round(s.gzipCeiling))}: ${s.gzip <= s.gzipCeiling ? 'under' : 'OVER'}` : '',
  );
}

console.error('bench: CDS Hooks service under load…');
for (const cells of cdsLoadRows(await benchCdsLoad({ quick }))) row(...cells);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
// Which sources were measured: the commit, and whether src/ differed from it.
const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown commit';
const dirty = git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes in src/' : '';
// The load average says how much else was running: these figures move with it.
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(
  `\nSources: commit ${commit}${dirty}. Machine: ${availableParallelism()} CPUs (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${browser}` +
    `${check.crossOriginIsolated ? ' (page cross-origin isolated: fine-grained timer)' : ''}, load average ${load} at the end.` +
    ` Medians of ${TIMING.rounds} (Node) / ${PAGE_TIMING.rounds} (page) interleaved rounds${quick ? ' (--quick)' : ''}.\n`,
);
const header = ['Group', 'Measure', 'Median', 'Rate / detail', 'Ratio', 'Goal (information only)'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const cells of rows) console.log(`| ${cells.join(' | ')} |`);

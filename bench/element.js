// The in-page half of the element bench (bench/element-bench.js drives it): times, with
// performance.now(), <tpi-guide> from a property set to `updateComplete` beside a bare
// Lit form with the same controls fed the same 20 sites. Contenders are interleaved and
// rotated each round.
import '../dist/tpi-guide.min.js';
import '../.bench/bare-form.js';
import { FINDING_KEYS, MUSCLES, REGIONS } from '../dist/engine.js';
import { assessmentWithSites, withFindingToggled } from './fixtures.js';

const guide = document.querySelector('tpi-guide');
const form = document.querySelector('bare-form');
form.groups = REGIONS.map((r) => [r, MUSCLES.filter((m) => m.region === r).map((m) => [m.id, m.id])]);
form.findings = FINDING_KEYS;

// Two different 20-site visits (B shifts every site's findings by one), so each set
// changes every row; and A with one finding toggled, for the single-edit case.
const A = assessmentWithSites(20);
const B = { ...A, sites: A.sites.map((s, i) => ({ ...s, findings: A.sites[(i + 1) % A.sites.length].findings })) };
const TOGGLED = withFindingToggled(A, 2, 'painRecognition');
const [rowsA, rowsB] = [A, B].map((a) => a.sites);

/** Every Lit element in `el`'s shadow tree, nested shadow roots included. */
function litTree(el, out = []) {
  out.push(el);
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (child.shadowRoot) litTree(child, out);
  }
  return out;
}

// The root's `updateComplete` does not wait for its nested parts (each a Lit element of
// its own, updated through contexts), so "settled" also awaits every pending part. The
// parts are listed once per batch, when priming (walking the shadow tree on every
// iteration would cost more than some of what is timed); the template that holds them
// does not change with the assessment, and check() confirms the list still matches.
const parts = new Map();
async function settled(el) {
  await el.updateComplete;
  const list = parts.get(el) ?? litTree(el);
  for (;;) {
    const pending = list.filter((e) => e.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}
/** Settles `el` walking its whole tree, then remembers the parts found for the batch. */
async function relist(el) {
  parts.delete(el);
  await settled(el);
  parts.set(el, litTree(el));
}

const setGuide = (value) => {
  guide.assessment = value;
  return guide.updateComplete;
};
const setGuideSettled = (value) => {
  guide.assessment = value;
  return settled(guide);
};
const setForm = (value) => {
  form.sites = value;
  return settled(form);
};
const primeGuide = async () => {
  guide.assessment = A;
  await relist(guide);
};
const primeForm = async () => {
  form.sites = rowsA;
  await relist(form);
};

// The user's path for one finding: click the "present" / "absent" radio of pain
// recognition on the third site in the site editor. Found after priming; when the
// editor's markup has no such radios the bench falls back to the host setting the
// toggled assessment, and reports it.
const TOGGLE_RADIOS = 'input[type="radio"][name="f2-painRecognition"]';
let radios = [];
async function primeToggle() {
  await primeGuide();
  const editor = litTree(guide).find((e) => e.shadowRoot?.querySelector(TOGGLE_RADIOS));
  radios = editor ? [...editor.shadowRoot.querySelectorAll(TOGGLE_RADIOS)] : [];
}
function toggleFinding(i) {
  if (radios.length < 2) return setGuideSettled(i & 1 ? A : TOGGLED);
  radios[i & 1 ? 1 : 0].click();
  return settled(guide);
}
// The same click in the bare form: pain recognition on the third site, present / absent.
let bareRadios = [];
async function primeBareToggle() {
  await primeForm();
  bareRadios = [...form.shadowRoot.querySelectorAll(TOGGLE_RADIOS)];
}
function toggleBare(i) {
  bareRadios[i & 1 ? 1 : 0].click();
  return settled(form);
}

// Each contender: `prime` puts the element in its starting state (untimed), `step(i)`
// is one timed operation. Iteration counts are even, so A/B alternate evenly.
const CONTENDERS = {
  'element-set': { prime: primeGuide, step: (i) => setGuide(i & 1 ? A : B) },
  'element-set-settled': { prime: primeGuide, step: (i) => setGuideSettled(i & 1 ? A : B) },
  'bare-set': { prime: primeForm, step: (i) => setForm(i & 1 ? rowsA : rowsB) },
  'element-toggle': { prime: primeToggle, step: toggleFinding },
  'bare-toggle': { prime: primeBareToggle, step: toggleBare },
};

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function runBatch({ prime, step }, iterations) {
  await prime();
  await macrotask();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await step(i);
  return performance.now() - start;
}

async function calibrate(contender, targetMs, warmupMs) {
  let iterations = 2;
  let elapsed = 0;
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd || elapsed < targetMs / 4) {
    elapsed = await runBatch(contender, iterations);
    if (elapsed < targetMs / 4) iterations *= 2;
  }
  // Once more at the estimated size, now that the code is warm: early batches run cold.
  const even = (n) => Math.max(2, 2 * Math.round(n / 2));
  iterations = even((iterations * targetMs) / Math.max(elapsed, 0.001));
  elapsed = await runBatch(contender, iterations);
  return even((iterations * targetMs) / Math.max(elapsed, 0.001));
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Radios, selects, checkboxes and labels inside `cards` (the per-site controls). */
function controls(cards) {
  const count = (selector) => cards.reduce((n, card) => n + card.querySelectorAll(selector).length, 0);
  return { radios: count('[type=radio]'), selects: count('select'), options: count('option'), checkboxes: count('[type=checkbox]'), labels: count('label') };
}

/** What the page rendered, so the bench can refuse to time an element that draws nothing. */
function check() {
  const editor = litTree(guide).find((e) => e.localName === 'tpi-site-editor');
  return {
    guideSites: guide.guidance?.sites?.length ?? null,
    // Site ids are not shown since issue 14: the editor's cards and the results' cards, one per site.
    guideRendered: [editor, litTree(guide).find((e) => e.localName === 'tpi-site-results')].every((part) => part?.shadowRoot.querySelectorAll('.card').length === A.sites.length),
    formSites: form.shadowRoot?.querySelectorAll('.card').length ?? 0,
    // The floor must have the same per-site controls as the widget's site editor.
    guideControls: controls([...(editor?.shadowRoot.querySelectorAll('.card') ?? [])]),
    floorControls: controls([...form.shadowRoot.querySelectorAll('.card')]),
    litParts: litTree(guide).length,
    // How much each renders: elements across all their shadow roots.
    guideElements: litTree(guide).reduce((n, e) => n + e.shadowRoot.querySelectorAll('*').length, 0),
    formElements: form.shadowRoot?.querySelectorAll('*').length ?? 0,
    partsListed: parts.get(guide)?.length ?? 0,
    toggleByClick: radios.length >= 2,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

/** Runs every contender for `rounds` rounds; medians in milliseconds per operation. */
async function runElementBench({ rounds = 21, batchMs = 40, warmupMs = 400, only } = {}) {
  const plans = [];
  for (const [name, contender] of Object.entries(CONTENDERS)) {
    if (only && !only.includes(name)) continue; // `only`: a list of names, for profiling
    plans.push({ name, contender, iterations: await calibrate(contender, batchMs, warmupMs), samples: [] });
  }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < plans.length; k++) {
      const plan = plans[(round + k) % plans.length];
      plan.samples.push((await runBatch(plan.contender, plan.iterations)) / plan.iterations);
      await macrotask();
    }
  }
  // The toggle must really change the decision: site 3 goes latent -> active -> latent.
  await primeToggle();
  const activity = [];
  for (const i of [0, 1]) {
    await toggleFinding(i);
    activity.push(guide.guidance?.sites[2]?.activity);
  }
  await primeBareToggle();
  const bare = [];
  for (const i of [0, 1]) {
    await toggleBare(i);
    bare.push(form.sites[2].findings.painRecognition);
  }
  await setForm(rowsA);
  return {
    check: { ...check(), toggleActivity: activity, bareToggle: bare },
    results: Object.fromEntries(plans.map((p) => [p.name, { msPerOp: median(p.samples), samples: p.samples, iterations: p.iterations }])),
  };
}

globalThis.runElementBench = runElementBench;
globalThis.benchReady = Promise.all([customElements.whenDefined('tpi-guide'), customElements.whenDefined('bare-form')]).then(() => true);

// Issue 6, leaks: a portal mounts and unmounts <tpi-guide> as people move between
// patients. 1,000 mount/unmount cycles, each with an assessment set (some in the patient
// audience, some with host strings, a booking label or a host rule set), must leave no
// listener on window or document, no retained DOM, and a bounded heap. Measured through
// the Chrome DevTools Protocol after forced garbage collection; the numbers are printed.
// Needs dist/ (npm test builds first).
/* global document, window, structuredClone */ // inside page.evaluate callbacks
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageRecord, useHarness } from '../hardening/harness.js';

const CYCLES = 1000;
// The heap may grow a little for reasons that are no leak (compiled code, inline
// caches, interned strings). 2 MB is about 15 mounted widgets' worth (one costs about
// 140 KB, printed below as "one mounted widget"), 1.5 % of the cycles; every widget
// leaking would cost over 100 MB. The DOM node and listener counts catch even one.
const HEAP_BOUND = 2 * 1024 * 1024;

const portal = useHarness();
let page;
let log;
let cdp;

before(async () => {
  ({ page, log } = await portal.open('/test/hardening/leak-host.html'));
  cdp = await page.createCDPSession();
});

/** Listeners registered on the page's `expression` (window, document). */
async function listenersOn(expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

/** After full garbage collection: JS heap in use, live DOM nodes and JS listeners, window/document listeners. */
async function measure() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners, window: await listenersOn('window'), document: await listenersOn('document') };
}

/**
 * Mounts `n` widgets one after another, each with its own assessment, waits for every
 * nested element to render, then unmounts it (or keeps it, `keep`). `leak` makes the
 * "host" retain each widget through a window listener: the control for the counters.
 */
function cycles(n, { keep = false, leak = false } = {}) {
  return page.evaluate(
    async (n, keep, leak) => {
      const main = document.querySelector('main');
      const rules = document.createElement('tpi-guide').ruleset;
      window.__kept ??= [];
      for (let i = 0; i < n; i++) {
        const el = document.createElement('tpi-guide');
        el.setAttribute('today', '2026-11-26');
        if (i % 10 === 9) el.audience = 'patient';
        if (i % 7 === 0) el.strings = { summary: `Summary ${i}` };
        if (i % 11 === 0) el.setAttribute('book-label', `Book visit ${i}`);
        if (i % 25 === 0) el.ruleset = structuredClone(rules);
        el.assessment = {
          conservativeCareTried: true,
          patient: { weightKg: 50 + (i % 50), anticoagulated: i % 3 === 0 },
          symptoms: ['neck-pain'],
          priorInjections: [{ muscle: 'upper-trapezius', date: '2026-10-01', kind: 'lidocaine' }],
          sites: [
            { id: `a${i}`, muscle: 'upper-trapezius', side: 'left', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } },
            { id: `b${i}`, muscle: 'masseter', findings: { tautBand: i % 2 === 0 } },
          ],
        };
        main.append(el);
        for (let pass = 0; pass < 3; pass++) {
          const parts = [el];
          const walk = (root) => {
            for (const child of root.querySelectorAll('*')) {
              if ('updateComplete' in child) parts.push(child);
              if (child.shadowRoot) walk(child.shadowRoot);
            }
          };
          walk(el.shadowRoot);
          await Promise.all(parts.map((part) => part.updateComplete));
        }
        if (el.guidance?.sites.length !== 2) throw new Error(`cycle ${i}: the widget did not evaluate its assessment`);
        if (leak) window.addEventListener('resize', () => el.guidance);
        if (keep) window.__kept.push(el);
        else el.remove();
      }
    },
    n,
    keep,
    leak,
  );
}

/** Removes the widgets `cycles(…, { keep: true })` kept. */
function unmountKept() {
  return page.evaluate(() => {
    for (const el of window.__kept) el.remove();
    window.__kept = [];
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

describe(`${CYCLES} mount/unmount cycles with assessments set`, () => {
  let perWidget;
  let start;
  let end;
  let ms;

  before(async () => {
    await cycles(50); // warm-up: compiled code and Lit's template cache are not leaks
    // What one mounted widget costs, so the bounds below mean something.
    const empty = await measure();
    await cycles(20, { keep: true });
    const twenty = await measure();
    await unmountKept();
    perWidget = {
      heap: (twenty.heap - empty.heap) / 20,
      nodes: (twenty.nodes - empty.nodes) / 20,
      listeners: (twenty.listeners - empty.listeners) / 20,
    };
    start = await measure();
    const t0 = Date.now();
    await cycles(CYCLES);
    ms = Date.now() - t0;
    end = await measure();
  });

  it('reports the numbers', () => {
    const lines = [
      `one mounted widget: ${kb(perWidget.heap)} heap, ${Math.round(perWidget.nodes)} DOM nodes, ${Math.round(perWidget.listeners)} listeners`,
      `${CYCLES} cycles in ${ms} ms (${(ms / CYCLES).toFixed(1)} ms each)`,
      `heap after GC: ${kb(start.heap)} before, ${kb(end.heap)} after, growth ${kb(end.heap - start.heap)} (bound ${kb(HEAP_BOUND)})`,
      `DOM nodes: ${start.nodes} before, ${end.nodes} after; JS listeners: ${start.listeners} before, ${end.listeners} after`,
      `listeners on window: ${start.window} before, ${end.window} after; on document: ${start.document} before, ${end.document} after`,
    ];
    for (const line of lines) console.log(`[leak test] ${line}`);
    // Sanity of the calibration: a mounted widget is a real tree with real listeners.
    assert.ok(perWidget.nodes > 100 && perWidget.listeners > 10 && perWidget.heap > 10 * 1024, JSON.stringify(perWidget));
  });

  it('leaves no listener on window or document', () => {
    assert.equal(end.window, start.window);
    assert.equal(end.document, start.document);
  });

  it('leaves no listener and no DOM behind anywhere (not one widget’s worth)', () => {
    assert.equal(end.listeners, start.listeners);
    assert.ok(end.nodes - start.nodes < perWidget.nodes / 10, `${end.nodes - start.nodes} nodes retained`);
  });

  it(`grows the heap by less than ${kb(HEAP_BOUND)}`, () => {
    assert.ok(end.heap - start.heap < HEAP_BOUND, `grew ${kb(end.heap - start.heap)}`);
  });

  it('raised no error, warning or CSP violation on the way', async () => {
    assert.deepEqual(await pageRecord(page), { violations: [], rejections: [] });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((m) => m.type === 'error' || m.type === 'warn'),
      [],
    );
    // The page holds no widget when it loads: the first ones fetch the widget's own
    // chunks (each once, from beside the bundle), and the 1,000 cycles nothing more.
    const fetched = log.requests.filter((r) => r.phase !== 'load').map((r) => new URL(r.url).pathname.replace(/-[\w-]{8}\.min\.js$/, '')); // drop the 8-character content hash
    assert.deepEqual(fetched.sort(), [
      '/dist/chunks/clinician',
      '/dist/chunks/patient',
      '/dist/chunks/ruleset-check',
    ]);
  });
});

describe('the counters themselves', () => {
  it('see a host that retains 20 widgets through window listeners', async () => {
    const before = await measure();
    await cycles(20, { leak: true });
    const leaked = await measure();
    assert.equal(leaked.window - before.window, 20);
    assert.ok(leaked.nodes - before.nodes > 20 * 100, `${leaked.nodes - before.nodes} nodes`);
    assert.ok(leaked.heap - before.heap > 20 * 10 * 1024, `${kb(leaked.heap - before.heap)}`);
  });
});

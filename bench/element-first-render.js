// The first render at 4× CPU throttling (Chrome DevTools Protocol
// `Emulation.setCPUThrottlingRate`, Lighthouse's mobile setting): the EHR demo beside
// the bare form's page. A performance trace records every task on the page's main
// thread from navigation until the widget (every nested part included) has rendered;
// the figures are the longest task and the total blocking time (the sum of each task's
// time over 50 ms). Counted from navigation, not from first paint, so stricter than
// Lighthouse's TBT. Medians over a few loads; each load is a fresh page and cache.
/* global document, customElements */ // inside page.evaluate callbacks
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serve } from './server.js';

const RATE = 4;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** In the page: resolves once every Lit element in the page, shadow roots included, has rendered. */
function rendered() {
  return (async () => {
    await customElements.whenDefined(document.querySelector('tpi-guide, bare-form').localName);
    for (;;) {
      const pending = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if ('updateComplete' in el && (el.isUpdatePending || !el.hasUpdated)) pending.push(el.updateComplete);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      // A part still waiting for its chunk is an element not yet defined.
      const undefinedParts = [];
      const find = (root) => {
        for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName.startsWith('tpi-')) undefinedParts.push(customElements.whenDefined(el.localName));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) find(el.shadowRoot);
      };
      find(document);
      if (!pending.length && !undefinedParts.length) break;
      await Promise.all([...pending, ...undefinedParts]);
    }
    console.timeStamp('tpi-first-render');
  })();
}

/** Main-thread tasks of the page's renderer between navigation and the render mark. */
function tasksOf(events, path) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(path));
  if (!parse) throw new Error(`bench: no ParseHTML for ${path} in the trace`);
  const { pid } = parse;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const mark = events.find((e) => e.pid === pid && e.name === 'TimeStamp' && e.args?.data?.message === 'tpi-first-render');
  if (!main || !mark) throw new Error(`bench: no main thread or render mark for ${path}`);
  // From the task that parses the page: the renderer's set-up before it is not the page's.
  const start = parse.ts - 1000;
  return {
    tasks: events.filter((e) => e.pid === pid && e.tid === main.tid && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= start && e.ts <= mark.ts).map((e) => (e.dur ?? 0) / 1000),
    elapsed: (mark.ts - parse.ts) / 1000,
  };
}

/**
 * One load, measured; loaded again (up to three times) when the trace lacks the page's
 * parse event, which a loaded machine sometimes drops from a trace.
 */
async function once(browser, url, path) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load(browser, url, path);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('no ParseHTML')) throw error;
      console.error(`bench: ${error.message}; loading again`);
    }
  }
}

async function load(browser, url, path) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(rendered);
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const { tasks, elapsed } = tasksOf(trace.traceEvents, path);
    return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((n, d) => n + Math.max(0, d - 50), 0), tasks: tasks.length, elapsed };
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Longest task and total blocking time (medians of `runs` loads) of the EHR demo and the bare form page. */
export async function runFirstRender({ runs = 5 } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('bench: no Chromium found (npm run setup:browser, or set CHROME_PATH)');
  const server = await serve('.');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const out = {};
    for (const [name, path] of [
      ['ehr', '/demo/ehr.html'],
      ['bare', '/bench/bare-form.html'],
    ]) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await once(browser, server.url + path, path));
      out[name] = {
        longest: median(samples.map((s) => s.longest)),
        blocking: median(samples.map((s) => s.blocking)),
        elapsed: median(samples.map((s) => s.elapsed)),
        samples,
      };
    }
    return { rate: RATE, runs, ...out };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildBenchBundles } = await import('./bundles.js');
  await buildBenchBundles();
  console.log(JSON.stringify(await runFirstRender({ runs: Number(process.argv[2] ?? 5) }), null, 1));
}

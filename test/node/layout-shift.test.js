// Issue 14: no layout shift on load. Each demo page, at a desktop and a phone width, is
// loaded in Chromium (puppeteer-core) and its `layout-shift` entries are read
// (PerformanceObserver, buffered, installed before any page script runs) once the
// widget has rendered: their sum, the page's cumulative layout shift during load, must
// stay at or under 0.02. Shifts right after an input do not count (the API's own rule).
// Needs dist/ (npm test builds first).
/* global window, document, customElements, requestAnimationFrame, setTimeout, PerformanceObserver */ // inside page.evaluate callbacks
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };
const PAGES = ['/demo/ehr.html', '/demo/clinic.html', '/demo/booking.html'];
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const LIMIT = 0.02;
/** Lighthouse's "slow 4G": 150 ms round trip, about 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };

/** Serves demo/ and dist/ from the repository on 127.0.0.1. */
async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(ROOT, `.${path}`);
    const inside = relative(ROOT, file).split(sep);
    const type = TYPES[extname(file)];
    if (!['demo', 'dist'].includes(inside[0]) || !type) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/** The layout shifts of loading `url` at `viewport`, once every widget has rendered. */
async function shiftsOf(browser, url, viewport) {
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    // Lighthouse's mobile conditions, roughly: a slower CPU and network stretch the time
    // between the first paint and the widget's chunks, where a shift would show.
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(SLOW_4G);
    await page.evaluateOnNewDocument(() => {
      const shifts = [];
      Object.defineProperty(window, '__shifts', { value: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      await customElements.whenDefined('tpi-guide');
      for (const el of document.querySelectorAll('tpi-guide')) await el.updateComplete;
      // Two frames and a pause: the last render reaches the screen and its entry is queued.
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => setTimeout(done, 300));
      return window.__shifts;
    });
  } finally {
    await page.close();
  }
}

describe('layout shift while a demo page loads', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // One page at a time: a page that is not the one in front renders no frames, so it
  // would report no shift at all.
  for (const path of PAGES)
    for (const viewport of WIDTHS)
      it(`${path} at ${viewport.width} px shifts no more than ${LIMIT}`, async () => {
        const shifts = await shiftsOf(browser, server.origin + path, viewport);
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        console.log(`# CLS ${path} ${viewport.width} px: ${total.toFixed(4)}`);
        assert.ok(total <= LIMIT, `cumulative layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
      });
});

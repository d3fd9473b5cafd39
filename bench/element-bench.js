// The element bench: headless Debian Chromium, driven by puppeteer-core, loads
// bench/element.html from an in-process static server and runs the timing inside the
// page (bench/element.js). Any page error fails the bench.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.js';
import { serve } from './server.js';

const ARGS = CHROME_ARGS;

/** Runs the in-page bench; returns its results, the browser version and the page checks. */
export async function runElementBench(options) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('bench: no Chromium found (npm run setup:browser, or set CHROME_PATH)');
  const server = await serve('.');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
    page.on('response', (res) => res.status() >= 400 && errors.push(`HTTP ${res.status()}: ${res.url()}`));
    await page.goto(`${server.url}/bench/element.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.benchReady, { timeout: 15_000 });
    if (errors.length) throw new Error(`bench page errors:\n${errors.join('\n')}`);
    const out = await page.evaluate((opts) => globalThis.runElementBench(opts), options ?? {});
    if (errors.length) throw new Error(`bench page errors:\n${errors.join('\n')}`);
    return { ...out, browser: await browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

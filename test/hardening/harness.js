// Node side of the hardening tests (test/node/hardening-*.test.js): a tiny static server
// that plays a hospital portal with a strict Content-Security-Policy, a throwaway
// Chromium driven by puppeteer-core, and a watcher that records every request, console
// message, uncaught error and CSP violation a page produces. useHarness() sets up the
// server and the browser for a test file, and tears them down.
/* global URL, window, document, customElements */ // URL in Node; the rest inside page.evaluate callbacks
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The policy of the portal the widget must live in (issue 6), sent with every page. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; object-src 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// Only the host pages and the built bundle are served. /copy/ is dist/ again under
// another URL, so a page can load a second copy of the bundle as a separate module.
const MOUNTS = [
  ['/test/hardening/', 'test/hardening/'],
  ['/dist/', 'dist/'],
  ['/copy/', 'dist/'],
];

// The portal page with a second copy of the bundle (from /copy/, a separate module
// instance), made from csp-host.html so the two pages cannot drift apart.
const BUNDLE = '<script type="module" src="/dist/tpi-guide.min.js"></script>';
const PAGES = {
  '/test/hardening/two-copies.html': async () =>
    (await readFile(resolve(ROOT, 'test/hardening/csp-host.html'), 'utf8'))
      .replace('<title>Hardening: a portal page with a strict CSP</title>', '<title>Hardening: two copies of the bundle on one page</title>')
      .replace(BUNDLE, `${BUNDLE}\n    <script type="module" src="/copy/tpi-guide.min.js"></script>`),
};

/** The file under the repo root that `pathname` names, or undefined (unknown or escaping). */
function fileFor(pathname) {
  const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
  if (!mount) return undefined;
  const dir = resolve(ROOT, mount[1]);
  const file = resolve(dir, decodeURIComponent(pathname.slice(mount[0].length)));
  return relative(dir, file).split(sep)[0] === '..' ? undefined : file;
}

/**
 * Serves the host pages on 127.0.0.1, on a port the OS picks. Every HTML page gets the
 * CSP above; `?trusted-types=LIST` adds `trusted-types LIST` (a portal that also names
 * the Trusted Types policies it allows; names and 'allow-duplicates' only).
 */
export async function startServer() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = req.method === 'GET' ? PAGES[url.pathname] : undefined;
    const file = req.method === 'GET' ? fileFor(url.pathname) : undefined;
    const type = page ? TYPES['.html'] : file && TYPES[extname(file)];
    let body;
    try {
      body = page ? await page() : type ? await readFile(file) : undefined;
    } catch {
      body = undefined;
    }
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (type.startsWith('text/html')) {
      const named = url.searchParams.get('trusted-types');
      headers['content-security-policy'] = CSP + (named && /^[\w\- ']+$/.test(named) ? `; trusted-types ${named}` : '');
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** A headless Chromium with a fresh profile that is deleted on close. */
export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: run `npm test`, which installs one, or set CHROME_PATH.');
  const userDataDir = await mkdtemp(join(tmpdir(), 'tpi-hardening-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: CHROME_ARGS,
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records what `page` does from now on: every network request (any not to `origin` is
 * aborted and kept as foreign), console messages, uncaught errors, and the page's
 * `securitypolicyviolation` events (listener installed before any page script runs).
 * `phase` labels the requests: set it to 'session' once the page has loaded. `data:`
 * URLs never reach the network; they are kept apart in `inline` (Chromium's own date
 * picker icon is one).
 */
export async function watch(page, origin) {
  const log = { phase: 'load', requests: [], foreign: [], inline: [], console: [], errors: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:')) {
      log.inline.push({ url, phase: log.phase, type: request.resourceType() });
      request.continue();
      return;
    }
    log.requests.push({ url, phase: log.phase, type: request.resourceType() });
    if (url.startsWith(`${origin}/`)) request.continue();
    else {
      log.foreign.push(url);
      request.abort();
    }
  });
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error?.message ?? error)));
  await page.evaluateOnNewDocument(() => {
    const seen = [];
    Object.defineProperty(window, '__tpiHardening', { value: { violations: seen, rejections: [] } });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
      true,
    );
    window.addEventListener('unhandledrejection', (e) => window.__tpiHardening.rejections.push(String(e.reason)));
  });
  return log;
}

/** CSP violations and unhandled rejections the page recorded so far. */
export function pageRecord(page) {
  return page.evaluate(() => ({
    violations: window.__tpiHardening.violations,
    rejections: window.__tpiHardening.rejections,
  }));
}

/**
 * A handle to the `index`th element matching `selector` anywhere in the page, shadow
 * roots included, whose normalized text (or, for inputs, label text) is `text` when given.
 */
export async function deep(page, selector, text, index = 0) {
  const handle = await page.evaluateHandle(
    (selector, text, index) => {
      const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      const hits = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(selector)) {
            const own = el.labels?.length ? norm(el.labels[0].textContent) : norm(el.textContent);
            if (text === undefined || own === text) hits.push(el);
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return hits[index] ?? null;
    },
    selector,
    text,
    index,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no ${selector}${text === undefined ? '' : ` "${text}"`} #${index}`);
  return el;
}

/**
 * A radio or checkbox `choice` of the fieldset whose legend reads `legend` (the
 * `index`th such fieldset), anywhere in the page.
 */
export async function choice(page, legend, option, index = 0) {
  const handle = await page.evaluateHandle(
    (legend, option, index) => {
      const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      const sets = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'fieldset' && norm(el.querySelector('legend')?.textContent) === legend) sets.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const inputs = [...(sets[index]?.querySelectorAll('input') ?? [])];
      return inputs.find((input) => norm(input.labels?.[0]?.textContent) === option) ?? null;
    },
    legend,
    option,
    index,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no "${option}" in fieldset "${legend}" #${index}`);
  return el;
}

/** Resolves once <tpi-guide> and every nested Lit element have finished rendering. */
export function settle(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      const all = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if ('updateComplete' in el) all.push(el.updateComplete);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(all);
    }
  });
}

/**
 * Opens `path` of `origin` in a new tab of `browser`, watched from before the first
 * byte; waits for the bundle (and the page's widget, if it has one) to render, then
 * marks the log's phase 'session'.
 */
export async function openPage(browser, origin, path) {
  const page = await browser.newPage();
  const log = await watch(page, origin);
  await page.goto(origin + path, { waitUntil: 'load' });
  // The browser asks for the icon just after load: that is still the page loading.
  await page.waitForNetworkIdle({ idleTime: 150 });
  await page.waitForFunction(() => customElements.get('tpi-guide') && document.querySelector('tpi-guide')?.shadowRoot !== null);
  await settle(page);
  log.phase = 'session';
  return { page, log };
}

/**
 * What a person does on `page`: real keys and clicks. Each action waits for the widget to
 * render. What a person clicks they first scroll into plain view (the middle of the
 * screen), not left under a bar kept in view at the bottom (the widget's status bar on
 * a narrow page).
 */
export function person(page) {
  const done = () => settle(page);
  const shown = async (handle) => {
    await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    return handle;
  };
  return {
    /**
     * Types `text` over what the input labelled `label` holds, then leaves it with Tab, as
     * a person moves on: the widget commits a typed value when its field is left.
     */
    async type(label, text) {
      await (await shown(await deep(page, 'input', label))).click();
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
      await done();
    },
    /**
     * A date field, typed as its segments (month, day, year in Chromium's en-US), then left
     * with Tab (which first walks the field's calendar button): the widget commits a date
     * when its field is left.
     */
    async date(label, text) {
      const field = await deep(page, 'input', label);
      await field.focus();
      await page.keyboard.type(text.replace(/\D/g, ''));
      for (let i = 0; i < 3 && (await field.evaluate((el) => el.getRootNode().activeElement === el)); i++) await page.keyboard.press('Tab');
      await done();
    },
    /** Clicks the button (or disclosure summary) that reads `text`. */
    async click(text, index = 0) {
      await (await shown(await deep(page, 'button, summary', text, index))).click();
      await done();
    },
    /** Clicks the radio or checkbox `option` of the fieldset `legend`. */
    async choose(legend, option, index = 0) {
      await (await shown(await choice(page, legend, option, index))).click();
      await done();
    },
  };
}

/**
 * The portal and a browser for one test file: started before its tests (or by the
 * first `open`, whichever comes first) and closed after them. `open(path)` opens a
 * watched page (openPage); `browser` and `origin` are there once it has started.
 */
export function useHarness() {
  let setup;
  const live = {};
  const start = () =>
    (setup ??= (async () => {
      live.server = await startServer();
      live.chromium = await launchBrowser();
    })());
  before(start);
  after(async () => {
    if (!setup) return;
    await setup.catch(() => {});
    await live.chromium?.close();
    await live.server?.close();
  });
  return {
    get browser() {
      return live.chromium.browser;
    },
    get origin() {
      return live.server.origin;
    },
    async open(path) {
      await start();
      return openPage(live.chromium.browser, live.server.origin, path);
    },
  };
}

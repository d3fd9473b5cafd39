// The patient demos load as a person would open them: the page in a frame, served from
// the repo root, with the built dist/tpi-guide.min.js (`npm test` builds first). Any
// console error, uncaught error, rejected promise or failed request fails the test.
import { expect } from '@open-wc/testing';

interface Loaded {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  problems: string[];
}

/**
 * Waits until `ok()` holds, polling on a timer (failing after `ms`). Not on animation
 * frames: a test page running beside another gets none, and the wait never ended.
 */
async function until(ok: () => unknown, what: string, ms = 8000) {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Opens `path` in a same-origin frame. The frame's first navigation keeps its initial
 * window, so listeners installed before it loads see the page's own scripts run.
 */
async function open(path: string): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = '390px';
  frame.style.height = '700px';
  frame.src = path;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const problems: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  win.addEventListener('error', (e) => problems.push(`error: ${e.message || (e.target as HTMLScriptElement)?.src}`), true);
  win.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  await until(() => doc.querySelector('tpi-guide')?.shadowRoot?.querySelector('tpi-patient-view')?.shadowRoot?.querySelector('tpi-self-check')?.shadowRoot?.querySelector('button'), `the widget in ${path}`);
  for (const entry of win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    if (entry.responseStatus >= 400) problems.push(`HTTP ${entry.responseStatus}: ${entry.name}`);
  return { frame, win, doc, problems };
}

/** The booking button inside a demo's widget. */
const bookIn = (doc: Document) =>
  doc.querySelector('tpi-guide')!.shadowRoot!.querySelector('tpi-patient-view')!.shadowRoot!.querySelector('tpi-self-check')!.shadowRoot!.querySelector<HTMLButtonElement>('button.book')!;

describe('patient demos', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the clinic page with no console error, restyled through --tpi-* properties', async () => {
    const { win, doc, problems } = await open('/demo/clinic.html');
    expect(problems).to.deep.equal([]);
    const guide = doc.querySelector('tpi-guide')!;
    expect(guide.getAttribute('audience')).to.equal('patient');
    expect(win.getComputedStyle(guide).getPropertyValue('--tpi-color-accent').trim()).to.equal('#0b5d5e');
    // The clinic's accent reaches the booking button inside the shadow roots.
    expect(win.getComputedStyle(bookIn(doc)).backgroundColor).to.equal('rgb(11, 93, 94)');
  });

  it('loads the booking page with no console error, and tpi-book opens its form with the visit chosen and focused', async () => {
    const { doc, problems } = await open('/demo/booking.html');
    expect(problems).to.deep.equal([]);
    const dialog = doc.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    const button = bookIn(doc);
    expect(button.textContent).to.equal('Continue to booking');
    const check = button.getRootNode() as ShadowRoot;
    const radio = (legend: string, text: string) =>
      [...[...check.querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')!.textContent!.startsWith(legend))!
        .querySelectorAll('label')]
        .find((l) => l.textContent!.trim() === text)!;
    radio('Have you', 'No').click();
    await until(() => check.querySelector('[role=status]')!.textContent!.includes('physical therapy'), 'the suggestion');
    button.click();
    await until(() => dialog.open, 'the booking form');
    const select = doc.getElementById('service') as HTMLSelectElement;
    expect(select.value).to.equal('physical-therapy');
    expect(doc.activeElement).to.equal(select);
    expect(doc.getElementById('suggested')!.textContent).to.include('Physical therapy session');
    expect(problems).to.deep.equal([]);
  });

  it('sends a booking from the clinic page to the booking page with the visit chosen', async () => {
    const { frame, doc } = await open('/demo/clinic.html');
    bookIn(doc).click();
    await until(() => frame.contentWindow!.location.pathname === '/demo/booking.html' && frame.contentDocument!.querySelector('dialog')?.open, 'the booking page');
    expect(frame.contentWindow!.location.search).to.equal('?service=consultation');
    expect((frame.contentDocument!.getElementById('service') as HTMLSelectElement).value).to.equal('consultation');
  });

  it('links both demos from the demo index', async () => {
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const links = [...index.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['/demo/clinic.html', '/demo/booking.html']);
  });
});

// The patient demos load as a person would open them: the page in a frame, served from
// the repo root, with the built dist/tpi-guide.min.js (`npm test` builds first). Any
// console error, uncaught error, rejected promise or failed request fails the test.
// Each page is driven to each level of the self-check: an emergency or urgent result
// never opens a booking; a routine one does.
import { expect, waitUntil } from '@open-wc/testing';

interface Loaded {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  problems: string[];
}

/**
 * Waits until `ok()` holds (open-wc's waitUntil, polling on a timer, not on animation
 * frames: a test page running beside another gets none), failing after 8 s with `what`.
 */
const until = (ok: () => unknown, what: string) => waitUntil(ok, `timed out waiting for ${what}`, { timeout: 8000, interval: 20 });

/** Waits for the widget in `doc` to finish what a click started (its updateComplete includes its parts). */
const rendered = (doc: Document) => (doc.querySelector('tpi-guide') as unknown as { updateComplete: Promise<unknown> }).updateComplete;

/**
 * Opens `path` in a same-origin frame `width` pixels wide. The frame's first navigation
 * keeps its initial window, so listeners installed before it loads see the page's own
 * scripts run.
 */
async function open(path: string, width = 390): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
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
  await until(() => view(doc)?.shadowRoot?.querySelector('tpi-self-check')?.shadowRoot?.querySelector('fieldset'), `the widget in ${path}`);
  for (const entry of win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    if (entry.responseStatus >= 400) problems.push(`HTTP ${entry.responseStatus}: ${entry.name}`);
  return { frame, win, doc, problems };
}

const view = (doc: Document) => doc.querySelector('tpi-guide')?.shadowRoot?.querySelector('tpi-patient-view');
/** The self-check's shadow root inside a demo's widget. */
const check = (doc: Document) => view(doc)!.shadowRoot!.querySelector('tpi-self-check')!.shadowRoot!;
/** The booking button inside a demo's widget, or null. */
const bookIn = (doc: Document) => check(doc).querySelector<HTMLButtonElement>('button.book');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const alertOf = (doc: Document) => check(doc).querySelector<HTMLElement>('[role=alert]')!;
const statusOf = (doc: Document) => squash(check(doc).querySelector('[role=status]')!.textContent);

/** Clicks the label that reads `text` (under the legend starting with `legend`, if given). */
function tick(doc: Document, text: string, legend?: string) {
  const sets = [...check(doc).querySelectorAll('fieldset')].filter((f) => !legend || squash(f.querySelector('legend')!.textContent).startsWith(legend));
  const label = sets.flatMap((f) => [...f.querySelectorAll('label')]).find((l) => squash(l.textContent) === text);
  if (!label) throw new Error(`no option "${text}"`);
  label.click();
}

const EMERGENCY_FLAGS = [
  'New chest pain, pain when you breathe in, or being short of breath',
  'Swelling of the face, lips or tongue, or trouble breathing',
  'A sudden, very bad headache, the worst ever',
  'New weakness or numbness of the face, an arm or a leg, a drooping face, or trouble speaking',
  'New trouble holding in pee or poop, or numbness between the legs or around the bottom',
];
const FEVER = 'A fever or chills, or feeling sick all over, along with the pain';

/** Whether the page opened a booking: the booking page's dialog, or a move to it from the clinic. */
const bookingOpened = ({ frame, doc }: Loaded) => frame.contentWindow!.location.pathname !== new URL(doc.URL).pathname || !!doc.querySelector('dialog')?.open;

describe('patient demos', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the clinic page with no console error, restyled through --tpi-* properties', async () => {
    const { win, doc, problems } = await open('/demo/clinic.html');
    expect(problems).to.deep.equal([]);
    const guide = doc.querySelector('tpi-guide')!;
    expect(guide.getAttribute('audience')).to.equal('patient');
    expect(win.getComputedStyle(guide).getPropertyValue('--tpi-color-accent').trim()).to.equal('#0b5d5e');
    // The clinic's accent reaches the booking button inside the shadow roots.
    expect(win.getComputedStyle(bookIn(doc)!).backgroundColor).to.equal('rgb(11, 93, 94)');
  });

  it('loads the booking page with no console error, and tpi-book opens its form with the visit chosen and focused and the answers kept', async () => {
    const { doc, problems } = await open('/demo/booking.html');
    expect(problems).to.deep.equal([]);
    const dialog = doc.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(bookIn(doc)!.textContent).to.equal('Continue to booking');
    tick(doc, 'No', 'Have you');
    await until(() => statusOf(doc).includes('physical therapy'), 'the suggestion');
    bookIn(doc)!.click();
    await until(() => dialog.open, 'the booking form');
    const select = doc.getElementById('service') as HTMLSelectElement;
    expect(select.value).to.equal('physical-therapy');
    expect(doc.activeElement).to.equal(select);
    expect(doc.getElementById('suggested')!.textContent).to.include('Physical therapy session');
    expect(JSON.parse((doc.getElementById('self-check') as HTMLInputElement).value)).to.deep.equal({ triedCare: 'no' });
    expect(problems).to.deep.equal([]);
  });

  it('offers every visit the self-check can suggest in the booking form', async () => {
    const { doc } = await open('/demo/booking.html');
    const values = [...(doc.getElementById('service') as HTMLSelectElement).options].map((o) => o.value);
    expect(values.sort()).to.deep.equal(['consultation', 'physical-therapy', 'trigger-point-assessment']);
  });

  it('sends a booking from the clinic page to the booking page with the visit chosen', async () => {
    const { frame, doc } = await open('/demo/clinic.html');
    bookIn(doc)!.click();
    await until(() => frame.contentWindow!.location.pathname === '/demo/booking.html' && frame.contentDocument!.querySelector('dialog')?.open, 'the booking page');
    expect(frame.contentWindow!.location.search).to.equal('?service=consultation');
    expect((frame.contentDocument!.getElementById('service') as HTMLSelectElement).value).to.equal('consultation');
  });

  for (const page of ['clinic', 'booking'])
    for (const width of [1280, 390])
      describe(`the ${page} page at ${width}px, at each level`, () => {
        it('emergency: says to call the emergency number at the top of the self-check, and opens no booking', async () => {
          const loaded = await open(`/demo/${page}.html`, width);
          const { doc, problems } = loaded;
          tick(doc, 'No', 'Have you');
          tick(doc, EMERGENCY_FLAGS[0]!);
          await until(() => squash(alertOf(doc).innerText).startsWith('Call'), 'the emergency message');
          expect(squash(alertOf(doc).innerText)).to.match(page === 'booking' ? /^Call 911 now\./ : /^Call your local emergency number now\./);
          expect(bookIn(doc)).to.equal(null);
          expect(statusOf(doc)).to.equal('');
          // Nothing a person can press here books: no button in the self-check, and no booking opens.
          for (const button of check(doc).querySelectorAll('button')) button.click();
          await rendered(doc);
          expect(bookingOpened(loaded)).to.equal(false);
          expect(problems).to.deep.equal([]);
        });

        it('urgent: says to get care today, and opens no booking', async () => {
          const loaded = await open(`/demo/${page}.html`, width);
          const { doc } = loaded;
          tick(doc, 'Neck pain');
          tick(doc, FEVER);
          await until(() => squash(alertOf(doc).innerText).startsWith('Get care today.'), 'the urgent message');
          expect(bookIn(doc)).to.equal(null);
          for (const button of check(doc).querySelectorAll('button')) button.click();
          await rendered(doc);
          expect(bookingOpened(loaded)).to.equal(false);
        });

        it('routine: suggests a visit and books it', async () => {
          const loaded = await open(`/demo/${page}.html`, width);
          const { frame, doc } = loaded;
          tick(doc, 'Cancer now or in the past, or weight loss without trying');
          await until(() => statusOf(doc) === 'A visit that could suit you: a consultation with a clinician.', 'the routine suggestion');
          expect(squash(alertOf(doc).innerText)).to.equal('');
          bookIn(doc)!.click();
          await until(() => frame.contentDocument!.querySelector('dialog')?.open, 'the booking form');
          expect(frame.contentWindow!.location.pathname).to.equal('/demo/booking.html');
          expect((frame.contentDocument!.getElementById('service') as HTMLSelectElement).value).to.equal('consultation');
        });
      });

  for (const flag of EMERGENCY_FLAGS)
    it(`booking page: "${flag}" puts "Call 911 now." at the top of the self-check, announced, with no booking button`, async () => {
      const { doc, problems } = await open('/demo/booking.html');
      const region = alertOf(doc);
      expect(region.getAttribute('role')).to.equal('alert');
      tick(doc, flag);
      await until(() => squash(region.innerText).startsWith('Call 911 now.'), 'the emergency message');
      // At the top: under the heading, above the first question, on screen with it.
      const root = check(doc);
      expect(region.previousElementSibling!.tagName).to.equal('H3');
      expect(region.getBoundingClientRect().bottom).to.be.at.most(root.querySelector('fieldset')!.getBoundingClientRect().top);
      // Announced: the region that was in the page before the tick now holds the message.
      expect(alertOf(doc)).to.equal(region);
      expect(bookIn(doc)).to.equal(null);
      tick(doc, flag);
      await until(() => bookIn(doc), 'the booking button back');
      expect(squash(region.innerText)).to.equal('');
      expect(problems).to.deep.equal([]);
    });

  for (const width of [390, 1280])
    it(`booking page at ${width} px: the self-check comes before the reading in the document and on screen, with no "go to" button`, async () => {
      const { doc } = await open('/demo/booking.html', width);
      const patientView = view(doc)!.shadowRoot!;
      const selfCheck = patientView.querySelector('tpi-self-check')!;
      const education = patientView.querySelector('[part=education]')!;
      // Reading order (screen readers, the Tab key) is document order: the self-check first.
      expect(selfCheck.compareDocumentPosition(education) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const [a, b] = [selfCheck.getBoundingClientRect(), education.getBoundingClientRect()];
      // On screen it comes first too: above the reading on a phone, to its left on a wide page.
      if (width === 390) expect(a.top).to.be.below(b.top);
      else expect(a.right).to.be.at.most(b.left);
      expect(a.top).to.be.below(1000);
      expect(patientView.querySelector('.jump')).to.equal(null);
    });

  it('clinic page on a phone keeps the reading first, with the "go to the self-check" button', async () => {
    const { doc } = await open('/demo/clinic.html', 390);
    const patientView = view(doc)!.shadowRoot!;
    expect(patientView.querySelector('section')!.getBoundingClientRect().top).to.be.below(patientView.querySelector('tpi-self-check')!.getBoundingClientRect().top);
    expect(patientView.querySelector<HTMLElement>('.jump')!.offsetParent).to.not.equal(null);
  });

  it('links both demos from the demo index', async () => {
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const links = [...index.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['/demo/clinic.html', '/demo/booking.html']);
  });
});

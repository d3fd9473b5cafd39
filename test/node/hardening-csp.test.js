// Issue 6, the portal's policy: a page served with a strict Content-Security-Policy
// (Trusted Types required) loads the standalone bundle, and a person uses the widget
// for a whole session through its shadow DOM: sites, findings, patient fields, the
// patient audience with its self-check and booking, and the host's own mistakes (a
// damaged record, a damaged rule set). The page must raise no CSP violation, log no
// console error, request nothing beyond its own files, and keep nothing in cookies or
// storage. Needs dist/ (npm test builds first).
/* global document, window, localStorage, sessionStorage, indexedDB, caches, navigator */ // inside page.evaluate callbacks
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deep, pageRecord, person, settle, useHarness } from '../hardening/harness.js';

const PAGE = '/test/hardening/csp-host.html';
// Everything the page itself loads: its HTML, icon, stylesheet, script and the bundle.
const OWN_FILES = [PAGE, '/test/hardening/icon.svg', '/test/hardening/host.css', '/test/hardening/csp-host.js', '/dist/tpi-guide.min.js'];
/** The bundle's own chunk `name` (dist/chunks/, beside it). */
const chunk = (name) => new RegExp(`^/dist/chunks/${name}-[\\w-]+\\.min\\.js$`);
// The first render of the clinician view: one chunk with its parts, the engine and the catalog both use.
const CLINICIAN_CHUNKS = ['clinician'].map(chunk);
// Later, on demand: the explanations on the first "Why?", the patient view when the host
// switches to it, the exporter on the first Export.
const WHY = chunk('why');
const PATIENT = chunk('patient');
// The rule-set validator, when the host first sets a rule set.
const RULESET_CHECK = chunk('ruleset-check');
const EXPORTER = chunk('interop');

const portal = useHarness();

/** The widget's state as the host sees it, and the host's event log. */
function hostView(page) {
  return page.evaluate(() => {
    const guide = document.querySelector('tpi-guide');
    return { assessment: guide.assessment, status: guide.guidance?.eligibility.status, log: window.hostLog };
  });
}

/** The text of the widget's alert (the host-error message), whitespace collapsed. */
function alertText(page) {
  return page.evaluate(() => document.querySelector('tpi-guide').shadowRoot.querySelector('[role=alert]').textContent.replace(/\s+/g, ' ').trim());
}

describe('a full session on a portal page with a strict CSP and Trusted Types', () => {
  let page;
  let log;
  const seen = {};

  before(async () => {
    ({ page, log } = await portal.open(PAGE));
    const you = person(page);

    // Clinician: two sites, findings on each, patient fields, a prior injection, "Why?".
    await you.type('Find a muscle', 'trapez');
    await you.click('Add site');
    await you.type('Find a muscle', 'masseter');
    await you.click('Add site');
    for (const finding of ['Taut band', 'Hypersensitive spot', 'Patient recognizes the pain']) await you.choose(finding, 'Present', 0);
    await you.choose('Taut band', 'Absent', 1);
    await you.type('Weight (kg)', '72');
    await you.choose('Patient factors', 'Anticoagulated');
    await you.choose('Symptoms', 'Neck pain');
    await you.type('Pain duration (weeks)', '10');
    await you.choose('Stretching, massage or physical therapy tried without enough relief', 'Yes');
    await you.click('Add prior injection');
    // The kind is asked for, never assumed: the row joins once it has a date and a kind.
    await (await deep(page, 'select[required]')).select('lidocaine');
    await settle(page);
    await you.date('Date', '10/01/2026');
    seen.beforeWhy = log.requests.filter((r) => r.phase === 'session').length;
    await you.click('Why?');
    seen.clinician = await hostView(page);
    // Export: the first one loads the exporter module (the widget's own file), once.
    seen.beforeExport = log.requests.filter((r) => r.phase === 'session').length;
    await you.click('Export as FHIR R4');
    await page.waitForFunction(() => window.hostLog.export.length === 1);
    await you.click('Export as CDS Hooks cards');
    await you.click('Export as FHIR R4');
    await page.waitForFunction(() => window.hostLog.export.length === 3);
    seen.exports = await page.evaluate(() => window.hostLog.export.map((e) => [e.format, e.data.resourceType ?? `${e.data.cards.length} cards`]));
    seen.afterExport = log.requests.filter((r) => r.phase === 'session').length;

    seen.beforePatient = seen.afterExport;

    // The host switches to the patient audience; the person answers and asks to book.
    await you.click('Patient view');
    await you.choose('What is bothering you? Choose all that fit.', 'Jaw pain');
    await you.choose('When you press the sorest spot, does the pain spread to another place?', 'Yes');
    await you.choose('Have you tried stretching, massage or physical therapy for this pain, and it did not help enough?', 'Yes');
    await (await deep(page, 'button.book')).click();
    await settle(page);
    seen.patient = await hostView(page);

    // Back to the clinician; then the host makes its two mistakes.
    await you.click('Clinician view');
    await you.type('Weight (kg)', '81');
    seen.beforeErrors = await hostView(page);
    seen.beforeRules = log.requests.filter((r) => r.phase === 'session').length;
    await you.click('Load a damaged record');
    await you.click('Load a damaged rule set');
    seen.alert = await alertText(page);
    seen.afterErrors = await hostView(page);
    seen.weightField = await (await deep(page, 'input', 'Weight (kg)')).evaluate((input) => input.value);
    await you.click('Dismiss');
    await you.click('Dismiss');
    seen.alertDismissed = await alertText(page);
    seen.record = await pageRecord(page);
    seen.storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    seen.cookies = await page.cookies();
    const cdp = await page.createCDPSession();
    seen.usage = await cdp.send('Storage.getUsageAndQuota', { origin: portal.origin });
  });

  after(() => page?.close());

  it('was a real session: the user entries, the patient view and both host errors reached the host', () => {
    const { assessment, status } = seen.clinician;
    assert.deepEqual(
      assessment.sites.map((s) => [s.muscle, s.findings]),
      [
        ['upper-trapezius', { tautBand: true, hypersensitiveSpot: true, painRecognition: true }],
        ['masseter', { tautBand: false }],
      ],
    );
    assert.equal(assessment.patient.weightKg, 72);
    assert.equal(assessment.patient.anticoagulated, true);
    assert.deepEqual(assessment.symptoms, ['neck-pain']);
    assert.equal(assessment.painDurationWeeks, 10);
    assert.deepEqual(assessment.priorInjections, [{ muscle: 'upper-trapezius', date: '2026-10-01', kind: 'lidocaine' }]);
    assert.equal(status, 'caution');
    assert.ok(seen.clinician.log.change.length >= 10, `tpi-change per accepted edit (${seen.clinician.log.change.length})`);
    assert.equal(seen.patient.log.book.length, 1, 'one tpi-book from the patient view');
    assert.deepEqual(seen.exports.map(([format]) => format), ['fhir', 'cds-hooks', 'fhir']);
    assert.equal(seen.exports[0][1], 'Bundle');
    assert.deepEqual(
      seen.afterErrors.log.error.map((e) => e.source),
      ['assessment', 'ruleset'],
    );
  });

  it('keeps the user entries through the host errors and says what went wrong, visibly', () => {
    assert.deepEqual(seen.afterErrors.assessment, seen.beforeErrors.assessment);
    assert.equal(seen.afterErrors.assessment.patient.weightKg, 81);
    assert.equal(seen.weightField, '81');
    assert.match(seen.alert, /assessment from the host system was not accepted/);
    assert.match(seen.alert, /rule set from the host system was not accepted/);
    assert.equal(seen.alertDismissed, '');
  });

  it('raises no securitypolicyviolation, no console error or warning, no uncaught error', () => {
    assert.deepEqual(seen.record.violations, []);
    assert.deepEqual(seen.record.rejections, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((m) => m.type === 'error' || m.type === 'warn'),
      [],
    );
  });

  it('requests only its own files: the page’s and the clinician chunks while loading; the explanations, the exporter, the patient view and the rule-set validator once each, when first needed', () => {
    const path = (r) => new URL(r.url).pathname;
    assert.deepEqual(log.foreign, []);
    const load = log.requests.filter((r) => r.phase === 'load').map(path);
    assert.deepEqual(load.filter((p) => !p.startsWith('/dist/chunks/')).sort(), [...OWN_FILES].sort());
    const chunks = load.filter((p) => p.startsWith('/dist/chunks/'));
    assert.equal(chunks.length, CLINICIAN_CHUNKS.length, JSON.stringify(chunks));
    for (const pattern of CLINICIAN_CHUNKS) assert.ok(chunks.some((p) => pattern.test(p)), `${pattern} on the first render`);
    const session = log.requests.filter((r) => r.phase === 'session').map(path);
    assert.equal(session.length, 4, JSON.stringify(session));
    assert.match(session[seen.beforeWhy], WHY, 'the explanations, requested by the first "Why?", not before');
    assert.match(session[seen.beforeExport], EXPORTER, 'the exporter, requested by the first Export, not before');
    assert.equal(seen.afterExport, seen.beforeExport + 1, 'the exporter is not requested again');
    assert.match(session[seen.beforePatient], PATIENT, 'the patient view, requested when the host switches to it');
    assert.match(session[seen.beforeRules], RULESET_CHECK, 'the rule-set validator, requested when the host first sets a rule set');
    // data: URLs are no request at all. The only ones are Chromium's own UI images (the
    // date picker's icon): the page's policy would refuse a data: image from the page
    // or the widget (img-src falls back to 'self'), and no violation was raised.
    assert.deepEqual(
      log.inline.filter((r) => !r.url.startsWith('data:image/svg+xml')),
      [],
    );
  });

  it('writes no cookie, Web Storage, IndexedDB, Cache Storage or service worker', () => {
    assert.deepEqual(seen.storage, { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
    assert.deepEqual(seen.cookies, []);
    assert.equal(seen.usage.usage, 0, `origin storage usage ${JSON.stringify(seen.usage.usageBreakdown?.filter((u) => u.usage))}`);
  });
});

describe('the watch itself', () => {
  it('does see a Trusted Types violation, a blocked image and a request made after load', async () => {
    // Control: what the session above must not do, done on purpose here, so an empty
    // record above means "none happened" rather than "none could be seen".
    const { page, log } = await portal.open(PAGE);
    const threw = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>not trusted</b>';
        return false;
      } catch {
        return true;
      }
    });
    await page.evaluate(() => {
      for (const src of ['/test/hardening/icon.svg?again', 'http://example.invalid/pixel.png']) {
        const img = document.createElement('img');
        img.src = src;
        document.body.append(img);
      }
    });
    await page.waitForNetworkIdle();
    const { violations } = await pageRecord(page);
    await page.close();
    assert.equal(threw, true);
    assert.deepEqual(violations.map((v) => v.directive).sort(), ['img-src', 'require-trusted-types-for']);
    assert.ok(log.console.some((m) => m.type === 'error'));
    assert.deepEqual(
      log.requests.filter((r) => r.phase === 'session').map((r) => new URL(r.url).pathname),
      ['/test/hardening/icon.svg'],
    );
  });
});

describe('a portal that names its Trusted Types policies', () => {
  it('runs the widget with `trusted-types lit-html` (the one policy it creates), without a violation', async () => {
    const { page, log } = await portal.open(`${PAGE}?trusted-types=lit-html`);
    const you = person(page);
    await you.click('Add site');
    await you.choose('Taut band', 'Present');
    const { assessment } = await hostView(page);
    const { violations } = await pageRecord(page);
    await page.close();
    assert.equal(assessment.sites[0].findings.tautBand, true);
    assert.deepEqual(violations, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((m) => m.type === 'error'),
      [],
    );
  });
});

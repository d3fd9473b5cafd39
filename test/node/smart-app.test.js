// The SMART on FHIR app (demo/smart/) in real headless Chromium against a real FHIR
// server, both started here and stopped at the end: the dev server serves the app and
// fhirclient's browser build; fhirclient launches against the open local server
// (launch.html?fhirServiceUrl=…&patientId=…, its launch without OAuth); the app reads
// the record, pre-fills the widget with its "From the record" marks (checked as a
// person sees them and as Chromium's accessibility tree announces them); a clinician's
// edit takes a mark away, and Save writes the exam back as a transaction, read back
// here from the server. Needs dist/ (npm test builds first).
/* global document, window, customElements, URLSearchParams */ // URLSearchParams in Node; the rest inside page.evaluate callbacks
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import devServerConfig from '../../web-dev-server.config.js';
import { fromFhir } from '../../dist/interop.js';
import { localDate } from '../../demo/smart/record.js';
import { SCENARIOS, daysAgo, patient } from '../support/fhir-records.js';
import { seedPatient, startFhirServer } from '../support/fhir-server.js';
import { deep, launchBrowser, person, settle } from '../hardening/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The provenance paths a pre-filled assessment has a field for: each patient field, each prior injection. */
function fromFhirKeys(assessment) {
  const keys = Object.keys(assessment.patient ?? {}).map((key) => `patient.${key}`);
  (assessment.priorInjections ?? []).forEach((_, i) => keys.push(`priorInjections.${i}`));
  return Object.fromEntries(keys.map((key) => [key, true]));
}

/** A loopback port the OS has just handed out (the dev server wants a number, not 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let fhir;
let dev;
let chromium;
let seeded;
// The app counts from the browser's clock, so the record is dated from the same day.
const today = localDate();
const age = (birth) => Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - (today.slice(5) < birth.slice(5) ? 1 : 0);

before(async () => {
  fhir = await startFhirServer();
  // One patient with what the issue names: warfarin, weighed in pounds, an
  // entered-in-error weight, three injections in the past year, an unknown body site.
  seeded = await seedPatient(fhir, {
    patient: patient(undefined, '1961-04-12', { name: [{ given: ['Robin'], family: 'Synthetic' }] }),
    resources: (subject) => [...SCENARIOS.warfarin.resources(subject, today), ...SCENARIOS.repeatInjections.resources(subject, today)],
  });
  // The app's own config, on a free port, without its console banner.
  const config = { ...devServerConfig, rootDir: ROOT, port: await freePort() };
  delete config.plugins;
  dev = await startDevServer({
    config,
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  chromium = await launchBrowser();
});

after(async () => {
  await chromium?.close();
  await dev?.stop();
  await fhir?.close();
});

/** Everything the page shows about the pre-fill, read through the widget's shadow DOM. */
function pageView(page) {
  return page.evaluate(() => {
    const all = (root, selector, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, selector, out);
      }
      return out;
    };
    const guide = document.querySelector('tpi-guide');
    const checked = all(document, 'input[type=checkbox]').filter((i) => i.checked).map((i) => i.labels?.[0]?.textContent.trim());
    const priors = all(document, 'tpi-prior-injections')[0];
    return {
      assessment: guide.assessment,
      status: document.getElementById('status').textContent,
      patientName: document.getElementById('patient').textContent,
      weight: all(document, 'input#weightKg')[0]?.value,
      checked,
      priorDates: priors ? all(priors.shadowRoot, 'input[type=date]').map((i) => i.value) : [],
      sources: [...document.querySelectorAll('#sources li')].map((li) => li.textContent),
      unused: [...document.querySelectorAll('#unused li')].map((li) => li.textContent),
    };
  });
}

/**
 * The "From the record" marks in the widget: each badge's visible words and its
 * accessible name, and the accessible description (what a screen reader says with the
 * control, from Chromium's accessibility tree) of the weight field and of each prior
 * injection's first control and group.
 */
async function marksView(page) {
  const badges = await page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('[part=source-mark]')) {
          out.push({ visible: el.textContent.replace(/\s+/g, ' ').trim(), shown: el.checkVisibility(), width: el.getBoundingClientRect().width });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  });
  const described = async (selector, index = 0) => {
    const node = await page.accessibility.snapshot({ root: await deep(page, selector, undefined, index), interestingOnly: false });
    return { name: node?.name, description: node?.description };
  };
  const names = [];
  for (let i = 0; i < badges.length; i++) names.push((await described('[part=source-mark]', i)).name);
  const priors = await page.evaluate(() => document.querySelector('tpi-guide').assessment.priorInjections?.length ?? 0);
  const rows = [];
  for (let i = 0; i < priors; i++) rows.push({ group: await described('tpi-prior-injections fieldset, fieldset.card', i), muscle: await described(`select#m${i}`) });
  return { badges: badges.map((b, i) => ({ ...b, name: names[i] })), weight: await described('input#weightKg'), rows };
}

/** Opens launch.html with `query`, follows fhirclient to app.html, waits for the record; page errors collected. */
async function openApp(query) {
  const page = await chromium.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(`http://127.0.0.1:${dev.config.port}/demo/smart/launch.html?${new URLSearchParams(query)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.location.pathname.endsWith('/app.html'));
  await page.waitForFunction(() => /^Pre-filled|could not/.test(document.getElementById('status')?.textContent ?? ''), { timeout: 20000 });
  await page.waitForFunction(() => customElements.get('tpi-guide'));
  await settle(page);
  return { page, errors };
}

describe('SMART on FHIR app against the local FHIR server', () => {
  test('launches, pre-fills the widget from the record, and saves the exam back', async () => {
    // fhirclient's launch against an open server: no OAuth, the patient given.
    const { page, errors } = await openApp({ fhirServiceUrl: fhir.baseUrl, patientId: seeded.id });
    assert.equal(await page.evaluate(() => document.querySelector('tpi-guide').today), today);
    const view = await pageView(page);
    assert.match(view.status, /^Pre-filled 10 fields/);
    assert.equal(view.patientName, 'Robin Synthetic');
    assert.deepEqual(view.assessment, {
      patient: { ageYears: age('1961-04-12'), weightKg: 69.853, anticoagulated: true, bleedingDisorder: true, localAnestheticAllergy: true },
      sites: [],
      priorInjections: [
        { muscle: 'upper-trapezius', side: 'left', date: daysAgo(300, today), kind: 'other' },
        { muscle: 'upper-trapezius', side: 'right', date: daysAgo(150, today), kind: 'corticosteroid' },
        { muscle: 'levator-scapulae', side: 'right', date: daysAgo(150, today), kind: 'corticosteroid' },
        { muscle: 'rhomboids', side: 'right', date: daysAgo(150, today), kind: 'corticosteroid' },
        { muscle: 'infraspinatus', side: 'left', date: daysAgo(30, today), kind: 'other' },
      ],
    });
    // What the clinician sees in the form.
    assert.equal(view.weight, '69.853');
    assert.ok(view.checked.some((label) => /anticoagula/i.test(label)), `checked: ${view.checked}`);
    assert.ok(view.checked.some((label) => /bleeding/i.test(label)), `checked: ${view.checked}`);
    assert.deepEqual(view.priorDates, view.assessment.priorInjections.map((p) => p.date));
    // Where each value came from, and what was left out and why.
    assert.ok(view.sources.some((s) => s.startsWith('Weight:') && /154 \[lb_av\]/.test(s) && s.includes('Observation/')));
    assert.ok(view.sources.some((s) => s.startsWith('Anticoagulant:') && /Warfarin/.test(s)));
    assert.equal(view.sources.filter((s) => s.startsWith('Prior injection ')).length, 5);
    assert.ok(view.unused.some((s) => s.startsWith('Entered in error:')));
    assert.ok(view.unused.some((s) => s.startsWith('Unknown body site:') && /Left shoulder area/.test(s)));

    // In the widget, each pre-filled value is marked: visibly, in words, and announced
    // with its field. Age, weight, three patient factors, five prior injections.
    const provenance = await page.evaluate(() => document.querySelector('tpi-guide').provenance);
    assert.deepEqual(Object.keys(provenance).sort(), Object.keys(fromFhirKeys(view.assessment)).sort());
    const marks = await marksView(page);
    assert.equal(marks.badges.length, 10);
    for (const badge of marks.badges) {
      assert.equal(badge.visible, 'From the record');
      assert.ok(badge.shown && badge.width > 40, 'the badge is on screen');
    }
    assert.deepEqual(marks.badges.map((b) => b.name), [
      'From the record: Age (years)',
      'From the record: Weight (kg)',
      'From the record: Anticoagulated',
      'From the record: Bleeding disorder',
      'From the record: Local anesthetic allergy',
      ...view.assessment.priorInjections.map((_, i) => `From the record: Prior injection ${i + 1}`),
    ]);
    const weightSource = provenance['patient.weightKg'];
    assert.match(weightSource.reference, /^Observation\/[\w-]+$/);
    assert.equal(marks.weight.description, `From the record: ${weightSource.text} (${weightSource.reference})`);
    assert.match(marks.weight.description, /^From the record: Body weight 154 \[lb_av\] on \d{4}-\d\d-\d\d \(69\.853 kg\) \(Observation\/[\w-]+\)$/);
    marks.rows.forEach((row, i) => {
      const source = provenance[`priorInjections.${i}`];
      assert.match(source.reference, /^Procedure\//);
      assert.equal(row.group.description, `From the record: ${source.text} (${source.reference})`, `prior injection ${i + 1}`);
      assert.equal(row.muscle.description, row.group.description);
    });

    // The clinician corrects the weight: the mark goes, the others stay.
    const weight = await deep(page, 'input#weightKg');
    await weight.click({ clickCount: 3 });
    await page.keyboard.type('71.5');
    await page.keyboard.press('Enter'); // a typed number is committed with Enter or on leaving the field
    await settle(page);
    const edited = await marksView(page);
    assert.equal(edited.badges.length, 9);
    assert.ok(!edited.badges.some((b) => b.name === 'From the record: Weight (kg)'));
    assert.ok(!edited.weight.description, `no description left: ${edited.weight.description}`);
    assert.deepEqual(edited.rows, marks.rows);
    const changed = await pageView(page);
    assert.ok(changed.sources.some((s) => s.startsWith('Weight:') && s.endsWith('— changed in this exam')));
    assert.equal(changed.sources.filter((s) => s.endsWith('— changed in this exam')).length, 1);

    // Then examines one site and saves.
    const you = person(page);
    await you.click('Add site');
    await you.choose('Taut band', 'Present');
    await (await deep(page, 'button#save')).click();
    await page.waitForFunction(() => /^Saved|^Not saved/.test(document.getElementById('status').textContent), { timeout: 20000 });
    const saved = await pageView(page);
    // The response, then one Observation per examined site and one for the patient
    // factors the record filled (warfarin): two Observations here.
    assert.match(saved.status, /^Saved to the record: QuestionnaireResponse\/[\w-]+(, Observation\/[\w-]+)+\.$/);
    const observations = saved.status.match(/Observation\/[\w-]+/g);
    assert.equal(observations.length, 2);
    assert.equal(saved.assessment.patient.weightKg, 71.5);
    assert.equal(saved.assessment.sites.length, 1);
    assert.equal(saved.assessment.sites[0].findings.tautBand, true);

    // The server now holds the exam: one transaction, the response and its Observations.
    assert.ok(fhir.log.some((entry) => entry.method === 'POST' && entry.path === '/fhir/R4' && entry.status === 200));
    const search = await fhir.request('GET', `/QuestionnaireResponse?subject=${seeded.reference}`);
    assert.equal(search.body.entry.length, 1);
    const [response] = search.body.entry.map((e) => e.resource);
    assert.equal(response.subject.reference, seeded.reference);
    assert.deepEqual(fromFhir([response], { today }).assessment, saved.assessment);
    const derived = await fhir.request('GET', `/Observation?derived-from=QuestionnaireResponse/${response.id}`);
    assert.deepEqual(derived.body.entry.map((e) => `Observation/${e.resource.id}`).sort(), [...observations].sort());
    for (const e of derived.body.entry) assert.equal(e.resource.subject.reference, seeded.reference);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an EHR launch (iss and launch) discovers the open server and reads the same record', async () => {
    // The EHR passes iss and launch; fhirclient looks for the server's SMART endpoints
    // (none on this open server: its .well-known answer is a 404, then the
    // CapabilityStatement), and goes on without OAuth. patientId stands in for the token's patient.
    const { page, errors } = await openApp({ iss: fhir.baseUrl, launch: 'encounter-123', patientId: seeded.id });
    const view = await pageView(page);
    assert.match(view.status, /^Pre-filled 10 fields/);
    assert.equal(view.assessment.patient.weightKg, 69.853);
    assert.ok(fhir.log.some((entry) => entry.path === '/fhir/R4/metadata'));
    assert.deepEqual(errors.filter((e) => !/\.well-known\/smart-configuration|status of 404/.test(e)), []);
    await page.close();
  });
});

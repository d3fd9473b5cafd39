// Issue 6, two copies: a portal where two teams each load the standalone bundle, from
// two URLs, so the page holds two module instances (two Lits, two element classes) but
// one set of custom element names. The second copy must warn once in the console, throw
// nothing, and leave the first copy's widget fully working; under the portal's strict
// CSP as well. Needs dist/ (npm test builds first).
/* global document, window */ // inside page.evaluate callbacks
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageRecord, person, useHarness } from '../hardening/harness.js';

const PAGE = '/test/hardening/two-copies.html';

const portal = useHarness();

/** Loads the page (with `query`), uses the widget, and returns what was seen. */
async function useTwoCopies(query = '') {
  const { page, log } = await portal.open(PAGE + query);
  try {
    const you = person(page);
    await you.click('Add site');
    for (const finding of ['Taut band', 'Hypersensitive spot', 'Patient recognizes the pain']) await you.choose(finding, 'Present');
    await you.type('Weight (kg)', '64');
    await you.click('Load a damaged record');
    const host = await page.evaluate(() => {
      const guide = document.querySelector('tpi-guide');
      return {
        assessment: guide.assessment,
        status: guide.guidance?.eligibility.status,
        changes: window.hostLog.change.length,
        errors: window.hostLog.error.map((e) => e.source),
        alert: guide.shadowRoot.querySelector('[role=alert]').textContent,
      };
    });
    return { log, host, record: await pageRecord(page) };
  } finally {
    await page.close();
  }
}

describe('two copies of the bundle from different URLs on one page', () => {
  let seen;
  before(async () => {
    seen = await useTwoCopies();
  });

  it('loads both copies', () => {
    const scripts = seen.log.requests.map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('tpi-guide.min.js'));
    assert.deepEqual(scripts, ['/dist/tpi-guide.min.js', '/copy/tpi-guide.min.js']);
  });

  it('warns exactly once, naming the element and the second copy', () => {
    const warnings = seen.log.console.filter((m) => m.type === 'warn');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0].text, /<tpi-guide> is already defined/);
    assert.match(warnings[0].text, /another copy of the bundle/);
  });

  it('throws nothing and logs no error or CSP violation', () => {
    assert.deepEqual(seen.log.errors, []);
    assert.deepEqual(seen.record, { violations: [], rejections: [] });
    assert.deepEqual(
      seen.log.console.filter((m) => m.type === 'error'),
      [],
    );
  });

  it('still works: the user’s entries are evaluated, and a host error is reported and survived', () => {
    const { assessment, status, changes, errors, alert } = seen.host;
    assert.equal(assessment.sites.length, 1);
    assert.deepEqual(assessment.sites[0].findings, { tautBand: true, hypersensitiveSpot: true, painRecognition: true });
    assert.equal(assessment.patient.weightKg, 64);
    assert.equal(status, 'appropriate');
    assert.ok(changes >= 5, `tpi-change per edit (${changes})`);
    assert.deepEqual(errors, ['assessment']);
    assert.match(alert, /not accepted/);
  });
});

describe('two copies where the portal names its Trusted Types policies', () => {
  // Each copy's Lit creates a policy named lit-html; a policy list without
  // 'allow-duplicates' refuses the second. SECURITY.md tells hosts so.
  it("works with `trusted-types lit-html 'allow-duplicates'`", async () => {
    const seen = await useTwoCopies(`?trusted-types=${encodeURIComponent("lit-html 'allow-duplicates'")}`);
    assert.deepEqual(seen.log.errors, []);
    assert.deepEqual(seen.record.violations, []);
    assert.equal(seen.host.status, 'appropriate');
  });

  it('without it, the second copy’s Lit is refused (an error in the console) and the first copy still works', async () => {
    // A limit of Lit, not of the guard: the policy is created when Lit's module runs,
    // before the guarded registration. Kept as a test so SECURITY.md's advice stays true.
    const seen = await useTwoCopies('?trusted-types=lit-html');
    assert.deepEqual(
      seen.record.violations.map((v) => [v.directive, v.sample]),
      [['trusted-types', 'lit-html']],
    );
    assert.equal(seen.log.errors.length, 1);
    assert.match(seen.log.errors[0], /Policy with name "lit-html" already exists/);
    assert.equal(seen.host.status, 'appropriate');
    assert.deepEqual(seen.host.errors, ['assessment']);
  });
});

// Issue 6, hostile host input: whatever a host page hands the widget (markup and script
// in every string it supplies, 100 sites, 10,000-character ids, wrong types, __proto__
// keys, broken rule sets) must end in a tpi-error or in plain text: never a created
// element, a run handler, an uncaught exception, or a lost user entry.
import { expect } from '@open-wc/testing';
import { registerTranslation } from '../../src/index.js';
import type { TpiGuide } from '../../src/index.js';
import type { Assessment, Ruleset } from '../../src/engine/index.js';
import { en } from '../../src/i18n/en.js';
import { control, deepAll, findingRadios, guide, record, settle, typeInto } from '../element/helpers.js';

declare global {
  interface Window {
    __hostileRan?: string;
  }
}

/** Markup, script and template tricks; each would set window.__hostileRan if it ever ran. */
const PAYLOADS = [
  '<img src=x onerror="window.__hostileRan=\'img\'">',
  '"><script>window.__hostileRan="script"</script>',
  'javascript:window.__hostileRan="url"',
  '<svg onload="window.__hostileRan=\'svg\'"></svg>',
  "'><iframe srcdoc=\"<script>parent.__hostileRan='iframe'</script>\"></iframe>",
  '<a href="javascript:window.__hostileRan=\'a\'">link</a>',
  '{{constructor}} {constructor} {__proto__} ${window.__hostileRan="tpl"}',
];
const ONE = PAYLOADS.join(' ');

/** Elements the widget never renders itself; any of them means host text became markup. */
const FOREIGN = 'img, script, iframe, svg, a, object, embed, style, link, b';
/** The body map's own drawings (its two views, its key's marks), which no host text can give that viewBox. */
const OWN_SVG = new Set(['-84 -6 168 412', '-8 -8 16 16']);
const own = (e: Element) => e.localName === 'svg' && e.getRootNode() instanceof ShadowRoot && (e.getRootNode() as ShadowRoot).host.localName === 'tpi-body-map' && OWN_SVG.has(e.getAttribute('viewBox') ?? '');

/** Attributes a browser follows as URLs (elsewhere "javascript:" is just text, e.g. a label). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** Uncaught errors and unhandled rejections while the returned list lives (call stop()). */
function uncaught() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * A pause long enough for an <img onerror> or <svg onload> to have fired. A timer, not
 * animation frames: a test page running beside another may get no frames at all.
 */
const frames = () => new Promise((done) => setTimeout(done, 50));

/** All visible text of the widget, through every shadow root, whitespace collapsed. */
function allText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** No host text became an element, an inline handler or a javascript: URL, and nothing ran. */
async function expectInert(el: TpiGuide): Promise<void> {
  await frames();
  expect(deepAll(el, FOREIGN).filter((e) => !own(e)).map((e) => e.localName)).to.deep.equal([]);
  for (const node of [el, ...deepAll(el, '*')]) {
    for (const attr of node.attributes) {
      expect(attr.name.startsWith('on'), `${node.localName}[${attr.name}]`).to.equal(false);
      if (URL_ATTRIBUTES.has(attr.name)) expect(/^\s*javascript:/i.test(attr.value), `${node.localName}[${attr.name}]`).to.equal(false);
    }
  }
  expect(window.__hostileRan).to.equal(undefined);
}

/** A widget the user has already typed into: one site added and examined, a weight. */
async function withUserEntries(): Promise<TpiGuide> {
  const el = await guide();
  (deepAll(el, 'button').find((b) => b.textContent?.trim() === 'Add site') as HTMLButtonElement).click();
  await settle(el);
  findingRadios(el, 'Taut band')[0]!.click();
  typeInto(control(el, 'Weight (kg)'), '68');
  await settle(el);
  expectUserEntries(el);
  return el;
}

/** The entries withUserEntries made are still the assessment and still in the form. */
function expectUserEntries(el: TpiGuide): void {
  expect(el.assessment.sites).to.have.length(1);
  expect(el.assessment.sites[0]!.findings.tautBand).to.equal(true);
  expect(el.assessment.patient?.weightKg).to.equal(68);
  expect(control(el, 'Weight (kg)').value).to.equal('68');
  expect(findingRadios(el, 'Taut band')[0]!.checked).to.equal(true);
}

/**
 * Runs `hostile` (what the host does) on a widget with user entries, and checks the
 * outcome: no throw out of the host's own call, no uncaught error, nothing run.
 * Returns the tpi-error and tpi-change events it caused.
 */
async function survive(el: TpiGuide, hostile: () => void) {
  const errors = record<CustomEvent>(el, 'tpi-error');
  const changes = record<CustomEvent>(el, 'tpi-change');
  const watch = uncaught();
  try {
    expect(hostile).to.not.throw();
    await settle(el);
    await expectInert(el);
  } finally {
    watch.stop();
  }
  expect(watch.seen).to.deep.equal([]);
  return { errors, changes };
}

afterEach(() => delete window.__hostileRan);

describe('hostile host strings are rendered as text', () => {
  it('site ids: every payload accepted, never shown (the sites go by their names), the sites still work', async () => {
    const el = await guide();
    const assessment: Assessment = {
      sites: PAYLOADS.map((id, i) => ({ id, muscle: i % 2 ? 'masseter' : 'upper-trapezius', findings: { tautBand: true, hypersensitiveSpot: true, painRecognition: true } })),
    };
    const { errors } = await survive(el, () => (el.assessment = assessment));
    expect(errors).to.have.length(0);
    const text = allText(el);
    for (const payload of PAYLOADS) expect(text).to.not.include(payload);
    expect(text).to.include('Upper trapezius (4)').and.include('Masseter (3)');
    // An edit reaches the site it was made on, whatever its id.
    await survive(el, () => findingRadios(el, 'Referred pain', 6)[0]!.click());
    expect(el.assessment.sites.map((s) => s.findings.referredPain)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined, true]);
    expect(el.assessment.sites.map((s) => s.id)).to.deep.equal(PAYLOADS);
  });

  it('every other string in the assessment: refused with tpi-error, the values echoed as text, user entries kept', async () => {
    const el = await withUserEntries();
    const bad = {
      sites: [{ id: 's1', muscle: ONE, side: ONE, findings: { [ONE]: true, tautBand: ONE } }],
      patient: { weightKg: ONE, [ONE]: true },
      symptoms: [ONE],
      priorInjections: [{ muscle: ONE, date: ONE, kind: ONE }],
      [ONE]: ONE,
    } as unknown as Assessment;
    const { errors } = await survive(el, () => (el.assessment = bad));
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('assessment');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('not accepted');
    expectUserEntries(el);
  });

  it('every UI string overridden by the host (strings property), in both audiences', async () => {
    const el = await withUserEntries();
    const strings = Object.fromEntries(Object.keys(en).map((key, i) => [key, `${PAYLOADS[i % PAYLOADS.length]} {id} {n} {constructor}`]));
    await survive(el, () => (el.strings = strings));
    expect(allText(el)).to.include(PAYLOADS[0]);
    // Placeholders name only the widget's own values, never the prototype's.
    expect(allText(el).includes('[native code]'), 'a placeholder printed a prototype function').to.equal(false);
    // The body map's strings too (its regions' names, its captions, its key).
    const showMap = () => (deepAll(el, 'button.map-toggle')[0] as HTMLButtonElement).click();
    await survive(el, showMap);
    expect(deepAll(el, 'tpi-body-map')).to.have.length(1);
    await survive(el, () => (el.audience = 'patient'));
    await survive(el, showMap);
    expect(allText(el)).to.include(PAYLOADS[1]);
    expect(allText(el).includes('[native code]'), 'a placeholder printed a prototype function').to.equal(false);
    await survive(el, () => (el.audience = 'clinician'));
    expect(el.assessment.patient?.weightKg).to.equal(68);
    // With the labels back, the form still holds what the user entered.
    await survive(el, () => (el.strings = undefined));
    expectUserEntries(el);
  });

  it('a registered translation full of payloads, chosen by a hostile lang attribute value too', async () => {
    const el = await withUserEntries();
    registerTranslation({ ...Object.fromEntries(Object.keys(en).map((key) => [key, ONE])), $code: 'zz-hostile' });
    await survive(el, () => el.setAttribute('lang', 'zz-hostile'));
    expect(allText(el)).to.include(PAYLOADS[2]);
    expect(el.assessment.patient?.weightKg).to.equal(68);
    await survive(el, () => el.setAttribute('lang', ONE));
    expect(allText(el)).to.include('Examined sites');
    expectUserEntries(el);
  });

  it('book-label, audience and today attributes', async () => {
    const el = await withUserEntries();
    await survive(el, () => el.setAttribute('audience', ONE));
    expectUserEntries(el);
    await survive(el, () => {
      el.setAttribute('book-label', ONE);
      el.setAttribute('audience', 'patient');
    });
    expect(deepAll(el, 'button.book')[0]!.textContent).to.equal(ONE);
    await survive(el, () => el.setAttribute('audience', 'clinician'));
    const { errors } = await survive(el, () => el.setAttribute('today', ONE));
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['assessment']);
    expectUserEntries(el);
  });

  it('a rule set whose texts are payloads: its ids refused or its texts shown as text', async () => {
    const el = await withUserEntries();
    const ruleset = structuredClone(el.ruleset) as Ruleset;
    const hostile = {
      ...ruleset,
      description: ONE,
      rules: ruleset.rules.map((rule) => ({
        ...rule,
        description: ONE,
        citations: [ONE],
        then: 'message' in rule.then ? { ...rule.then, message: ONE } : rule.then,
      })),
    };
    const { errors } = await survive(el, () => (el.ruleset = hostile));
    expect(errors).to.have.length(0);
    // Every "Why?": the one under the results and those beside each item.
    for (const why of deepAll(el, 'button[aria-expanded=false]:not(.toggle, .map-toggle)')) await survive(el, () => (why as HTMLButtonElement).click());
    expect(deepAll(el, '.why-panel').length).to.be.greaterThan(1);
    expect(allText(el)).to.include(PAYLOADS[3]);
    expectUserEntries(el);
    const refused = await survive(el, () => (el.ruleset = { ...hostile, id: ONE, version: ONE }));
    expect(refused.errors.map((e) => e.detail.source)).to.deep.equal(['ruleset']);
    expectUserEntries(el);
  });
});

describe('a hostile export context', () => {
  const throwing = new Proxy({}, { get: () => { throw new Error('hostile getter'); } });
  const CONTEXTS: [string, unknown][] = [
    ['payloads in every reference', { subject: ONE, encounter: { reference: ONE, display: ONE }, performer: [ONE] }],
    ['a payload as today and timestamp', { today: ONE, timestamp: ONE }],
    ['a number', 42],
    ['a string', 'Patient/1'],
    ['references of wrong types', { subject: 42, encounter: [], performer: () => 'x', today: 20261126, timestamp: {} }],
    ['a proxy that throws on every read', throwing],
  ];

  for (const [name, context] of CONTEXTS) {
    it(`${name}: the Export button ends in tpi-export or tpi-error, nothing rendered from it`, async () => {
      const el = await withUserEntries();
      const watch = uncaught();
      // Whichever comes first; both listeners go when it does.
      const stop = new AbortController();
      const outcome = new Promise<Event>((done) => {
        for (const type of ['tpi-export', 'tpi-error']) el.addEventListener(type, done, { signal: stop.signal });
      }).finally(() => stop.abort());
      try {
        (el as unknown as Record<string, unknown>).exportContext = context;
        (deepAll(el, 'button').find((b) => b.textContent?.trim() === 'Export as FHIR R4') as HTMLButtonElement).click();
        const event = (await outcome) as CustomEvent;
        await settle(el);
        await expectInert(el);
        if (event.type === 'tpi-error') {
          expect(event.detail.source).to.equal('exportContext');
          expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.not.equal('');
        } else {
          expect(event.detail.data.resourceType).to.equal('Bundle');
        }
      } finally {
        watch.stop();
      }
      expect(watch.seen).to.deep.equal([]);
      expectUserEntries(el);
    });
  }
});

describe('hostile host sizes', () => {
  it('100 sites render and can be edited', async () => {
    const el = await guide();
    const sites = Array.from({ length: 100 }, (_, i) => ({ id: `site-${i}`, muscle: i % 3 ? 'masseter' : 'levator-scapulae', side: i % 2 ? 'left' : 'right', findings: { tautBand: true } }) as const);
    // No timing assertion: speed is measured by `npm run bench`, never asserted here.
    const { errors } = await survive(el, () => (el.assessment = { sites: [...sites] }));
    expect(errors).to.have.length(0);
    expect(el.guidance!.sites).to.have.length(100);
    expect(deepAll(el, 'fieldset.tri').filter((f) => f.querySelector('legend')?.textContent?.trim() === 'Taut band')).to.have.length(100);
    findingRadios(el, 'Hypersensitive spot', 99)[0]!.click();
    await settle(el);
    expect(el.assessment.sites[99]!.findings).to.deep.equal({ tautBand: true, hypersensitiveSpot: true });
  });

  it('10,000-character ids and strings: refused with tpi-error or shown as text', async () => {
    const long = `${PAYLOADS[0]}${'x'.repeat(10_000)}`;
    const el = await withUserEntries();
    const { errors, changes } = await survive(el, () => (el.assessment = { sites: [{ id: long, muscle: 'masseter', findings: {} }] }));
    if (errors.length) {
      expect(changes).to.have.length(0);
      expectUserEntries(el);
    } else {
      expect(el.assessment.sites[0]!.id).to.equal(long);
      // Accepted and kept, but never shown: the site goes by its name.
      expect(allText(el)).to.not.include(long);
      expect(allText(el)).to.include('Masseter');
    }
    const other = await withUserEntries();
    const refused = await survive(other, () => (other.assessment = { sites: [{ id: 's', muscle: long, findings: {} }] } as unknown as Assessment));
    expect(refused.errors).to.have.length(1);
    expectUserEntries(other);
    await survive(other, () => other.setAttribute('book-label', long));
    await survive(other, () => (other.strings = { sites: long }));
    expect(allText(other)).to.include(long);
  });
});

describe('wrong types from the host', () => {
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile getter');
      },
      ownKeys() {
        throw new Error('hostile ownKeys');
      },
      getPrototypeOf() {
        throw new Error('hostile prototype');
      },
    },
  );
  const cyclic: Record<string, unknown> = { sites: [] };
  cyclic.self = cyclic;
  (cyclic.sites as unknown[]).push(cyclic);

  const ASSESSMENTS: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"sites":[]}'],
    ['an array', []],
    ['a function', () => ({ sites: [] })],
    ['a Date', new Date()],
    ['a Map', new Map([['sites', []]])],
    ['sites as a string', { sites: 'all' }],
    ['sites as an object', { sites: { 0: { id: 's', muscle: 'masseter', findings: {} } } }],
    ['a null site', { sites: [null] }],
    ['a site of wrong types', { sites: [{ id: 7, muscle: ['masseter'], side: true, findings: 'yes' }] }],
    ['a finding as text', { sites: [{ id: 's', muscle: 'masseter', findings: { tautBand: 'true' } }] }],
    ['weight as text, NaN, Infinity', { sites: [], patient: { weightKg: '70' } }],
    ['weight NaN', { sites: [], patient: { weightKg: Number.NaN } }],
    ['weight Infinity', { sites: [], patient: { weightKg: Number.POSITIVE_INFINITY } }],
    ['a prior injection dated with a number', { sites: [], priorInjections: [{ muscle: 'masseter', date: 20261001, kind: 'lidocaine' }] }],
    ['a cyclic object', cyclic],
    ['a proxy that throws on every read', throwing],
    ['sites as a throwing proxy', { sites: throwing }],
    ['a class instance', new (class Assessment { sites = [] })()],
  ];

  for (const [name, value] of ASSESSMENTS) {
    it(`assessment = ${name}: tpi-error, the user's entries kept`, async () => {
      const el = await withUserEntries();
      const { errors, changes } = await survive(el, () => (el.assessment = value as Assessment));
      expect(errors.map((e) => e.detail.source)).to.deep.equal(['assessment']);
      expect(changes).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('not accepted');
      expectUserEntries(el);
    });
  }

  const RULESETS: [string, unknown][] = [
    ['a number', 42],
    ['a string', 'default'],
    ['an array', []],
    ['an empty object', {}],
    ['rules as text', { id: 'r', version: '1.0.0', rules: 'all' }],
    ['no rules', { id: 'r', version: '1.0.0', rules: [] }],
    ['a rule with an unknown stage and fact', { id: 'r', version: '1.0.0', rules: [{ id: 'x', stage: 'nope', description: 'd', citations: ['c'], when: { fact: 'nope', op: 'eq', value: 1 }, then: {} }] }],
    ['10,000 rules', { id: 'r', version: '1.0.0', rules: Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}` })) }],
    ['a condition nested 10,000 deep', { id: 'r', version: '1.0.0', rules: [{ id: 'x', stage: 'warnings', description: 'd', citations: ['c'], when: Array.from({ length: 10_000 }).reduce((c) => ({ not: c }), { all: [] }), then: { warn: 'w', severity: 'info', message: 'm' } }] }],
    ['a cyclic object', cyclic],
    ['a proxy that throws on every read', throwing],
  ];

  for (const [name, value] of RULESETS) {
    it(`ruleset = ${name}: tpi-error, the previous rules and the user's entries kept`, async () => {
      const el = await withUserEntries();
      const guidance = el.guidance;
      const { errors } = await survive(el, () => (el.ruleset = value));
      expect(errors.map((e) => e.detail.source)).to.deep.equal(['ruleset']);
      expect(el.guidance!.rulesetVersion).to.equal(guidance!.rulesetVersion);
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('rule set from the host system was not accepted');
      expectUserEntries(el);
    });
  }

  const STRINGS: [string, unknown][] = [
    ['a number', 42],
    ['a string', 'hello'],
    ['an array', ['a', 'b']],
    ['null', null],
    ['values of wrong types', { sites: 42, 'site.add': null, 'site.id': 7, summary: {}, disclaimer: ['x'], 'state.yes': true, 'patient.title': 1 }],
    ['a proxy that throws on every read', throwing],
  ];

  for (const [name, value] of STRINGS) {
    it(`strings = ${name}: safe text, the user's entries kept`, async () => {
      const el = await withUserEntries();
      await survive(el, () => (el.strings = value as Record<string, string>));
      expect(allText(el)).to.include('Weight (kg)');
      expectUserEntries(el);
      await survive(el, () => (el.audience = 'patient'));
      await survive(el, () => (el.audience = 'clinician'));
      expectUserEntries(el);
    });
  }

  it('audience, today, book-label and hide-booking of wrong types: safe, the user entries kept', async () => {
    const el = await withUserEntries();
    const host = el as unknown as Record<string, unknown>;
    for (const value of [42, {}, [], null, true]) {
      await survive(el, () => (host.audience = value));
      await survive(el, () => (host.bookLabel = value));
      await survive(el, () => (host.hideBooking = value));
      await survive(el, () => (host.today = value));
    }
    await survive(el, () => {
      host.today = '2026-11-26';
      host.audience = 'clinician';
    });
    expectUserEntries(el);
  });
});

describe('__proto__ keys from the host', () => {
  afterEach(() => {
    for (const key of ['polluted', 'tautBand', 'summary']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('in an assessment: refused or ignored, and no prototype is polluted', async () => {
    const el = await withUserEntries();
    const json = '{"sites":[{"id":"s1","muscle":"masseter","findings":{"__proto__":{"tautBand":true}}}],"__proto__":{"polluted":"yes"},"patient":{"__proto__":{"anticoagulated":true}}}';
    const { errors, changes } = await survive(el, () => (el.assessment = JSON.parse(json) as Assessment));
    expect(errors.length + changes.length).to.equal(1);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).tautBand).to.equal(undefined);
    if (errors.length) expectUserEntries(el);
    else expect(el.assessment.sites[0]!.findings.tautBand).to.not.equal(true);
  });

  it('in strings and a rule set: no prototype is polluted, the user entries kept', async () => {
    const el = await withUserEntries();
    await survive(el, () => (el.strings = JSON.parse('{"__proto__":{"summary":"polluted"},"constructor":{"prototype":{"polluted":"yes"}}}')));
    const { errors } = await survive(el, () => (el.ruleset = JSON.parse('{"id":"r","version":"1.0.0","__proto__":{"polluted":"yes"},"rules":[{"__proto__":{"id":"x"}}]}')));
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['ruleset']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).summary).to.equal(undefined);
    expectUserEntries(el);
  });
});

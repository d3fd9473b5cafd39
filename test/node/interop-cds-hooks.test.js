// toCdsHooksCards, run on the built dist/interop.js with the built engine. The cards
// are checked against the rules of the CDS Hooks 2.0 specification (Card, Source,
// Suggestion, Action, Link and Coding attributes), and against the issue's own limits:
// one summary card, a second card only for critical findings, never a card per rule.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, defaultRuleset, MUSCLES } from '../../dist/engine.js';
import { toCdsHooksCards, SUMMARY_MAX } from '../../dist/interop.js';
import { VIGNETTES, TODAY, crowdedVignette } from './interop-vignettes.js';

const ALL = [...VIGNETTES, crowdedVignette(MUSCLES.map((m) => m.id))];
const RANK = { info: 0, warning: 1, critical: 2 };

const isString = (v) => typeof v === 'string';
const isAbsoluteUrl = (v) => isString(v) && /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkKeys(object, allowed, where, issues) {
  for (const key of Object.keys(object)) if (!allowed.includes(key)) issues.push(`${where}.${key}: not a CDS Hooks 2.0 attribute`);
}

function checkCoding(coding, where, issues, { displayRequired = false } = {}) {
  if (!coding || typeof coding !== 'object') return issues.push(`${where}: must be a Coding object`);
  if (!isString(coding.code)) issues.push(`${where}.code: required`);
  if (!isString(coding.system)) issues.push(`${where}.system: required`);
  if (displayRequired && !isString(coding.display)) issues.push(`${where}.display: required`);
}

/** Problems with one card under the CDS Hooks 2.0 Card rules; [] when it conforms. */
function cardIssues(card) {
  const issues = [];
  if (!card || typeof card !== 'object') return ['card: must be an object'];
  checkKeys(card, ['uuid', 'summary', 'detail', 'indicator', 'source', 'suggestions', 'selectionBehavior', 'overrideReasons', 'links', 'extension'], 'card', issues);
  if ('uuid' in card && !(isString(card.uuid) && UUID.test(card.uuid))) issues.push('card.uuid: must be a UUID');
  if (!isString(card.summary) || card.summary.trim() === '') issues.push('card.summary: required');
  else if (card.summary.length >= 140) issues.push(`card.summary: ${card.summary.length} characters, must be under 140`);
  if ('detail' in card && !isString(card.detail)) issues.push('card.detail: must be a (Markdown) string');
  if (!['info', 'warning', 'critical'].includes(card.indicator)) issues.push(`card.indicator: ${card.indicator} is not info, warning or critical`);
  const source = card.source;
  if (!source || typeof source !== 'object') issues.push('card.source: required');
  else {
    checkKeys(source, ['label', 'url', 'icon', 'topic', 'extension'], 'card.source', issues);
    if (!isString(source.label) || source.label.trim() === '') issues.push('card.source.label: required');
    if ('url' in source && !isAbsoluteUrl(source.url)) issues.push('card.source.url: must be an absolute URL');
    if ('icon' in source && !isAbsoluteUrl(source.icon)) issues.push('card.source.icon: must be an absolute URL');
    if ('topic' in source) checkCoding(source.topic, 'card.source.topic', issues);
  }
  if ('suggestions' in card) {
    if (!Array.isArray(card.suggestions)) issues.push('card.suggestions: must be an array');
    else {
      if (!['at-most-one', 'any'].includes(card.selectionBehavior)) issues.push('card.selectionBehavior: required (at-most-one or any) when suggestions are present');
      card.suggestions.forEach((s, i) => {
        const at = `card.suggestions[${i}]`;
        if (!isString(s?.label)) issues.push(`${at}.label: required`);
        if (s && 'isRecommended' in s && typeof s.isRecommended !== 'boolean') issues.push(`${at}.isRecommended: must be a boolean`);
        (s?.actions ?? []).forEach((a, j) => {
          if (!['create', 'update', 'delete'].includes(a?.type)) issues.push(`${at}.actions[${j}].type: must be create, update or delete`);
          if (!isString(a?.description)) issues.push(`${at}.actions[${j}].description: required`);
          if ((a?.type === 'create' || a?.type === 'update') && !a.resource) issues.push(`${at}.actions[${j}].resource: required for ${a.type}`);
        });
      });
    }
  } else if ('selectionBehavior' in card) {
    issues.push('card.selectionBehavior: only meaningful with suggestions');
  }
  if ('overrideReasons' in card) {
    if (!Array.isArray(card.overrideReasons)) issues.push('card.overrideReasons: must be an array');
    else card.overrideReasons.forEach((c, i) => checkCoding(c, `card.overrideReasons[${i}]`, issues, { displayRequired: true }));
  }
  if ('links' in card) {
    if (!Array.isArray(card.links)) issues.push('card.links: must be an array');
    else
      card.links.forEach((link, i) => {
        const at = `card.links[${i}]`;
        if (!isString(link?.label)) issues.push(`${at}.label: required`);
        if (!isAbsoluteUrl(link?.url)) issues.push(`${at}.url: required, an absolute URL`);
        if (!['absolute', 'smart'].includes(link?.type)) issues.push(`${at}.type: must be absolute or smart`);
        if (link && 'appContext' in link && link.type !== 'smart') issues.push(`${at}.appContext: only for smart links`);
      });
  }
  return issues;
}

const cardsOf = (vignette, options) => {
  const guidance = evaluate(vignette.assessment, { today: TODAY });
  return { guidance, cards: toCdsHooksCards(guidance, options) };
};

/** Markdown with its backslash escapes removed: the text a reader sees. */
const shown = (markdown) => markdown.replace(/\\(.)/g, '$1');

describe('the CDS Hooks 2.0 card checker', () => {
  const good = { summary: 'ok', indicator: 'info', source: { label: 'x' } };
  test('accepts a minimal card', () => assert.deepEqual(cardIssues(good), []));
  for (const [name, card] of [
    ['no summary', { ...good, summary: undefined }],
    ['a 140-character summary', { ...good, summary: 'x'.repeat(140) }],
    ['an unknown indicator', { ...good, indicator: 'hard-stop' }],
    ['no source', { ...good, source: undefined }],
    ['a source without label', { ...good, source: { url: 'https://example.org' } }],
    ['suggestions without selectionBehavior', { ...good, suggestions: [{ label: 'Order PT' }] }],
    ['a link of unknown type', { ...good, links: [{ label: 'More', url: 'https://example.org', type: 'relative' }] }],
    ['a link with a relative url', { ...good, links: [{ label: 'More', url: '/more', type: 'absolute' }] }],
    ['a uuid that is not one', { ...good, uuid: 'card-1' }],
    ['an attribute the specification does not define', { ...good, severity: 'info' }],
    ['an override reason without display', { ...good, overrideReasons: [{ code: 'x', system: 'y' }] }],
  ]) {
    test(`rejects ${name}`, () => assert.notDeepEqual(cardIssues(card), []));
  }
});

describe('toCdsHooksCards', () => {
  test('every card of every vignette conforms to CDS Hooks 2.0', () => {
    for (const vignette of ALL) {
      for (const card of cardsOf(vignette).cards) assert.deepEqual(cardIssues(card), [], vignette.name);
      for (const card of cardsOf(vignette, { hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea' }).cards) {
        assert.deepEqual(cardIssues(card), [], vignette.name);
      }
    }
  });

  test('one summary card, and a second only when a critical safety finding exists', () => {
    let withCritical = 0;
    for (const vignette of ALL) {
      const { guidance, cards } = cardsOf(vignette);
      const critical = guidance.warnings.filter((w) => w.severity === 'critical');
      assert.equal(cards.length, critical.length ? 2 : 1, vignette.name);
      if (critical.length) {
        withCritical++;
        assert.equal(cards[1].indicator, 'critical');
        for (const w of critical) assert.ok(shown(cards[1].detail).includes(w.message), w.id);
      }
    }
    assert.ok(withCritical >= 3);
  });

  test('never a card per rule: eleven warnings still give one card', () => {
    const many = VIGNETTES.find((v) => v.name.startsWith('many relative'));
    const { guidance, cards } = cardsOf(many);
    assert.ok(guidance.warnings.length >= 10 && guidance.trace.length > 10);
    assert.equal(cards.length, 1);
  });

  test('the summary card indicator is the worst warning severity, info without warnings', () => {
    for (const vignette of ALL) {
      const { guidance, cards } = cardsOf(vignette);
      const worst = guidance.warnings.reduce((w, x) => (RANK[x.severity] > RANK[w] ? x.severity : w), 'info');
      assert.equal(cards[0].indicator, worst, vignette.name);
      if (vignette.expect.worst) assert.equal(worst, vignette.expect.worst, vignette.name);
    }
  });

  test('the source label names the rule set version', () => {
    for (const vignette of ALL) {
      for (const card of cardsOf(vignette).cards) assert.ok(card.source.label.includes(defaultRuleset.version));
    }
    const guidance = { ...evaluate(VIGNETTES[0].assessment, { today: TODAY }), rulesetVersion: '9.8.7-clinic.2' };
    assert.match(toCdsHooksCards(guidance)[0].source.label, /9\.8\.7-clinic\.2/);
  });

  test('the detail gives the reasons: eligibility, every warning, every site and candidate condition', () => {
    for (const vignette of ALL) {
      const { guidance, cards } = cardsOf(vignette);
      const text = shown(cards[0].detail);
      for (const w of guidance.warnings) assert.ok(text.includes(w.message), `${vignette.name}: ${w.id}`);
      for (const s of guidance.sites) assert.ok(text.includes(`site ${s.id}`), `${vignette.name}: ${s.id}`);
      for (const c of guidance.conditions) for (const code of c.icd10) assert.ok(text.includes(code), code);
      assert.ok(text.includes(guidance.rulesetVersion));
    }
  });

  test('summaries stay under 140 characters, even with very long messages and many sites', () => {
    for (const vignette of ALL) for (const card of cardsOf(vignette).cards) assert.ok(card.summary.length <= SUMMARY_MAX);
    const base = evaluate(crowdedVignette(MUSCLES.map((m) => m.id)).assessment, { today: TODAY });
    for (const message of ['word '.repeat(200), 'x'.repeat(500), '😀'.repeat(300), `${'a'.repeat(137)} 😀😀 tail`]) {
      const guidance = { ...base, warnings: [{ id: 'systemic-infection', severity: 'critical', message }] };
      for (const card of toCdsHooksCards(guidance)) {
        assert.ok(card.summary.length < 140, `${card.summary.length}`);
        assert.doesNotMatch(card.summary, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no broken surrogate pair');
      }
    }
  });

  test('host strings cannot inject Markdown links, images or HTML into the detail', () => {
    const { cards } = cardsOf(crowdedVignette(MUSCLES.map((m) => m.id)));
    for (const card of cards) {
      assert.doesNotMatch(card.detail, /(?<!\\)\]\(/, 'no unescaped link syntax');
      assert.doesNotMatch(card.detail, /(?<!\\)<img/, 'no raw HTML');
      assert.doesNotMatch(card.detail, /(?<!\\)\*\*very long/, 'no emphasis from host text');
    }
  });

  test('is deterministic: uuids only from a hookInstance, and then stable and distinct', () => {
    const vignette = VIGNETTES.find((v) => v.expect.worst === 'critical');
    assert.deepEqual(cardsOf(vignette).cards, cardsOf(vignette).cards);
    assert.ok(cardsOf(vignette).cards.every((c) => !('uuid' in c)));
    const a = cardsOf(vignette, { hookInstance: 'hook-1' }).cards;
    const b = cardsOf(vignette, { hookInstance: 'hook-2' }).cards;
    assert.deepEqual(a, cardsOf(vignette, { hookInstance: 'hook-1' }).cards);
    assert.notEqual(a[0].uuid, a[1].uuid);
    assert.notEqual(a[0].uuid, b[0].uuid);
  });
});

describe('card wording (clinical review, engine contract v2)', () => {
  const one = (assessment) => shown(toCdsHooksCards(evaluate(assessment, { today: TODAY }))[0].summary + '\n' + toCdsHooksCards(evaluate(assessment, { today: TODAY }))[0].detail);
  const active = { tautBand: true, hypersensitiveSpot: true, referredPain: true, painRecognition: true };

  test('"may be appropriate", never "appropriate" bare; sites are candidates for injection, never "indicated"', () => {
    for (const vignette of ALL) {
      const text = shown(cardsOf(vignette).cards.map((c) => `${c.summary}\n${c.detail}`).join('\n'));
      assert.doesNotMatch(text, /(?<!may be )\bappropriate\b/i, vignette.name);
      assert.doesNotMatch(text, /(?<!not[ -])\bindicated\b/i, vignette.name);
    }
    const text = one({ conservativeCareTried: true, sites: [{ id: 'a', muscle: 'infraspinatus', findings: active }] });
    assert.match(text, /^Trigger point injection may be appropriate \(1 candidate site\)/);
    assert.match(text, /candidate for injection/);
  });

  test('the lidocaine ceiling is the session total, all sites together', () => {
    const text = one({ patient: { weightKg: 60 }, conservativeCareTried: true, sites: [{ id: 'a', muscle: 'infraspinatus', findings: active }] });
    assert.match(text, /at most 270 mg plain lidocaine in total for the session, all sites together/);
  });

  test('NSAIDs: avoid in pregnancy; more bleeding with an antiplatelet medicine', () => {
    const text = one({ patient: { pregnant: true, antiplatelet: true }, sites: [] });
    assert.match(text, /NSAIDs \(caution: more bleeding with an antiplatelet medicine, avoid in pregnancy\)/);
  });

  test('with an anesthetic allergy the corticosteroid is available, without a local anesthetic mixed in', () => {
    const text = one({ patient: { localAnestheticAllergy: true }, conservativeCareTried: true, sites: [{ id: 'a', muscle: 'infraspinatus', findings: active }] });
    assert.match(text, /Injection with a corticosteroid: available \(inject it without a local anesthetic mixed in\)/);
    assert.match(text, /Injection with lidocaine: not available \(anesthetic-allergy\)/);
  });
});

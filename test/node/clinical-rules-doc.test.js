// docs/clinical-rules.md documents every rule of the default rule set, and only those:
// a rule added without its entry, or an entry left behind by a removed rule, fails here,
// as does a citation the page does not list in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { defaultRuleset } = await import('../../dist/engine.js');
const doc = readFileSync(new URL('../../docs/clinical-rules.md', import.meta.url), 'utf8');

/** The text of one `## ` section of the page. */
function section(title) {
  const start = doc.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `docs/clinical-rules.md has a "${title}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** Rule ids: the first cell of each table row under "The rules, by id". */
const documented = [...section('The rules, by id').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
const ruleIds = defaultRuleset.rules.map((r) => r.id);

test('every rule of the default rule set is documented by its id', () => {
  assert.deepEqual(ruleIds.filter((id) => !documented.includes(id)), []);
});

test('every documented rule id still exists in the default rule set', () => {
  assert.deepEqual(documented.filter((id) => !ruleIds.includes(id)), []);
  assert.equal(new Set(documented).size, documented.length, 'each rule is documented once');
});

test('rules are documented in rule-set order', () => {
  assert.deepEqual(documented, ruleIds);
});

test('each rule row names exactly the citations the rule carries', () => {
  const rows = new Map([...section('The rules, by id').matchAll(/^\| `([^`]+)` \|(.*)$/gm)].map((m) => [m[1], m[2]]));
  for (const rule of defaultRuleset.rules.filter((r) => rows.has(r.id))) {
    const cites = rows.get(rule.id).split('|').at(-2);
    assert.deepEqual([...cites.matchAll(/`([^`]+)`/g)].map((m) => m[1]), rule.citations, rule.id);
  }
});

test('every citation is listed in full under Sources, or explained under Design choices', () => {
  const sources = section('Sources');
  const choices = section('Design choices');
  for (const citation of new Set(defaultRuleset.rules.flatMap((r) => r.citations))) {
    const where = citation.startsWith('tpi-guide design choice: ') ? choices : sources;
    assert.ok(where.includes(`\`${citation}\``), `"${citation}" is explained`);
  }
});

test('the page states the rule set version it documents', () => {
  assert.match(doc, new RegExp(`version \\*\\*${defaultRuleset.version.replace(/\./g, '\\.')}\\*\\*`));
});

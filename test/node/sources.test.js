// The citation table of the engine (src/engine/sources.ts): every citation of the
// default rules resolves, to a published source in full or to one of the project's
// design choices, so no "Why?" explanation falls back to a bare short form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCES, citation, defaultRuleset } from '../../dist/engine.js';

test('every citation of the default rules is a source in full or a named design choice', () => {
  const unresolved = [...new Set(defaultRuleset.rules.flatMap((rule) => rule.citations))].filter((text) => citation(text).kind === 'unknown');
  assert.deepEqual(unresolved, []);
});

test('every source in the table is cited by a rule, and links over https', () => {
  const cited = new Set(defaultRuleset.rules.flatMap((rule) => rule.citations));
  assert.deepEqual(Object.keys(SOURCES).filter((text) => !cited.has(text)), []);
  for (const source of Object.values(SOURCES)) if (source.url) assert.match(source.url, /^https:\/\/[\w.-]+\//);
});

test('a citation the table does not know (a host rule set’s own) is unknown, shown as written', () => {
  assert.deepEqual(citation('Our clinic protocol 2025'), { kind: 'unknown' });
  assert.deepEqual(citation('tpi-guide design choice: something new'), { kind: 'unknown' });
  assert.equal(citation('constructor').kind, 'unknown');
});

// The built engine runs in Node 20 with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('dist/engine.js imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const engine = await import('../../dist/engine.js');
  assert.equal(typeof engine, 'object');
});

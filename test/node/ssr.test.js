// SSR safety: the package's entry points import in plain Node (no DOM), as a server
// renderer or a Node build step would. Lit's "node" export condition supplies the
// minimal customElements/HTMLElement it needs; the guarded define must not throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('tpi-guide imports without a DOM and registers through the guard', async () => {
  const mod = await import('tpi-guide');
  assert.equal(typeof mod.TpiGuide, 'function');
  assert.equal(typeof mod.registerTranslation, 'function');
  // Lit's Node shim provides a registry; the element is defined once in it.
  assert.equal(globalThis.customElements?.get('tpi-guide'), mod.TpiGuide);
  // A second registration is refused quietly (the guard), not thrown.
  assert.equal(mod.defineOnce('tpi-guide', mod.TpiGuide), false);
});

test('tpi-guide/engine imports and evaluates without a DOM', async () => {
  const { evaluate } = await import('tpi-guide/engine');
  const guidance = evaluate({ sites: [] }, { today: '2026-11-26' });
  assert.equal(guidance.eligibility.status, 'not-indicated');
});

test('tpi-guide/i18n/es imports without a DOM and registers Spanish', async () => {
  const { es } = await import('tpi-guide/i18n/es');
  assert.equal(es.$code, 'es');
});

test('tpi-guide/react imports without a DOM', async () => {
  const { TpiGuide } = await import('tpi-guide/react');
  assert.equal(TpiGuide.displayName, 'TpiGuide');
});

// The patient self-check from the built engine (tpi-guide/engine) in Node, with no DOM:
// what a server would call to triage answers before it offers a booking.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const engine = await import('../../dist/engine.js');

test('tpi-guide/engine exports the self-check of contract v2', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  for (const name of ['suggestBooking', 'validateAnswers', 'SelfCheckError']) assert.equal(typeof engine[name], 'function', name);
  assert.deepEqual([...engine.SELF_CHECK_FLAGS].sort(), ['anticoagulated', 'antiplatelet', 'bleedingDisorder', 'localAnestheticAllergy', 'needlePhobia', 'pregnant']);
  assert.equal(engine.RED_FLAG_IDS.length, 10);
  assert.equal(engine.RED_FLAG_LEVEL['chest-breathing'], 'emergency');
});

test('sends a red flag to care and a routine answer to a visit', () => {
  const emergency = engine.suggestBooking({ redFlags: ['chest-breathing'], spreads: 'yes', triedCare: 'yes' });
  assert.equal(emergency.level, 'emergency');
  assert.equal(emergency.service, null);
  assert.ok(emergency.trace[0].citations.some((c) => c.includes('Circulation 2021;144:e368')));
  const urgent = engine.suggestBooking({ redFlags: ['fever'] });
  assert.deepEqual([urgent.level, urgent.service], ['urgent', null]);
  const routine = engine.suggestBooking({ spreads: 'yes', triedCare: 'yes', duration: 'over-12-weeks' });
  assert.deepEqual([routine.level, routine.service, routine.reasons], ['routine', 'trigger-point-assessment', ['spreads']]);
  assert.deepEqual(engine.suggestBooking({}), { level: 'routine', service: 'consultation', reasons: [], trace: [] });
});

test('refuses bad answers with SelfCheckError and its paths', () => {
  assert.throws(
    () => engine.suggestBooking({ flags: ['systemicInfection'], duration: 'long' }),
    (e) => e instanceof engine.SelfCheckError && e.name === 'SelfCheckError' && JSON.stringify(e.issues.map((i) => i.path)) === '[["flags",0],["duration"]]',
  );
});

// The repository must stand on its own: a person who clones it has only its files, so
// no source, test or document may send a reader to notes that live outside it.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const OUTSIDE = /\.\.\/shared\/|\bshared\/(engine-contract|clinical-knowledge|self-check-contract|element-contract|engine-examples|seed)\b/;

test('no file in src, test, docs, demo or the READMEs points at notes outside the repository', () => {
  const files = execFileSync('git', ['ls-files', 'src', 'test', 'docs', 'demo', 'bench', 'scripts', '*.md'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('.png') && f !== 'test/node/self-contained.test.js');
  const offenders = files.filter((f) => OUTSIDE.test(execFileSync('git', ['show', `:${f}`], { encoding: 'utf8', maxBuffer: 1 << 26 })));
  assert.deepEqual(offenders, []);
});

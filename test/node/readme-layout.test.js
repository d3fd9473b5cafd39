// README's "Layout" table and src/engine/README.md's "Files" table against the tree:
// every path they name exists, and every folder of the project is named — by README, or
// for a folder inside src/engine/, by the engine's README. A folder counts as named when
// a row names it or anything inside it, so a new folder fails here until a row says
// what it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Made by installs and builds, or not part of the project's source.
const GENERATED = new Set(['node_modules', 'dist', 'coverage']);

/** The backticked paths in the first cell of each row of the table under `## heading` in `file`. */
function tablePaths(file, heading) {
  const text = readFileSync(join(root, file), 'utf8');
  const section = text.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section, `${file} has a "## ${heading}" section`);
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  assert.ok(rows.length > 0, `${file}'s ${heading} section has a table`);
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** Every folder below `dir` (relative to the root, with a trailing slash), depth first. */
function folders(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !GENERATED.has(entry.name))
    .flatMap((entry) => {
      const path = `${dir}${entry.name}/`;
      return [path, ...folders(path)];
    });
}

const layout = tablePaths('README.md', 'Layout');
const engineFiles = tablePaths('src/engine/README.md', 'Files').map((p) => posix.join('src/engine', p));
const named = (folder, paths) => paths.some((p) => p.startsWith(folder));

test('every path the layout tables name exists', () => {
  const missing = [...layout, ...engineFiles].filter((p) => !existsSync(join(root, p)));
  assert.deepEqual(missing, [], 'named in README.md "Layout" or src/engine/README.md "Files", but not in the tree');
});

test("every folder of the project is named in README's layout (inside src/engine/, in the engine's README)", () => {
  const all = folders('');
  assert.ok(all.includes('src/engine/interop/from-fhir/'), 'the walk reaches nested folders');
  const unnamed = all.filter((folder) =>
    folder.startsWith('src/engine/') ? !named(folder, engineFiles) : !named(folder, layout),
  );
  assert.deepEqual(unnamed, [], 'folders no row names: add a row saying what each holds');
});

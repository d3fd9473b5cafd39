// README's API tables and custom-elements.json (written by `npm run build`) must list
// the same attributes, properties, events, parts, custom properties and slots of
// <tpi-guide>, both ways: nothing undocumented, nothing documented that is gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tpi-guide');

/** The rows of the table under `### heading` in README's "## API" section, as arrays of cells. */
function rows(heading) {
  const api = readme.split(/^## /m).find((part) => part.startsWith('API\n'));
  assert.ok(api, 'README has an "## API" section');
  const section = api.split(/^### /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section !== undefined, `README's API section has "### ${heading}"`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** The first backticked name in each row's first cell. */
const names = (heading) => rows(heading).map(([first]) => /`([^`]+)`/.exec(first)[1]);

const sorted = (list) => [...list].sort();

test('the manifest describes <tpi-guide>', () => {
  assert.ok(element, 'custom-elements.json declares tpi-guide (run npm run build)');
});

test('only public elements reach the manifest: no inner part, no internal module', () => {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement || d.tagName).map((d) => `${m.path}: ${d.tagName}`));
  assert.deepEqual(elements, ['src/components/tpi-guide.ts: tpi-guide']);
  assert.deepEqual(
    manifest.modules.map((m) => m.path).filter((path) => path.includes('/internal/')),
    [],
  );
});

test('attributes: the README table and the manifest agree, with their properties', () => {
  assert.deepEqual(sorted(names('Attributes')), sorted(element.attributes.map((a) => a.name)));
  const documented = Object.fromEntries(rows('Attributes').map(([attr, prop]) => [attr.replaceAll('`', ''), prop.replaceAll('`', '')]));
  for (const a of element.attributes) assert.equal(documented[a.name], a.fieldName, `property of attribute ${a.name}`);
});

test('properties: the README table and the manifest agree', () => {
  const publicFields = element.members.filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public'));
  assert.deepEqual(sorted(names('Properties')), sorted(publicFields.map((m) => m.name)));
});

test('events: the README table and the manifest agree, each with a typed detail', () => {
  assert.deepEqual(sorted(names('Events')), sorted(element.events.map((e) => e.name)));
  for (const [name, detail] of rows('Events')) assert.match(detail, /`Tpi\w+Detail`/, `detail type of ${name}`);
  for (const event of element.events) assert.ok(event.type?.text, `the manifest types ${event.name}`);
});

test('CSS parts: the README table and the manifest agree', () => {
  assert.deepEqual(sorted(names('CSS parts')), sorted((element.cssParts ?? []).map((p) => p.name)));
});

test('CSS custom properties: the README table and the manifest agree', () => {
  assert.deepEqual(sorted(names('CSS custom properties')), sorted((element.cssProperties ?? []).map((p) => p.name)));
});

test('slots: the README and the manifest agree', () => {
  assert.deepEqual(sorted(names('Slots')), sorted((element.slots ?? []).map((s) => s.name)));
});

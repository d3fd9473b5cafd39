// No function in src/ is longer than 60 lines, so each one can be read, tested and
// changed as one job.
//
// The rule, as measured here: every .ts file under src/ is parsed with the TypeScript
// compiler; each function declaration, function expression, arrow function, method,
// constructor, getter and setter is measured from the first character of its
// declaration (modifiers and signature included, leading comments left out) to its
// closing brace, and that text may span at most 60 lines. A nested function counts
// both on its own and inside the function that holds it. Blank lines and comments
// inside the body count too: the limit is on what a reader has to scroll through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MAX_LINES = 60;
const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** Every .ts file below `dir`, depth first. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const measured = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

/** A readable name for a function node: its own name, or the name it is assigned to. */
function nameOf(node, source) {
  if (node.kind === ts.SyntaxKind.Constructor) return 'constructor';
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent.name.getText(source);
  }
  return '(anonymous)';
}

/** Every measured function in `text`, as { name, line, lines }. */
function functionSpans(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const spans = [];
  const visit = (node) => {
    if (measured.has(node.kind) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      spans.push({ name: nameOf(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

/** The functions of one file that span more than MAX_LINES lines, as `path:line name (N lines)`. */
function longFunctions(file) {
  return functionSpans(file, readFileSync(file, 'utf8'))
    .filter((span) => span.lines > MAX_LINES)
    .map((span) => `${relative(root, file)}:${span.line} ${span.name} (${span.lines} lines)`);
}

test('the measure counts a function from its declaration to its closing brace, nested ones too', () => {
  const statements = (n) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
  const text = [
    '/** A doc comment is not counted. */',
    `export function outer(): void {`,
    statements(3),
    '  const inner = () => {',
    statements(2),
    '  };',
    '  inner();',
    '}',
    'class C {',
    '  get value(): number {',
    '    return 1;',
    '  }',
    '}',
  ].join('\n');
  assert.deepEqual(functionSpans('sample.ts', text), [
    { name: 'outer', line: 2, lines: 10 },
    { name: 'inner', line: 6, lines: 4 },
    { name: 'value', line: 13, lines: 3 },
  ]);
});

test(`no function, method, arrow function or accessor in src/ spans more than ${MAX_LINES} lines`, () => {
  const files = tsFiles(src);
  assert.ok(files.length > 50, `found the sources (${files.length} .ts files under src/)`);
  const long = files.flatMap(longFunctions);
  assert.deepEqual(long, [], `split these into functions that each do one job:\n${long.join('\n')}`);
});

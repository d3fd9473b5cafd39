// `cem analyze` (run by `npm run build`): custom-elements.json, the machine-readable API
// of <tpi-guide> (attributes, properties, events with their types, parts, custom
// properties) for IDEs and tools; test/node/readme-api.test.js checks the README against it.
// Only the public modules: the element, its registration, its events and the strings
// context a host may provide. The inner parts (src/components/internal/) are not API:
// they stay out, so tools offer only <tpi-guide>.

/**
 * The analyzer reads two things literally that are not API: the guarded
 * `customElements.define(tag, ctor)` inside defineOnce (it is not a definition of a
 * tag named "tag"), and `dispatchEvent(new TpiChangeEvent(…))`, an event with a type
 * and no name (the named, typed one comes from `@fires`). Drop both, and record the
 * real definition: src/define.ts registers TpiGuide (whose JSDoc says `@tag tpi-guide`).
 * It also copies an event's inherited `detail` typed as the base's parameter (`Detail`
 * of TpiEvent<Detail>): each event's own detail type is written in instead.
 */
function tpiGuideCleanup() {
  /** Each event class's detail type: the type argument of its `extends TpiEvent<…>`. */
  const details = new Map();
  return {
    name: 'tpi-guide-cleanup',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (base?.expression.getText() === 'TpiEvent' && base.typeArguments?.length === 1) {
        details.set(node.name.getText(), base.typeArguments[0].getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name !== 'tag');
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name);
          // The inherited `detail` is typed by the base's parameter; name the event's own type.
          const detail = details.get(decl.name) && decl.members?.find((m) => m.name === 'detail' && m.inheritedFrom?.name === 'TpiEvent');
          if (detail) detail.type = { text: details.get(decl.name) };
          if (decl.tagName) {
            const define = customElementsManifest.modules.find((m) => m.path === 'src/define.ts');
            define?.exports?.push({
              kind: 'custom-element-definition',
              name: decl.tagName,
              declaration: { name: decl.name, module: mod.path },
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/components/*.ts', 'src/events/*.ts', 'src/context/strings-context.ts'],
  exclude: ['src/components/internal/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tpiGuideCleanup()],
};

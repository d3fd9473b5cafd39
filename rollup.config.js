// Bundles built from the modules that `tsc -p tsconfig.build.json` emits into dist/:
// - dist/engine.js: the DOM-free engine alone (no Lit), for Node and browsers.
// - dist/tpi-guide.min.js: the standalone element, Lit inside, for a plain
//   <script type="module"> on a page with no build step.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { basename, dirname } from 'node:path';

const terserOptions = {
  module: true,
  ecma: 2022,
  compress: { passes: 2 },
  format: { comments: false },
};

export default [
  {
    input: 'dist/engine/index.js',
    output: { file: 'dist/engine.js', format: 'es', sourcemap: true },
  },
  // dist/interop.js: FHIR R4 and CDS Hooks export, apart so the engine stays small.
  {
    input: 'dist/engine/interop/index.js',
    output: { file: 'dist/interop.js', format: 'es', sourcemap: true },
  },
  // The FHIR / CDS Hooks exporter is a dynamic import in the element, so it becomes its
  // own chunk (dist/chunks/), fetched from beside the bundle on the first Export only.
  {
    input: 'dist/index.js',
    // The entry may export more than its own names (what the exporter chunk imports back
    // from it), so the element stays in tpi-guide.min.js rather than in a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      // Fewer requests, no byte more for any audience: what both audiences' chunks
      // share (the parts' base class, the body map's show/hide button, the engine's id
      // lists, the schema and condition checks the self-check uses too) rides in the entry. A clinician page's first
      // render needs its parts, the engine (with the root's assessment state, the
      // assessment check and the vocabularies), the catalog both share, and the contexts
      // between them: one chunk, one request, and about 0.9 KB less gzip than three
      // files compressed apart. The exporter's fromFhir and the rule-set validator
      // import from it, but load only after it has. A patient page loads it only if its
      // host sets `assessment` or `ruleset`, or exports.
      manualChunks(id) {
        if (/[\\/]dist[\\/](index|components[\\/]internal[\\/](part|body-map[\\/]shown)|engine[\\/](types|schema|conditions))\.js$/.test(id)) return 'tpi-guide';
        // Named first, so that the engine's index (which the clinician parts import)
        // does not draw them into the clinician chunk: the other chunks, as before.
        if (/[\\/]dist[\\/](components[\\/]internal[\\/]patient[\\/]|engine[\\/]self-check[\\/]|i18n[\\/]en-patient\.js$)/.test(id)) return 'patient';
        if (/[\\/]dist[\\/](components[\\/]internal[\\/]why[\\/]|engine[\\/]sources\.js$|i18n[\\/]en-why\.js$)/.test(id)) return 'why';
        if (/[\\/]dist[\\/](components[\\/]internal[\\/]ruleset-check\.js$|engine[\\/](validate-ruleset\.js$|ruleset[\\/]))/.test(id)) return 'ruleset-check';
        // The body map's places (engine/catalog/body-map.js) go with the map's own chunk.
        if (/[\\/]dist[\\/](engine[\\/]catalog[\\/](?!body-map\.js$)|components[\\/]internal[\\/](clinician[\\/]|engine\.js$)|engine[\\/](validate-assessment|dates|vocab)\.js$|context[\\/](assessment|editor|guidance|ruleset)-context\.js$)/.test(id)) return 'clinician';
      },
      dir: 'dist',
      entryFileNames: 'tpi-guide.min.js',
      // A chunk made from an `index` module is named after its folder (clinician, patient, interop).
      chunkFileNames: ({ name, facadeModuleId }) => `chunks/${name === 'index' && facadeModuleId ? basename(dirname(facadeModuleId)) : name}-[hash].min.js`,
      format: 'es',
      sourcemap: true,
    },
    // Lit's production build: the default export condition, never "development". The
    // components' html`` and css`` literals are written readably and minified here, at
    // build time (whitespace, CSS), before terser; a literal the minifier cannot parse
    // fails the build rather than shipping unminified.
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      minifyHTML({ include: ['dist/components/**', 'dist/styles/**'], failOnError: true }),
      terser(terserOptions),
    ],
  },
  // dist/i18n/es.min.js: Spanish for pages that load tpi-guide.min.js by script tag. It
  // must register into that bundle's registry, not a copy of its own, so its one import
  // (registerTranslation, which the standalone bundle exports) points at ../tpi-guide.min.js.
  {
    input: 'dist/i18n/es.js',
    external: (id) => /(^|[\\/])registry\.js$/.test(id),
    output: { file: 'dist/i18n/es.min.js', format: 'es', sourcemap: true, paths: () => '../tpi-guide.min.js' },
    plugins: [terser(terserOptions)],
  },
];

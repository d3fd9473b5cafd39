// Builds what the bench needs beside dist/ into .bench/, with the very plugins (node
// resolve with Lit's production exports, terser settings) that rollup.config.js uses
// for dist/tpi-guide.min.js: Lit alone (the size floor) and the bare form page element.
import { rollup } from 'rollup';
import config from '../rollup.config.js';

// The standalone bundle's entry: the element's public module, bundled with Lit inside.
const standalone = config.find((entry) => entry.input === 'dist/index.js' && entry.plugins?.length);
if (!standalone) throw new Error('bench: rollup.config.js has no entry for dist/index.js (the standalone bundle)');

/** Bundles `input` to `file` exactly as the standalone element is bundled. */
async function bundle(input, file) {
  const build = await rollup({ input, plugins: standalone.plugins, onwarn: standalone.onwarn });
  try {
    await build.write({ file, format: 'es' });
  } finally {
    await build.close();
  }
  return file;
}

/** Builds .bench/lit.js and .bench/bare-form.js; returns their paths. */
export async function buildBenchBundles() {
  return {
    lit: await bundle('bench/lit-entry.js', '.bench/lit.js'),
    bareForm: await bundle('bench/bare-form.js', '.bench/bare-form.js'),
  };
}

import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.js';

const executablePath = findChrome();
if (!executablePath) throw new Error('No Chromium found: run `npm test`, which installs one, or set CHROME_PATH.');

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // An explicit target, or standard decorators reach Chromium untranspiled.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
};

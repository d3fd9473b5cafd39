// Where the test browser lives: $CHROME_PATH first, then Debian's chromium.
import { existsSync } from 'node:fs';

export const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

/**
 * Flags for every headless Chromium the project starts (tests, bench): root needs
 * --no-sandbox; the rest keep Chromium from reaching for the (closed) network.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | undefined} the first browser executable that exists */
export function findChrome() {
  return CANDIDATES.find((path) => existsSync(path));
}

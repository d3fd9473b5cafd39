// Where the test browser lives: $CHROME_PATH first, then Debian's chromium.
import { existsSync } from 'node:fs';

export const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

/** @returns {string | undefined} the first browser executable that exists */
export function findChrome() {
  return CANDIDATES.find((path) => existsSync(path));
}

// Installs what a fresh clone is missing, so `npm start` and `npm test` are the only
// commands a person (or CI) needs. Node built-ins only: it runs before node_modules exists.
//   node scripts/ensure-deps.js            → npm ci when node_modules is absent or stale
//   node scripts/ensure-deps.js --browser  → and a Chromium for the browser tests
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChrome } from './find-chrome.js';

const root = new URL('..', import.meta.url);
const lockFile = new URL('package-lock.json', root);
const stamp = new URL('node_modules/.tpi-guide-lock-hash', root);

function run(cmd) {
  console.log(`[setup] ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

function ensureNodeModules() {
  const hash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');
  const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (installed === hash && existsSync(new URL('node_modules/.bin', root))) return;
  run('npm ci --no-audit --no-fund');
  writeFileSync(stamp, hash + '\n');
}

function ensureBrowser() {
  if (findChrome()) return;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    if (findChrome()) return;
  }
  console.error(
    '[setup] No Chromium found for the browser tests.\n' +
      '  Set CHROME_PATH to a Chrome or Chromium executable, or install one:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   macOS: install Google Chrome and\n' +
      '  export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
  );
  process.exit(1);
}

ensureNodeModules();
if (process.argv.includes('--browser')) ensureBrowser();

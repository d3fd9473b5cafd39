/// <reference types="node" />
// `npm run serve:cds`: the CDS Hooks service on 127.0.0.1, configured by flags, the
// environment and an optional JSON file; prints its discovery URL. docs/cds-service.md.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TrustedIssuer } from './options.js';
import { startCdsServer, type RunningCdsServer, type StartOptions } from './server.js';

/** The public CDS Hooks sandbox (sandbox.cds-hooks.org): its issuer and JWK Set. */
export const SANDBOX_ISSUER: TrustedIssuer = {
  iss: 'https://sandbox.cds-hooks.org',
  jwksUrl: 'https://sandbox.cds-hooks.org/.well-known/jwks.json',
  jku: ['https://sandbox.cds-hooks.org/.well-known/jwks.json'],
};

const HELP = `Usage: npm run serve:cds -- [options]

Starts the tpi-guide CDS Hooks 2.0 service (docs/cds-service.md). Each option may also
be set in the environment (in brackets); a flag wins over the environment, and both
over the config file.

  --port <n>              port to listen on (TPI_CDS_PORT; default 8766; 0 picks a free one)
  --host <address>        address to listen on (TPI_CDS_HOST; default 127.0.0.1)
  --base-url <url>        public base URL behind a proxy, the JWT audience base
                          (TPI_CDS_BASE_URL; default http://<host>:<port>)
  --config <file>         JSON file with any option of createCdsService, e.g.
                          { "issuers": [{ "iss": "…", "jwksUrl": "…" }] } (TPI_CDS_CONFIG)
  --trust-sandbox         trust JWTs from the public CDS Hooks sandbox (sandbox.cds-hooks.org)
  --feedback-file <path>  append-only feedback log (TPI_CDS_FEEDBACK_FILE; default cds-feedback.jsonl)
  --rules-doc-url <url>   rule documentation the cards link to (TPI_CDS_RULES_DOC_URL)
  --smart-launch-url <url>  SMART app launch URL of the cards' link (TPI_CDS_SMART_LAUNCH_URL)
  --cors-origins <list>   '*' or comma-separated origins (TPI_CDS_CORS_ORIGINS; default '*')
  --help                  this text
`;

function fail(message: string): never {
  console.error(`serve:cds: ${message}`);
  process.exit(1);
}

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'base-url': { type: 'string' },
  config: { type: 'string' },
  'trust-sandbox': { type: 'boolean' },
  'feedback-file': { type: 'string' },
  'rules-doc-url': { type: 'string' },
  'smart-launch-url': { type: 'string' },
  'cors-origins': { type: 'string' },
  help: { type: 'boolean' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof FLAGS }>>['values'];

/** The command-line flags, or the usage text and exit on an unknown one. */
function readFlags(): Flags {
  try {
    return parseArgs({ options: FLAGS }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
}

/** The server's options: the config file, overridden by the environment, overridden by the flags. */
function startOptions(args: Flags, env: NodeJS.ProcessEnv): StartOptions {
  const pick = (flag: keyof Flags, name: string) => (args[flag] as string | undefined) ?? env[name];
  let options: StartOptions = { issuers: [] };
  const configFile = pick('config', 'TPI_CDS_CONFIG');
  if (configFile) {
    try {
      options = { issuers: [], ...JSON.parse(readFileSync(configFile, 'utf8')) };
    } catch (error) {
      fail(`the config file ${configFile} could not be read as JSON: ${(error as Error).message}`);
    }
  }
  const port = pick('port', 'TPI_CDS_PORT');
  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`--port must be a port number, not ${JSON.stringify(port)}.`);
    options.port = Number(port);
  } else options.port ??= 8766;
  const host = pick('host', 'TPI_CDS_HOST');
  if (host) options.host = host;
  const set = <K extends keyof StartOptions>(key: K, value: StartOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('baseUrl', pick('base-url', 'TPI_CDS_BASE_URL'));
  set('feedbackFile', pick('feedback-file', 'TPI_CDS_FEEDBACK_FILE'));
  set('rulesDocUrl', pick('rules-doc-url', 'TPI_CDS_RULES_DOC_URL'));
  set('smartLaunchUrl', pick('smart-launch-url', 'TPI_CDS_SMART_LAUNCH_URL'));
  const cors = pick('cors-origins', 'TPI_CDS_CORS_ORIGINS');
  if (cors) options.corsOrigins = cors.trim() === '*' ? '*' : cors.split(',').map((o) => o.trim()).filter(Boolean);
  if (args['trust-sandbox'] && !options.issuers.some((i) => i.iss === SANDBOX_ISSUER.iss)) options.issuers = [...options.issuers, SANDBOX_ISSUER];
  return options;
}

/** What the operator needs to know once the server listens: where, whom it trusts, where feedback goes. */
async function printBanner(running: RunningCdsServer): Promise<void> {
  const { settings } = running.service;
  console.log(`\n  tpi-guide CDS Hooks service: ${running.discoveryUrl}`);
  if (running.baseUrl !== running.listening) console.log(`  listening on ${running.listening}`);
  console.log(`  services: ${running.service.discovery.services.map((s) => `${s.id} (${s.hook})`).join(', ')}`);
  console.log(`  trusted issuers: ${settings.issuers.length ? settings.issuers.map((i) => i.iss).join(', ') : 'none — every hook call is refused (401); use --trust-sandbox or --config'}`);
  console.log(`  feedback log: ${settings.feedbackFile}`);
  console.log(`  cards link to ${settings.rulesDocUrl} and the SMART app ${settings.smartLaunchUrl}\n`);
  const { records, problems } = await running.service.readFeedback();
  if (records.length || problems.length) console.log(`  feedback log holds ${records.length} record(s)${problems.length ? `; skipped ${problems.length} unreadable line(s): ${problems.slice(0, 5).map((p) => `line ${p.line}`).join(', ')}` : ''}\n`);
}

async function main(): Promise<void> {
  const args = readFlags();
  if (args.help) {
    console.log(HELP);
    return;
  }
  const options = startOptions(args, process.env);
  let running: RunningCdsServer;
  try {
    running = await startCdsServer(options);
  } catch (error) {
    fail((error as Error).message);
  }
  await printBanner(running);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

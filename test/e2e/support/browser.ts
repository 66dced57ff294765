// Debian's Chromium, driven by playwright-core. When Chromium is missing the browser tests are skipped
// with a loud message, unless REQUIRE_BROWSER=1 (CI), when they fail instead.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ACCORD_CHROMIUM_PATH || '/usr/bin/chromium';

/** Exactly the switches Accord's browser tests run Chromium with (playwright adds its own automation switches). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const REQUIRED = process.env.REQUIRE_BROWSER === '1';

function shout(message: string): void {
  const width = message.length + 4;
  const bar = '!'.repeat(width);
  process.stderr.write(`\n${bar}\n! ${message} !\n${bar}\n\n`);
}

let warned = false;

/**
 * Why the browser tests cannot run here, or undefined when they can (or must: REQUIRE_BROWSER=1).
 * Pass it as node:test's `skip` option.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `BROWSER TESTS SKIPPED: Chromium not found at ${CHROMIUM_PATH} — install with apt-get install -y chromium`;
  if (!warned) {
    warned = true;
    shout(REQUIRED ? `BROWSER TESTS FAILING: Chromium not found at ${CHROMIUM_PATH} and REQUIRE_BROWSER=1 — install with apt-get install -y chromium` : reason);
  }
  return REQUIRED ? undefined : reason;
}

/** Launches Chromium headless, in a fresh temporary profile (playwright's launch() makes one per browser). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} and REQUIRE_BROWSER=1: install it with apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

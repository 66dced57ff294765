// The Node.js version check, run by bin/start.js and bin/accord.js before any TypeScript is loaded: on
// an older Node the sources would fail with a stack trace about `.ts` files. Written in JavaScript that
// old Node can parse (no `?.`, `??` or import attributes). The minimum comes from package.json's
// "engines", so the README, engines and this check share one number (a test keeps them in step).
import { readFileSync } from 'node:fs';

const PACKAGE_JSON = new URL('../package.json', import.meta.url);
const WHERE = 'https://nodejs.org/';

/** The minimum of an engines range of the one form Accord uses, ">=MAJOR.MINOR[.PATCH]". */
export function minimumFrom(range) {
  const match = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(String(range).trim());
  if (!match) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not "${range}"`);
  const parts = [Number(match[1]), Number(match[2]), Number(match[3] || 0)];
  return { parts, text: match[3] === undefined ? `${parts[0]}.${parts[1]}` : parts.join('.') };
}

/** [major, minor, patch] of a version such as "v22.18.0"; null when it is not one. */
export function versionParts(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version));
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Whether `version` is the minimum or later, comparing numbers part by part (22.9 is before 22.18). */
export function isAtLeast(version, minimum) {
  const have = versionParts(version);
  if (!have) return false;
  for (let i = 0; i < 3; i += 1) {
    if (have[i] !== minimum.parts[i]) return have[i] > minimum.parts[i];
  }
  return true;
}

export function tooOldMessage(version, minimum) {
  return `Accord needs Node.js ${minimum.text} or later; this is ${version}. Get it from ${WHERE}`;
}

export function requiredNode() {
  return minimumFrom(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')).engines.node);
}

/** Stops the process with one line when this Node is too old. */
export function checkNodeVersion() {
  const minimum = requiredNode();
  if (!isAtLeast(process.version, minimum)) {
    process.stderr.write(`${tooOldMessage(process.version, minimum)}\n`);
    process.exit(1);
  }
}

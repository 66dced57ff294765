#!/usr/bin/env node
// The `accord` command. Node 22.18+ / 24 runs the TypeScript sources directly; an older Node gets one
// line saying so (bin/node-version.js), checked before any TypeScript loads.
import module from 'node:module';
import { checkNodeVersion } from './node-version.js';

checkNodeVersion();
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
const { runCli } = await import('../src/cli/main.ts');

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;

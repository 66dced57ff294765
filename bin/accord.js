#!/usr/bin/env node
// The `accord` command. Node 22.18+ / 24 runs the TypeScript sources directly.
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('../src/cli/main.ts');

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;

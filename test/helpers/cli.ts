// The accord command line run in-process, as a person would at a terminal: arguments, an
// environment, what is typed on stdin; back come the exit code and what it printed.
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/main.ts';

export async function cli(args: string[], env: Record<string, string>, stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  stdin.end(stdinText);
  const code = await runCli(args, { stdin, stdout, stderr, env });
  return { code, out, err };
}

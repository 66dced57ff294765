// Secrets come from standard input, never from an argument (arguments show in `ps` and shell history):
// piped, the first line is read; at a terminal, the user is prompted without echo.
import { createInterface } from 'node:readline';
import type { CliIo } from './io.ts';

async function firstLine(io: CliIo): Promise<string> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function prompt(io: CliIo, question: string): Promise<string> {
  io.stdout.write(question);
  const stdin = io.stdin;
  stdin.setRawMode?.(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          done();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          done();
          reject(new Error('cancelled'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stdout.write('\n');
    };
    stdin.on('data', onData);
  });
}

export async function readSecret(io: CliIo, question: string): Promise<string> {
  if (io.stdin.isTTY) {
    const first = await prompt(io, question);
    const again = await prompt(io, 'Type it again: ');
    if (first !== again) throw new Error('The two entries do not match');
    return first;
  }
  return firstLine(io);
}

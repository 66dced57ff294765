// Starting the real server as a child process and reading its memory, for the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// Exactly what `npm start` runs: its node flags and its entry, read from package.json.
const root = join(import.meta.dirname, '..');
const startScript: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
// `exec node <flags> <entry>`: exec makes node the process npm signals (see docs/decisions.md).
const startArgs = startScript.split(/\s+/).filter((a) => a !== 'exec').slice(1);
export const START_FLAGS = startArgs.filter((a) => a.startsWith('--'));
const startEntry = join(root, startArgs.find((a) => !a.startsWith('--'))!);

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawning the process to /health/ready answering 200. */
  readyMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return spawnServer([...START_FLAGS, startEntry], env);
}

/** The server of another copy of the project (for A/B runs, bench/ab.ts), with npm start's flags. */
export async function startServerFrom(root: string, env: Record<string, string>): Promise<ServerProcess> {
  return spawnServer([...START_FLAGS, join(root, startArgs.find((a) => !a.startsWith('--'))!)], env);
}

/** The minimal route the register API is compared with (bench/limit-server.ts), with npm start's flags. */
export async function startLimitServer(env: Record<string, string>): Promise<ServerProcess> {
  return spawnServer([...START_FLAGS, join(import.meta.dirname, 'limit-server.ts')], env);
}

async function spawnServer(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    // The bench signs in as an administrator with a password alone: two-factor sign-in is not what it measures.
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), TWO_FACTOR_ROLES: 'none', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - started;
  return {
    child,
    port,
    readyMs,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    stop() {
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

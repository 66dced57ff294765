// Real Accord processes for tests: spawned in a process group of their own, their output collected,
// every wait bounded by a deadline, and the whole group killed when the test ends whatever happened,
// so a failed wait never leaves a server behind that hangs the run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** What a service manager runs (and `npm start` runs, with heap flags). */
export const START = join(ROOT, 'bin', 'start.js');

/** The part of node:test's TestContext used here: cleanup that runs however the test ends. */
interface WithCleanup {
  after(fn: () => unknown): void;
}

export interface Running {
  readonly pid: number;
  /** Everything printed, standard output and standard error interleaved. */
  output(): string;
  /** What was printed on standard error alone. */
  errors(): string;
  /** Resolves with the exit code; rejects when the process is still running after `ms`. */
  exited(ms?: number): Promise<number | null>;
  /** Resolves once the output matches; rejects when the process exits first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Spawns `command args` with only PATH and `env`; killed (with its group) when the test ends. */
export function spawnProcess(t: WithCleanup, command: string, args: string[], env: Record<string, string>, cwd = ROOT): Running {
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => {
    output += chunk;
    errors += chunk;
  });
  let running = true;
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );
  t.after(() => {
    // The group: under `npm start` the server is a grandchild.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  });
  return {
    pid: child.pid!,
    output: () => output,
    errors: () => errors,
    exited: (ms = 15_000) => within(exit, ms, () => `${command} ${args.join(' ')} still running after ${ms} ms; output:\n${output}`),
    async waitFor(pattern, ms = 20_000) {
      const until = Date.now() + ms;
      while (!pattern.test(output)) {
        if (!running) throw new Error(`exited before printing ${pattern}; output:\n${output}`);
        if (Date.now() > until) throw new Error(`no ${pattern} after ${ms} ms; output:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    kill: (signal) => child.kill(signal),
  };
}

/** Spawns the server the way a service manager would: `node bin/start.js`. */
export function startServer(t: WithCleanup, env: Record<string, string>): Running {
  return spawnProcess(t, process.execPath, [START], env);
}

/** Whether a process is alive (a zombie, finished but not yet reaped, counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Whether nothing holds the port (probed by listening on it ourselves). */
export async function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Polls `check` until it holds; rejects naming `what` after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// npm run bench: measures speed and memory (never timed tests) and writes docs/benchmarks.md.
// Cold start (process start → ready) and idle memory, on SQLite, and on PostgreSQL when
// BENCH_DATABASE_URL is set.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine } from './machine.ts';
import { startServer } from './server-process.ts';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface StartupResult {
  database: string;
  coldStartMs: number[];
  idleRssMb: number;
}

async function startup(label: string, env: () => Record<string, string>): Promise<StartupResult> {
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const server = await startServer(env());
    times.push(server.readyMs);
    if (i === RUNS - 1) {
      // Idle: a few seconds after ready, with no requests but the readiness probe.
      await new Promise((r) => setTimeout(r, 3000));
      rss = server.rssMb();
    }
    await server.stop();
  }
  console.log(`${label}: cold start median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')}), idle RSS ${rss.toFixed(0)} MB`);
  return { database: label, coldStartMs: times, idleRssMb: rss };
}

const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
const results: StartupResult[] = [];
try {
  let n = 0;
  // A new SQLite file each run: the first start migrates an empty database, as a newcomer's would.
  results.push(await startup('SQLite (new file each run)', () => ({ DATABASE_URL: `sqlite:${join(dir, `cold-${n++}.sqlite`)}`, DATA_DIR: dir })));
  if (process.env.BENCH_DATABASE_URL) {
    results.push(await startup('PostgreSQL', () => ({ DATABASE_URL: process.env.BENCH_DATABASE_URL!, DATA_DIR: dir })));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const rows = results
  .map((r) => `| ${r.database} | ${median(r.coldStartMs).toFixed(0)} ms | ${Math.min(...r.coldStartMs).toFixed(0)}–${Math.max(...r.coldStartMs).toFixed(0)} ms | ${r.idleRssMb.toFixed(0)} MB |`)
  .join('\n');
const markdown = `# Benchmarks

Measured by \`npm run bench\` (never by timed tests). Re-run it after a change that could matter and commit the result.

- Date: ${date}
- Machine: ${machine()}

## Start-up and idle memory

Cold start is from spawning \`node src/server.ts\` to \`/health/ready\` answering 200 (${RUNS} runs; the
first start on a new SQLite file includes migrating it; the stylesheet is already compiled, as after the
first start on any machine). Idle memory is the server's resident set size a few seconds after ready.

| Database | Cold start (median) | Range | Idle RSS |
|---|---|---|---|
${rows}
`;
writeFileSync(join(import.meta.dirname, '..', 'docs', 'benchmarks.md'), markdown);
console.log('Wrote docs/benchmarks.md');

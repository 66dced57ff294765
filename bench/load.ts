// The register under load: seeds 1,000 and then 100,000 partnerships, starts the real server on them and
// measures the signed-in register page, the same query through the API and a bare route with autocannon;
// at 1,000, also the compliance dashboard and a partnership's own pages (bench/pages.ts), on the boards and
// meetings seeded then.
import autocannon from 'autocannon';
import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDriver from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { systemClock, uuidIds, type AppDeps } from '../src/app/deps.ts';
import { createApiToken } from '../src/app/api-tokens.service.ts';
import { createUser } from '../src/app/users.service.ts';
import { searchRegister } from '../src/db/repositories/register.repo.ts';
import type { Db } from '../src/db/database.ts';
import type { Schema } from '../src/db/schema.ts';
import { parseRegisterQuery } from '../src/domain/register/register-query.ts';
import { toPartnershipSummary } from '../src/web/api/schemas/partnership.api.ts';
import { RIVERSIDE_OPERATING, SEARCH_TERM, seedBase, seedPartnerships, type BenchDatabase } from './seed.ts';
import { COMPLIANCE_PATH, complianceInProcess, complianceReports, complianceSequential } from './compliance.ts';
import { startLimitServer, startServer, type ServerProcess } from './server-process.ts';
import { checkPage, isPageScenario, PAGE_SCENARIOS, seedPartnershipPages } from './pages.ts';
import type { PagesReport } from './pages.ts';

/** BENCH_SIZES=1000,10000 for a quick run; the claims in docs/benchmarks.md are made at 1,000 and 100,000. */
export const SIZES: readonly [number, number] = (() => {
  const given = process.env.BENCH_SIZES?.split(',').map(Number);
  return given?.length === 2 && given.every((n) => Number.isInteger(n) && n > 0) ? [given[0]!, given[1]!] : [1_000, 100_000];
})();
export const CONNECTIONS = 50;
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
export const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
export const PAGE = 3;
const QUERY = `q=${SEARCH_TERM}&status=operating&page=${PAGE}`;
const PAGE_SIZE = 25;
/** BENCH_NODE_OPTIONS: node flags for the server under load (to try, say, a smaller young generation). */
export const NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? '';
const SERVER_NODE_OPTIONS: Record<string, string> = NODE_OPTIONS ? { NODE_OPTIONS } : {};

/** Each scenario is measured this many times, the scenarios taken in turn within a round. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export const SCENARIOS = [
  { key: 'limit', label: 'Limit: the same SQL on a minimal route', path: '/limit' },
  { key: 'page', label: 'Register page, signed in', path: `/partnerships?${QUERY}` },
  { key: 'api', label: 'Register API, bearer token', path: `/api/v1/partnerships?${QUERY}` },
  { key: 'bare', label: 'Bare route (/health/live)', path: '/health/live' },
  // Issue 9: the council-wide compliance dashboard, measured at the first size only (1,000 partnerships).
  { key: 'compliance', label: 'Compliance dashboard, signed in', path: COMPLIANCE_PATH, firstSizeOnly: true },
  // A partnership's own pages and the decisions register (bench/pages.ts), at the first size only.
  ...PAGE_SCENARIOS,
] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type ScenarioKey = Scenario['key'];
/** Measured at the first size only (1,000 partnerships). */
export const firstSizeOnly = (key: ScenarioKey): boolean => SCENARIOS.some((s) => s.key === key && 'firstSizeOnly' in s);
/** Where a scenario is measured: a partnership's pages are the measured board's. */
export const pathOf = (scenario: Scenario, board: PagesReport | undefined): string => {
  if (typeof scenario.path === 'string') return scenario.path;
  if (!board) throw new Error(`${scenario.label}: no board was seeded`);
  return scenario.path(board.measured);
};
/** Requested with a session cookie from signing in, as a person would. */
const signedIn = (key: ScenarioKey): boolean => key === 'page' || key === 'compliance' || isPageScenario(key);

export interface LoadRow {
  database: string;
  size: number;
  scenario: ScenarioKey;
  round: number;
  /** Bytes of the one checked answer. */
  bytes?: number;
  /** null: the route does not exist in this build. */
  result: {
    reqPerSec: number;
    p50: number;
    p99: number;
    peakRssMb: number;
    requests: number;
    warmupS: number;
    /** Requests that timed out (10 s) or failed during the warm-up. */
    warmupErrors: number;
    otherCpu: number;
    /** The server process's CPU time (user and system) per counted answer. */
    serverCpuMsPerRequest?: number;
  } | null;
  note?: string;
  /** Answers that were not 200, errors and timeouts: any makes the run fail. */
  problem?: string;
}

export interface PlanReport {
  database: string;
  size: number;
  /** Median time of searchRegister in-process (no HTTP), milliseconds. */
  queryMs: number;
  plans: Array<{ label: string; sql: string; plan: string }>;
  /** The statements in the order the page needs them, with their parameters: the limit route runs these. */
  recorded: Array<{ sql: string; parameters: unknown[] }>;
  /** The API's answer for the query, built in-process: the limit route must answer exactly this JSON. */
  expected: unknown;
}

const ADMIN = { email: 'bench@example.org', password: 'correct horse battery staple 42', name: 'Benchmark Administrator' };
const SYSTEM = { actor: { id: null, label: 'benchmark' }, requestId: null };

/** Milliseconds as the tables show them: one decimal below 10. */
export function ms(x: number): string {
  return `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
}

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Signs in through the real form: the sign-in page for the CSRF token and cookie, then the POST. */
export async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const page = await fetch(`${base}/sign-in`);
  keep(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error('no CSRF token on the sign-in page');
  const res = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: ADMIN.email, password: ADMIN.password }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}, expected 303`);
  keep(res);
  return cookie();
}

/** One request first: the answer must be the expected page of results, not a sign-in page or an error. */
export async function check(base: string, scenario: Scenario, headers: Record<string, string>, expected: unknown, board?: PagesReport): Promise<'missing' | number> {
  const path = pathOf(scenario, board);
  const res = await fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const body = await res.text();
  if (scenario.key === 'api' && res.status === 404) return 'missing';
  if (scenario.key === 'limit') {
    const json = JSON.parse(body) as { items?: unknown[]; total?: number };
    if (json.items?.length !== PAGE_SIZE || json.total !== RIVERSIDE_OPERATING) throw new Error(`the limit route did not answer page ${PAGE}: ${body.slice(0, 300)}`);
  }
  // The limit is only a limit if it sends what the API sends: the same JSON, item for item.
  if (scenario.key === 'limit' || scenario.key === 'api') deepStrictEqual(JSON.parse(body), expected, `${path} did not answer the API's JSON`);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
  const first = (PAGE - 1) * PAGE_SIZE + 1;
  if (scenario.key === 'page' && !body.includes(`Showing ${first} to ${first + PAGE_SIZE - 1} of ${RIVERSIDE_OPERATING}`)) {
    throw new Error(`the register page does not show results ${first}–${first + PAGE_SIZE - 1} of ${RIVERSIDE_OPERATING}`);
  }
  if (scenario.key === 'compliance' && !body.includes(`${SIZES[0].toLocaleString('en-GB')} partnerships`)) {
    throw new Error(`the compliance dashboard does not show ${SIZES[0]} partnerships`);
  }
  if (isPageScenario(scenario.key)) checkPage(scenario.key, body, board!);
  if (scenario.key === 'api') {
    const json = JSON.parse(body) as { items?: unknown[]; total?: number };
    if (json.items?.length !== PAGE_SIZE || json.total !== RIVERSIDE_OPERATING) {
      throw new Error(`the API did not answer page ${PAGE} of ${RIVERSIDE_OPERATING}: ${body.slice(0, 300)}`);
    }
  }
  return Buffer.byteLength(body);
}

/** The value below which a share `p` of the sorted values lies. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

const MAX_WARMUP_S = 30;

/** CPU time in clock ticks: the whole machine's (busy and all) and that of some processes. */
function cpuTicks(pids: number[]): { busy: number; total: number; ours: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  let ours = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ours += Number(after[11]) + Number(after[12]);
    } catch {
      // the process has gone
    }
  }
  return { busy, total: busy + idle! + iowait!, ours };
}

/**
 * One autocannon run on the same connections throughout; only the answers of the DURATION_S after the
 * warm-up count. The warm-up lasts WARMUP_S and until every connection has had an answer: a connection
 * opened while the server is saturated waits seconds to be accepted (Node accepts new connections slowly
 * while busy; a bare node:http server does the same), and that wait is not what this measures.
 */
export async function measure(server: ServerProcess, path: string, headers: Record<string, string>, helpers: () => Promise<number[]>) {
  const url = `http://127.0.0.1:${server.port}${path}`;
  const latencies: number[] = [];
  let peak = server.rssMb();
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssMb());
  }, 250);
  try {
    const started = performance.now();
    const answeredOnce = new Set<unknown>();
    let from = Infinity;
    let to = Infinity;
    let pids: number[] = [];
    let cpuFrom: ReturnType<typeof cpuTicks> | undefined;
    let cpuTo: ReturnType<typeof cpuTicks> | undefined;
    let serverFrom = 0;
    let serverTo = 0;
    const run = autocannon({ url, connections: CONNECTIONS, duration: MAX_WARMUP_S + DURATION_S + 5, headers });
    run.on('response', (client, _status, _bytes, responseTime) => {
      const now = performance.now();
      if (from === Infinity) {
        answeredOnce.add(client);
        const warm = now - started >= WARMUP_S * 1000 && answeredOnce.size >= CONNECTIONS;
        if (warm || now - started >= MAX_WARMUP_S * 1000) {
          from = now;
          to = now + DURATION_S * 1000;
          void helpers().then((extra) => {
            pids = [process.pid, server.child.pid!, ...extra];
            cpuFrom = cpuTicks(pids);
            serverFrom = cpuTicks([server.child.pid!]).ours;
          });
          setTimeout(() => {
            cpuTo = cpuTicks(pids);
            serverTo = cpuTicks([server.child.pid!]).ours;
            run.stop();
          }, DURATION_S * 1000);
        }
      } else if (now < to) {
        latencies.push(responseTime);
      }
    });
    // A connection that waits 10 s for an answer times out and reconnects. During the warm-up that is the
    // slow accepting of new connections described above; in the counted seconds it fails the run.
    let warmupErrors = 0;
    const errors: string[] = [];
    run.on('reqError', (error) => {
      const now = performance.now();
      if (from === Infinity) warmupErrors++;
      else if (now < to) errors.push(error.message);
    });
    const r = await run;
    peak = Math.max(peak, server.rssMb());
    latencies.sort((a, b) => a - b);
    const warmupS = (from - started) / 1000;
    // What other processes on the machine used, as a share of all its CPUs: their work slows the server.
    const otherCpu = cpuFrom && cpuTo ? Math.max(0, cpuTo.busy - cpuFrom.busy - (cpuTo.ours - cpuFrom.ours)) / (cpuTo.total - cpuFrom.total) : NaN;
    // Every answer of the whole run, warm-up included, must be a 200, and no request may fail in the counted seconds.
    const answered = r.requests.total;
    const problems = [];
    if (r.non2xx !== 0 || r['2xx'] !== answered) problems.push(`${r.non2xx} of ${answered} answers were not 2xx (${JSON.stringify(r.statusCodeStats)})`);
    if (errors.length) problems.push(`${errors.length} requests failed in the counted ${DURATION_S} s (${[...new Set(errors)].join(', ')})`);
    if (latencies.length === 0) problems.push('no answers in the counted seconds');
    if (answeredOnce.size < CONNECTIONS) problems.push(`only ${answeredOnce.size} of ${CONNECTIONS} connections had an answer in the first ${MAX_WARMUP_S} s`);
    return {
      result: { reqPerSec: latencies.length / DURATION_S, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), peakRssMb: peak, requests: latencies.length, warmupS, warmupErrors, otherCpu,
        // Clock ticks are hundredths of a second on Linux.
        serverCpuMsPerRequest: ((serverTo - serverFrom) * 10) / Math.max(1, latencies.length) },
      problem: problems.length ? problems.join('; ') : undefined,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** A Kysely that records the SQL it runs, and a way to explain a recorded query, on the bench database. */
function explainer(bench: BenchDatabase): { db: Db; queries: CompiledQuery[]; explain(q: CompiledQuery): Promise<string>; close(): Promise<void> } {
  const queries: CompiledQuery[] = [];
  const logQuery = (event: { level: string; query: CompiledQuery }) => {
    if (event.level === 'query') queries.push(event.query);
  };
  if (bench.url.startsWith('sqlite:')) {
    const handle = new SqliteDriver(bench.url.slice('sqlite:'.length), { readonly: true });
    return {
      db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: handle }), log: logQuery }),
      queries,
      async explain(q) {
        const rows = handle.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ id: number; parent: number; detail: string }>;
        const depth = new Map<number, number>([[0, -1]]);
        return rows
          .map((r) => {
            const d = (depth.get(r.parent) ?? -1) + 1;
            depth.set(r.id, d);
            return `${'  '.repeat(d)}${r.detail}`;
          })
          .join('\n');
      },
      close: async () => {
        handle.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: bench.url, max: 2 });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: logQuery });
  return {
    db,
    queries,
    async explain(q) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${q.sql}`, q.parameters as unknown[]);
      return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    },
    close: () => db.destroy(),
  };
}

/** The register query's SQL as searchRegister builds it, each with its plan, and the query's own time. */
export async function plans(bench: BenchDatabase, size: number): Promise<PlanReport> {
  const { query } = parseRegisterQuery({ q: SEARCH_TERM, status: 'operating', page: String(PAGE) });
  const x = explainer(bench);
  try {
    const result = await searchRegister(x.db, { kind: 'all' }, query);
    if (result.total !== RIVERSIDE_OPERATING || result.items.length !== PAGE_SIZE) throw new Error(`searchRegister found ${result.total}, expected ${RIVERSIDE_OPERATING}`);
    // Run concurrently, so recorded in either order: put them in the order the page needs them.
    const label = (q: CompiledQuery) =>
      q.sql.startsWith('select count(') ? 'How many match' : / limit /.test(q.sql) ? 'The page of partnerships' : q.sql.includes('partnership_partners') ? "The page's partners" : "The page's officers";
    const order = ['The page of partnerships', 'How many match', "The page's partners", "The page's officers"];
    const recorded = [...x.queries].sort((a, b) => order.indexOf(label(a)) - order.indexOf(label(b)));
    const expected = JSON.parse(JSON.stringify({ items: result.items.map(toPartnershipSummary), total: result.total, page: query.page, pageSize: query.pageSize }));
    const report: PlanReport = { database: bench.label, size, queryMs: 0, plans: [], recorded: recorded.map((q) => ({ sql: q.sql, parameters: [...q.parameters] })), expected };
    // Readable and the same from run to run: ids listed in a plan are counted, not shown; the prefix bound is named.
    const tidy = (plan: string) =>
      plan
        .replace(/'\{[0-9a-f-]{36}(?:,[0-9a-f-]{36})*\}'/g, (ids) => `'{…${ids.split(',').length} ids…}'`)
        .replace(/\u{10FFFF}/gu, '\\u{10FFFF}');
    for (const q of recorded) report.plans.push({ label: label(q), sql: q.sql, plan: tidy(await x.explain(q)) });
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      await searchRegister(x.db, { kind: 'all' }, query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    report.queryMs = times[Math.floor(times.length / 2)]!;
    return report;
  } finally {
    await x.close();
  }
}

export async function loadBenchmark(bench: BenchDatabase, dataDir: string): Promise<{ rows: LoadRow[]; plans: PlanReport[]; board: PagesReport | undefined }> {
  const rows: LoadRow[] = [];
  let board: PagesReport | undefined;
  const reports: PlanReport[] = [];
  const database = bench.open();
  try {
    const deps: AppDeps = { database, clock: systemClock, ids: uuidIds };
    // The PostgreSQL backends serving this database do the server's work, so their CPU is ours too.
    const helpers = async (): Promise<number[]> => {
      if (database.dialect !== 'postgres') return [];
      const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(database.db);
      return rows.map((r) => Number(r.pid));
    };
    const state = await seedBase(database);
    const admin = await createUser(deps, SYSTEM, { ...ADMIN, role: 'administrator' });
    const { token } = await createApiToken(deps, SYSTEM, { userId: admin.id, name: 'Benchmark' });
    for (const size of SIZES) {
      const started = performance.now();
      await seedPartnerships(database, state, size, (n) => {
        if (n % 20_000 === 0 || n === size) log(`${bench.label}: ${n.toLocaleString('en-GB')} partnerships seeded`);
      });
      log(`${bench.label}: seeded ${size.toLocaleString('en-GB')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (size === SIZES[0]) {
        // The boards and meetings of the partnership pages, among the first size's partnerships only.
        const boardsStarted = performance.now();
        board = await seedPartnershipPages(database);
        log(`${bench.label}: ${board.boards} boards, ${board.meetings} meetings, ${board.decisions} decisions seeded in ${((performance.now() - boardsStarted) / 1000).toFixed(1)} s`);
      }
      const report = await plans(bench, size);
      reports.push(report);
      log(`${bench.label} ${size.toLocaleString('en-GB')}: searchRegister alone ${report.queryMs.toFixed(2)} ms (median)`);
      for (const p of report.plans.slice(0, 2)) console.log(`  ${p.label}:\n${p.plan.replace(/^/gm, '    ')}`);

      // The limit route (SQLite only) runs the statements just recorded from searchRegister.
      const queriesFile = join(dataDir, `limit-queries-${size}.json`);
      writeFileSync(queriesFile, JSON.stringify(report.recorded));
      const scenarios = SCENARIOS.filter((s) => (s.key !== 'limit' || bench.url.startsWith('sqlite:')) && (!firstSizeOnly(s.key) || size === SIZES[0]));
      const compliance = size === SIZES[0] ? await complianceInProcess(bench, size) : undefined;
      if (compliance) {
        complianceReports.push(compliance);
        log(`${bench.label} ${size.toLocaleString('en-GB')}: the compliance dashboard runs ${compliance.statements} statements (${compliance.statementsAtTenth} for a tenth of them), ${compliance.inProcessMs.toFixed(1)} ms in-process (median)`);
      }
      // Rounds, the scenarios taken in turn within each, so a busy spell on the machine hits all of them
      // alike; every figure is then read as a ratio to the limit measured in the same round.
      for (let round = 1; round <= ROUNDS; round++) {
        // A new server for each scenario, so each one's memory is its own.
        for (const scenario of scenarios) {
          const server =
            scenario.key === 'limit'
              ? await startLimitServer({ LIMIT_SQLITE_FILE: bench.url.slice('sqlite:'.length), LIMIT_QUERIES_FILE: queriesFile, LIMIT_PAGE: String(PAGE), LIMIT_PAGE_SIZE: String(PAGE_SIZE) })
              : await startServer({ DATABASE_URL: bench.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...SERVER_NODE_OPTIONS });
          try {
            const base = `http://127.0.0.1:${server.port}`;
            const headers: Record<string, string> =
              signedIn(scenario.key) ? { cookie: await signIn(base) } : scenario.key === 'api' ? { authorization: `Bearer ${token}` } : {};
            const checked = await check(base, scenario, headers, report.expected, board);
            if (checked === 'missing') {
              log(`${bench.label} ${size.toLocaleString('en-GB')} ${scenario.label}: not available (404) in this build`);
              rows.push({ database: bench.label, size, scenario: scenario.key, round, result: null, note: 'not available' });
              continue;
            }
            if (scenario.key === 'compliance' && compliance && compliance.sequentialMs === undefined) {
              const one = await complianceSequential(base, signIn, size);
              Object.assign(compliance, { sequentialMs: one.ms, firstMs: one.firstMs, bytes: one.bytes });
              log(`${bench.label} ${size.toLocaleString('en-GB')}: the compliance dashboard, one request at a time: ${ms(one.ms)} (median; the first, which evaluates, ${ms(one.firstMs)})`);
            }
            const { result, problem } = await measure(server, pathOf(scenario, board), headers, helpers);
            log(
              `${bench.label} ${size.toLocaleString('en-GB')} round ${round} ${scenario.label}: ${result.reqPerSec.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${checked} bytes (warm-up ${result.warmupS.toFixed(1)} s${result.warmupErrors ? `, ${result.warmupErrors} timed out in it` : ''}; other processes used ${(result.otherCpu * 100).toFixed(0)}% of the CPUs)`,
            );
            if (problem) console.error(`  FAILED: ${problem}`);
            rows.push({ database: bench.label, size, scenario: scenario.key, round, bytes: checked, result, ...(problem ? { problem } : {}) });
          } finally {
            await server.stop();
          }
        }
      }
    }
  } finally {
    await database.close();
  }
  return { rows, plans: reports, board };
}

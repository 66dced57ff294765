// The compliance dashboard at 1,000 partnerships (issue 9: "with 1,000 partnerships the dashboard renders in
// well under a second"): the statements one evaluation of the council runs, recorded from Kysely (the engine
// loads the council in batches of BATCH partnerships, so their number grows by batch, never by partnership),
// its time in-process (the evaluation the server does after each change), and one request at a time through
// the real server (the first, which evaluates, and then the median of those that find the evaluation kept). Its throughput under load is a scenario of bench/load.ts,
// read as a ratio to the limit route in the same round.
import { SqliteDialect, PostgresDialect, Kysely, type CompiledQuery } from 'kysely';
import SqliteDriver from 'better-sqlite3';
import pg from 'pg';
import { londonToday } from '../src/app/lifecycle.service.ts';
import { complianceOf } from '../src/app/queries/compliance.queries.ts';
import { BATCH } from '../src/db/repositories/compliance.repo.ts';
import type { Schema } from '../src/db/schema.ts';
import { dashboardOf } from '../src/domain/compliance/dashboard.ts';
import { DEFAULT_COMPLIANCE_QUERY } from '../src/domain/compliance/dashboard-query.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../src/domain/protocol-config/defaults.ts';
import type { BenchDatabase } from './seed.ts';

export const COMPLIANCE_PATH = '/compliance';
/** How many single requests are timed, one after the other. */
const SEQUENTIAL = 20;

export interface ComplianceReport {
  database: string;
  size: number;
  /** Statements one dashboard runs (complianceOf for the whole council). */
  statements: number;
  /** Statements for a tenth of the partnerships (one batch). */
  statementsAtTenth: number;
  /** Whether the whole council took no more than a tenth's statements per batch of BATCH partnerships. */
  batched: boolean;
  /** Median in-process time of complianceOf and dashboardOf (no HTTP, no page). */
  inProcessMs: number;
  /** Median time of one GET /compliance through the real server, one request at a time, the evaluation kept. */
  sequentialMs?: number;
  /** The first GET /compliance of a fresh server: it evaluates the council (and nothing is compiled yet). */
  firstMs?: number;
  /** Bytes of the page. */
  bytes?: number;
}

export const complianceReports: ComplianceReport[] = [];

function recordingDb(bench: BenchDatabase): { db: Kysely<Schema>; queries: CompiledQuery[]; close(): Promise<void> } {
  const queries: CompiledQuery[] = [];
  const log = (event: { level: string; query: CompiledQuery }) => {
    if (event.level === 'query') queries.push(event.query);
  };
  if (bench.url.startsWith('sqlite:')) {
    const handle = new SqliteDriver(bench.url.slice('sqlite:'.length), { readonly: true });
    return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: handle }), log }), queries, close: async () => { handle.close(); } };
  }
  const pool = new pg.Pool({ connectionString: bench.url, max: 2 });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log });
  return { db, queries, close: () => db.destroy() };
}

/** The statements and in-process time of one dashboard over every partnership of the bench database. */
export async function complianceInProcess(bench: BenchDatabase, size: number): Promise<ComplianceReport> {
  const x = recordingDb(bench);
  const today = londonToday(new Date());
  try {
    const all = await complianceOf(x.db, { kind: 'all' }, 'all', DEFAULT_PROTOCOL_CONFIG, today);
    if (all.length !== size) throw new Error(`complianceOf found ${all.length} partnerships, expected ${size}`);
    const statements = x.queries.length;
    x.queries.length = 0;
    const tenth = all.slice(0, Math.max(1, Math.floor(size / 10))).map((c) => c.partnership.id);
    await complianceOf(x.db, { kind: 'all' }, tenth, DEFAULT_PROTOCOL_CONFIG, today);
    const statementsAtTenth = x.queries.length;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      dashboardOf(await complianceOf(x.db, { kind: 'all' }, 'all', DEFAULT_PROTOCOL_CONFIG, today), DEFAULT_COMPLIANCE_QUERY);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const batched = statements <= Math.ceil(size / BATCH) * statementsAtTenth;
    return { database: bench.label, size, statements, statementsAtTenth, batched, inProcessMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await x.close();
  }
}

/**
 * One request at a time: the first after a change (signing in again records an audit event, so the server
 * evaluates the council again), timed alone; then the median of those that find the evaluation kept.
 */
export async function complianceSequential(base: string, signIn: (base: string) => Promise<string>, size: number): Promise<{ ms: number; firstMs: number; bytes: number }> {
  const cookie = await signIn(base);
  const get = async () => {
    const res = await fetch(`${base}${COMPLIANCE_PATH}`, { headers: { cookie }, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${COMPLIANCE_PATH} answered ${res.status}: ${body.slice(0, 300)}`);
    if (!body.includes(`${size.toLocaleString('en-GB')} partnerships`)) throw new Error(`${COMPLIANCE_PATH} does not show ${size} partnerships`);
    return Buffer.byteLength(body);
  };
  const started = performance.now();
  const bytes = await get();
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t = performance.now();
    await get();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, firstMs, bytes };
}

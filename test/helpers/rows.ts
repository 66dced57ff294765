// Row counts and the newest audit events: how tests prove that a refused request changed nothing.
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.ts';

export const COUNTED_TABLES = ['users', 'sessions', 'audit_events', 'sign_in_throttle'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type RowCounts = Record<CountedTable, number>;

export async function rowCounts(database: Database): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const table of COUNTED_TABLES) {
    const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

export async function lastAuditSeq(database: Database): Promise<number> {
  const row = await database.db.selectFrom('audit_events').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** The actions of the audit events written after `seq`, oldest first. */
export async function auditActionsAfter(database: Database, seq: number): Promise<string[]> {
  const rows = await database.db.selectFrom('audit_events').select('action').where('seq', '>', seq).orderBy('seq').execute();
  return rows.map((r) => r.action);
}

/** The row counts and the last audit sequence number in one query (for tests that take thousands). */
export async function rowCountsAndSeq(database: Database): Promise<RowCounts & { seq: number }> {
  const result = await sql<Record<CountedTable | 'seq', number | string | null>>`select
    (select count(*) from users) as users,
    (select count(*) from sessions) as sessions,
    (select count(*) from audit_events) as audit_events,
    (select count(*) from sign_in_throttle) as sign_in_throttle,
    (select max(seq) from audit_events) as seq`.execute(database.db);
  const row = result.rows[0]!;
  return {
    users: Number(row.users),
    sessions: Number(row.sessions),
    audit_events: Number(row.audit_events),
    sign_in_throttle: Number(row.sign_in_throttle),
    seq: Number(row.seq ?? 0),
  };
}

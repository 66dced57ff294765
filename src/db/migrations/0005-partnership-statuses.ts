// Statuses: 'withdrawn' (a partnership entered by mistake, kept on the register with the reason), and
// 'awaiting-approval' and 'under-review' for the lifecycle that comes next; when and why it was withdrawn.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

// The list as 0002 wrote it, and as it is from here on (our own constants, never input).
const BEFORE = ['proposed', 'screened', 'business-case', 'approved', 'setting-up', 'operating', 'exiting', 'dissolved', 'not-applicable', 'rejected'];
const AFTER = ['proposed', 'screened', 'business-case', 'awaiting-approval', 'approved', 'setting-up', 'operating', 'under-review', 'exiting', 'dissolved', 'not-applicable', 'rejected', 'withdrawn'];

const checkOf = (values: string[]) => `check (status in (${values.map((v) => `'${v}'`).join(', ')}))`;

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table partnerships drop constraint partnerships_status_check`.execute(db);
    await sql.raw(`alter table partnerships add constraint partnerships_status_check ${checkOf(AFTER)}`).execute(db);
  } else {
    await rebuildSqlite(db);
  }
  await db.schema.alterTable('partnerships').addColumn('withdrawn_at', 'text').execute();
  await db.schema.alterTable('partnerships').addColumn('withdrawal_reason', 'text').execute();
}

/**
 * SQLite cannot alter a CHECK, so the table is rebuilt: created anew from its own definition with only
 * the status list changed, copied, dropped, renamed, its indexes recreated. Migrations run in one
 * transaction, where `PRAGMA foreign_keys = OFF` does nothing; dropping the table would then delete
 * its partners, representatives, priorities and search tokens through ON DELETE CASCADE. So the rows
 * of every table referring to it are kept aside and emptied first, and put back once the new table
 * has the old name (SQLite's RENAME points their references at it).
 */
async function rebuildSqlite(db: Kysely<any>): Promise<void> {
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'partnerships'`.execute(db);
  const definition = table.rows[0]?.sql ?? '';
  const head = 'CREATE TABLE "partnerships" (';
  if (!definition.startsWith(head) || definition.split(checkOf(BEFORE)).length !== 2) {
    throw new Error('partnerships is not as migration 0002 made it: its status CHECK cannot be rebuilt safely');
  }
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'partnerships' and sql is not null order by name`.execute(db);
  const children = await sql<{ name: string }>`
    select distinct m.name from sqlite_master m, pragma_foreign_key_list(m.name) f
    where m.type = 'table' and f."table" = 'partnerships' order by m.name`.execute(db);
  for (const { name } of children.rows) {
    // A child's own children would lose rows to the cascade below; none exist when this migration is written.
    const grandchildren = await sql<{ n: number }>`
      select count(*) as n from sqlite_master m, pragma_foreign_key_list(m.name) f where m.type = 'table' and f."table" = ${name}`.execute(db);
    if (Number(grandchildren.rows[0]?.n ?? 0) > 0) throw new Error(`${name} has tables referring to it: extend migration 0005 before rebuilding partnerships`);
  }

  const created = definition.replace(head, 'CREATE TABLE "partnerships_0005" (').replace(checkOf(BEFORE), checkOf(AFTER));
  await sql.raw(created).execute(db);
  await sql`insert into partnerships_0005 select * from partnerships`.execute(db);
  for (const { name } of children.rows) {
    await sql.raw(`create temp table "keep_${name}" as select * from "${name}"`).execute(db);
    await sql.raw(`delete from "${name}"`).execute(db);
  }
  await sql`drop table partnerships`.execute(db);
  await sql`alter table partnerships_0005 rename to partnerships`.execute(db);
  for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
  for (const { name } of children.rows) {
    await sql.raw(`insert into "${name}" select * from "keep_${name}"`).execute(db);
    await sql.raw(`drop table "keep_${name}"`).execute(db);
  }
  const broken = await sql<{ table: string }>`select "table" from pragma_foreign_key_check`.execute(db);
  if (broken.rows.length) throw new Error(`rebuilding partnerships broke references from ${broken.rows.map((r) => r.table).join(', ')}`);
}

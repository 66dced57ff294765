// Migrations from an empty database on each dialect, the append-only audit table, and a snapshot of
// the schema they produce (UPDATE_SNAPSHOTS=1 rewrites test/snapshots/schema.<dialect>.txt).
import { ROLE_LABELS, ROLES, type Role } from '../../src/domain/access/roles.ts';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Database, DialectName } from '../../src/db/database.ts';
import { migrateToLatest, pendingMigrations } from '../../src/db/migrate.ts';
import { MIGRATION_NAMES } from '../../src/db/migrations/index.ts';
import { GENESIS_HASH } from '../../src/db/migrations/0001-platform.ts';
import { readAuditHead } from '../../src/db/repositories/audit.repo.ts';
import { DECISION_MAKERS, DECISION_OUTCOMES, DECISION_SUBJECTS } from '../../src/domain/lifecycle/decisions.ts';
import { LIFECYCLE_ACTIONS } from '../../src/domain/lifecycle/transitions.ts';
import { indexedWords } from '../../src/domain/overlap/overlaps.ts';
import { dialectsUnderTest, emptyDatabase, type FreshDatabase } from '../helpers/databases.ts';

const SNAPSHOTS = join(import.meta.dirname, '..', 'snapshots');

/** The schema as text that is the same on every run: no OIDs, no generated schema names. */
async function dumpSchema(database: Database): Promise<string> {
  const lines: string[] = [];
  if (database.dialect === 'sqlite') {
    const { rows } = await sql<{ type: string; name: string; tbl_name: string; sql: string | null }>`
      select type, name, tbl_name, sql from sqlite_master
      where name not like 'sqlite_%' and tbl_name not like 'kysely_%'
      order by name`.execute(database.db);
    for (const r of rows) {
      lines.push(`${r.type} ${r.name} on ${r.tbl_name}`);
      lines.push(`  ${(r.sql ?? '(automatic)').replace(/\s+/g, ' ').trim()}`);
    }
    return `${lines.join('\n')}\n`;
  }
  const { rows: here } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  const schema = here[0]!.schema;
  const anon = (s: string | null) => (s ?? '').split(`${schema}.`).join('').split(schema).join('<schema>');

  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = ${schema} and table_name not like 'kysely_%' order by table_name`.execute(database.db);
  lines.push('# tables', ...tables.rows.map((r) => r.table_name));

  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>`
    select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
    where table_schema = ${schema} and table_name not like 'kysely_%'
    order by table_name, ordinal_position`.execute(database.db);
  lines.push('# columns');
  for (const c of columns.rows) {
    lines.push(`${c.table_name}.${c.column_name} ${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}${c.column_default ? ` default ${anon(c.column_default)}` : ''}`);
  }

  // pg_constraint rather than information_schema.table_constraints: the latter lists NOT NULL checks
  // under names made of OIDs, which differ on every run. Not-null is in the columns above.
  const constraints = await sql<{ table_name: string; name: string; type: string; definition: string }>`
    select rel.relname as table_name, con.conname as name, con.contype as type, pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = con.connamespace
    where ns.nspname = ${schema} and con.contype in ('p', 'u', 'f', 'c', 'x') and rel.relname not like 'kysely_%'
    order by rel.relname, con.conname`.execute(database.db);
  lines.push('# constraints');
  for (const c of constraints.rows) lines.push(`${c.table_name} ${c.name} ${c.type}: ${anon(c.definition)}`);

  const indexes = await sql<{ tablename: string; indexname: string; indexdef: string }>`
    select tablename, indexname, indexdef from pg_indexes
    where schemaname = ${schema} and tablename not like 'kysely_%' order by tablename, indexname`.execute(database.db);
  lines.push('# indexes');
  for (const i of indexes.rows) lines.push(`${i.tablename} ${i.indexname}: ${anon(i.indexdef)}`);

  const triggers = await sql<{ trigger_name: string; event_object_table: string; action_timing: string; event_manipulation: string; action_orientation: string; action_statement: string }>`
    select trigger_name, event_object_table, action_timing, event_manipulation, action_orientation, action_statement
    from information_schema.triggers where trigger_schema = ${schema}
    order by event_object_table, trigger_name, event_manipulation`.execute(database.db);
  lines.push('# triggers');
  for (const t of triggers.rows) {
    lines.push(`${t.event_object_table} ${t.trigger_name}: ${t.action_timing} ${t.event_manipulation} for each ${t.action_orientation.toLowerCase()} ${anon(t.action_statement)}`);
  }

  const functions = await sql<{ name: string; definition: string }>`
    select p.proname as name, pg_get_functiondef(p.oid) as definition
    from pg_proc p join pg_namespace ns on ns.oid = p.pronamespace
    where ns.nspname = ${schema} order by p.proname`.execute(database.db);
  lines.push('# functions');
  for (const f of functions.rows) lines.push(`${f.name}: ${anon(f.definition).replace(/\s+/g, ' ').trim()}`);
  return `${lines.join('\n')}\n`;
}

/** A line diff (longest common subsequence), "-" for the snapshot's lines, "+" for the database's. */
function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! > lcs[i + 1]![j]!)) {
      out.push(`+ ${b[j++]}`);
    } else {
      out.push(`- ${a[i++]}`);
    }
  }
  return out.join('\n');
}

function checkSnapshot(dialect: DialectName, actual: string): void {
  const file = join(SNAPSHOTS, `schema.${dialect}.txt`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `${file} is missing: run with UPDATE_SNAPSHOTS=1 to write it`);
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return;
  assert.fail(
    `The ${dialect} schema differs from test/snapshots/schema.${dialect}.txt ` +
      `(- snapshot, + database). If the change is intended, run with UPDATE_SNAPSHOTS=1 and commit the file.\n${lineDiff(expected, actual)}`,
  );
}

const AUDIT_ROW = {
  seq: 1,
  id: '01936f2a-7b1c-7d3e-8f00-0123456789ab',
  occurred_at: '2025-01-06T09:00:00.000Z',
  actor_id: null,
  actor_label: 'system',
  request_id: null,
  entity_type: 'test',
  entity_id: 'x',
  action: 'created',
  changes: '{"before":null,"after":{}}',
  prev_hash: GENESIS_HASH,
  hash: 'f'.repeat(64),
};

for (const dialect of dialectsUnderTest()) {
  describe(`migrations [${dialect}]`, () => {
    let fresh: FreshDatabase;
    before(async () => {
      fresh = await emptyDatabase(dialect);
    });
    after(() => fresh?.drop());

    it('an empty database has every migration pending, in order', async () => {
      assert.ok(MIGRATION_NAMES.length > 0);
      assert.deepEqual(await pendingMigrations(fresh.database), MIGRATION_NAMES);
    });

    it('migrateToLatest applies them all, in order', async () => {
      assert.deepEqual(await migrateToLatest(fresh.database), MIGRATION_NAMES);
      assert.deepEqual(await pendingMigrations(fresh.database), []);
    });

    it('a second run applies none and changes nothing', async () => {
      const before = await dumpSchema(fresh.database);
      assert.deepEqual(await migrateToLatest(fresh.database), []);
      assert.deepEqual(await pendingMigrations(fresh.database), []);
      assert.equal(await dumpSchema(fresh.database), before);
    });

    it('seeds the roles and the genesis head of the audit chain', async () => {
      const roles = await sql<{ name: string; label: string }>`select name, label from roles order by name`.execute(fresh.database.db);
      assert.deepEqual(roles.rows, [
        { name: 'administrator', label: 'Administrator' },
        { name: 'auditor', label: 'Internal audit' },
        { name: 'councillor', label: 'Councillor' },
        { name: 'monitoring-officer', label: 'Monitoring officer' },
        { name: 'officer', label: 'Officer' },
        { name: 'partner-representative', label: 'Partner representative' },
        { name: 'scrutiny', label: 'Overview and Scrutiny' },
        { name: 'sponsoring-officer', label: 'Sponsoring officer' },
      ]);
      // Every role the code knows is a row (users.role references roles.name), with the code's label.
      assert.deepEqual(roles.rows.map((r) => r.name), [...ROLES].sort());
      for (const r of roles.rows) assert.equal(r.label, ROLE_LABELS[r.name as Role], r.name);
      assert.deepEqual(await readAuditHead(fresh.database.db), { seq: 0, hash: GENESIS_HASH });
    });

    it('R-2.6.10 audit events are append-only in the database itself: UPDATE and DELETE are refused', async () => {
      const db = fresh.database.db;
      await db.insertInto('audit_events').values(AUDIT_ROW).execute();
      await assert.rejects(
        db.updateTable('audit_events').set({ actor_label: 'someone else' }).where('seq', '=', 1).execute(),
        /append-only/,
      );
      await assert.rejects(db.updateTable('audit_events').set({ hash: '0'.repeat(64) }).execute(), /append-only/);
      await assert.rejects(db.updateTable('audit_events').set({ partnership_id: 'p1' }).execute(), /append-only/, 'no backfill of a column added later (0007)');
      await assert.rejects(db.deleteFrom('audit_events').where('seq', '=', 1).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_events').execute(), /append-only/);
      const rows = await db.selectFrom('audit_events').selectAll().execute();
      assert.deepEqual(rows.map((r) => ({ ...r, seq: Number(r.seq) })), [{ ...AUDIT_ROW, hash_version: 1, mac: null, partnership_id: null }]);
    });

    it('refuses a second head row and a user with an unknown role', async () => {
      const db = fresh.database.db;
      await assert.rejects(db.insertInto('audit_head').values({ id: 2, seq: 0, hash: GENESIS_HASH }).execute());
      const now = '2025-01-06T09:00:00.000Z';
      const user = { id: 'u1', email: 'a@example.gov.uk', email_normalised: 'a@example.gov.uk', name: 'A', password_hash: 'x', role: 'superuser', active: 1, created_at: now, updated_at: now, password_changed_at: now };
      await assert.rejects(db.insertInto('users').values(user).execute());
      await assert.rejects(db.insertInto('users').values({ ...user, role: 'officer', active: 2 }).execute());
      await db.insertInto('users').values({ ...user, role: 'officer' }).execute();
      await assert.rejects(db.insertInto('users').values({ ...user, id: 'u2', role: 'officer' }).execute(), 'email_normalised is unique');
    });

    it('R-APPROVE seeds the lifecycle actions; a partnership’s decisions and transitions go with it, and unknown values are refused', async () => {
      const db = fresh.database.db;
      const actions = await db.selectFrom('lifecycle_actions').select('name').execute();
      assert.deepEqual(actions.map((a) => a.name).sort(), [...LIFECYCLE_ACTIONS].sort(), 'a row for every action of the transition table');
      const now = '2026-01-05T09:00:00.000Z';
      const partnership = (id: string, n: number) => ({
        id, reference: `P-2026-${n}`, reference_year: 2026, reference_number: n, name: `P ${n}`, name_folded: `p ${n}`, purpose: 'x', expected_outcomes: 'y',
        rationale: '[]', wellbeing: '[]', legal_form: 'informal', status: 'approved', created_at: now, updated_at: now,
      });
      await db.insertInto('partnerships').values([partnership('p1', 1), partnership('p2', 2)]).execute();
      const decision = (id: string, partnershipId: string) => ({
        id, partnership_id: partnershipId, subject: 'partnership', outcome: 'approved', decision_maker: 'cabinet', decided_on: '2026-03-12', reference: 'CAB/2026/031', recorded_at: now,
      });
      await db.insertInto('partnership_decisions').values([decision('d1', 'p1'), decision('d2', 'p2')]).execute();
      const transition = (partnershipId: string, seq: number, action: string, decisionId: string | null) => ({
        partnership_id: partnershipId, seq, action, from_status: 'awaiting-approval', to_status: 'approved', occurred_at: now, actor_label: 'Ada', decision_id: decisionId,
      });
      await db.insertInto('partnership_transitions').values([transition('p1', 1, 'approve', 'd1'), transition('p2', 1, 'approve', 'd2')]).execute();

      await assert.rejects(db.insertInto('partnership_transitions').values(transition('p1', 2, 'promote', null)).execute(), 'an action not in lifecycle_actions');
      await assert.rejects(db.insertInto('partnership_transitions').values(transition('p1', 1, 'approve', null)).execute(), 'one transition per (partnership, seq)');
      await assert.rejects(db.insertInto('partnership_transitions').values(transition('nope', 1, 'approve', null)).execute(), 'a partnership that does not exist');
      const chosen = [...DECISION_SUBJECTS.map((v) => ['subject', v]), ...DECISION_OUTCOMES.map((v) => ['outcome', v]), ...DECISION_MAKERS.map((v) => ['decision_maker', v])];
      for (const [i, [column, value]] of chosen.entries()) {
        await db.insertInto('partnership_decisions').values({ ...decision(`ok-${i}`, 'p2'), [column!]: value }).execute();
      }
      for (const [column, value] of [['subject', 'budget'], ['outcome', 'deferred'], ['decision_maker', 'mayor']] as const) {
        await assert.rejects(db.insertInto('partnership_decisions').values({ ...decision('d3', 'p1'), [column]: value }).execute(), `${column} ${value}`);
      }

      await db.deleteFrom('partnerships').where('id', '=', 'p1').execute();
      assert.deepEqual(await db.selectFrom('partnership_decisions').select('id').where('partnership_id', '=', 'p1').execute(), [], 'its decisions go with it');
      assert.ok(await db.selectFrom('partnership_decisions').select('id').where('id', '=', 'd2').executeTakeFirst(), 'no other’s');
      assert.deepEqual(await db.selectFrom('partnership_transitions').select(['partnership_id', 'seq']).execute(), [{ partnership_id: 'p2', seq: 1 }]);
      await db.deleteFrom('partnerships').where('id', '=', 'p2').execute();
    });

    it(`the schema matches test/snapshots/schema.${dialect}.txt`, async () => {
      checkSnapshot(dialect, await dumpSchema(fresh.database));
    });
  });
}

const LATER_COLUMNS = ['withdrawn_at', 'withdrawal_reason', 'own_priorities', 'confirmed_by', 'confirmed_on', 'organisational_plan_reference', 'codes_acknowledged_on'];

// 0005 widens the statuses CHECK; on SQLite that rebuilds the partnerships table, whose partners,
// representatives, priorities and search tokens refer to it with ON DELETE CASCADE.
for (const dialect of dialectsUnderTest()) {
  describe(`migration 0005-partnership-statuses on a register with data [${dialect}]`, () => {
    let fresh: FreshDatabase;
    const now = '2026-01-05T09:00:00.000Z';
    const snapshot = async (db: Database['db']) => {
      const tables = ['organisations', 'people', 'corporate_priorities', 'partnerships', 'partnership_partners', 'partnership_representatives', 'partnership_priorities', 'partnership_search'] as const;
      const out: Record<string, unknown[]> = {};
      for (const t of tables) {
        const rows = await db.selectFrom(t).selectAll().execute();
        // withdrawn_at and withdrawal_reason are new in 0005, the partners' confirmations and the
        // representatives' acknowledgement in 0013: compare what was there before.
        out[t] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !LATER_COLUMNS.includes(k)))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      }
      return out;
    };
    before(async () => {
      fresh = await emptyDatabase(dialect);
    });
    after(() => fresh?.drop());

    it('keeps every row of the partnerships table and of every table referring to it, and allows the new statuses', async () => {
      const { MIGRATIONS } = await import('../../src/db/migrations/index.ts');
      const at = MIGRATIONS.findIndex(([name]) => name === '0005-partnership-statuses');
      assert.ok(at > 0, '0005 is registered');
      // Migrate to just before 0005, recording what was applied as the migrator does.
      await fresh.database.db.transaction().execute(async (trx) => {
        const db = trx as unknown as Kysely<any>;
        await db.schema.createTable('accord_migrations').addColumn('name', 'text', (c) => c.primaryKey()).addColumn('applied_at', 'text', (c) => c.notNull()).execute();
        for (const [name, module] of MIGRATIONS.slice(0, at)) {
          await module.up(db, { dialect });
          await db.insertInto('accord_migrations').values({ name, applied_at: now }).execute();
        }
      });
      const db = fresh.database.db as unknown as Kysely<any>;
      await db.insertInto('organisations').values([
        { id: 'o1', name: 'Council', name_folded: 'council', sector: 'public', is_this_council: 1, created_at: now, updated_at: now },
        { id: 'o2', name: 'Trust', name_folded: 'trust', sector: 'health', is_this_council: 0, created_at: now, updated_at: now },
      ]).execute();
      await db.insertInto('people').values({ id: 'pe1', name: 'Olu', name_folded: 'olu', organisation_id: 'o1', council_role: 'officer', created_at: now, updated_at: now }).execute();
      await db.insertInto('corporate_priorities').values({ id: 'c1', title: 'Homes', position: 1, created_at: now, updated_at: now }).execute();
      const partnership = (id: string, n: number, status: string) => ({
        id, reference: `P-2026-${n}`, reference_year: 2026, reference_number: n, name: `P ${n}`, name_folded: `p ${n}`, purpose: 'x', expected_outcomes: 'y',
        rationale: '[]', wellbeing: '[]', legal_form: 'informal', status, council_contribution_pence: 2_500_000_00 * n, within_approved_budget: 1,
        sponsoring_officer_id: 'pe1', accountable_officer_id: 'pe1', created_at: now, updated_at: now,
      });
      await db.insertInto('partnerships').values([partnership('p1', 1, 'operating'), partnership('p2', 2, 'rejected')]).execute();
      await db.insertInto('partnership_partners').values([
        { partnership_id: 'p1', organisation_id: 'o1', role: 'lead', member_status: 'voting', position: 0 },
        { partnership_id: 'p1', organisation_id: 'o2', role: 'member', member_status: 'voting', position: 1 },
        { partnership_id: 'p2', organisation_id: 'o2', role: 'lead', member_status: 'observer', position: 0 },
      ]).execute();
      await db.insertInto('partnership_representatives').values({ partnership_id: 'p1', person_id: 'pe1', capacity: 'officer', position: 0 }).execute();
      await db.insertInto('partnership_priorities').values({ partnership_id: 'p2', priority_id: 'c1', how: 'Builds homes' }).execute();
      await db.insertInto('partnership_search').values([{ token: 'p', partnership_id: 'p1' }, { token: 'trust', partnership_id: 'p2' }]).execute();
      await assert.rejects(db.updateTable('partnerships').set({ status: 'withdrawn' }).where('id', '=', 'p1').execute(), 'before 0005 the CHECK refuses withdrawn');
      const before = await snapshot(fresh.database.db);

      assert.deepEqual((await migrateToLatest(fresh.database)).slice(0, 1), ['0005-partnership-statuses']);

      assert.deepEqual(await snapshot(fresh.database.db), before, 'every row is kept, unchanged');
      for (const status of ['withdrawn', 'awaiting-approval', 'under-review']) {
        await db.updateTable('partnerships').set({ status }).where('id', '=', 'p1').execute();
      }
      await db.updateTable('partnerships').set({ withdrawn_at: now, withdrawal_reason: 'Entered twice' }).where('id', '=', 'p1').execute();
      await assert.rejects(db.updateTable('partnerships').set({ status: 'deleted' }).where('id', '=', 'p1').execute(), 'the CHECK still refuses an unknown status');
      // The references still hold: a partner of a partnership that does not exist is refused, and
      // deleting a partnership still takes its partners with it.
      await assert.rejects(db.insertInto('partnership_partners').values({ partnership_id: 'nope', organisation_id: 'o1', role: 'lead', member_status: 'voting', position: 0 }).execute());
      await db.deleteFrom('partnerships').where('id', '=', 'p2').execute();
      assert.deepEqual(await db.selectFrom('partnership_partners').select('partnership_id').where('partnership_id', '=', 'p2').execute(), []);
      assert.equal((await db.selectFrom('partnership_partners').select('partnership_id').where('partnership_id', '=', 'p1').execute()).length, 2);
    });
  });
}

// 0032 fills the overlap words (R-2.4b) of the partnerships already recorded, as the app keeps them.
for (const dialect of dialectsUnderTest()) {
  describe(`migration 0032-overlap-words on a register with data [${dialect}]`, () => {
    let fresh: FreshDatabase;
    before(async () => {
      fresh = await emptyDatabase(dialect);
    });
    after(() => fresh?.drop());

    it('R-2.4b: indexes the words of every partnership already recorded, as indexedWords says', async () => {
      const { MIGRATIONS } = await import('../../src/db/migrations/index.ts');
      const at = MIGRATIONS.findIndex(([name]) => name === '0032-overlap-words');
      assert.ok(at > 0, '0032 is registered');
      const now = '2026-12-05T09:00:00.000Z';
      await fresh.database.db.transaction().execute(async (trx) => {
        const db = trx as unknown as Kysely<any>;
        await db.schema.createTable('accord_migrations').addColumn('name', 'text', (c) => c.primaryKey()).addColumn('applied_at', 'text', (c) => c.notNull()).execute();
        for (const [name, module] of MIGRATIONS.slice(0, at)) {
          await module.up(db, { dialect });
          await db.insertInto('accord_migrations').values({ name, applied_at: now }).execute();
        }
      });
      const db = fresh.database.db as unknown as Kysely<any>;
      await db.insertInto('organisations').values({ id: 'o1', name: 'Council', name_folded: 'council', sector: 'public', is_this_council: 1, created_at: now, updated_at: now }).execute();
      await db.insertInto('people').values({ id: 'pe1', name: 'Olu', name_folded: 'olu', organisation_id: 'o1', council_role: 'officer', created_at: now, updated_at: now }).execute();
      const texts = [
        { name: 'Kite flying for lighthouse keepers', purpose: 'Kite flying lessons on the coast.', expectedOutcomes: 'Calmer keepers.' },
        { name: 'Quarry roads', purpose: 'Resurface the quarry roads.', expectedOutcomes: 'Smoother journeys.' },
      ];
      await db.insertInto('partnerships').values(texts.map((x, i) => ({
        id: `p${i + 1}`, reference: `P-2026-${i + 1}`, reference_year: 2026, reference_number: i + 1, name: x.name, name_folded: x.name.toLowerCase(), purpose: x.purpose,
        expected_outcomes: x.expectedOutcomes, rationale: '[]', wellbeing: '[]', legal_form: 'informal', status: 'operating', council_contribution_pence: null,
        within_approved_budget: 1, sponsoring_officer_id: 'pe1', accountable_officer_id: 'pe1', created_at: now, updated_at: now,
      }))).execute();

      assert.deepEqual(await migrateToLatest(fresh.database), MIGRATIONS.slice(at).map(([name]) => name));

      for (const [i, x] of texts.entries()) {
        const rows = await db.selectFrom('partnership_words').select('word').where('partnership_id', '=', `p${i + 1}`).execute();
        assert.deepEqual(rows.map((r: { word: string }) => r.word).sort(), indexedWords(x).sort());
      }
      assert.ok(indexedWords(texts[0]!).includes('lighthouse'), 'the words are the content words');
    });
  });
}

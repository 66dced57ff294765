// `accord demo`: an empty register filled with a realistic example council through the real use cases
// (so audited, R-2.6.10); refused on a register that already has partnerships unless --force.
// Runs the command line in-process against a SQLite file and, with TEST_DATABASE_URL, a PostgreSQL schema.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { DemoRefusedError, loadDemoData } from '../../src/app/demo-data.ts';
import { DEMO_PARTNERSHIPS } from '../../src/app/demo-data/partnerships.ts';
import { SYSTEM, uuidIds } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { Database, type DialectName } from '../../src/db/database.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { LEGAL_FORMS, SECTORS, type LegalForm } from '../../src/domain/register/vocabulary.ts';
import { cli } from '../helpers/cli.ts';
import { TestClock } from '../helpers/clock.ts';
import { dialectsUnderTest, forEachDatabase, POSTGRES_URL } from '../helpers/databases.ts';
import { organisationDetails } from '../helpers/factories.ts';

const COUNCIL = 'Brackenford Borough Council';

/** A DATABASE_URL of the dialect that the CLI can open, and a handle on the same data for the test. */
async function place(dialect: DialectName): Promise<{ env: Record<string, string>; database: Database; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'accord-demo-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`, DATA_DIR: dir, COUNCIL_NAME: COUNCIL };
    return {
      env,
      database: Database.fromUrl(env.DATABASE_URL),
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `accord_demo_${randomBytes(6).toString('hex')}`;
  const admin = Database.postgres(POSTGRES_URL!, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const url = new URL(POSTGRES_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const dir = mkdtempSync(join(tmpdir(), 'accord-demo-'));
  const env = { DATABASE_URL: url.toString(), DATA_DIR: dir, COUNCIL_NAME: COUNCIL };
  return {
    env,
    database: Database.postgres(POSTGRES_URL!, { searchPath: schema, max: 2 }),
    async drop() {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function count(database: Database, table: 'partnerships' | 'partnership_transitions' | 'screenings' | 'organisations' | 'people' | 'corporate_priorities' | 'audit_events' | 'users' | 'member_seats' | 'quorum_conditions' | 'meetings' | 'rule_changes'): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of dialectsUnderTest()) {
  describe(`accord demo [${dialect}]`, () => {
    let env: Record<string, string>;
    let database: Database;
    let drop: () => Promise<void>;
    let firstRun: { code: number; out: string; err: string };

    before(async () => {
      ({ env, database, drop } = await place(dialect));
      firstRun = await cli(['demo'], env);
    });
    after(async () => {
      await database.close();
      await drop();
    });

    it('fills an empty register and prints what it created', () => {
      assert.equal(firstRun.code, 0, firstRun.err);
      assert.match(firstRun.out, new RegExp(`this council: ${COUNCIL}\\n`));
      assert.match(firstRun.out, /\b3\d partner organisations\b/);
      assert.match(firstRun.out, /\b\d+ corporate priorities\b/);
      assert.match(firstRun.out, /P-\d{4}-\d{3,}\s+Brackenford Community Safety Partnership/);
      assert.match(firstRun.out, /No user accounts were created/);
    });

    it('R-A1.2 creates 15 or more partnerships covering every legal form and several statuses', async () => {
      const rows = await database.db.selectFrom('partnerships').select(['legal_form', 'status', 'within_approved_budget', 'council_contribution_pence', 'start_date', 'expected_end_date', 'sponsoring_officer_id', 'accountable_officer_id']).execute();
      assert.ok(rows.length >= 15, `${rows.length} partnerships`);
      assert.deepEqual(new Set(rows.map((r) => r.legal_form)), new Set(LEGAL_FORMS));
      assert.ok(new Set(rows.map((r) => r.status)).size >= 5, 'at least five statuses');
      assert.ok(rows.some((r) => Number(r.within_approved_budget) === 0), 'some contributions are unbudgeted (R-2.5c)');
      assert.ok(rows.some((r) => Number(r.within_approved_budget) === 1));
      assert.ok(rows.filter((r) => r.start_date && r.expected_end_date).every((r) => r.expected_end_date! >= r.start_date!));
      assert.ok(rows.filter((r) => r.sponsoring_officer_id && r.accountable_officer_id).length >= 15, 'sponsoring and accountable officers named');
    });

    it('issue 8: each example reaches its status through the lifecycle, with its evidence, not by setting it', async () => {
      const rows = await database.db.selectFrom('partnerships').select(['id', 'name', 'status']).execute();
      assert.deepEqual(new Map(rows.map((r) => [r.name, r.status])), new Map(DEMO_PARTNERSHIPS.map((p) => [p.name, p.reach])), 'statuses as the example data says');
      const transitions = await database.db.selectFrom('partnership_transitions').select(['partnership_id', 'seq', 'from_status', 'to_status', 'action']).orderBy('partnership_id').orderBy('seq').execute();
      for (const p of rows) {
        const own = transitions.filter((t) => t.partnership_id === p.id);
        if (p.status === 'proposed') {
          assert.equal(own.length, 0, `${p.name} is registered and left as proposed`);
          continue;
        }
        assert.ok(own.length > 0, `${p.name} has a timeline`);
        // From proposed, each step starting where the last one ended, to the status it is in.
        assert.equal(own[0]!.from_status, 'proposed', p.name);
        own.slice(1).forEach((t, i) => assert.equal(t.from_status, own[i]!.to_status, `${p.name} step ${t.seq}`));
        assert.equal(own.at(-1)!.to_status, p.status, p.name);
      }
      // R-APPROVE: every approved example has its approval on record; R-2.5c: the unbudgeted one its own approval first.
      const decisions = await database.db
        .selectFrom('partnership_decisions as d')
        .innerJoin('partnerships as p', 'p.id', 'd.partnership_id')
        .select(['p.name', 'd.subject', 'd.outcome', 'd.decision_maker', 'd.decided_on', 'd.reference', 'd.reason'])
        .execute();
      const approved = rows.filter((r) => ['approved', 'setting-up', 'operating', 'under-review', 'exiting', 'dissolved'].includes(r.status));
      assert.ok(approved.length >= 10);
      for (const p of approved) assert.ok(decisions.some((d) => d.name === p.name && d.subject === 'partnership' && d.outcome === 'approved'), `${p.name} approved on record`);
      assert.ok(decisions.every((d) => /^[A-Z]+\/\d{4}\/\d{3}$/.test(d.reference ?? '') && d.reference!.includes(d.decided_on.slice(0, 4))), 'references name the year of the decision');
      const energy = decisions.filter((d) => d.name === 'Brackenford Community Energy');
      assert.deepEqual(energy.map((d) => d.subject).sort(), ['partnership', 'unbudgeted-commitment']);
      const rejected = decisions.find((d) => d.outcome === 'rejected');
      assert.ok(rejected?.reason, 'a rejection keeps its reason');
    });

    it('R-2.7doc, R-2.6.5, R-2.16: operating examples hold their first required governance document and most confirmations, honestly partial', async () => {
      const operating = await database.db.selectFrom('partnerships').select(['id', 'name', 'legal_form']).where('status', '=', 'operating').execute();
      const docs = await database.db.selectFrom('documents').select(['partnership_id', 'type', 'title']).execute();
      for (const p of operating) {
        const required = DEFAULT_PROTOCOL_CONFIG.governance.requiredDocuments[p.legal_form as LegalForm];
        const own = docs.filter((d) => d.partnership_id === p.id).map((d) => d.type);
        assert.deepEqual(own, required.slice(0, 1), `${p.name}: its first required document (${required.join(', ') || 'none'})`);
      }
      assert.ok(docs.length >= 5, `${docs.length} documents`);
      const versions = await database.db.selectFrom('document_versions').select(['sha256', 'size_bytes']).execute();
      assert.equal(versions.length, docs.length);
      assert.ok(versions.every((v) => /^[0-9a-f]{64}$/.test(v.sha256) && Number(v.size_bytes) > 100));
      const partners = await database.db
        .selectFrom('partnership_partners as pp')
        .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
        .select(['pp.partnership_id', 'pp.confirmed_on', 'pp.confirmed_by', 'pp.own_priorities', 'o.is_this_council'])
        .where('pp.partnership_id', 'in', operating.map((p) => p.id))
        .execute();
      const others = partners.filter((x) => !Number(x.is_this_council));
      assert.ok(others.filter((x) => x.confirmed_on && x.confirmed_by && x.own_priorities).length > others.length / 2, 'most partners have confirmed');
      assert.ok(others.some((x) => !x.confirmed_on), 'some are still to confirm, so the gap shows');
      const reps = await database.db.selectFrom('partnership_representatives').select('codes_acknowledged_on').where('partnership_id', 'in', operating.map((p) => p.id)).execute();
      assert.ok(reps.some((r) => r.codes_acknowledged_on) && reps.some((r) => !r.codes_acknowledged_on), 'some acknowledgements recorded, some to do');
    });

    it('R-2.6.14, R-2.6.15: operating examples tackle their red indicator and answer a partner’s challenge; those with gaps leave one unanswered', async () => {
      const issues = await database.db.selectFrom('performance_issues').select(['partnership_id', 'trigger', 'indicator_id', 'status']).execute();
      assert.ok(issues.some((x) => x.trigger === 'indicator' && x.indicator_id && x.status === 'open'), 'an open issue names its red indicator');
      assert.ok(issues.some((x) => x.status === 'closed'), 'and one closed');
      const challenges = await database.db.selectFrom('performance_challenges').select(['partnership_id', 'answered_on', 'response']).execute();
      assert.ok(challenges.some((c) => c.answered_on && c.response), 'a challenge answered');
      assert.ok(challenges.some((c) => !c.answered_on), 'a challenge awaiting its answer');
      const tackled = new Set(issues.map((x) => x.partnership_id));
      assert.ok(challenges.filter((c) => !c.answered_on).every((c) => !tackled.has(c.partnership_id)), 'an example with a gap has no issue, so both gaps show');
    });

    it('R-2.6.4, R-2.4e: operating examples hold an annual review approved with its findings, those with gaps one begun', async () => {
      const reviews = await database.db.selectFrom('annual_reviews').select(['id', 'approved_on']).execute();
      assert.ok(reviews.some((r) => r.approved_on) && reviews.some((r) => !r.approved_on), 'approved and in progress');
      const fedBack = await database.db.selectFrom('contribution_evaluations').select(['feedback_sent_on']).execute();
      assert.ok(fedBack.length > 0 && fedBack.every((c) => c.feedback_sent_on), 'each partner fed back');
      assert.ok((await database.db.selectFrom('objective_evaluations').select('id').execute()).length >= reviews.length);
    });

    it('creates 30 or more partner organisations across every sector, and exactly one "this council" named after COUNCIL_NAME', async () => {
      const orgs = await database.db.selectFrom('organisations').select(['name', 'sector', 'is_this_council']).execute();
      const councils = orgs.filter((o) => Number(o.is_this_council) === 1);
      assert.deepEqual(councils.map((o) => o.name), [COUNCIL]);
      const partners = orgs.filter((o) => Number(o.is_this_council) === 0);
      assert.ok(partners.length >= 30, `${partners.length} partner organisations`);
      assert.deepEqual(new Set(partners.map((o) => o.sector)), new Set(SECTORS));
    });

    it('creates council officers and councillors in their roles, linked to no user account, and no users', async () => {
      const people = await database.db
        .selectFrom('people')
        .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
        .select(['people.council_role', 'people.user_id', 'o.is_this_council'])
        .execute();
      const council = people.filter((p) => Number(p.is_this_council) === 1);
      assert.ok(council.filter((p) => p.council_role === 'officer').length >= 5);
      assert.ok(council.filter((p) => p.council_role === 'councillor').length >= 5);
      assert.ok(people.some((p) => Number(p.is_this_council) === 0), 'partners’ contacts too');
      assert.ok(people.every((p) => p.user_id === null));
      // Sponsoring and accountable officers are council officers, never councillors or partners' staff.
      const named = await database.db
        .selectFrom('partnerships as p')
        .innerJoin('people as s', 's.id', 'p.sponsoring_officer_id')
        .innerJoin('people as a', 'a.id', 'p.accountable_officer_id')
        .select(['s.council_role as sponsor', 'a.council_role as accountable'])
        .execute();
      assert.ok(named.length >= 15);
      assert.ok(named.every((n) => n.sponsor === 'officer' && n.accountable === 'officer'), JSON.stringify(named));
      assert.equal(await count(database, 'users'), 0);
    });

    it('R-2.5b links partnerships to 5–7 corporate priorities with how, and records partners, member statuses and representatives', async () => {
      const priorities = await count(database, 'corporate_priorities');
      assert.ok(priorities >= 5 && priorities <= 7, `${priorities} priorities`);
      const links = await database.db.selectFrom('partnership_priorities').select(['partnership_id', 'how']).execute();
      assert.ok(links.every((l) => l.how.trim().length > 10));
      assert.equal(new Set(links.map((l) => l.partnership_id)).size, await count(database, 'partnerships'), 'every partnership serves a priority');
      const partners = await database.db.selectFrom('partnership_partners').select(['role', 'member_status']).execute();
      assert.deepEqual(new Set(partners.map((p) => p.member_status)), new Set(['voting', 'non-voting', 'observer']));
      assert.deepEqual(new Set(partners.map((p) => p.role)), new Set(['lead', 'member', 'associate', 'funder']));
      const reps = await database.db
        .selectFrom('partnership_representatives as r')
        .innerJoin('people', 'people.id', 'r.person_id')
        .select(['r.capacity', 'people.council_role'])
        .execute();
      assert.deepEqual(new Set(reps.map((r) => r.capacity)), new Set(['councillor', 'officer']));
      assert.ok(reps.every((r) => r.capacity === r.council_role), 'councillors sit as councillors, officers as officers');
    });

    it('R-2.6.10 audits every record it made as "command line (demo)"', async () => {
      const events = await database.db.selectFrom('audit_events').select(['actor_label', 'entity_type', 'action']).execute();
      assert.ok(events.length > 0);
      assert.ok(events.every((e) => e.actor_label === 'command line (demo)'));
      // Records are created; partnerships then move through the lifecycle, one event per step.
      const steps = await count(database, 'partnership_transitions');
      assert.ok(steps > 0);
      const stepEvents = events.filter((e) => e.action !== 'created' && e.entity_type === 'partnership');
      assert.equal(stepEvents.length, steps);
      // Besides the steps and screenings, only the records it confirms later change, and the
      // decision rules and meetings it adds (R-2.8a, R-2.8b, R-2.8g) and its performance (R-A1.3, R-2.9), each audited.
      const others = events.filter((e) => e.action !== 'created' && !['partnership', 'screening'].includes(e.entity_type));
      assert.deepEqual(
        new Set(others.map((e) => `${e.entity_type} ${e.action}`)),
        new Set(['partnership-partner updated', 'partnership-representative updated', 'member-seat added', 'voting-rule added', 'quorum-condition added', 'rule-change recorded', 'quorum-condition updated', 'interest added', 'delegated-authority added', 'forward-plan-entry added', 'meeting added', 'meeting attendance-recorded', 'agenda-item added', 'declaration added', 'agenda-item vote-recorded', 'agenda-item members-told', 'agenda-item ratified', 'action added', 'objective added', 'outcome-indicator added', 'indicator-measurement added', 'reporting-line added', 'performance-report added', 'plan-action added', 'plan-refresh added', 'risk added', 'risk-review added', 'risk-control added', 'funding-proposal added', 'funding-proposal updated', 'performance-issue added', 'performance-challenge added', 'annual-review added', 'objective-evaluation added', 'contribution-evaluation added', 'annual-review updated', 'termination-provision added', 'exit-arrangement added', 'dissolution-item added', 'publication added']),
      );
      // R-2.8g: a board meeting held, with a vote decided on its attendance, and the next one called.
      assert.ok((await count(database, 'meetings')) >= 2, 'some examples have meetings');
      const outcomes = await database.db.selectFrom('agenda_items').select(['outcome', 'explanation']).where('outcome', 'is not', null).execute();
      assert.ok(outcomes.length > 0 && outcomes.every((o) => o.outcome === 'carried' && /\(R-2\.8a\)/.test(o.explanation ?? '')), JSON.stringify(outcomes));
      assert.equal(events.filter((e) => e.entity_type === 'member-seat').length, await count(database, 'member_seats'));
      assert.ok((await count(database, 'quorum_conditions')) > 0, 'some examples have a quorum');
      // R-2.7(n): some examples changed their quorum, the earlier one kept by the change.
      assert.ok((await count(database, 'rule_changes')) > 0, 'some examples changed their rules');
      // each screening step comes with its screening, audited on its own.
      assert.equal(events.filter((e) => e.entity_type === 'screening' && e.action === 'recorded').length, await count(database, 'screenings'));
      assert.ok((await count(database, 'screenings')) > 0);
      const created = (type: string) => events.filter((e) => e.entity_type === type && e.action === 'created').length;
      assert.equal(created('partnership'), await count(database, 'partnerships'));
      assert.equal(created('organisation'), await count(database, 'organisations'));
      assert.equal(created('person'), await count(database, 'people'));
      assert.equal(created('corporate-priority'), await count(database, 'corporate_priorities'));
    });

    it('refuses a second run with a non-zero exit, changing nothing', async () => {
      const before = { p: await count(database, 'partnerships'), a: await count(database, 'audit_events') };
      const again = await cli(['demo'], env);
      assert.equal(again.code, 1);
      assert.match(again.err, /already has \d+ partnerships/);
      assert.match(again.err, /--force/);
      assert.equal(again.out, '');
      assert.deepEqual({ p: await count(database, 'partnerships'), a: await count(database, 'audit_events') }, before);
    });

    it('with --force adds the partnerships again, reusing the organisations, people and priorities', async () => {
      const before = {
        partnerships: await count(database, 'partnerships'),
        organisations: await count(database, 'organisations'),
        people: await count(database, 'people'),
        priorities: await count(database, 'corporate_priorities'),
      };
      const forced = await cli(['demo', '--force'], env);
      assert.equal(forced.code, 0, forced.err);
      assert.match(forced.out, /already there, reused/);
      assert.deepEqual(
        {
          partnerships: await count(database, 'partnerships'),
          organisations: await count(database, 'organisations'),
          people: await count(database, 'people'),
          priorities: await count(database, 'corporate_priorities'),
        },
        { ...before, partnerships: before.partnerships * 2 },
      );
      const councils = await database.db.selectFrom('organisations').select('id').where('is_this_council', '=', 1).execute();
      assert.equal(councils.length, 1);
    });

    it('R-2.6.10 leaves the audit chain intact', async () => {
      const result = await verifyAuditChain(database);
      assert.equal(result.intact, true, JSON.stringify(result));
      assert.equal(result.count, await count(database, 'audit_events'));
      const verify = await cli(['audit', 'verify'], env);
      assert.equal(verify.code, 0, verify.err);
      assert.match(verify.out, /Audit chain intact/);
    });
  });
}

forEachDatabase('demo data, in the application', (ctx) => {
  const clock = new TestClock('2030-06-15T12:00:00.000Z');

  it('will not take over an organisation named like the council that is not marked as this council', async () => {
    const deps = { database: ctx.database, clock, ids: uuidIds };
    await createOrganisation(deps, SYSTEM, organisationDetails('Northtown Council', { sector: 'public', isThisCouncil: false }));
    await assert.rejects(loadDemoData(deps, { councilName: 'Northtown Council', force: false }), (e: unknown) => {
      assert.ok(e instanceof DemoRefusedError);
      assert.match(e.message, /not marked as this council/);
      return true;
    });
    assert.equal(await count(ctx.database, 'partnerships'), 0);
  });

  it('dates the example from the year it is loaded, so the register looks current', async () => {
    const deps = { database: ctx.database, clock, ids: uuidIds };
    const result = await loadDemoData(deps, { councilName: 'Southtown Council', force: false });
    assert.equal(result.council.created, true);
    assert.ok(result.partnerships.every((p) => p.reference.startsWith('P-2030-')));
    const operating = await ctx.database.db.selectFrom('partnerships').select(['start_date']).where('status', '=', 'operating').execute();
    assert.ok(operating.every((p) => p.start_date === null || p.start_date <= '2030-06-15'), 'operating partnerships have started');
    const proposed = await ctx.database.db.selectFrom('partnerships').select(['start_date']).where('status', 'in', ['business-case', 'approved']).execute();
    assert.ok(proposed.some((p) => p.start_date !== null && p.start_date > '2030-06-15'), 'some planned ones start later');
  });
});

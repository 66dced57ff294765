// Withdrawing a partnership entered by mistake (officers, with a reason; it stays on the register) and
// deleting one (administrators alone, while nothing but its own parts refers to it), through the pages.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { summaryLinks } from '../helpers/html.ts';

forEachDatabase('withdrawing and deleting a partnership', (ctx) => {
  let t: TestApp;
  let officer: Client;
  let admin: Client;
  let auditor: Client;
  let council: string;
  let partner: string;
  let sponsor: string;
  let n = 0;

  const register = async (name: string) => {
    n += 1;
    const p = await createPartnership(t.deps, SYSTEM, partnershipDetails({
      name: `${name} ${n}`,
      sponsoringOfficerId: sponsor,
      partners: [{ organisationId: council, role: 'lead', memberStatus: 'voting' }, { organisationId: partner, role: 'member', memberStatus: 'voting' }],
      representatives: [{ personId: sponsor, capacity: 'officer' }],
    }));
    return p;
  };
  const rows = async (table: 'partnerships' | 'partnership_partners' | 'partnership_representatives' | 'partnership_search', id: string) => {
    const { rows: found } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(table === 'partnerships' ? 'id' : 'partnership_id')} = ${id}`.execute(ctx.database.db);
    return Number(found[0]?.n ?? 0);
  };

  before(async () => {
    t = await startApp(ctx.database);
    council = (await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }))).id;
    partner = (await createOrganisation(t.deps, SYSTEM, organisationDetails('Riverside Trust', { sector: 'vcse' }))).id;
    sponsor = (await createPerson(t.deps, SYSTEM, personDetails('Olu Officer', council, { councilRole: 'officer' }))).id;
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });
  after(() => t.close());

  it('an officer sees Withdraw but not Delete on the partnership page; an administrator sees both; internal audit neither', async () => {
    const p = await register('Buttons');
    const page = (c: Client) => c.get(`/partnerships/${p.id}`).then((r) => r.body);
    const o = await page(officer);
    assert.match(o, new RegExp(`href="/partnerships/${p.id}/withdraw"[^>]*>\\s*Withdraw partnership`));
    assert.doesNotMatch(o, /Delete partnership/);
    assert.match(await page(admin), /Delete partnership/);
    const a = await page(auditor);
    assert.doesNotMatch(a, /Withdraw partnership|Delete partnership/);
  });

  it('an officer withdraws a partnership with a reason: kept on the register as withdrawn, audited, final', async () => {
    const p = await register('Registered twice');
    const form = await officer.get(`/partnerships/${p.id}/withdraw`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /govuk-warning-text/);

    // No reason: 400, a GOV.UK error summary, nothing changed.
    const blank = await officer.post(`/partnerships/${p.id}/withdraw`, { reason: '  ' });
    assert.equal(blank.statusCode, 400);
    assert.deepEqual(summaryLinks(blank.body), ['reason']);
    assert.match(blank.body, /Enter why the partnership is being withdrawn/);

    const res = await officer.post(`/partnerships/${p.id}/withdraw`, { reason: 'Entered twice: see <the other one>' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/partnerships/${p.id}`);
    const page = await officer.follow(res);
    assert.match(page.body, /has been withdrawn/);
    assert.match(page.body, /govuk-tag[^"]*">\s*Withdrawn/);
    assert.match(page.body, /Entered twice: see &lt;the other one&gt;/, 'the reason shows, escaped');
    assert.doesNotMatch(page.body, /Withdraw partnership|Change partnership/, 'withdrawn is final');
    assert.equal(await rows('partnerships', p.id), 1, 'still on the register');
    const list = await officer.get('/partnerships?status=withdrawn');
    assert.match(list.body, new RegExp(p.reference));

    const events = await historyOf(ctx.database, 'partnership', p.id);
    const withdrawn = events.find((e) => e.action === 'withdrawn');
    assert.ok(withdrawn, 'the withdrawal is audited');
    const { decision, ...after } = withdrawn.after!;
    assert.deepEqual({ before: withdrawn.before, after }, { before: { status: 'proposed', withdrawalReason: null, decision: null }, after: { status: 'withdrawn', withdrawalReason: 'Entered twice: see <the other one>' } });
    assert.equal((decision as { reason: string }).reason, 'Entered twice: see <the other one>', 'the withdraw step records its decision');
    assert.match(page.body, /Reason for withdrawal/, 'History says it in words');

    // Final: withdrawing again and changing it are refused, nothing is recorded.
    const again = await officer.post(`/partnerships/${p.id}/withdraw`, { reason: 'Again' }, { from: `/partnerships/${p.id}` });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /has been withdrawn: its record is kept as it was/);
    assert.equal((await officer.get(`/partnerships/${p.id}/edit`)).headers.location, `/partnerships/${p.id}`);
    assert.equal((await historyOf(ctx.database, 'partnership', p.id)).length, events.length);
  });

  it('the form has no status, and a change sending one (withdrawn) saves the details and leaves the status as it was', async () => {
    const p = await register('Form status');
    const edit = await officer.get(`/partnerships/${p.id}/edit`);
    assert.doesNotMatch(edit.body, /name="status"/);
    const res = await officer.post(`/partnerships/${p.id}`, {
      partnerRows: '2', name: p.name, purpose: 'A purpose', expectedOutcomes: 'Some outcomes', rationale: 'coordinated-services', wellbeing: 'social', legalForm: 'informal', status: 'withdrawn',
      'partner-0-organisation': council, 'partner-0-role': 'lead', 'partner-0-memberStatus': 'voting',
      'partner-1-organisation': partner, 'partner-1-role': 'member', 'partner-1-memberStatus': 'voting', action: 'save',
    });
    assert.equal(res.statusCode, 303);
    const row = await ctx.database.db.selectFrom('partnerships').select(['status', 'withdrawn_at']).where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'proposed', withdrawn_at: null }, 'withdrawing is a step with a reason, never a posted field');
  });

  it('an officer may not delete: 403 for the page and the POST, and nothing is deleted', async () => {
    const p = await register('Officer delete');
    assert.equal((await officer.get(`/partnerships/${p.id}/delete`)).statusCode, 403);
    const res = await officer.post(`/partnerships/${p.id}/delete`, {}, { from: `/partnerships/${p.id}` });
    assert.equal(res.statusCode, 403);
    assert.equal(await rows('partnerships', p.id), 1);
  });

  it('an administrator deletes a partnership nothing refers to: its parts go with it, its history stays, the before state is audited', async () => {
    const p = await register('Mistake');
    const confirm = await admin.get(`/partnerships/${p.id}/delete`);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Are you sure you want to delete/);
    assert.match(confirm.body, /govuk-warning-text/);
    assert.ok((await rows('partnership_partners', p.id)) > 0);

    const res = await admin.post(`/partnerships/${p.id}/delete`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/partnerships');
    assert.match((await admin.follow(res)).body, new RegExp(`${p.reference} ${p.name} has been deleted`));
    for (const table of ['partnerships', 'partnership_partners', 'partnership_representatives', 'partnership_search'] as const) assert.equal(await rows(table, p.id), 0, table);
    assert.equal((await admin.get(`/partnerships/${p.id}`)).statusCode, 404);

    const events = await historyOf(ctx.database, 'partnership', p.id);
    assert.deepEqual(events.map((e) => e.action), ['deleted', 'created'], 'the history is kept, newest first');
    const before = events[0]!.before!;
    assert.equal(before.name, p.name);
    assert.equal(before.reference, p.reference);
    assert.deepEqual(before.partners, [{ organisation: 'Test Borough Council', role: 'lead', memberStatus: 'voting' }, { organisation: 'Riverside Trust', role: 'member', memberStatus: 'voting' }]);
    assert.equal(events[0]!.after, null);
  });

  it('a partnership something else refers to cannot be deleted: the page says what, and the POST deletes nothing (400)', async () => {
    const p = await register('Referred to');
    // A record of its own that refers to the partnership, as screening or meetings will.
    await sql`create table partnership_meetings (id text primary key, partnership_id text not null references partnerships (id))`.execute(ctx.database.db);
    await sql`insert into partnership_meetings (id, partnership_id) values ('m1', ${p.id})`.execute(ctx.database.db);
    const page = await admin.get(`/partnerships/${p.id}/delete`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /cannot be deleted because other records refer to it: 1 record in partnership meetings/);
    assert.doesNotMatch(page.body, /Delete partnership<\/button>|action="\/partnerships\/[^"]+\/delete"/, 'no button to press');
    const res = await admin.post(`/partnerships/${p.id}/delete`, {}, { from: `/partnerships/${p.id}` });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(summaryLinks(res.body), ['confirm']);
    assert.equal(await rows('partnerships', p.id), 1);
    assert.deepEqual((await historyOf(ctx.database, 'partnership', p.id)).map((e) => e.action), ['created'], 'nothing audited');
    await sql`drop table partnership_meetings`.execute(ctx.database.db);
  });

  it('the Back link returns to the register with its filters, and only to the register', async () => {
    const p = await register('Back link');
    const back = async (from: string) => /href="([^"]*)" class="govuk-back-link"/.exec((await officer.get(`/partnerships/${p.id}?from=${encodeURIComponent(from)}`)).body)?.[1];
    assert.equal(await back('/partnerships?q=back&status=proposed&page=1'), '/partnerships?q=back&amp;status=proposed&amp;page=1');
    assert.equal(await back('https://evil.example/partnerships'), '/partnerships');
    assert.equal(await back('/users'), '/partnerships');
    assert.equal(/href="([^"]*)" class="govuk-back-link"/.exec((await officer.get(`/partnerships/${p.id}`)).body)?.[1], '/partnerships');
  });
});

// The council's corporate priorities through HTTP (R-2.5b): everyone signed in reads the list with
// how many partnerships serve each; administrators alone add and change them, through a form with
// GOV.UK errors; a priority no longer current is marked so; History in plain words.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import { findPriority } from '../../src/db/repositories/priorities.repo.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { prioritySchema } from '../../src/web/schemas/priority.schema.ts';
import { idFromRedirect, startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, historyLines, inputValue, textareaValue } from '../helpers/html.ts';
import { rowCounts } from '../helpers/rows.ts';

const HOSTILE = "</textarea><script>alert('x')</script>";

/** The list's rows: title, status, and the count of partnerships serving it. */
function rows(html: string): Array<{ title: string; status: string; count: string }> {
  const body = /<tbody class="govuk-table__body">([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!);
    return {
      title: /href="\/priorities\/[0-9a-f-]{36}">([^<]*)<\/a>/.exec(cells[0] ?? '')?.[1] ?? '',
      status: /<strong class="govuk-tag[^"]*">\s*([^<]*?)\s*<\/strong>/.exec(cells[1] ?? '')?.[1] ?? '',
      count: (cells[2] ?? '').replace(/<span class="govuk-visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').trim(),
    };
  });
}

forEachDatabase('corporate priorities', (ctx) => {
  let t: TestApp;
  let adminUser: User;
  let admin: Client;
  let officer: Client;
  let auditor: Client;

  before(async () => {
    t = await startApp(ctx.database);
    adminUser = await makeUser(t.deps, 'administrator', { name: 'Ada Admin' });
    admin = await signedIn(t.app, adminUser);
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer', { name: 'Olive Officer' }));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor', { name: 'Audrey Auditor' }));
  });
  after(() => t.close());

  it('shows an empty state: administrators are offered the form, others told who adds them', async () => {
    const read = await officer.get('/priorities');
    assert.equal(read.statusCode, 200);
    assert.match(read.body, /have not been added yet/);
    assert.match(read.body, /An administrator adds them/);
    assert.doesNotMatch(read.body, /href="\/priorities\/new"/);
    const keep = await admin.get('/priorities');
    assert.match(keep.body, /href="\/priorities\/new"/);
    assert.match(keep.body, /href="\/priorities" aria-current="true"/, 'the main menu shows Corporate priorities as the current section');
  });

  it('R-2.5b R-2.6.10 an administrator adds a priority: one mistake first (400, summary, input kept and escaped), then saved', async () => {
    const wrong = await admin.post('/priorities', { title: '', description: HOSTILE, active: 'yes' }, { from: '/priorities/new' });
    assert.equal(wrong.statusCode, 400);
    assertFieldError(wrong.body, 'title', 'Enter the priority’s title');
    assert.equal(textareaValue(wrong.body, 'description'), '&lt;/textarea&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    assert.ok(!wrong.body.includes(HOSTILE));
    assert.match(wrong.body, /<input[^>]*name="active"[^>]*value="yes" checked/);

    const long = await admin.post('/priorities', { title: 'x'.repeat(201), description: '', active: 'yes' });
    assertFieldError(long.body, 'title', 'Title must be 200 characters or fewer');
    const noActive = await admin.post('/priorities', { title: 'Thriving economy', description: '' });
    assertFieldError(noActive.body, 'active', 'Select yes if this is a current priority');
    assert.equal(inputValue(noActive.body, 'title'), 'Thriving economy');

    const saved = await admin.post('/priorities', { title: 'Thriving economy', description: HOSTILE, active: 'yes' });
    const id = idFromRedirect(saved, '/priorities');
    const page = await admin.follow(saved);
    assert.match(page.body, /govuk-notification-banner--success/);
    assert.match(page.body, /Thriving economy has been added to the council’s priorities/);
    assert.ok(!page.body.includes(HOSTILE));
    const stored = await findPriority(ctx.database.db, id);
    assert.deepEqual({ title: stored?.title, description: stored?.description, active: stored?.active }, { title: 'Thriving economy', description: HOSTILE, active: true });
    const events = await historyOf(ctx.database, 'corporate-priority', id);
    assert.deepEqual(events.map((e) => e.action), ['created']);
    assert.equal(events[0]!.actorId, adminUser.id);
  });

  it('R-2.5b lists every priority with how many partnerships serve it, for everyone signed in', async () => {
    const green = await createPriority(t.deps, SYSTEM, { title: 'Green borough', description: null, active: true });
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const partner = await createOrganisation(t.deps, SYSTEM, organisationDetails('Borough Energy Co-op', { sector: 'vcse' }));
    for (const name of ['Solar Schools', 'Warm Homes']) {
      await createPartnership(t.deps, SYSTEM, partnershipDetails({
        name,
        purpose: 'Energy',
        expectedOutcomes: 'Lower bills',
        rationale: ['maximise-funds'],
        wellbeing: ['environmental'],
        legalForm: 'informal',
        partners: [
          { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: partner.id, role: 'member', memberStatus: 'voting' },
        ],
        priorities: [{ priorityId: green.id, how: 'Cuts carbon' }],
      }));
    }
    for (const client of [officer, auditor, admin]) {
      const list = await client.get('/priorities');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(rows(list.body), [
        { title: 'Thriving economy', status: 'Current', count: '0' },
        { title: 'Green borough', status: 'Current', count: '2' },
      ]);
      assert.ok(list.body.includes(`href="/partnerships?priority=${green.id}"`), 'the count links to the register filtered by the priority');
    }
    const page = await auditor.get(`/priorities/${green.id}`);
    assert.match(page.body, /2 partnerships<\/a>/);
    const register = await auditor.get(`/partnerships?priority=${green.id}`);
    assert.match(register.body, /Solar Schools/);
    assert.match(register.body, /Warm Homes/);
  });

  it('R-2.6.10 an administrator changes a priority to no longer current: marked so in the list, History in plain words', async () => {
    const id = (await ctx.database.db.selectFrom('corporate_priorities').select('id').where('title', '=', 'Green borough').executeTakeFirstOrThrow()).id;
    const edit = await admin.get(`/priorities/${id}/edit`);
    assert.equal(inputValue(edit.body, 'title'), 'Green borough');
    assert.match(edit.body, /<input[^>]*name="active"[^>]*value="yes" checked/);

    const wrong = await admin.post(`/priorities/${id}`, { title: ' ', description: 'Net zero by 2030', active: 'no' });
    assert.equal(wrong.statusCode, 400);
    assertFieldError(wrong.body, 'title', 'Enter the priority’s title');
    assert.equal(textareaValue(wrong.body, 'description'), 'Net zero by 2030');
    assert.equal((await findPriority(ctx.database.db, id))?.active, true, 'nothing saved');

    const saved = await admin.post(`/priorities/${id}`, { title: 'A green borough', description: 'Net zero by 2030', active: 'no' });
    assert.equal(idFromRedirect(saved, '/priorities'), id);
    const page = await admin.follow(saved);
    assert.match(page.body, /A green borough has been updated/);
    assert.match(page.body, /No longer current/);

    const list = await officer.get('/priorities');
    assert.deepEqual(
      rows(list.body).find((r) => r.title === 'A green borough'),
      { title: 'A green borough', status: 'No longer current', count: '2' },
      'it stays on the partnerships that named it',
    );

    const events = await historyOf(ctx.database, 'corporate-priority', id);
    assert.deepEqual(events.map((e) => e.action), ['updated', 'created']);
    assert.deepEqual(events[0]!.before, { title: 'Green borough', description: null, active: true });
    assert.deepEqual(events[0]!.after, { title: 'A green borough', description: 'Net zero by 2030', active: false });
    const lines = historyLines((await auditor.get(`/priorities/${id}`)).body);
    assert.ok(lines.includes('Title: Green borough → A green borough'), lines.join(' | '));
    assert.ok(lines.includes('Description: (none) → Net zero by 2030'));
    assert.ok(lines.includes('Current priority: Yes → No, no longer current'));
  });

  it('checks the priority schema the API will use', () => {
    assert.deepEqual(prioritySchema.parse({ title: ' Safe streets ', active: true }), { title: 'Safe streets', description: null, active: true });
    assert.ok(!prioritySchema.safeParse({ title: 'Safe streets', active: 'yes' }).success);
    assert.ok(!prioritySchema.safeParse({ title: 'Safe streets', active: true, position: 3 }).success);
  });

  it('lets only administrators write: officers and internal audit get 403 on every write, and nothing changes', async () => {
    const target = await createPriority(t.deps, SYSTEM, { title: 'Safe streets', description: null, active: true });
    const before = await rowCounts(ctx.database);
    for (const client of [officer, auditor]) {
      for (const url of ['/priorities/new', `/priorities/${target.id}/edit`]) assert.equal((await client.get(url)).statusCode, 403, `GET ${url}`);
      await client.get('/priorities');
      for (const url of ['/priorities', `/priorities/${target.id}`]) {
        const res = await client.post(url, { title: 'Changed by someone else', description: '', active: 'no' });
        assert.equal(res.statusCode, 403, `POST ${url}`);
      }
      const page = await client.get(`/priorities/${target.id}`);
      assert.equal(page.statusCode, 200, 'but they read it');
      assert.doesNotMatch(page.body, /Change priority/);
    }
    assert.deepEqual(await rowCounts(ctx.database), before);
    assert.equal((await findPriority(ctx.database.db, target.id))?.title, 'Safe streets');
    assert.equal((await admin.get('/priorities/01890000-0000-7000-8000-000000000000')).statusCode, 404);
  });

  it('pages about one priority name it, never "this priority"', async () => {
    const priority = await createPriority(t.deps, SYSTEM, { title: 'Cleaner air', description: null, active: true });
    const show = await auditor.get(`/priorities/${priority.id}`);
    assert.equal(show.statusCode, 200);
    assert.match(show.body, /Every change to Cleaner air, newest first/);
    const edit = await admin.get(`/priorities/${priority.id}/edit`);
    assert.match(edit.body, /Is Cleaner air a current priority\?/);
    for (const page of [show.body, edit.body]) assert.doesNotMatch(page, /this priority/i);
  });
});

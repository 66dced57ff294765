// People through HTTP: the list (name search, organisation and council filters, pagination, empty
// state), adding and changing a person through the form with GOV.UK errors, the council role rule,
// linking a user account, their page (partnership roles, History in plain words) and what the audit
// trail keeps. Read-only roles are refused every write.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Organisation } from '../../src/domain/register/records.ts';
import { findPerson } from '../../src/db/repositories/people.repo.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { personSchema } from '../../src/web/schemas/person.schema.ts';
import { idFromRedirect, startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, historyLines, inputValue, linkedNames, selected, summaryLinks } from '../helpers/html.ts';
import { rowCounts } from '../helpers/rows.ts';

const HOSTILE = '"><img src=x onerror=alert(1)>';
const HOSTILE_ESCAPED = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;';

const form = (overrides: Record<string, string>) => ({ name: '', jobTitle: '', organisationId: '', email: '', userId: '', ...overrides });

forEachDatabase('people', (ctx) => {
  let t: TestApp;
  let officer: User;
  let linkable: User;
  let officerClient: Client;
  let auditor: Client;
  let admin: Client;
  let council: Organisation;
  let partner: Organisation;

  before(async () => {
    t = await startApp(ctx.database);
    officer = await makeUser(t.deps, 'officer', { name: 'Olive Officer' });
    linkable = await makeUser(t.deps, 'officer', { name: 'Linda Linked' });
    officerClient = await signedIn(t.app, officer);
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor', { name: 'Audrey Auditor' }));
    admin = await signedIn(t.app, await makeUser(t.deps, 'administrator', { name: 'Ada Admin' }));
  });
  after(() => t.close());

  it('shows an empty state', async () => {
    const page = await auditor.get('/people');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /No people found/);
    assert.match(page.body, /No people have been added yet/);
    assert.doesNotMatch(page.body, /href="\/people\/new"/);
    const keeper = await officerClient.get('/people');
    assert.match(keeper.body, /href="\/people\/new"/);
    council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    partner = await createOrganisation(t.deps, SYSTEM, organisationDetails('Riverside Trust', { sector: 'vcse' }));
  });

  it('R-2.6.10 adds a person through the form: one mistake first (400, summary, input kept and escaped), then saved', async () => {
    const wrong = await officerClient.post('/people', form({ name: '', jobTitle: HOSTILE, organisationId: partner.id, email: 'not-an-email' }), { from: '/people/new' });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(summaryLinks(wrong.body), ['name', 'email']);
    assertFieldError(wrong.body, 'name', 'Enter the person’s full name');
    assertFieldError(wrong.body, 'email', 'Enter an email address in the correct format, like name@example.org.uk');
    assert.equal(inputValue(wrong.body, 'jobTitle'), HOSTILE_ESCAPED, 'what was typed is kept, escaped');
    assert.equal(inputValue(wrong.body, 'email'), 'not-an-email');
    assert.equal(selected(wrong.body, 'organisationId'), partner.id, 'the organisation stays chosen');
    assert.ok(!wrong.body.includes(HOSTILE));

    const saved = await officerClient.post('/people', form({ name: 'José Núñez', jobTitle: HOSTILE, organisationId: partner.id, email: 'jose@riverside.org.uk' }));
    const id = idFromRedirect(saved, '/people');
    const page = await officerClient.follow(saved);
    assert.match(page.body, /govuk-notification-banner--success/);
    assert.match(page.body, /José Núñez has been added to the register/);
    assert.ok(!page.body.includes(HOSTILE));
    assert.ok(page.body.includes(HOSTILE_ESCAPED));
    assert.match(page.body, /href="\/organisations\/[0-9a-f-]{36}">Riverside Trust<\/a>/);
    const stored = await findPerson(ctx.database.db, id);
    assert.equal(stored?.jobTitle, HOSTILE, 'stored exactly as typed');
    assert.equal(stored?.councilRole, null);
    const events = await historyOf(ctx.database, 'person', id);
    assert.deepEqual(events.map((e) => e.action), ['created']);
    assert.equal(events[0]!.actorId, officer.id);
  });

  it('asks for officer or councillor only for the council’s own people, at the field', async () => {
    const missing = await officerClient.post('/people', form({ name: 'Cara Council', organisationId: council.id }), { from: '/people/new' });
    assert.equal(missing.statusCode, 400);
    assertFieldError(missing.body, 'councilRole', 'Select whether they are a council officer or a councillor');
    assert.equal(inputValue(missing.body, 'name'), 'Cara Council');

    const officerPerson = await officerClient.post('/people', form({ name: 'Cara Council', jobTitle: 'Head of Partnerships', organisationId: council.id, councilRole: 'officer' }));
    const id = idFromRedirect(officerPerson, '/people');
    assert.equal((await findPerson(ctx.database.db, id))?.councilRole, 'officer');
    const page = await auditor.get(`/people/${id}`);
    assert.match(page.body, /Council officer/);
    assert.match(page.body, /\(this council\)/);

    // A partner's people have no council role, whatever the form sent.
    const partnerPerson = await officerClient.post('/people', form({ name: 'Pat Partner', organisationId: partner.id, councilRole: 'councillor' }), { from: '/people/new' });
    assert.equal((await findPerson(ctx.database.db, idFromRedirect(partnerPerson, '/people')))?.councilRole, null);

    const bad = await officerClient.post('/people', form({ name: 'Bad Role', organisationId: council.id, councilRole: 'mayor' }), { from: '/people/new' });
    assert.equal(bad.statusCode, 400);
    assertFieldError(bad.body, 'councilRole', 'Select whether they are a council officer or a councillor');

    const nowhere = await officerClient.post('/people', form({ name: 'No Org' }), { from: '/people/new' });
    assertFieldError(nowhere.body, 'organisationId', 'Select the person’s organisation');
    const gone = await officerClient.post('/people', form({ name: 'Gone Org', organisationId: '01890000-0000-7000-8000-000000000000' }), { from: '/people/new' });
    assert.equal(gone.statusCode, 400);
    assertFieldError(gone.body, 'organisationId', 'Select the person’s organisation');
  });

  it('preselects the organisation when reached from its page', async () => {
    const page = await officerClient.get(`/people/new?organisation=${partner.id}`);
    assert.equal(page.statusCode, 200);
    assert.equal(selected(page.body, 'organisationId'), partner.id);
    const unknown = await officerClient.get('/people/new?organisation=nonsense');
    assert.equal(unknown.statusCode, 200);
    assert.equal(selected(unknown.body, 'organisationId'), undefined);
    const orgPage = await officerClient.get(`/organisations/${partner.id}`);
    assert.ok(orgPage.body.includes(`href="/people/new?organisation=${partner.id}"`), 'the organisation’s page links to it');
  });

  it('links a user account, once only', async () => {
    const first = await officerClient.post('/people', form({ name: 'Linda Linked', organisationId: council.id, councilRole: 'councillor', userId: linkable.id }), { from: '/people/new' });
    const id = idFromRedirect(first, '/people');
    assert.equal((await findPerson(ctx.database.db, id))?.userId, linkable.id);
    const adminView = await admin.get(`/people/${id}`);
    assert.ok(adminView.body.includes(`href="/users/${linkable.id}">Linda Linked</a>`), 'an administrator can follow the link to the account');
    const officerView = await officerClient.get(`/people/${id}`);
    assert.ok(!officerView.body.includes(`href="/users/${linkable.id}"`), 'an officer, who cannot see users, sees the name only');
    assert.match(officerView.body, /Linda Linked \(/);

    const again = await officerClient.post('/people', form({ name: 'Someone Else', organisationId: partner.id, userId: linkable.id }), { from: '/people/new' });
    assert.equal(again.statusCode, 400);
    assertFieldError(again.body, 'userId', 'That user account is already linked to Linda Linked');
    assert.equal(selected(again.body, 'userId'), linkable.id);

    const notAUser = await officerClient.post('/people', form({ name: 'Someone Else', organisationId: partner.id, userId: 'x' }), { from: '/people/new' });
    assertFieldError(notAUser.body, 'userId', 'Select a user account from the list');
  });

  it('searches names ignoring case and accents, filters by organisation and to the council’s people', async () => {
    for (const q of ['jose', 'NUNEZ', 'josé núñez']) {
      const res = await auditor.get(`/people?q=${encodeURIComponent(q)}`);
      assert.deepEqual(linkedNames(res.body, '/people'), ['José Núñez'], `"${q}" finds José Núñez`);
    }
    const byOrganisation = await auditor.get(`/people?organisation=${partner.id}`);
    assert.deepEqual(linkedNames(byOrganisation.body, '/people'), ['José Núñez', 'Pat Partner']);
    assert.equal(selected(byOrganisation.body, 'organisation'), partner.id);
    const councilOnly = await auditor.get('/people?council=yes');
    assert.deepEqual(linkedNames(councilOnly.body, '/people'), ['Cara Council', 'Linda Linked']);
    assert.match(councilOnly.body, /Councillor/);
    const none = await auditor.get('/people?q=nobody+at+all');
    assert.match(none.body, /No people found/);
    assert.match(none.body, /Nobody matches/);
    const ignored = await auditor.get('/people?organisation=not-an-id&page=-1');
    assert.equal(ignored.statusCode, 200);
    assert.ok(linkedNames(ignored.body, '/people').length >= 4);
  });

  it('pages 25 at a time with a result count, and handles the boundaries', async () => {
    const big = await createOrganisation(t.deps, SYSTEM, organisationDetails('Big Partner Ltd', { sector: 'private' }));
    for (let i = 1; i <= 26; i++) await createPerson(t.deps, SYSTEM, personDetails(`Paged Person ${String(i).padStart(2, '0')}`, big.id));
    const one = await auditor.get(`/people?organisation=${big.id}`);
    assert.match(one.body, /26 people/);
    assert.match(one.body, /Showing 1 to 25 of 26/);
    assert.equal(linkedNames(one.body, '/people').length, 25);
    assert.ok(one.body.includes(`href="/people?organisation=${big.id}&amp;page=2"`), 'the next page keeps the filter');
    const two = await auditor.get(`/people?organisation=${big.id}&page=2`);
    assert.match(two.body, /Showing 26 to 26 of 26/);
    assert.deepEqual(linkedNames(two.body, '/people'), ['Paged Person 26']);
    const beyond = await auditor.get(`/people?organisation=${big.id}&page=3`);
    assert.deepEqual(linkedNames(beyond.body, '/people'), ['Paged Person 26']);
    const orgPage = await auditor.get(`/organisations/${big.id}`);
    assert.match(orgPage.body, /Paged Person 01/);
  });

  it('R-2.6.10 changes a person through the form: a mistake first, then saved; their partnerships and History in plain words', async () => {
    const cara = (await ctx.database.db.selectFrom('people').select('id').where('name', '=', 'Cara Council').executeTakeFirstOrThrow()).id;
    const partnership = await createPartnership(t.deps, SYSTEM, partnershipDetails({
      name: 'Healthy Towns Partnership',
      purpose: 'Better health',
      expectedOutcomes: 'Longer lives',
      rationale: ['coordinated-services'],
      wellbeing: ['social'],
      legalForm: 'informal',
      sponsoringOfficerId: cara,
      partners: [
        { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: partner.id, role: 'member', memberStatus: 'voting' },
      ],
      representatives: [{ personId: cara, capacity: 'officer' }],
    }));
    const page = await auditor.get(`/people/${cara}`);
    assert.match(page.body, /Sponsoring officer of<\/h3>\s*<ul class="govuk-list">\s*<li><a class="govuk-link" href="\/partnerships\/[0-9a-f-]{36}">Healthy Towns Partnership<\/a>/);
    assert.match(page.body, /Represents the council on/);
    assert.ok(page.body.includes(`${partnership.reference}, as officer`));
    assert.doesNotMatch(page.body, /Accountable officer for performance of/);

    const edit = await officerClient.get(`/people/${cara}/edit`);
    assert.equal(inputValue(edit.body, 'name'), 'Cara Council');
    assert.equal(selected(edit.body, 'organisationId'), council.id);

    const wrong = await officerClient.post(`/people/${cara}`, form({ name: 'x'.repeat(201), organisationId: council.id, councilRole: 'officer' }));
    assert.equal(wrong.statusCode, 400);
    assertFieldError(wrong.body, 'name', 'Full name must be 200 characters or fewer');
    assert.equal((await findPerson(ctx.database.db, cara))?.name, 'Cara Council');

    const saved = await officerClient.post(`/people/${cara}`, form({ name: 'Cara Council-Smith', jobTitle: 'Director of Partnerships', organisationId: council.id, councilRole: 'councillor', userId: officer.id }));
    assert.equal(idFromRedirect(saved, '/people'), cara);
    const shown = await officerClient.follow(saved);
    assert.match(shown.body, /Cara Council-Smith’s details have been saved/);

    const events = await historyOf(ctx.database, 'person', cara);
    assert.deepEqual(events.map((e) => e.action), ['updated', 'created']);
    assert.deepEqual(events[0]!.before, { name: 'Cara Council', jobTitle: 'Head of Partnerships', councilRole: 'officer', userId: null });
    assert.deepEqual(events[0]!.after, { name: 'Cara Council-Smith', jobTitle: 'Director of Partnerships', councilRole: 'councillor', userId: officer.id });

    const lines = historyLines(shown.body);
    assert.ok(lines.includes('Full name: Cara Council → Cara Council-Smith'), lines.join(' | '));
    assert.ok(lines.includes('Council role: Council officer → Councillor'));
    assert.ok(lines.some((l) => l.startsWith('User account: (none) → Olive Officer (')), 'the account by its holder’s name');
    assert.ok(lines.includes('Organisation: Test Borough Council'), 'the creation names the organisation');
    assert.ok(!lines.some((l) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(l)), 'no ids in the words');

    const moved = await officerClient.post(`/people/${cara}`, form({ name: 'Cara Council-Smith', jobTitle: 'Director of Partnerships', organisationId: partner.id, userId: officer.id }), {
      from: `/people/${cara}/edit`,
    });
    assert.equal(moved.statusCode, 303);
    const after = await officerClient.follow(moved);
    assert.ok(historyLines(after.body).includes('Organisation: Test Borough Council → Riverside Trust'));
    assert.ok(historyLines(after.body).includes('Council role: Councillor → (none)'), 'moving to a partner clears the council role');
  });

  it('checks the person schema the API will use', () => {
    const ok = personSchema.safeParse({ name: 'Api Person', organisationId: partner.id });
    assert.ok(ok.success);
    assert.deepEqual(ok.data, { name: 'Api Person', jobTitle: null, organisationId: partner.id, email: null, councilRole: null, userId: null });
    assert.ok(!personSchema.safeParse({ name: 'Api Person', organisationId: partner.id, councilRole: 'mayor' }).success);
    assert.ok(!personSchema.safeParse({ name: 'Api Person', organisationId: partner.id, unknown: 1 }).success);
  });

  it('answers 404 for a person who does not exist', async () => {
    assert.equal((await auditor.get('/people/01890000-0000-7000-8000-000000000000')).statusCode, 404);
    assert.equal((await officerClient.post('/people/01890000-0000-7000-8000-000000000000', form({ name: 'X', organisationId: partner.id }), { from: '/people' })).statusCode, 404);
  });

  it('refuses every write to internal audit with 403, and changes nothing', async () => {
    const target = await createPerson(t.deps, SYSTEM, personDetails('Audit Target', partner.id));
    const before = await rowCounts(ctx.database);
    for (const url of ['/people/new', `/people/${target.id}/edit`]) assert.equal((await auditor.get(url)).statusCode, 403, `GET ${url}`);
    await auditor.get('/people');
    for (const url of ['/people', `/people/${target.id}`]) {
      const res = await auditor.post(url, form({ name: 'Renamed By Audit', organisationId: partner.id }));
      assert.equal(res.statusCode, 403, `POST ${url}`);
    }
    assert.deepEqual(await rowCounts(ctx.database), before);
    assert.equal((await findPerson(ctx.database.db, target.id))?.name, 'Audit Target');
    assert.doesNotMatch((await auditor.get(`/people/${target.id}`)).body, /Change details/);
  });
});

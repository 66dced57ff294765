// Organisations through HTTP: the list (search, sector, pagination, empty state), adding and changing
// one through the form with GOV.UK errors, registration numbers checked and normalised, one "this
// council", its page (partnerships, people, History in plain words), and what the audit trail keeps
// . Read-only roles are refused every write.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { OrganisationDetails } from '../../src/domain/register/records.ts';
import { findOrganisation } from '../../src/db/repositories/organisations.repo.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { organisationSchema } from '../../src/web/schemas/organisation.schema.ts';
import { idFromRedirect, startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, inputValue, linkedNames, reEscape, summaryLinks, textareaValue } from '../helpers/html.ts';
import { rowCounts } from '../helpers/rows.ts';

const HOSTILE = '<script>alert("x")</script>';

/** A voluntary-sector partner unless overridden. */
const details = (name: string, overrides: Partial<OrganisationDetails> = {}) => organisationDetails(name, { sector: 'vcse', ...overrides });

const validForm = (name: string, overrides: Record<string, string> = {}) => ({
  name,
  sector: 'vcse',
  isThisCouncil: 'no',
  companyNumber: '',
  charityNumber: '',
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  ...overrides,
});

forEachDatabase('organisations', (ctx) => {
  let t: TestApp;
  let officer: User;
  let admin: Client;
  let officerClient: Client;
  let auditor: Client;

  before(async () => {
    t = await startApp(ctx.database);
    officer = await makeUser(t.deps, 'officer', { name: 'Olive Officer' });
    admin = await signedIn(t.app, await makeUser(t.deps, 'administrator', { name: 'Ada Admin' }));
    officerClient = await signedIn(t.app, officer);
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor', { name: 'Audrey Auditor' }));
  });
  after(() => t.close());

  it('shows an empty state, with the way to add the first organisation to those who can', async () => {
    const page = await officerClient.get('/organisations');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /No organisations found/);
    assert.match(page.body, /No organisations have been added yet/);
    assert.match(page.body, /href="\/organisations\/new"/);
    const read = await auditor.get('/organisations');
    assert.match(read.body, /No organisations have been added yet/);
    assert.doesNotMatch(read.body, /href="\/organisations\/new"/, 'internal audit is not offered a form it cannot use');
  });

  it('R-2.6.10 adds an organisation through the form: one mistake first (400, summary, input kept and escaped), then saved with numbers normalised', async () => {
    const wrong = await officerClient.post(
      '/organisations',
      validForm('', { address: `1 High Street\n${HOSTILE}`, companyNumber: 'ABC', charityNumber: 'sc 012345', contactName: HOSTILE, sector: 'vcse' }),
      { from: '/organisations/new' },
    );
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(summaryLinks(wrong.body), ['name', 'companyNumber'], 'errors in the order of the fields');
    assertFieldError(wrong.body, 'name', 'Enter the organisation’s name');
    assertFieldError(wrong.body, 'companyNumber', 'Enter a Companies House number in the correct format, like 01234567 or SC123456');
    assert.equal(inputValue(wrong.body, 'companyNumber'), 'ABC', 'what was typed is kept');
    assert.equal(inputValue(wrong.body, 'charityNumber'), 'sc 012345');
    assert.equal(inputValue(wrong.body, 'contactName'), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    assert.equal(textareaValue(wrong.body, 'address'), '1 High Street\n&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    assert.ok(!wrong.body.includes(HOSTILE), 'hostile text is never echoed unescaped');
    assert.match(wrong.body, /<input[^>]*name="sector"[^>]*value="vcse"[^>]*checked|<input[^>]*checked[^>]*value="vcse"/, 'the chosen sector stays chosen');

    const saved = await officerClient.post(
      '/organisations',
      validForm('Café Société', {
        companyNumber: ' sc 123456 ',
        charityNumber: 'sc 012345',
        address: `1 High Street\n${HOSTILE}`,
        website: 'www.cafe-societe.org.uk',
        contactName: 'Zoë Contact',
        contactEmail: 'zoe@cafe-societe.org.uk',
        contactPhone: '+44 (0)1632  960 001',
      }),
    );
    const id = idFromRedirect(saved, '/organisations');
    const page = await officerClient.follow(saved);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /govuk-notification-banner--success/);
    assert.match(page.body, /Café Société has been added to the register/);
    assert.ok(!page.body.includes(HOSTILE));
    assert.match(page.body, /1 High Street<br>&lt;script&gt;/, 'the address keeps its lines, escaped');
    assert.match(page.body, /href="https:\/\/www\.cafe-societe\.org\.uk"/);

    const stored = await findOrganisation(ctx.database.db, id);
    assert.equal(stored?.companyNumber, 'SC123456', 'stored as Companies House writes it');
    assert.equal(stored?.charityNumber, 'SC012345');
    assert.equal(stored?.website, 'https://www.cafe-societe.org.uk');
    assert.equal(stored?.contactPhone, '+44 (0)1632 960 001');
    assert.equal(stored?.sector, 'vcse');
    assert.equal(stored?.isThisCouncil, false);

    const events = await historyOf(ctx.database, 'organisation', id);
    assert.deepEqual(events.map((e) => e.action), ['created']);
    assert.equal(events[0]!.actorId, officer.id);
    assert.equal(events[0]!.after?.companyNumber, 'SC123456');
  });

  it('checks and normalises Companies House and charity numbers, websites, email addresses and telephone numbers', () => {
    const parse = (overrides: Record<string, unknown>) => organisationSchema.safeParse({ ...details('Checked'), ...overrides });
    const value = (overrides: Record<string, unknown>, field: string) => {
      const r = parse(overrides);
      assert.ok(r.success, `${JSON.stringify(overrides)} should be accepted: ${r.success ? '' : r.error.message}`);
      return (r.data as Record<string, unknown>)[field];
    };
    const refused = (overrides: Record<string, unknown>, message: RegExp) => {
      const r = parse(overrides);
      assert.ok(!r.success, `${JSON.stringify(overrides)} should be refused`);
      assert.match(r.error.issues[0]!.message, message);
    };
    assert.equal(value({ companyNumber: '1234567' }, 'companyNumber'), '01234567');
    assert.equal(value({ companyNumber: '01234567' }, 'companyNumber'), '01234567');
    assert.equal(value({ companyNumber: 'ni 012345' }, 'companyNumber'), 'NI012345');
    assert.equal(value({ companyNumber: 'R0123456' }, 'companyNumber'), 'R0123456');
    assert.equal(value({ companyNumber: '' }, 'companyNumber'), null);
    assert.equal(value({ companyNumber: null }, 'companyNumber'), null);
    assert.equal(value({ companyNumber: undefined }, 'companyNumber'), null, 'left out of a JSON body: not recorded');
    for (const bad of ['123456789', 'SC12345', 'S1234567', 'ABCDEFGH', '12-34567', 'SC1234567']) refused({ companyNumber: bad }, /Companies House number in the correct format/);
    assert.equal(value({ charityNumber: '1123456' }, 'charityNumber'), '1123456');
    assert.equal(value({ charityNumber: '1123456-1' }, 'charityNumber'), '1123456-1');
    assert.equal(value({ charityNumber: '212345' }, 'charityNumber'), '212345');
    assert.equal(value({ charityNumber: 'nic100002' }, 'charityNumber'), 'NIC100002');
    for (const bad of ['12345', '12345678', 'SC01234', 'charity', '1123456-123']) refused({ charityNumber: bad }, /charity number in the correct format/);
    assert.equal(value({ website: 'https://example.org/about?x=1' }, 'website'), 'https://example.org/about?x=1');
    assert.equal(value({ website: 'http://example.org' }, 'website'), 'http://example.org');
    assert.equal(value({ website: 'example.org.uk' }, 'website'), 'https://example.org.uk');
    for (const bad of ['javascript:alert(1)', 'ftp://example.org', 'https://localhost', 'mailto:a@example.org', 'https://user:pw@example.org', 'not a website', 'https://exa mple.org']) {
      refused({ website: bad }, /website address in the correct format/);
    }
    assert.equal(value({ contactEmail: 'a.b@example.org' }, 'contactEmail'), 'a.b@example.org');
    refused({ contactEmail: 'not-an-email' }, /email address in the correct format/);
    assert.equal(value({ contactPhone: '01632 960 001' }, 'contactPhone'), '01632 960 001');
    assert.equal(value({ contactPhone: '(01632) 960001' }, 'contactPhone'), '(01632) 960001');
    for (const bad of ['call me', '0163-296-0001', '123', '+44 +44 1632 960001']) refused({ contactPhone: bad }, /telephone number/);
    refused({ name: 'x'.repeat(201) }, /Name must be 200 characters or fewer/);
    assert.equal(value({ name: 'x'.repeat(200) }, 'name'), 'x'.repeat(200));
    refused({ sector: 'charity' }, /Select the organisation’s sector/);
    refused({ isThisCouncil: 'yes' }, /Select yes if this organisation is the council/);
    refused({ extra: 'field' }, /./);
  });

  it('shows each registration-number mistake at its field on the form', async () => {
    const res = await officerClient.post('/organisations', validForm('Numbers Ltd', { companyNumber: '123456789', charityNumber: '12', website: 'ftp://x.org', contactEmail: 'x@', contactPhone: 'ring me' }), {
      from: '/organisations/new',
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(summaryLinks(res.body), ['companyNumber', 'charityNumber', 'website', 'contactEmail', 'contactPhone']);
    assertFieldError(res.body, 'charityNumber', 'Enter a charity number in the correct format, like 1123456, 1123456-1, SC012345 or NIC100002');
    assertFieldError(res.body, 'website', 'Enter a website address in the correct format, like https://www.example.org.uk');
  });

  it('marks one organisation as this council, lists it first, and refuses a second at the field', async () => {
    const first = await officerClient.post('/organisations', validForm('Test Borough Council', { sector: 'public', isThisCouncil: 'yes' }), { from: '/organisations/new' });
    const councilId = idFromRedirect(first, '/organisations');
    const second = await officerClient.post('/organisations', validForm('Another Borough Council', { sector: 'public', isThisCouncil: 'yes' }), { from: '/organisations/new' });
    assert.equal(second.statusCode, 400);
    assertFieldError(second.body, 'isThisCouncil', 'Test Borough Council is already marked as this council');
    assert.equal(inputValue(second.body, 'name'), 'Another Borough Council');

    const list = await officerClient.get('/organisations');
    assert.equal(linkedNames(list.body, '/organisations')[0], 'Test Borough Council', 'this council comes first');
    assert.match(list.body, /Test Borough Council<\/a>\s*<strong class="govuk-tag govuk-tag--blue">\s*This council/);
    const page = await officerClient.get(`/organisations/${councilId}`);
    assert.match(page.body, /This council/);
  });

  it('refuses a name already in the register, whatever its case and accents', async () => {
    const res = await officerClient.post('/organisations', validForm('CAFE SOCIETE'), { from: '/organisations/new' });
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'name', 'Café Société is already in the register');
  });

  it('searches names ignoring case and accents, and filters by sector', async () => {
    await createOrganisation(t.deps, SYSTEM, details('Northtown College', { sector: 'education' }));
    for (const q of ['societe', 'SOCIÉTÉ', 'café', 'fe soc']) {
      const res = await auditor.get(`/organisations?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(linkedNames(res.body, '/organisations'), ['Café Société'], `"${q}" finds Café Société`);
      assert.match(res.body, />\s*1 organisation[<\s]/);
    }
    const none = await auditor.get('/organisations?q=zzzz');
    assert.match(none.body, /No organisations found/);
    assert.match(none.body, /No organisation matches/);
    assert.match(none.body, /matching “zzzz”/);

    const education = await auditor.get('/organisations?sector=education');
    assert.deepEqual(linkedNames(education.body, '/organisations'), ['Northtown College']);
    assert.match(education.body, /<option value="education" selected>/);
    const unknown = await auditor.get('/organisations?sector=nonsense&page=x');
    assert.equal(unknown.statusCode, 200, 'a value the list cannot use is ignored');
    assert.ok(linkedNames(unknown.body, '/organisations').length >= 3);
    const wildcard = await auditor.get(`/organisations?q=${encodeURIComponent('%')}`);
    assert.deepEqual(linkedNames(wildcard.body, '/organisations'), [], '% is a character, not a wildcard');
  });

  it('pages 25 at a time with a result count, and handles the boundaries', async () => {
    for (let i = 1; i <= 26; i++) await createOrganisation(t.deps, SYSTEM, details(`Paged Partner ${String(i).padStart(2, '0')}`, { sector: 'private' }));
    const one = await auditor.get('/organisations?q=paged+partner');
    assert.match(one.body, /26 organisations/);
    assert.match(one.body, /Showing 1 to 25 of 26/);
    assert.equal(linkedNames(one.body, '/organisations').length, 25);
    assert.equal(linkedNames(one.body, '/organisations')[0], 'Paged Partner 01');
    assert.match(one.body, /class="govuk-pagination"/);
    assert.match(one.body, /href="\/organisations\?q=paged\+partner&amp;page=2"[^>]*rel="next"|rel="next"[^>]*href="\/organisations\?q=paged\+partner&amp;page=2"/);
    assert.doesNotMatch(one.body, /rel="prev"/);

    const two = await auditor.get('/organisations?q=paged+partner&page=2');
    assert.match(two.body, /Showing 26 to 26 of 26/);
    assert.deepEqual(linkedNames(two.body, '/organisations'), ['Paged Partner 26']);
    assert.match(two.body, /rel="prev"/);
    assert.doesNotMatch(two.body, /rel="next"/);

    const beyond = await auditor.get('/organisations?q=paged+partner&page=999999');
    assert.equal(beyond.statusCode, 200);
    assert.deepEqual(linkedNames(beyond.body, '/organisations'), ['Paged Partner 26'], 'past the end shows the last page');

    const exactly = await auditor.get('/organisations?q=paged+partner+0');
    assert.match(exactly.body, /9 organisations/);
    assert.doesNotMatch(exactly.body, /class="govuk-pagination"/, 'one page needs no pagination');

    const filtered = await auditor.get('/organisations?sector=private&page=2');
    assert.deepEqual(linkedNames(filtered.body, '/organisations'), ['Paged Partner 26'], 'the sector filter carries over to page 2');
  });

  it('R-2.6.10 changes an organisation through the form: a mistake first, then renamed; partnerships are found by the new name, and History says what changed in plain words', async () => {
    const partner = await createOrganisation(t.deps, SYSTEM, details('Riverside Trust', { charityNumber: '1123456' }));
    const council = (await ctx.database.db.selectFrom('organisations').select('id').where('is_this_council', '=', 1).executeTakeFirstOrThrow()).id;
    await createPerson(t.deps, SYSTEM, personDetails('Rita River', partner.id, { jobTitle: 'Director' }));
    const partnership = await createPartnership(t.deps, SYSTEM, partnershipDetails({
      name: 'Flood Resilience Board',
      purpose: 'Keep homes dry',
      expectedOutcomes: 'Fewer flooded homes',
      rationale: ['cross-cutting-issues'],
      wellbeing: ['environmental'],
      legalForm: 'informal',
      councilContributionPence: 0,
      partners: [
        { organisationId: council, role: 'member', memberStatus: 'voting' },
        { organisationId: partner.id, role: 'lead', memberStatus: 'voting' },
      ],
    }));
    await reachStatus(t.deps, partnership.id, 'operating');

    const page = await auditor.get(`/organisations/${partner.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Flood Resilience Board<\/a>/);
    assert.match(page.body, new RegExp(reEscape(partnership.reference)));
    assert.match(page.body, /Lead \/ accountable body/);
    assert.match(page.body, /Operating/);
    assert.match(page.body, /Rita River<\/a>/);
    assert.doesNotMatch(page.body, /Change details/, 'internal audit is not offered the change button');

    const form = await officerClient.get(`/organisations/${partner.id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.equal(inputValue(form.body, 'name'), 'Riverside Trust', 'the form starts with what is recorded');
    assert.equal(inputValue(form.body, 'charityNumber'), '1123456');

    const wrong = await officerClient.post(`/organisations/${partner.id}`, validForm('Riverbank Community Trust', { charityNumber: '1123456', website: 'javascript:alert(1)' }));
    assert.equal(wrong.statusCode, 400);
    assertFieldError(wrong.body, 'website', 'Enter a website address in the correct format, like https://www.example.org.uk');
    assert.equal(inputValue(wrong.body, 'name'), 'Riverbank Community Trust');
    assert.equal((await findOrganisation(ctx.database.db, partner.id))?.name, 'Riverside Trust', 'nothing saved');

    const saved = await officerClient.post(`/organisations/${partner.id}`, validForm('Riverbank Community Trust', { charityNumber: '1123456', sector: 'health' }));
    assert.equal(idFromRedirect(saved, '/organisations'), partner.id);
    const shown = await officerClient.follow(saved);
    assert.match(shown.body, /Riverbank Community Trust has been updated/);

    const found = await auditor.get('/partnerships?q=riverbank');
    assert.match(found.body, /Flood Resilience Board/, 'the partnership is found by its partner’s new name');
    const old = await auditor.get('/partnerships?q=riverside');
    assert.doesNotMatch(old.body, /Flood Resilience Board/, 'and no longer by the old one');

    const events = await historyOf(ctx.database, 'organisation', partner.id);
    assert.deepEqual(events.map((e) => e.action), ['updated', 'created']);
    assert.deepEqual(events[0]!.before, { name: 'Riverside Trust', sector: 'vcse' }, 'only what changed, before');
    assert.deepEqual(events[0]!.after, { name: 'Riverbank Community Trust', sector: 'health' }, 'and after');

    const history = await auditor.get(`/organisations/${partner.id}`);
    assert.match(history.body, /<strong>Updated<\/strong> by Olive Officer/);
    assert.match(history.body, /Name: Riverside Trust → Riverbank Community Trust/);
    assert.match(history.body, /Sector: Voluntary, community and social enterprise → Health/);
    assert.match(history.body, /<strong>Created<\/strong> by system/);
    assert.match(history.body, /Charity number: 1123456/);
    assert.doesNotMatch(history.body, /isThisCouncil|companyNumber|\(none\)/, 'labels, not field names; empty fields left out of a creation');

    const unchanged = await officerClient.post(`/organisations/${partner.id}`, validForm('Riverbank Community Trust', { charityNumber: '1123456', sector: 'health' }), {
      from: `/organisations/${partner.id}/edit`,
    });
    assert.equal(unchanged.statusCode, 303);
    assert.equal((await historyOf(ctx.database, 'organisation', partner.id)).length, 2, 'saving without a change records nothing');
  });

  it('answers 404 for an organisation that does not exist, or an id that is not one', async () => {
    assert.equal((await auditor.get('/organisations/01890000-0000-7000-8000-000000000000')).statusCode, 404);
    assert.equal((await auditor.get('/organisations/not-an-id')).statusCode, 404);
    assert.equal((await officerClient.get('/organisations/01890000-0000-7000-8000-000000000000/edit')).statusCode, 404);
  });

  it('refuses every write to internal audit with 403, and changes nothing', async () => {
    const some = await createOrganisation(t.deps, SYSTEM, details('Audit Target Ltd'));
    const before = await rowCounts(ctx.database);
    for (const url of ['/organisations/new', `/organisations/${some.id}/edit`]) {
      const res = await auditor.get(url);
      assert.equal(res.statusCode, 403, `GET ${url}`);
    }
    await auditor.get('/organisations');
    for (const url of ['/organisations', `/organisations/${some.id}`]) {
      const res = await auditor.post(url, validForm('Audit Renamed Ltd'));
      assert.equal(res.statusCode, 403, `POST ${url}`);
      assert.match(res.body, /You do not have permission/);
    }
    assert.deepEqual(await rowCounts(ctx.database), before);
    assert.equal((await findOrganisation(ctx.database.db, some.id))?.name, 'Audit Target Ltd');
    const names = await ctx.database.db.selectFrom('organisations').select('name').where('name', '=', 'Audit Renamed Ltd').execute();
    assert.deepEqual(names, []);
  });

  it('lets an administrator add an organisation too', async () => {
    const res = await admin.post('/organisations', validForm('Admin Added CIC', { companyNumber: '9876543' }), { from: '/organisations/new' });
    const id = idFromRedirect(res, '/organisations');
    assert.equal((await findOrganisation(ctx.database.db, id))?.companyNumber, '09876543');
  });
});

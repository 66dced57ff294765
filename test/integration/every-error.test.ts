// All errors in one round: a submission with a schema error AND a rule that needs the database
// (a name already in the register, the council already marked, an unknown organisation, R-2.16's
// council people, an unknown priority) shows both at once, on every form (400, both in the error
// summary, input kept) and every API write (400 problem+json with both in errors). Nothing is saved.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Organisation, Person } from '../../src/domain/register/records.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, inputValue, summaryLinks } from '../helpers/html.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract } from './api-helpers.ts';
import { userWithToken } from './api-helpers.ts';

const MISSING = '01900000-0000-7000-8000-000000000000';

forEachDatabase('every problem in one round (pages and API)', (ctx) => {
  let t: TestApp;
  let page: Client;
  let api: ApiClient;
  let council: Organisation;
  let riverside: Organisation;
  let acme: Organisation;
  let officer: Person;
  let partnerStaff: Person;
  let linkedPerson: Person;
  let partnershipId: string;
  let userId: string;

  before(async () => {
    t = await startApp(ctx.database);
    const admin = await makeUser(t.deps, 'administrator', { name: 'Ada Admin' });
    userId = admin.id;
    page = await signedIn(t.app, admin);
    api = new ApiClient(t.app, await loadContract(t.app), (await userWithToken(t.deps, 'officer')).token);
    council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    riverside = await createOrganisation(t.deps, SYSTEM, organisationDetails('Riverside Trust', { sector: 'vcse' }));
    acme = await createOrganisation(t.deps, SYSTEM, organisationDetails('Acme Developments', { sector: 'private' }));
    officer = await createPerson(t.deps, SYSTEM, personDetails('Ann Officer', council.id, { councilRole: 'officer' }));
    partnerStaff = await createPerson(t.deps, SYSTEM, personDetails('Pat Partner', riverside.id));
    linkedPerson = await createPerson(t.deps, SYSTEM, personDetails('Lee Linked', council.id, { councilRole: 'officer', userId }));
    const p = await createPartnership(
      t.deps,
      SYSTEM,
      partnershipDetails({
        partners: [
          { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: riverside.id, role: 'member', memberStatus: 'voting' },
        ],
      }),
    );
    partnershipId = p.id;
  });
  after(() => t.close());

  /** A page answer with every expected field in its error summary, 400, and nothing saved. */
  const assertBoth = async (send: () => Promise<{ statusCode: number; body: string }>, fields: string[]) => {
    const seq = await lastAuditSeq(ctx.database);
    const res = await send();
    assert.equal(res.statusCode, 400);
    const links = summaryLinks(res.body);
    for (const f of fields) assert.ok(links.includes(f), `${f} is in the summary: ${links.join(', ')}`);
    assert.equal(await lastAuditSeq(ctx.database), seq, 'nothing saved');
    return res.body;
  };

  /** An API answer: 400 problem+json with every expected field in errors, and nothing saved. */
  const assertBothApi = async (send: () => Promise<{ status: number; body: { errors?: Array<{ field: string; message: string }> } }>, fields: string[]) => {
    const seq = await lastAuditSeq(ctx.database);
    const res = await send();
    assert.equal(res.status, 400, JSON.stringify(res.body));
    const got = (res.body.errors ?? []).map((e) => e.field);
    for (const f of fields) assert.ok(got.includes(f), `${f} is in errors: ${got.join(', ')}`);
    assert.equal(await lastAuditSeq(ctx.database), seq, 'nothing saved');
    return res.body.errors!;
  };

  const organisationForm = (overrides: Record<string, string>) => ({
    name: 'New Organisation',
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

  it('organisation form (add): no sector AND a name already in the register, both at once', async () => {
    const html = await assertBoth(() => page.post('/organisations', organisationForm({ name: 'riverside trust', sector: '' }), { from: '/organisations/new' }), ['name', 'sector']);
    assertFieldError(html, 'name', 'Riverside Trust is already in the register');
    assert.equal(inputValue(html, 'name'), 'riverside trust', 'input kept');
  });

  it('organisation form (change): a bad website AND the council already marked, both at once', async () => {
    const html = await assertBoth(
      () => page.post(`/organisations/${acme.id}`, organisationForm({ name: 'Acme Developments', sector: 'private', isThisCouncil: 'yes', website: 'not a website' }), { from: `/organisations/${acme.id}/edit` }),
      ['website', 'isThisCouncil'],
    );
    assertFieldError(html, 'isThisCouncil', 'Test Borough Council is already marked as this council');
  });

  const personForm = (overrides: Record<string, string>) => ({ name: 'New Person', jobTitle: '', organisationId: '', email: '', councilRole: '', userId: '', ...overrides });

  it('person form (add): no name AND a council person without officer or councillor, both at once', async () => {
    const html = await assertBoth(() => page.post('/people', personForm({ name: '', organisationId: council.id, email: 'kept@example.org' }), { from: '/people/new' }), ['name', 'councilRole']);
    assertFieldError(html, 'councilRole', 'Select whether they are a council officer or a councillor');
    assert.equal(inputValue(html, 'email'), 'kept@example.org', 'input kept');
  });

  it('person form (change): a bad email AND a user account already linked to someone else, both at once', async () => {
    const html = await assertBoth(
      () => page.post(`/people/${officer.id}`, personForm({ name: officer.name, organisationId: council.id, councilRole: 'officer', email: 'not an email', userId }), { from: `/people/${officer.id}/edit` }),
      ['email', 'userId'],
    );
    assertFieldError(html, 'userId', `That user account is already linked to ${linkedPerson.name}`);
  });

  const partnershipForm = (overrides: Record<string, string | string[]>) => ({
    name: 'Every Problem Partnership',
    purpose: 'A purpose',
    expectedOutcomes: 'Outcomes',
    rationale: ['coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'joint-committee',
    councilContribution: '',
    withinApprovedBudget: '',
    sponsoringOfficerId: officer.id,
    accountableOfficerId: '',
    'partner-0-organisation': council.id,
    'partner-0-role': 'lead',
    'partner-0-memberStatus': 'voting',
    'partner-1-organisation': riverside.id,
    'partner-1-role': 'member',
    'partner-1-memberStatus': 'voting',
    partnerRows: '2',
    representativeRows: '1',
    'representative-0-person': '',
    'representative-0-capacity': '',
    action: 'save',
    ...overrides,
  });

  it('R-2.16 partnership form (register): no name AND a sponsoring officer who is a partner’s staff, both at once', async () => {
    const html = await assertBoth(
      () => page.post('/partnerships', partnershipForm({ name: '', sponsoringOfficerId: partnerStaff.id, purpose: 'Purpose kept' }), { from: '/partnerships/new' }),
      ['name', 'sponsoringOfficerId'],
    );
    assertFieldError(html, 'sponsoringOfficerId', 'The sponsoring officer must be a council officer: Pat Partner is not on the council’s staff');
    assert.match(html, /Purpose kept/, 'input kept');
    const links = summaryLinks(html);
    assert.ok(links.indexOf('name') < links.indexOf('sponsoringOfficerId'), 'the summary follows the page’s order');
  });

  it('R-2.6.1 partnership form (change): no purpose AND an accountable officer who is not the council’s, both at once', async () => {
    // Representatives are not on the change form (issue 8): their rule is the record page's (partnership-records.test.ts).
    const html = await assertBoth(
      () => page.post(`/partnerships/${partnershipId}`, partnershipForm({ purpose: '', accountableOfficerId: partnerStaff.id }), { from: `/partnerships/${partnershipId}/edit` }),
      ['purpose', 'accountableOfficerId'],
    );
    assertFieldError(html, 'accountableOfficerId', 'The accountable officer must be a council officer: Pat Partner is not on the council’s staff');
  });

  it('API POST /organisations: an unknown sector AND a name already in the register, in one 400', async () => {
    const errors = await assertBothApi(() => api.post('/api/v1/organisations', { name: 'Riverside Trust', sector: 'bogus', isThisCouncil: false }), ['sector', 'name']);
    assert.ok(errors.some((e) => e.message === 'Riverside Trust is already in the register'));
  });

  it('API PATCH /organisations/{id}: a bad website AND the council already marked, in one 400', async () => {
    await assertBothApi(() => api.patch(`/api/v1/organisations/${acme.id}`, { isThisCouncil: true, website: 'not a website' }), ['website', 'isThisCouncil']);
  });

  it('API POST /people: a bad email AND an organisation not in the register, in one 400', async () => {
    const errors = await assertBothApi(() => api.post('/api/v1/people', { name: 'Nobody', organisationId: MISSING, email: 'nope' }), ['email', 'organisationId']);
    assert.ok(errors.some((e) => e.field === 'organisationId' && e.message === 'Select the person’s organisation'));
  });

  it('API PATCH /people/{id}: no name AND a council person without officer or councillor, in one 400', async () => {
    await assertBothApi(() => api.patch(`/api/v1/people/${officer.id}`, { name: '', councilRole: null }), ['name', 'councilRole']);
  });

  const partnershipBody = (overrides: Record<string, unknown>) => ({
    name: 'Every Problem API Partnership',
    purpose: 'A purpose',
    expectedOutcomes: 'Outcomes',
    rationale: ['coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'joint-committee',
    partners: [
      { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
      { organisationId: riverside.id, role: 'member', memberStatus: 'voting' },
    ],
    ...overrides,
  });

  it('R-2.16 API POST /partnerships: a name that is not text AND a sponsoring officer who is a partner’s staff, in one 400', async () => {
    await assertBothApi(() => api.post('/api/v1/partnerships', partnershipBody({ name: 123, sponsoringOfficerId: partnerStaff.id })), ['name', 'sponsoringOfficerId']);
  });

  it('API PATCH /partnerships/{id}: an unknown legal form AND a corporate priority not in the list AND partners (not PATCH’s), in one 400', async () => {
    const errors = await assertBothApi(
      () => api.patch(`/api/v1/partnerships/${partnershipId}`, { legalForm: 'bogus', priorities: [{ priorityId: MISSING, how: 'Somehow' }], partners: [{ organisationId: MISSING, role: 'member', memberStatus: 'voting' }, { organisationId: council.id, role: 'lead', memberStatus: 'voting' }] }),
      ['legalForm', 'priorities', 'partners'],
    );
    // The partners are not read at all (issue 8): no problem inside them, only where they change.
    assert.deepEqual(errors.filter((e) => e.field.startsWith('partners')), [{ field: 'partners', message: 'Partners change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/partners' }]);
  });
});

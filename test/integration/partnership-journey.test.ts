// Registering and changing a partnership through the pages, as an officer would: the form, every
// error at its field with the input kept, "Add another" rows, the reference, the partnership's page,
// the edit round trip, History in plain words and the audit events behind it (R-2.6.10), who may do
// what, and tampered forms.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { loadPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import type { Sector } from '../../src/domain/register/vocabulary.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { idFromRedirect, startApp, type Client, type Form, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, reEscape, summaryLinks, unescapeHtml } from '../helpers/html.ts';

// The form's fields by name, unescaped: what the browser would send (html.ts reads fields by id, as rendered).
function tagsNamed(html: string, tag: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\sname="${reEscape(name)}"[^>]*>`, 'g'))].map((m) => m[0]);
}
const inputValue = (html: string, name: string) => {
  const tag = tagsNamed(html, 'input', name)[0];
  return tag === undefined ? undefined : unescapeHtml(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? '');
};
const textareaValue = (html: string, name: string) => {
  const m = new RegExp(`<textarea\\b[^>]*\\sname="${reEscape(name)}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  return m ? unescapeHtml(m[1]!.replace(/^\n/, '')) : undefined;
};
const selected = (html: string, name: string) => {
  const m = new RegExp(`<select\\b[^>]*\\sname="${reEscape(name)}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (!m) return undefined;
  return unescapeHtml(/<option value="([^"]*)" selected>/.exec(m[1]!)?.[1] ?? '');
};
const checked = (html: string, name: string) =>
  tagsNamed(html, 'input', name)
    .filter((t) => /\schecked[\s>]/.test(t))
    .map((t) => unescapeHtml(/\svalue="([^"]*)"/.exec(t)?.[1] ?? ''));

/** Every answer the partnership form on the page would send, as a browser would send it. */
function formValues(html: string): Form {
  const form = /<form method="post" action="\/partnerships[^"]*"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  assert.ok(form, 'the page has the partnership form');
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const had = out[name];
    out[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  };
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (!name || name === '_csrf') continue;
    const type = /\stype="([^"]*)"/.exec(tag)?.[1] ?? 'text';
    if ((type === 'checkbox' || type === 'radio') && !/\schecked[\s>]/.test(tag)) continue;
    add(name, unescapeHtml(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? ''));
  }
  for (const m of form.matchAll(/<textarea\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) add(m[1]!, unescapeHtml(m[2]!.replace(/^\n/, '')));
  for (const m of form.matchAll(/<select\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    add(m[1]!, unescapeHtml(/<option value="([^"]*)" selected>/.exec(m[2]!)?.[1] ?? /<option value="([^"]*)"/.exec(m[2]!)?.[1] ?? ''));
  }
  return out;
}

/** The text of a summary list row: key → value, tags stripped. */
function summaryRow(html: string, key: string): string | undefined {
  const m = new RegExp(`<dt class="govuk-summary-list__key">\\s*${reEscape(key)}\\s*</dt>\\s*<dd class="govuk-summary-list__value">([\\s\\S]*?)</dd>`).exec(html);
  return m ? unescapeHtml(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()) : undefined;
}

const NOT_AN_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

forEachDatabase('registering a partnership', (ctx) => {
  let t: TestApp;
  const clock = new TestClock('2026-05-01T09:00:00.000Z');
  let officerUser: User;
  let auditorUser: User;
  let officer: Client;
  let auditor: Client;
  const ids = {} as Record<'council' | 'riverside' | 'acme' | 'ann' | 'bob' | 'cat' | 'health' | 'economy', string>;

  const count = async (table: 'partnerships' | 'partnership_partners' | 'partnership_representatives' | 'partnership_priorities' | 'audit_events' | 'reference_counters') => {
    const row = await ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const snapshot = async () => ({
    partnerships: await count('partnerships'),
    partners: await count('partnership_partners'),
    representatives: await count('partnership_representatives'),
    priorities: await count('partnership_priorities'),
    audit: await count('audit_events'),
    counters: await ctx.database.db.selectFrom('reference_counters').selectAll().orderBy('year').execute(),
  });

  /** A complete, valid registration. */
  const valid = (overrides: Form = {}): Form => ({
    partnerRows: '3',
    representativeRows: '2',
    name: 'Healthy Towns',
    purpose: 'Joined-up health services for the borough.',
    expectedOutcomes: 'People live longer, healthier lives.',
    rationale: ['coordinated-services', 'statutory-requirement'],
    wellbeing: ['social', 'economic'],
    legalForm: 'joint-committee',
    'startDate-day': '1',
    'startDate-month': '4',
    'startDate-year': '2026',
    'expectedEndDate-day': '31',
    'expectedEndDate-month': '3',
    'expectedEndDate-year': '2029',
    durationDescription: '',
    councilContribution: '25000',
    withinApprovedBudget: 'yes',
    resourcesStaff: 'Two officers, half time',
    resourcesAssets: 'The old library',
    resourcesInKind: 'Meeting rooms',
    sponsoringOfficerId: ids.ann,
    accountableOfficerId: ids.bob,
    'partner-0-organisation': ids.council,
    'partner-0-role': 'lead',
    'partner-0-memberStatus': 'voting',
    'partner-1-organisation': ids.riverside,
    'partner-1-role': 'member',
    'partner-1-memberStatus': 'non-voting',
    'partner-2-organisation': '',
    'partner-2-role': '',
    'partner-2-memberStatus': '',
    'representative-0-person': ids.cat,
    'representative-0-capacity': 'councillor',
    'representative-1-person': '',
    'representative-1-capacity': '',
    priorities: [ids.health],
    [`priority-${ids.health}-how`]: 'Fewer emergency admissions',
    action: 'save',
    ...overrides,
  });

  const register = async (overrides: Form = {}) => officer.post('/partnerships', valid(overrides), { from: '/partnerships/new' });

  before(async () => {
    t = await startApp(ctx.database, { clock });
    const org = (name: string, sector: Sector, isThisCouncil = false) => createOrganisation(t.deps, SYSTEM, organisationDetails(name, { sector, isThisCouncil }));
    ids.council = (await org('Test Borough Council', 'public', true)).id;
    ids.riverside = (await org('Riverside Trust', 'vcse')).id;
    ids.acme = (await org('Acme & Sons <Ltd>', 'private')).id;
    const person = (name: string, jobTitle: string, councilRole: 'officer' | 'councillor') =>
      createPerson(t.deps, SYSTEM, personDetails(name, ids.council, { jobTitle, councilRole }));
    ids.ann = (await person('Ann Sponsor', 'Head of Housing', 'officer')).id;
    ids.bob = (await person('Bob Accountable', 'Performance Manager', 'officer')).id;
    ids.cat = (await person('Cat Jones', 'Ward councillor', 'councillor')).id;
    ids.health = (await createPriority(t.deps, SYSTEM, { title: 'Healthy lives', description: null, active: true })).id;
    ids.economy = (await createPriority(t.deps, SYSTEM, { title: 'Thriving economy', description: null, active: true })).id;
    officerUser = await makeUser(t.deps, 'officer', { name: 'Olive Officer' });
    officer = await signedIn(t.app, officerUser);
    auditorUser = await makeUser(t.deps, 'auditor');
    auditor = await signedIn(t.app, auditorUser);
  });
  after(() => t.close());

  it('an empty register invites an officer to register the first partnership, and not an auditor', async () => {
    const mine = await officer.get('/partnerships');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /No partnerships registered yet/);
    assert.match(mine.body, /No partnerships have been registered yet\./);
    assert.match(mine.body, /<a class="govuk-link" href="\/partnerships\/new">Register the first partnership<\/a>/);
    assert.match(mine.body, /href="\/partnerships\/new"[^>]*>\s*Register a partnership/);
    assert.doesNotMatch(mine.body, /Try fewer words/);
    assert.doesNotMatch(mine.body, /Showing \d/);
    assert.doesNotMatch(mine.body, /<table/);

    const theirs = await auditor.get('/partnerships');
    assert.equal(theirs.statusCode, 200);
    assert.match(theirs.body, /No partnerships have been registered yet\./);
    assert.doesNotMatch(theirs.body, /\/partnerships\/new/);
  });

  it('GET /partnerships/new: the form, with three partner rows, two representative rows and each priority', async () => {
    const res = await officer.get('/partnerships/new');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 class="govuk-heading-l">Register a partnership<\/h1>/);
    assert.match(res.body, /<form method="post" action="\/partnerships" novalidate>/);
    assert.match(res.body, /name="_csrf" value="[^"]+"/);
    for (const name of ['name', 'councilContribution', 'startDate-day', 'startDate-month', 'startDate-year', 'durationDescription']) assert.equal(tagsNamed(res.body, 'input', name).length, 1, name);
    for (const name of ['purpose', 'expectedOutcomes', 'resourcesStaff', 'resourcesAssets', 'resourcesInKind', `priority-${ids.health}-how`]) assert.ok(textareaValue(res.body, name) !== undefined, name);
    for (const i of [0, 1, 2]) for (const part of ['organisation', 'role', 'memberStatus']) assert.equal(selected(res.body, `partner-${i}-${part}`), '', `partner-${i}-${part}`);
    assert.equal(selected(res.body, 'partner-3-organisation'), undefined);
    for (const i of [0, 1]) assert.equal(selected(res.body, `representative-${i}-person`), '');
    assert.equal(selected(res.body, 'representative-2-person'), undefined);
    assert.equal(tagsNamed(res.body, 'input', 'legalForm').length, 7, 'R-A1.2 the seven legal forms');
    assert.equal(tagsNamed(res.body, 'input', 'rationale').length, 6, 'R-2.3 reasons a to f');
    assert.equal(tagsNamed(res.body, 'input', 'wellbeing').length, 3, 'R-1.1 three kinds of well-being');
    assert.equal(tagsNamed(res.body, 'input', 'status').length, 0, 'R-APPROVE no status to choose: it changes only through a lifecycle step');
    // Only the council's own people can be its officers and representatives (R-2.16).
    assert.match(res.body, /Ann Sponsor, Head of Housing/);
    assert.match(res.body, /Acme &amp; Sons &lt;Ltd&gt;/);
    assert.match(res.body, /Test Borough Council \(this council\)/);
  });

  it('a form with errors: 400, every message at its field, everything typed kept exactly, hostile text escaped, nothing saved', async () => {
    const before = await snapshot();
    const hostile = '<script>alert("x")</script> & Co';
    const res = await officer.post(
      '/partnerships',
      {
        partnerRows: '3',
        representativeRows: '2',
        name: hostile,
        purpose: '',
        expectedOutcomes: '  ',
        rationale: ['maximise-funds'],
        legalForm: 'latco',
        'startDate-day': '31',
        'startDate-month': '2',
        'startDate-year': '2026',
        'expectedEndDate-day': '',
        'expectedEndDate-month': '6',
        'expectedEndDate-year': '',
        councilContribution: '-5',
        withinApprovedBudget: 'no',
        resourcesStaff: '"quoted" <b>bold</b>',
        sponsoringOfficerId: ids.ann,
        'partner-0-organisation': ids.council,
        'partner-0-role': 'lead',
        'partner-0-memberStatus': 'voting',
        'partner-1-organisation': ids.riverside,
        'partner-1-role': 'lead',
        'partner-1-memberStatus': 'observer',
        'partner-2-organisation': '',
        'partner-2-role': 'funder',
        'partner-2-memberStatus': '',
        'representative-0-person': ids.cat,
        'representative-0-capacity': '',
        'representative-1-person': '',
        'representative-1-capacity': 'officer',
        priorities: [ids.health, ids.economy],
        [`priority-${ids.health}-how`]: 'It <em>helps</em>',
        [`priority-${ids.economy}-how`]: '',
        action: 'save',
      },
      { from: '/partnerships/new' },
    );
    assert.equal(res.statusCode, 400);
    const html = res.body;
    assert.match(html, /<title>Error: /);
    assert.match(html, /There is a problem/);
    const expected: Array<[string, string]> = [
      ['purpose', 'Enter the partnership’s purpose'],
      ['expectedOutcomes', 'Enter the outcomes expected for the people of the borough'],
      ['wellbeing', 'Select the well-being the partnership improves'],
      ['startDate-day', 'Start date must be a real date'],
      ['expectedEndDate-day', 'Expected end date must include a day and year'],
      ['councilContribution', 'Council contribution must be £0 or more'],
      ['partner-1-role', 'Only one partner can be the lead or accountable body'],
      ['partner-2-organisation', 'Select the organisation for partner 3'],
      ['representative-0-capacity', 'Select whether they attend as a councillor or an officer'],
      ['representative-1-person', 'Select the person for representative 2'],
      [`priority-${ids.economy}-how`, 'Say how the partnership helps deliver this priority'],
    ];
    for (const [field, message] of expected) assertFieldError(html, field, message);
    assert.deepEqual(summaryLinks(html), expected.map(([field]) => field), 'the summary lists the errors in the order of the page');

    // Kept exactly as typed.
    assert.equal(inputValue(html, 'name'), hostile);
    assert.ok(html.includes('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"'));
    assert.ok(!html.includes('<script>alert("x")'), 'hostile text is never markup');
    assert.ok(!html.includes('<b>bold</b>') && !html.includes('<em>helps</em>'));
    assert.equal(textareaValue(html, 'resourcesStaff'), '"quoted" <b>bold</b>');
    assert.equal(textareaValue(html, `priority-${ids.health}-how`), 'It <em>helps</em>');
    assert.deepEqual(checked(html, 'rationale'), ['maximise-funds']);
    assert.deepEqual(checked(html, 'wellbeing'), []);
    assert.deepEqual(checked(html, 'legalForm'), ['latco']);
    assert.deepEqual(checked(html, 'withinApprovedBudget'), ['no']);
    assert.deepEqual(checked(html, 'priorities'), [ids.health, ids.economy]);
    assert.deepEqual(['startDate-day', 'startDate-month', 'startDate-year'].map((n) => inputValue(html, n)), ['31', '2', '2026']);
    assert.deepEqual(['expectedEndDate-day', 'expectedEndDate-month', 'expectedEndDate-year'].map((n) => inputValue(html, n)), ['', '6', '']);
    assert.equal(inputValue(html, 'councilContribution'), '-5');
    assert.equal(selected(html, 'sponsoringOfficerId'), ids.ann);
    assert.deepEqual(
      [0, 1, 2].map((i) => ['organisation', 'role', 'memberStatus'].map((p) => selected(html, `partner-${i}-${p}`))),
      [
        [ids.council, 'lead', 'voting'],
        [ids.riverside, 'lead', 'observer'],
        ['', 'funder', ''],
      ],
    );
    assert.deepEqual([selected(html, 'representative-0-person'), selected(html, 'representative-1-capacity')], [ids.cat, 'officer']);
    assert.equal(inputValue(html, 'partnerRows'), '3');
    assert.deepEqual(await snapshot(), before, 'nothing saved, nothing audited, no reference used');
  });

  it('money as typed is kept when something else is wrong: "£25,000.50" stays "£25,000.50"', async () => {
    const res = await officer.post('/partnerships', valid({ name: '', councilContribution: '£25,000.50' }), { from: '/partnerships/new' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(summaryLinks(res.body), ['name']);
    assert.equal(inputValue(res.body, 'councilContribution'), '£25,000.50');
  });

  it('R-1.1 and R-2.5c are checked with everything else in one go (no second round of errors)', async () => {
    const res = await officer.post(
      '/partnerships',
      valid({ name: '', 'partner-1-organisation': '', 'partner-1-role': '', 'partner-1-memberStatus': '', councilContribution: '', withinApprovedBudget: 'yes' }),
      { from: '/partnerships/new' },
    );
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'name', 'Enter the partnership’s name');
    assertFieldError(res.body, 'councilContribution', 'Enter the council’s contribution per year, or £0');
    assertFieldError(res.body, 'partner-0-organisation', 'Add at least one partner organisation other than the council');
    assert.deepEqual(summaryLinks(res.body), ['name', 'councilContribution', 'partner-0-organisation']);
  });

  it('R-2.16 only council officers are offered as sponsoring and accountable officers; councillors and officers as representatives', async () => {
    const html = (await officer.get('/partnerships/new')).body;
    const optionsOf = (name: string) => [.../<option value="([^"]*)"/g[Symbol.matchAll](new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '')].map((m) => m[1]).filter(Boolean);
    for (const name of ['sponsoringOfficerId', 'accountableOfficerId']) {
      assert.ok(optionsOf(name).includes(ids.ann), `${name} offers an officer`);
      assert.ok(!optionsOf(name).includes(ids.cat), `${name} does not offer a councillor`);
    }
    assert.ok(optionsOf('representative-0-person').includes(ids.cat), 'a councillor may represent the council');
    assert.ok(optionsOf('representative-0-person').includes(ids.ann), 'so may an officer');
  });

  it('links away from the form open in a new tab and say so, so nothing typed is lost', async () => {
    const html = (await officer.get('/partnerships/new')).body;
    const form = /<form method="post" action="\/partnerships"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    const links = [...form.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ tag: m[0], href: m[1]!, text: m[2]! }));
    const away = links.filter((l) => l.text !== 'Cancel');
    assert.deepEqual(away.map((l) => l.href), ['/organisations/new', '/people/new']);
    for (const l of away) {
      assert.match(l.tag, /target="_blank"/);
      assert.match(l.tag, /rel="noopener noreferrer"/);
      assert.match(l.text, /\(opens in new tab\)$/);
    }
  });

  it('"Add another partner" re-renders with one more row and nothing lost, without saving or complaining', async () => {
    const before = await snapshot();
    const form = valid({ name: 'Half typed <i>', purpose: '', action: 'add-partner' });
    const res = await officer.post('/partnerships', form, { from: '/partnerships/new' });
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /There is a problem/);
    assert.equal(inputValue(res.body, 'partnerRows'), '4');
    assert.equal(selected(res.body, 'partner-3-organisation'), '');
    assert.equal(selected(res.body, 'partner-4-organisation'), undefined);
    assert.match(res.body, /<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">\s*Partner 4\s*<\/legend>/);
    // The page comes back at the new row: its fieldset is the anchor and takes the focus.
    assert.match(res.body, /<fieldset class="govuk-fieldset" id="partner-3" tabindex="-1">/);
    assert.match(res.body, /formaction="\/partnerships#partner-4"[^>]*>\s*Add another partner/, 'and the next press goes to the row after');
    assert.equal(inputValue(res.body, 'name'), 'Half typed <i>');
    assert.deepEqual([selected(res.body, 'partner-1-organisation'), selected(res.body, 'partner-1-memberStatus')], [ids.riverside, 'non-voting']);
    assert.deepEqual(checked(res.body, 'rationale'), ['coordinated-services', 'statutory-requirement']);
    assert.deepEqual(['startDate-day', 'startDate-month', 'startDate-year'].map((n) => inputValue(res.body, n)), ['1', '4', '2026']);
    assert.equal(inputValue(res.body, 'councilContribution'), '25000');
    assert.equal(textareaValue(res.body, `priority-${ids.health}-how`), 'Fewer emergency admissions');
    assert.deepEqual(await snapshot(), before, 'nothing saved');

    // The re-rendered page posts onwards: the fourth row is read.
    const next = formValues(res.body);
    const saved = await officer.post('/partnerships', { ...next, name: 'Four partners', purpose: 'Testing rows', 'partner-3-organisation': ids.acme, 'partner-3-role': 'funder', 'partner-3-memberStatus': 'observer', action: 'save' });
    assert.equal(saved.statusCode, 303, summaryLinks(saved.body).join(', '));
    const p = await loadPartnership(t.deps, idFromRedirect(saved, '/partnerships'));
    assert.deepEqual(
      p.partners.map((x) => [x.organisationId, x.role]),
      [
        [ids.council, 'lead'],
        [ids.riverside, 'member'],
        [ids.acme, 'funder'],
      ],
    );
  });

  it('"Add another representative" re-renders with one more row and nothing lost, without saving', async () => {
    const before = await snapshot();
    const res = await officer.post('/partnerships', valid({ action: 'add-representative', 'representative-1-capacity': 'officer' }), { from: '/partnerships/new' });
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /There is a problem/);
    assert.equal(inputValue(res.body, 'representativeRows'), '3');
    assert.equal(selected(res.body, 'representative-2-person'), '');
    assert.deepEqual([selected(res.body, 'representative-0-person'), selected(res.body, 'representative-0-capacity'), selected(res.body, 'representative-1-capacity')], [ids.cat, 'councillor', 'officer']);
    assert.equal(inputValue(res.body, 'partnerRows'), '3');
    assert.deepEqual(await snapshot(), before);
  });

  it('at the most rows, the "Add another partner" button goes and the count stays', async () => {
    const res = await officer.post('/partnerships', valid({ partnerRows: '50', action: 'add-partner' }), { from: '/partnerships/new' });
    assert.equal(res.statusCode, 200);
    assert.equal(inputValue(res.body, 'partnerRows'), '50');
    assert.doesNotMatch(res.body, /value="add-partner"/);
    assert.match(res.body, /value="add-representative"/);
  });

  let id: string;

  it('registers: 303 to its page, "has been registered as P-2026-NNN", references count up within the year and start again next year', async () => {
    const first = await register();
    assert.equal(first.statusCode, 303);
    id = idFromRedirect(first, '/partnerships');
    const page = await officer.follow(first);
    const reference = (await loadPartnership(t.deps, id)).reference;
    assert.match(reference, /^P-2026-\d{3}$/);
    assert.match(page.body, new RegExp(`Healthy Towns has been registered as ${reference}`));
    const n = Number(reference.split('-')[2]);

    const second = await register({ name: 'Second one' });
    assert.match((await officer.follow(second)).body, new RegExp(`Second one has been registered as P-2026-${String(n + 1).padStart(3, '0')}`));

    // A new year (sessions do not last that long: sign in again).
    clock.set('2027-01-04T09:00:00.000Z');
    officer = await signedIn(t.app, officerUser);
    auditor = await signedIn(t.app, auditorUser);
    const nextYear = await register({ name: 'New year' });
    assert.match((await officer.follow(nextYear)).body, /New year has been registered as P-2027-001/);
    const again = await register({ name: 'New year again' });
    assert.match((await officer.follow(again)).body, /New year again has been registered as P-2027-002/);
  });

  it('R-2.1 R-2.5a R-A1.2 the partnership’s page shows every field in plain words (purpose, outcomes, resources, legal form…), with its tabs', async () => {
    const res = await auditor.get(`/partnerships/${id}`);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const p = await loadPartnership(t.deps, id);
    assert.match(html, new RegExp(`<span class="govuk-caption-l">${p.reference}</span>\\s*<h1 class="govuk-heading-l">Healthy Towns</h1>`));
    const rows: Array<[string, string]> = [
      ['Reference', p.reference],
      ['Purpose', 'Joined-up health services for the borough.'],
      ['Expected outcomes for residents', 'People live longer, healthier lives.'],
      ['Why the council is in it', 'To deliver coordinated packages of services to residents To fulfil a statutory requirement'],
      ['Well-being improved', 'Economic, Social'],
      ['Legal form', 'Joint committee'],
      ['Status', 'Proposed'],
      ['Start date', '1 April 2026'],
      ['Expected end', '31 March 2029'],
      ['Financial contribution per year', '£25,000'],
      ['Within an approved budget', 'Yes'],
      ['Staff', 'Two officers, half time'],
      ['Operational assets', 'The old library'],
      ['In-kind and other commitments', 'Meeting rooms'],
      ['Healthy lives', 'Fewer emergency admissions'],
      ['Sponsoring officer', 'Ann Sponsor , Head of Housing'],
      ['Accountable officer for performance', 'Bob Accountable , Performance Manager'],
    ];
    for (const [key, value] of rows) assert.equal(summaryRow(html, key), value, key);
    // Partners with their roles and member status (R-2.7a).
    assert.match(html, /Test Borough Council<\/a> \(this council\)<\/td>\s*<td class="govuk-table__cell"[^>]*>Public<\/td>\s*<td class="govuk-table__cell"[^>]*>Lead \/ accountable body<\/td>\s*<td class="govuk-table__cell"[^>]*>Voting<\/td>/);
    assert.match(html, /Riverside Trust<\/a><\/td>\s*<td class="govuk-table__cell"[^>]*>Voluntary, community and social enterprise<\/td>\s*<td class="govuk-table__cell"[^>]*>Member<\/td>\s*<td class="govuk-table__cell"[^>]*>Non-voting<\/td>/);
    // Council representatives with their capacity (R-2.16).
    assert.match(html, /Cat Jones<\/a>, Ward councillor \(councillor\)/);
    // The partnership layout's sub-navigation, not tabs: each area is a page of its own.
    const areas = [...html.matchAll(/<a class="accord-sub-nav__link" href="[^"]+"(?: aria-current="page")?>([^<]+)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(areas, ['Summary', 'Partners', 'Council representatives', 'Meetings', 'Actions', 'Decisions', 'Forward plan', 'Public register', 'Decision making', 'Performance', 'Screening', 'Business case', 'Governance', 'Documents', 'Compliance', 'Exit', 'Lifecycle', 'History']);
    assert.doesNotMatch(html, /govuk-tabs/);
    assert.doesNotMatch(html, /Change partnership/, 'an auditor is not offered the change button');
    assert.match((await officer.get(`/partnerships/${id}`)).body, /href="\/partnerships\/[^"]+\/edit"[^>]*>\s*Change partnership/);
  });

  it('R-2.6.10 registering is audited: who, when, the request, and every field with names in plain words', async () => {
    const events = await historyOf(ctx.database, 'partnership', id);
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.equal(e.action, 'created');
    assert.equal(e.actorId, officerUser.id);
    assert.match(e.actorLabel, /Olive Officer/);
    assert.ok(e.requestId, 'the request id is kept');
    assert.equal(e.occurredAt, '2026-05-01T09:00:00.000Z');
    assert.equal(e.before, null);
    assert.equal(e.after?.name, 'Healthy Towns');
    assert.equal(e.after?.reference, (await loadPartnership(t.deps, id)).reference);
    assert.equal(e.after?.councilContributionPence, 2_500_000);
    assert.equal(e.after?.sponsoringOfficer, 'Ann Sponsor');
    assert.deepEqual(e.after?.partners, [
      { organisation: 'Test Borough Council', role: 'lead', memberStatus: 'voting' },
      { organisation: 'Riverside Trust', role: 'member', memberStatus: 'non-voting' },
    ]);
    assert.deepEqual(e.after?.representatives, [{ person: 'Cat Jones', capacity: 'councillor' }]);
    // Ticked as social then economic: kept in the protocol's order, so the same answers are the same record.
    assert.deepEqual(e.after?.wellbeing, ['economic', 'social']);
    assert.deepEqual(e.after?.priorities, [{ priority: 'Healthy lives', how: 'Fewer emergency admissions' }]);
  });

  it('the edit form comes filled in, and saving it unchanged changes nothing and records nothing', async () => {
    const res = await officer.get(`/partnerships/${id}/edit`);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, new RegExp(`<form method="post" action="/partnerships/${id}" novalidate>`));
    assert.equal(inputValue(html, 'name'), 'Healthy Towns');
    assert.equal(textareaValue(html, 'purpose'), 'Joined-up health services for the borough.');
    assert.deepEqual(checked(html, 'rationale'), ['coordinated-services', 'statutory-requirement']);
    assert.deepEqual(checked(html, 'wellbeing'), ['economic', 'social']);
    assert.deepEqual(checked(html, 'legalForm'), ['joint-committee']);
    assert.deepEqual(['startDate-day', 'startDate-month', 'startDate-year'].map((n) => inputValue(html, n)), ['1', '4', '2026']);
    assert.deepEqual(['expectedEndDate-day', 'expectedEndDate-month', 'expectedEndDate-year'].map((n) => inputValue(html, n)), ['31', '3', '2029']);
    assert.equal(inputValue(html, 'councilContribution'), '25000');
    assert.deepEqual(checked(html, 'withinApprovedBudget'), ['yes']);
    assert.deepEqual([selected(html, 'sponsoringOfficerId'), selected(html, 'accountableOfficerId')], [ids.ann, ids.bob]);
    // Issue 8: no partner or representative rows; the page says where they change instead.
    assert.doesNotMatch(html, /name="(partner|representative)-\d+-|name="(partnerRows|representativeRows)"|Add another/);
    assert.match(html, new RegExp(`Partners are added, changed and removed on the partnership’s <a class="govuk-link" href="/partnerships/${id}/partners">Partners page</a>`));
    assert.match(html, new RegExp(`Council representatives are added, changed and removed on the partnership’s <a class="govuk-link" href="/partnerships/${id}/representatives">Council representatives page</a>`));
    assert.deepEqual(checked(html, 'priorities'), [ids.health]);
    assert.equal(textareaValue(html, `priority-${ids.health}-how`), 'Fewer emergency admissions');

    const before = await loadPartnership(t.deps, id);
    const auditBefore = await count('audit_events');
    const saved = await officer.post(`/partnerships/${id}`, { ...formValues(html), action: 'save' });
    assert.equal(saved.statusCode, 303);
    assert.equal(idFromRedirect(saved, '/partnerships'), id);
    assert.match((await officer.follow(saved)).body, /Healthy Towns has been updated/);
    const after = await loadPartnership(t.deps, id);
    assert.deepEqual({ ...after, updatedAt: null }, { ...before, updatedAt: null });
    assert.equal(await count('audit_events'), auditBefore, 'an update that changes nothing records nothing');
  });

  it('R-2.6.10 a change is audited with only what changed, and History says it in plain words', async () => {
    const form = formValues((await officer.get(`/partnerships/${id}/edit`)).body);
    // A partner is added on the Partners page, as its own record and its own event (issue 8).
    const added = await officer.post(`/partnerships/${id}/partners`, { organisationId: ids.acme, role: 'funder', memberStatus: 'observer' }, { from: `/partnerships/${id}/partners/new` });
    assert.equal(added.statusCode, 303);
    const res = await officer.post(`/partnerships/${id}`, {
      ...form,
      // A status posted beside the details (a tampered form) is not read: it changes only through a step.
      status: 'operating',
      councilContribution: '30000.50',
      'expectedEndDate-day': '',
      'expectedEndDate-month': '',
      'expectedEndDate-year': '',
      action: 'save',
    });
    assert.equal(res.statusCode, 303);
    const events = await historyOf(ctx.database, 'partnership', id);
    const update = events.find((e) => e.action === 'updated');
    assert.ok(update, 'an updated event');
    assert.equal(update.actorId, officerUser.id);
    assert.deepEqual(Object.keys(update.after ?? {}).sort(), ['councilContributionPence', 'expectedEndDate']);
    const { status } = await ctx.database.db.selectFrom('partnerships').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(status, 'proposed', 'the posted status changed nothing');
    assert.equal(update.before?.expectedEndDate, '2029-03-31');
    assert.equal(update.after?.expectedEndDate, null);

    const page = await auditor.get(`/partnerships/${id}/history`);
    const history = page.body.slice(page.body.indexOf('<h1 class="govuk-heading-l">History</h1>'));
    const text = unescapeHtml(history.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    assert.doesNotMatch(text, /Status:/);
    assert.match(text, /Council contribution per year: £25,000 → £30,000\.50/);
    assert.match(text, /Expected end date: 31 March 2029 → \(none\)/);
    assert.doesNotMatch(text.slice(0, text.indexOf('Created by')), /Partners:/, 'the change of the partnership does not list its partners');
    assert.match(text, /Added partner Acme & Sons <Ltd>/);
    assert.match(text, /Created by Olive Officer/);
    assert.match(text, /Updated by Olive Officer/);
    assert.match(text, /Name: Healthy Towns/);
    assert.ok(page.body.includes('Acme &amp; Sons &lt;Ltd&gt;'), 'names in the history are escaped');
    assert.ok(text.indexOf('Updated by') < text.indexOf('Created by'), 'newest first');
  });

  it('an auditor cannot open the forms or post them (403), and nothing changes', async () => {
    const before = await snapshot();
    assert.equal((await auditor.get('/partnerships/new')).statusCode, 403);
    assert.equal((await auditor.get(`/partnerships/${id}/edit`)).statusCode, 403);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await auditor.get('/account')).body)?.[1] ?? null;
    assert.equal((await auditor.post('/partnerships', valid(), { csrf })).statusCode, 403);
    assert.equal((await auditor.post(`/partnerships/${id}`, valid({ name: 'Taken over' }), { csrf })).statusCode, 403);
    assert.deepEqual(await snapshot(), before);
    assert.equal((await loadPartnership(t.deps, id)).name, 'Healthy Towns');
    assert.equal((await auditor.get(`/partnerships/${id}`)).statusCode, 200, 'but can read it');
  });

  it('an unknown or malformed id is not found (404) for the page, the form and the post', async () => {
    for (const bad of [NOT_AN_ID, 'not-an-id', '1', `${NOT_AN_ID}x`]) {
      assert.equal((await officer.get(`/partnerships/${bad}`)).statusCode, 404, bad);
      assert.equal((await officer.get(`/partnerships/${bad}/edit`)).statusCode, 404, bad);
    }
    const res = await officer.post(`/partnerships/${NOT_AN_ID}`, valid(), { from: `/partnerships/${id}/edit` });
    assert.equal(res.statusCode, 404);
  });

  const tampered: Array<[string, () => Form, string, string]> = [
    ['a partner organisation that does not exist', () => ({ 'partner-1-organisation': NOT_AN_ID }), 'partner-1-organisation', 'Select partner organisations from the register'],
    ['a sponsoring officer who does not exist', () => ({ sponsoringOfficerId: NOT_AN_ID }), 'sponsoringOfficerId', 'Select a sponsoring officer from the register'],
    ['an accountable officer who does not exist', () => ({ accountableOfficerId: NOT_AN_ID }), 'accountableOfficerId', 'Select an accountable officer from the register'],
    ['a representative who does not exist', () => ({ 'representative-1-person': NOT_AN_ID, 'representative-1-capacity': 'officer' }), 'representative-1-person', 'Select representatives from the register'],
    ['a partner id that is not an id', () => ({ 'partner-1-organisation': "' or 1=1 --" }), 'partner-1-organisation', 'Select the partner organisation'],
    ['a legal form that is not one of the seven', () => ({ legalForm: 'plc' }), 'legalForm', 'Select the legal form of the partnership'],
  ];
  for (const [name, overrides, field, message] of tampered) {
    it(`a tampered form: ${name} → 400 with a message at the field, nothing saved`, async () => {
      const before = await snapshot();
      const res = await register(overrides());
      assert.equal(res.statusCode, 400);
      assertFieldError(res.body, field, message);
      assert.deepEqual(await snapshot(), before);
    });
  }

  it('a tampered priority (does not exist) → 400 at the priorities, nothing saved', async () => {
    const before = await snapshot();
    const res = await register({ priorities: [NOT_AN_ID], [`priority-${NOT_AN_ID}-how`]: 'Somehow' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('<a href="#priorities">Select corporate priorities from the list</a>'));
    assert.deepEqual(await snapshot(), before);
  });

  it('a tampered edit is refused the same way, and the partnership is unchanged', async () => {
    const before = await loadPartnership(t.deps, id);
    const form = formValues((await officer.get(`/partnerships/${id}/edit`)).body);
    const res = await officer.post(`/partnerships/${id}`, { ...form, name: 'Renamed', sponsoringOfficerId: NOT_AN_ID, action: 'save' });
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'sponsoringOfficerId', 'Select a sponsoring officer from the register');
    assert.equal(inputValue(res.body, 'name'), 'Renamed', 'what was typed is kept');
    assert.deepEqual(await loadPartnership(t.deps, id), before);
  });

  it('issue 8: partner and representative rows posted to the change form change nothing of them, and are not refused either', async () => {
    const before = await loadPartnership(t.deps, id);
    const form = formValues((await officer.get(`/partnerships/${id}/edit`)).body);
    const rows = {
      partnerRows: '3',
      representativeRows: '2',
      // Only the council left (R-1.1), a stranger, and an organisation that does not exist: none of it is read.
      'partner-0-organisation': ids.council,
      'partner-0-role': 'lead',
      'partner-0-memberStatus': 'voting',
      'partner-1-organisation': NOT_AN_ID,
      'partner-1-role': 'member',
      'partner-1-memberStatus': 'voting',
      'representative-0-person': ids.ann,
      'representative-0-capacity': 'councillor',
    };
    // "Add another partner" from a page of before: the form comes back, nothing saved.
    const again = await officer.post(`/partnerships/${id}`, { ...form, ...rows, name: 'Typed', action: 'add-partner' });
    assert.equal(again.statusCode, 200);
    assert.equal(inputValue(again.body, 'name'), 'Typed', 'what was typed is kept');
    assert.doesNotMatch(again.body, /name="partner-\d+-/);
    assert.deepEqual(await loadPartnership(t.deps, id), before);

    const auditBefore = await count('audit_events');
    const saved = await officer.post(`/partnerships/${id}`, { ...form, ...rows, action: 'save' });
    assert.equal(saved.statusCode, 303);
    const after = await loadPartnership(t.deps, id);
    assert.deepEqual({ ...after, updatedAt: null }, { ...before, updatedAt: null }, 'partners and representatives as they were');
    assert.equal(await count('audit_events'), auditBefore, 'and nothing to record');
  });

  it('a post without the CSRF token is refused', async () => {
    const before = await snapshot();
    const res = await officer.post('/partnerships', valid(), { csrf: null });
    assert.ok(res.statusCode === 403 || res.statusCode === 400, String(res.statusCode));
    assert.deepEqual(await snapshot(), before);
  });

  it('the new partnership is in the register list, found by its reference', async () => {
    const p = await loadPartnership(t.deps, id);
    const res = await auditor.get(`/partnerships?q=${p.reference}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`href="/partnerships/${id}">Healthy Towns</a>`));
    assert.match(res.body, /1 partnership\b/);
  });
});

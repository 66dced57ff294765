// The decisions register end to end on both databases (R-2.8a): a partnership's Decisions page and the
// council's /decisions list every item whose vote is recorded, newest meeting first, with the outcome kept
// in the meeting page's words and its explanation; the search (case and accents ignored), type, outcome,
// key-decision and date filters pick the same on both dialects; a day that cannot be read is a 400 with
// the error summary; a partner representative sees only their own partnerships' decisions, on the page,
// the downloads and the API; the CSV neutralises a title a spreadsheet would read as a formula; the
// workbook reads back; the API answers with the same filters and a problem+json 400 at a bad one; and a
// page costs the same statements however many decisions there are.
import { counting } from '../helpers/statements.ts';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { SYSTEM, type AppDeps } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { decisionsRegisterPage } from '../../src/app/queries/decisions-register.queries.ts';
import type { Database } from '../../src/db/database.ts';
import { DECISION_EXPORT_HEADERS } from '../../src/domain/export/decision-columns.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml, inputValue } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken, type Register } from './api-helpers.ts';

/** A date as a GOV.UK date input sends it. */
const dateFields = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-');
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
};

const FORMULA = '=HYPERLINK("http://evil.example","Grant")';
const CANARY = 'Canary Kestrel Compact';

forEachDatabase('the decisions register (R-2.8a)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let api: ApiClient;
  let ours = '';
  let theirs = '';
  let ourReference = '';
  let theirReference = '';
  const items: Record<string, { meetingId: string; itemId: string }> = {};
  let repClient: Client;
  let repApi: ApiClient;

  /** A meeting of partnership `p` on `iso`, with these items added through its pages; their ids by title. */
  async function meetingWith(p: string, title: string, iso: string, agenda: ReadonlyArray<{ title: string; decisionType: string; keyDecision?: boolean; confidential?: boolean; motion: string }>) {
    const made = await officer.post(`/partnerships/${p}/meetings`, { title, ...dateFields('meetsOn', iso), startsAt: '14:00', noticeDays: '5', ...dateFields('noticeSentOn', iso), status: 'held' }, { from: `/partnerships/${p}/meetings/new` });
    assert.equal(made.statusCode, 303, made.body.slice(0, 600));
    const list = (await officer.get(`/partnerships/${p}/meetings`)).body;
    const meetingIds = [...list.matchAll(/\/meetings\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const meetingId = meetingIds.find((id) => !Object.values(items).some((i) => i.meetingId === id));
    assert.ok(meetingId);
    const base = `/partnerships/${p}/meetings/${meetingId}`;
    for (const item of agenda) {
      const added = await officer.post(
        `${base}/items`,
        { title: item.title, decisionType: item.decisionType, keyDecision: String(item.keyDecision ?? false), confidential: String(item.confidential ?? false), motion: item.motion, concernsId: '', forwardPlanId: '' },
        { from: `${base}/items/new` },
      );
      assert.equal(added.statusCode, 303, added.body.slice(0, 600));
      const page = (await officer.get(base)).body;
      const ids = [...page.matchAll(/\/items\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
      const itemId = ids.find((id) => !Object.values(items).some((i) => i.itemId === id));
      assert.ok(itemId);
      items[item.title] = { meetingId: meetingId!, itemId: itemId! };
    }
    return base;
  }

  /** The vote's outcome and explanation as kept, set directly: what the register reads is what the meeting kept. */
  async function kept(title: string, outcome: string, explanation: string) {
    await ctx.database.db
      .updateTable('agenda_items')
      .set({ voting: 'counted', counted_for: 1, counted_against: 0, counted_abstain: 0, consensus_reached: 0, outcome, explanation, decided_at: '2027-01-01T12:00:00.000Z' })
      .where('id', '=', items[title]!.itemId)
      .execute();
  }

  before(async () => {
    w = await openWorkspace(ctx.database, 'Decisions');
    ({ t, r, officer, api } = w);
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    ours = p.id;
    ourReference = p.reference;
    const other = (
      await createPartnership(
        t.deps,
        SYSTEM,
        partnershipDetails({
          name: CANARY,
          partners: [
            { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
            { organisationId: r.partners[1]!.id, role: 'member', memberStatus: 'voting' },
          ],
        }),
      )
    );
    theirs = other.id;
    theirReference = other.reference;

    // One decision taken for real: seats, a rule, a quorum, attendance and the vote through the pages.
    const stamp = Date.now();
    const patel = (await createPerson(t.deps, SYSTEM, personDetails(`Cllr Asha Patel ${stamp}`, r.council.id, { councilRole: 'councillor' }))).id;
    await officer.get(`/partnerships/${ours}/seats/new`);
    assert.equal((await officer.post(`/partnerships/${ours}/seats`, { personId: patel, organisationId: r.council.id, status: 'voting', weight: '1', substituteId: '' })).statusCode, 303);
    await officer.post(`/partnerships/${ours}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await officer.post(`/partnerships/${ours}/quorum`, { kind: 'number', members: '1' });

    const january = await meetingWith(ours, 'Winter Board', '2027-01-14', [
      { title: 'Grant to the winter programme', decisionType: 'ordinary', keyDecision: true, motion: 'That the board approves a grant of £12,000.' },
      { title: 'Report for information only', decisionType: 'ordinary', motion: 'That the report is noted.' },
    ]);
    assert.equal((await officer.post(`${january}/attendance`, { [`attendance-${patel}`]: 'present' }, { from: `${january}/attendance` })).statusCode, 303);
    const grant = items['Grant to the winter programme']!;
    const voted = await officer.post(`${january}/items/${grant.itemId}/vote`, { mode: 'named', [`vote-${patel}`]: 'for' }, { from: `${january}/items/${grant.itemId}/vote` });
    assert.equal(voted.statusCode, 303, voted.body.slice(0, 600));

    // Others with the outcomes a meeting may keep, an accented title, a confidential item and one a spreadsheet would run.
    await meetingWith(ours, 'Spring Board', '2027-03-18', [
      { title: 'Café extension at the hub', decisionType: 'financial-commitment', keyDecision: true, motion: 'That the café is extended.' },
      { title: 'Appointment of the chair', decisionType: 'appointment', confidential: true, motion: 'That Jo Bloggs is appointed chair.' },
      { title: FORMULA, decisionType: 'budget', motion: 'That the budget is set.' },
    ]);
    await kept('Café extension at the hub', 'carried-on-casting-vote', 'Carried on the chair’s casting vote: 2 for, 2 against (R-2.8a).');
    await kept('Appointment of the chair', 'lost-on-tie', 'Lost on a tie: 1 for, 1 against; the rule decides a tie lost (R-2.8a).');
    await kept(FORMULA, 'invalid', 'Invalid: not quorate (R-2.8b).');
    // The other partnership's decision, which a partner representative of the first partner must never see.
    await meetingWith(theirs, 'Kestrel Board', '2027-02-10', [{ title: `${CANARY} grant`, decisionType: 'ordinary', motion: 'That the canary is funded.' }]);
    await kept(`${CANARY} grant`, 'carried', 'Carried: 3 for, 0 against (R-2.8a).');

    // A partner representative of the first partner: the partnership `ours`, not `theirs`.
    const rep = await userWithToken(t.deps, 'partner-representative', `Pat Partner ${stamp}`);
    await createPerson(t.deps, SYSTEM, personDetails(`Pat Partner ${stamp}`, r.partners[0]!.id, { userId: rep.user.id }));
    repClient = await signedIn(t.app, rep.user);
    repApi = new ApiClient(t.app, await loadContract(t.app), rep.token);
  });
  after(() => t.close());

  const titlesIn = (html: string) => [...html.matchAll(/<a class="govuk-link" href="\/partnerships\/[0-9a-f-]{36}\/meetings\/[0-9a-f-]{36}\/items\/[0-9a-f-]{36}">([^<]*)<\/a>/g)].map((m) => m[1]);

  it('lists every decision of a partnership, newest meeting first, each linked to its meeting and item, with its outcome kept and explained', async () => {
    const res = await officer.get(`/partnerships/${ours}/decisions`);
    assert.equal(res.statusCode, 200);
    const page = res.body;
    // The item not voted on is no decision; the rest newest meeting first, in agenda order within it.
    assert.deepEqual(titlesIn(page), ['Café extension at the hub', 'Appointment of the chair', escapeHtml(FORMULA), 'Grant to the winter programme']);
    const grant = items['Grant to the winter programme']!;
    assert.ok(page.includes(`href="/partnerships/${ours}/meetings/${grant.meetingId}">14 January 2027</a>`), 'the meeting’s day links to the meeting');
    assert.ok(page.includes(`href="/partnerships/${ours}/meetings/${grant.meetingId}/items/${grant.itemId}"`), 'the item links to its page');
    assert.match(page, /Carried on the casting vote/);
    assert.match(page, /Lost on a tie/);
    assert.ok(page.includes(escapeHtml('Carried on the chair’s casting vote: 2 for, 2 against (R-2.8a).')), 'the explanation kept');
    assert.match(page, /Financial commitment/);
    assert.match(page, /<strong class="govuk-tag govuk-tag--grey">Confidential<\/strong>/);
    // The vote recorded through the meeting's pages, as the meeting kept it.
    const viaMeeting = (await officer.get(`/partnerships/${ours}/meetings/${grant.meetingId}/items/${grant.itemId}`)).body;
    assert.match(viaMeeting, /Carried/);
    assert.match(page, /Carried: 1 for, 0 against/);
    // A summary of the count.
    assert.match(page, /<h2 class="govuk-heading-m" id="results-heading">4 decisions<\/h2>/);
    assert.match(page, /govuk-summary-list__key">\s*Carried\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*2\s*</);
    assert.match(page, /govuk-summary-list__key">\s*Confidential\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*1\s*</);
    // In the partnership's sub-navigation, right after Actions, current here.
    const nav = [...page.matchAll(/class="accord-sub-nav__link" href="([^"]+)"( aria-current="page")?>([^<]+)</g)].map((m) => m[3]);
    assert.equal(nav[nav.indexOf('Actions') + 1], 'Decisions');
    assert.ok(page.includes(`href="/partnerships/${ours}/decisions" aria-current="page">Decisions<`));
    // The other partnership's decision is not its.
    assert.ok(!page.includes(CANARY));
  });

  it('filters by words of the title or motion (case and accents ignored), type, outcome, key decision and the meeting’s day, in the address', async () => {
    const base = `/partnerships/${ours}/decisions`;
    const titles = async (query: string) => {
      const res = await officer.get(`${base}?${query}`);
      assert.equal(res.statusCode, 200, query);
      return titlesIn(res.body);
    };
    assert.deepEqual(await titles('q=CAFE'), ['Café extension at the hub']);
    assert.deepEqual(await titles('q=jo+bloggs'), ['Appointment of the chair'], 'the motion is searched');
    assert.deepEqual(await titles('q=grant+winter'), ['Grant to the winter programme'], 'every word');
    assert.deepEqual(await titles('q=nothing+like+this'), []);
    assert.deepEqual(await titles('type=appointment&type=budget'), ['Appointment of the chair', escapeHtml(FORMULA)]);
    assert.deepEqual(await titles('outcome=lost-on-tie,invalid'), ['Appointment of the chair', escapeHtml(FORMULA)]);
    assert.deepEqual(await titles('keyDecision=true'), ['Café extension at the hub', 'Grant to the winter programme']);
    assert.deepEqual(await titles(new URLSearchParams(dateFields('to', '2027-02-01')).toString()), ['Grant to the winter programme']);
    assert.deepEqual(await titles(new URLSearchParams({ ...dateFields('from', '2027-03-18'), ...dateFields('to', '2027-03-18') }).toString()), ['Café extension at the hub', 'Appointment of the chair', escapeHtml(FORMULA)]);
    // A value the page does not offer is left out, as on the partnership register.
    assert.deepEqual((await titles('type=nonsense&outcome=maybe&keyDecision=perhaps&page=x')).length, 4);
    // What is chosen is shown with a link that removes it, and kept by the downloads.
    const filtered = (await officer.get(`${base}?q=cafe&keyDecision=true`)).body;
    assert.match(filtered, /Key decisions only<span class="govuk-visually-hidden"> \(remove this filter\)/);
    assert.ok(filtered.includes(`href="${base}.csv?q=cafe&amp;keyDecision=true"`), 'the CSV keeps the filters');
    assert.ok(filtered.includes(`/api/v1/partnerships/${ours}/decisions?q=cafe&amp;keyDecision=true`), 'and so does the API link');
  });

  it('answers a day that cannot be read with 400, the error summary and what was typed, and the list without it', async () => {
    const base = `/partnerships/${ours}/decisions`;
    const res = await officer.get(`${base}?from-day=31&from-month=2&from-year=2027&outcome=lost-on-tie`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /govuk-error-summary/);
    assertFieldError(res.body, 'from-day', 'The first day must be a real date, for example 27 3 2026');
    assert.equal(inputValue(res.body, 'from-day'), '31', 'what was typed is kept');
    // The rest of the filters still apply.
    assert.deepEqual(titlesIn(res.body), ['Appointment of the chair']);
    const backwards = await officer.get(`${base}?${new URLSearchParams({ ...dateFields('from', '2027-03-01'), ...dateFields('to', '2027-02-01') })}`);
    assert.equal(backwards.statusCode, 400);
    assertFieldError(backwards.body, 'to-day', 'The last day must be the same as or after the first day');
    const missing = await officer.get(`/decisions?to-day=1&to-year=2027`);
    assert.equal(missing.statusCode, 400);
    assertFieldError(missing.body, 'to-month', 'The last day must include a month');
    // A download with such a day goes back to the page, which says why.
    const download = await officer.get(`${base}.csv?from-day=31&from-month=2&from-year=2027`);
    assert.equal(download.statusCode, 303);
    assert.equal(download.headers.location, `${base}?from-day=31&from-month=2&from-year=2027`);
    const odd = await officer.get('/decisions.xlsx?from-day=%F0%9F%92%A9&from-month=1&from-year=2027&q=%3Cb%3E');
    assert.equal(odd.statusCode, 303);
    assert.equal(odd.headers.location, '/decisions?from-day=%F0%9F%92%A9&from-month=1&from-year=2027&q=%3Cb%3E', 'sent back encoded, on this site');
    // Hostile input never breaks the page.
    for (const query of ['q=%00%01', `q=${'x'.repeat(5000)}`, 'type[]=a', 'from-day=%F0%9F%92%A9&from-month=1&from-year=2027', 'partnership=../../etc', 'page=99999999999']) {
      const hostile = await officer.get(`/decisions?${query}`);
      assert.ok(hostile.statusCode === 200 || hostile.statusCode === 400, `${query}: ${hostile.statusCode}`);
    }
  });

  it('lists the council’s decisions across the partnerships the user may see, with a partnership column and filter', async () => {
    const res = await officer.get('/decisions');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(titlesIn(res.body), ['Café extension at the hub', 'Appointment of the chair', escapeHtml(FORMULA), `${CANARY} grant`, 'Grant to the winter programme']);
    assert.ok(res.body.includes(`href="/partnerships/${theirs}/decisions">${CANARY}<`), 'the partnership column links its register');
    assert.ok(res.body.includes(`<option value="${theirs}">`), 'the partnership filter offers it');
    const one = await officer.get(`/decisions?partnership=${theirs}`);
    assert.deepEqual(titlesIn(one.body), [`${CANARY} grant`]);
    assert.ok(one.body.includes(`Partnership: ${theirReference} ${CANARY}<span class="govuk-visually-hidden"> (remove this filter)`), 'the filter chosen, with a link that removes it');
    // Linked from the main menu and the home page.
    const home = (await officer.get('/')).body;
    assert.match(home, /class="govuk-service-navigation__link" href="\/decisions"/);
    assert.match(home, /href="\/decisions"[^>]*>\s*Decisions register/);
    assert.match(res.body, /href="\/decisions" aria-current="true"/);
  });

  it('shows a partner representative only the decisions of their organisation’s partnerships: pages, downloads and API', async () => {
    const page = await repClient.get('/decisions');
    assert.equal(page.statusCode, 200);
    assert.deepEqual(titlesIn(page.body), ['Café extension at the hub', 'Appointment of the chair', escapeHtml(FORMULA), 'Grant to the winter programme']);
    assert.match(page.body, /4 decisions/);
    for (const url of ['/decisions', `/decisions?partnership=${theirs}`, '/decisions?q=canary', '/decisions.csv', `/decisions.csv?partnership=${theirs}`, `/partnerships/${ours}/decisions`, `/partnerships/${ours}/decisions.csv`]) {
      const res = await repClient.get(url);
      assert.equal(res.statusCode, 200, url);
      // Its id is in the links only where the address itself named it.
      const named = url.includes(theirs) ? res.body.replaceAll(theirs, '') : res.body;
      assert.ok(!named.includes(CANARY) && !named.includes(theirs) && !named.includes(theirReference), `${url} gives the other partnership away`);
    }
    assert.match((await repClient.get(`/decisions?partnership=${theirs}`)).body, /No decisions found/);
    for (const url of [`/partnerships/${theirs}/decisions`, `/partnerships/${theirs}/decisions.csv`, `/partnerships/${theirs}/decisions.xlsx`]) {
      assert.equal((await repClient.get(url)).statusCode, 404, url);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await repClient.get('/decisions.xlsx')).rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    assert.ok(cells.includes('Grant to the winter programme'));
    assert.ok(!cells.some((c) => c.includes(CANARY)));
    const list = await repApi.get('/api/v1/decisions');
    assert.equal(list.status, 200);
    assert.equal(list.body.total, 4);
    assert.ok(!JSON.stringify(list.body).includes(CANARY));
    assert.equal((await repApi.get(`/api/v1/decisions?partnership=${theirs}`)).body.total, 0);
    assert.equal((await repApi.get(`/api/v1/partnerships/${theirs}/decisions`)).status, 404);
  });

  it('downloads the register as CSV with its headers, a formula-like title neutralised, with the filters', async () => {
    const res = await officer.get(`/partnerships/${ours}/decisions.csv`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), new RegExp(`^attachment; filename="decisions-register-${ourReference}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], DECISION_EXPORT_HEADERS.join(','));
    assert.deepEqual(DECISION_EXPORT_HEADERS.slice(0, 5), ['Partnership reference', 'Partnership', 'Meeting date', 'Meeting', 'Item']);
    assert.equal(lines.filter(Boolean).length, 5, 'the header and four decisions');
    assert.ok(res.body.includes(`"'=HYPERLINK(""http://evil.example"",""Grant"")"`), 'the formula is prefixed with a quote');
    assert.ok(!/(^|,)"?=HYPERLINK/m.test(res.body), 'no cell starts with =');
    assert.ok(res.body.includes('Carried on the casting vote'));
    assert.match(res.body, /Appointment of the chair,That Jo Bloggs is appointed chair\.,Appointment,No,Yes,Lost on a tie/);
    assert.match(res.body, /2027-01-14,Winter Board/);
    const filtered = await officer.get(`/decisions.csv?outcome=invalid`);
    assert.match(String(filtered.headers['content-disposition']), /filename="decisions-register-\d{4}-\d{2}-\d{2}\.csv"/);
    assert.equal(filtered.body.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).length, 2);
  });

  it('downloads the register as an Excel workbook that reads back, dates as dates', async () => {
    const res = await officer.get(`/decisions.xlsx?keyDecision=true`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Decisions')!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...DECISION_EXPORT_HEADERS]);
    assert.equal(sheet.rowCount, 3, 'the header and the two key decisions');
    const row = sheet.getRow(2);
    assert.equal(row.getCell(5).value, 'Café extension at the hub');
    assert.ok(row.getCell(3).value instanceof Date);
    assert.equal((row.getCell(3).value as Date).toISOString().slice(0, 10), '2027-03-18');
    assert.equal(row.getCell(10).value, 'Carried on the casting vote');
    const all = new ExcelJS.Workbook();
    await all.xlsx.load((await officer.get(`/partnerships/${ours}/decisions.xlsx`)).rawPayload as unknown as ArrayBuffer);
    const titles: string[] = [];
    all.getWorksheet('Decisions')!.eachRow((r, n) => void (n > 1 && titles.push(String(r.getCell(5).value))));
    assert.ok(titles.includes(FORMULA), 'a text cell keeps the title as typed: never evaluated');
  });

  it('answers the API with the same filters, each decision as the page shows it, and a problem+json 400 at a bad filter', async () => {
    const one = await api.get(`/api/v1/partnerships/${ours}/decisions?type=financial-commitment`);
    assert.equal(one.status, 200);
    assert.equal(one.body.total, 1);
    const d = one.body.items[0];
    assert.equal(d.title, 'Café extension at the hub');
    assert.equal(d.outcome, 'carried-on-casting-vote');
    assert.equal(d.outcomeText, 'Carried on the casting vote');
    assert.equal(d.meeting.meetsOn, '2027-03-18');
    assert.equal(d.partnership.id, ours);
    assert.equal(d.keyDecision, true);
    const all = await api.get(`/api/v1/partnerships/${ours}/decisions?pageSize=2&page=2`);
    assert.deepEqual(all.body.items.map((x: { title: string }) => x.title), [FORMULA, 'Grant to the winter programme']);
    assert.equal(all.body.total, 4);
    assert.deepEqual(all.body.counts, { byOutcome: { carried: 1, 'carried-on-casting-vote': 1, 'lost-on-tie': 1, invalid: 1 }, keyDecisions: 2, confidential: 1 });
    const council = await api.get('/api/v1/decisions?from=2027-02-01&to=2027-02-28&q=canary');
    assert.deepEqual(council.body.items.map((x: { title: string }) => x.title), [`${CANARY} grant`]);
    assert.equal((await api.get(`/api/v1/decisions?partnership=${ours}&outcome=carried,invalid`)).body.total, 2);

    for (const [query, field] of [
      ['from=2027-13-45', 'from'],
      ['to=18/03/2027', 'to'],
      ['from=2027-03-01&to=2027-02-01', 'to'],
      ['outcome=maybe', 'outcome'],
      ['type=nonsense', 'type'],
      ['keyDecision=yes', 'keyDecision'],
      ['pageSize=101', 'pageSize'],
      ['partnership=not-an-id', 'partnership'],
      ['colour=red', 'colour'],
    ] as const) {
      const bad = await api.get(`/api/v1/decisions?${query}`);
      assert.equal(bad.status, 400, query);
      assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
      assert.ok(bad.body.errors.some((e: { field: string }) => e.field === field), `${query}: ${JSON.stringify(bad.body.errors)}`);
    }
    // One partnership's register takes no partnership filter: its address names it.
    assert.equal((await api.get(`/api/v1/partnerships/${ours}/decisions?partnership=${theirs}`)).status, 400);
    assert.equal((await api.get(`/api/v1/partnerships/${ours}/decisions?from=2027-02-30`)).status, 400);
    assert.equal((await new ApiClient(t.app, await loadContract(t.app), null).get('/api/v1/decisions')).status, 401);
  });

  it('reads a page in the same statements however many decisions there are (no statement per decision)', async () => {
    const statementsFor = async (query: Parameters<typeof decisionsRegisterPage>[2]) => {
      const { counter, plugin } = counting();
      const deps: AppDeps = { ...t.deps, database: { ...t.deps.database, db: ctx.database.db.withPlugin(plugin) } as Database };
      const page = await decisionsRegisterPage(deps, { userId: 'x', role: 'officer', partnershipIds: null }, query);
      return { statements: counter.statements, items: page.items.length };
    };
    const query = { partnershipId: null, q: '', types: [], outcomes: [], keyDecision: null, from: null, to: null, page: 1, pageSize: 25 };
    const one = await statementsFor({ ...query, outcomes: ['invalid'] });
    const many = await statementsFor(query);
    assert.equal(one.items, 1);
    assert.equal(many.items, 5);
    assert.equal(many.statements, one.statements);
    assert.equal(many.statements, 2, 'the decisions picked, then the page’s rows');
    assert.equal((await statementsFor({ ...query, q: 'café' })).statements, 2);
  });
});

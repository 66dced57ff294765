// The council's view of the risk registers on both databases: every open risk of the
// partnerships a user may see (no closed risk, none of a withdrawn partnership), counted by band, on one
// heat map whose cells drill down to their risks; filtered by band and to the overdue, overdue first; a
// filter nobody could choose is ignored; 25 a page; the same list as CSV and XLSX; a partner's
// representative sees only their own partnerships' risks.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

/** The titles of the risks the page lists, in its order. */
const listed = (html: string) => [...html.matchAll(/<th scope="row" class="govuk-table__header"><a class="govuk-link" href="\/partnerships\/[^/]+\/risks\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);

forEachDatabase('the council’s view of the risk registers (R-2.6.8)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let auditor: Client;
  let rep: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');
  let first = '';
  let second = '';

  let position = 0;
  async function risk(partnershipId: string, title: string, over: Partial<{ identified_on: string; likelihood: number; impact: number; status: 'open' | 'closed'; organisation_id: string }> = {}): Promise<string> {
    const id = randomUUID();
    await t.deps.database.db
      .insertInto('risks')
      .values({
        id,
        partnership_id: partnershipId,
        title,
        cause: `Cause of ${title}`,
        event: `Event of ${title}`,
        consequence: `Consequence of ${title}`,
        category: 'operational',
        owner_id: w.r.officers[0]!.id,
        organisation_id: over.organisation_id ?? w.r.council.id,
        identified_on: over.identified_on ?? '2026-10-01',
        inherent_likelihood: 5,
        inherent_impact: 5,
        residual_likelihood: over.likelihood ?? 1,
        residual_impact: over.impact ?? 2,
        target_score: 4,
        response: 'treat',
        status: over.status ?? 'open',
        position: ++position,
      })
      .execute();
    return id;
  }

  before(async () => {
    w = await openWorkspace(ctx.database, 'Council risks', { clock });
    ({ t, auditor } = w);
    const a = await w.partnership();
    const b = await w.partnership({ partners: [{ organisationId: w.r.council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: w.r.partners[1]!.id, role: 'member', memberStatus: 'voting' }] });
    const gone = await w.partnership();
    await writeStatusForTest(t.deps, gone.id, 'withdrawn');
    first = a.id;
    second = b.id;
    // High (3 × 4 = 12, every 2 months), identified 1 September: due 1 November, not overdue.
    await risk(a.id, 'Winter demand outstrips places', { identified_on: '2026-09-01', likelihood: 3, impact: 4 });
    // Very high (20, monthly), identified 1 August, reviewed 1 September at 4 × 5: due 1 October, overdue.
    const breach = await risk(a.id, 'Clients’ records exposed', { identified_on: '2026-08-01', likelihood: 5, impact: 4 });
    await t.deps.database.db.insertInto('risk_reviews').values({ id: randomUUID(), partnership_id: a.id, risk_id: breach, reviewed_on: '2026-09-01', likelihood: 4, impact: 5, reviewed_by: 'Partnership board', notes: null }).execute();
    await risk(a.id, 'Lease of the old depot', { status: 'closed', likelihood: 5, impact: 5 });
    await risk(b.id, 'Grant clawed back', { organisation_id: w.r.partners[1]!.id });
    await risk(gone.id, 'Risk of a withdrawn partnership', { likelihood: 5, impact: 5 });

    // A representative of the first partnership's partner.
    const made = await makeUser(t.deps, 'partner-representative');
    await createPerson(t.deps, SYSTEM, personDetails('Pat Partner', w.r.partners[0]!.id, { userId: made.id }));
    rep = await signedIn(t.app, made);
  });
  after(() => t.close());

  it('R-2.6.8: every open risk counted by band, on the heat map, overdue first; no closed risk and none of a withdrawn partnership', async () => {
    const page = await auditor.get('/risks');
    assert.equal(page.statusCode, 200);
    const html = page.body.replace(/\s+/g, ' ');
    assert.deepEqual(listed(page.body), ['Clients’ records exposed', 'Winter demand outstrips places', 'Grant clawed back']);
    assert.match(html, /1 open risk is overdue for review \(R-2\.6\.8\)/);
    // By band: Low 1, Medium 0, High 1, Very high 1; each count links to its band.
    for (const [band, n] of [['Low', 1], ['High', 1], ['Very high', 1]] as const) {
      assert.match(html, new RegExp(`href="/risks\\?band=${encodeURIComponent(band).replace(/%20/g, '\\+')}">${n}<span class="govuk-visually-hidden"> ${band} risks`), band);
    }
    assert.match(html, /accord-band--1">Medium<\/span><\/th><td class="govuk-table__cell">5 to 9<\/td><td class="govuk-table__cell">Every 3 months<\/td><td class="govuk-table__cell govuk-table__cell--numeric">0</);
    // The heat map: 3 open risks described, and the cell at likelihood 4, impact 5 links to its one risk.
    assert.match(html, /3 open risks on a 5 by 5 matrix/);
    assert.match(html, /<a class="govuk-link" href="\/risks\?likelihood=4&amp;impact=5">1 risk<span class="govuk-visually-hidden"> at likelihood 4, impact 5/);
    assert.ok(!page.body.includes('Lease of the old depot'), 'a closed risk is not on the view');
    assert.ok(!page.body.includes('Risk of a withdrawn partnership'), 'nor one of a withdrawn partnership');
    assert.match(html, /Review overdue since 1 October 2026: Very high risks are reviewed monthly, and it was last reviewed 1 September 2026 \(R-2\.6\.8\)/);
  });

  it('R-2.6.8: a cell, a band and the overdue drill down; a filter nobody could choose is ignored', async () => {
    const cell = await auditor.get('/risks?likelihood=4&impact=5');
    assert.deepEqual(listed(cell.body), ['Clients’ records exposed']);
    assert.match(cell.body, /Showing the cell at likelihood 4 \(Likely\), impact 5 \(Severe\)/);
    // The form keeps the cell while the band or overdue changes.
    assert.match(cell.body, /<input type="hidden" name="likelihood" value="4">/);
    assert.deepEqual(listed((await auditor.get('/risks?band=High')).body), ['Winter demand outstrips places']);
    assert.deepEqual(listed((await auditor.get('/risks?overdue=yes')).body), ['Clients’ records exposed']);
    assert.deepEqual(listed((await auditor.get('/risks?band=Low&overdue=yes')).body), []);
    const hostile = await auditor.get('/risks?band=Catastrophic&likelihood=9&impact=x&overdue=maybe&page=-1');
    assert.equal(hostile.statusCode, 200);
    assert.deepEqual(listed(hostile.body), ['Clients’ records exposed', 'Winter demand outstrips places', 'Grant clawed back']);
    const many = await auditor.get('/risks?band=Low&band=High');
    assert.equal(many.statusCode, 200);
  });

  it('R-2.6.8, R-2.6.11: the view as CSV and XLSX, as filtered, each risk with its scores, band, next review and controls', async () => {
    const exposed = await t.deps.database.db.selectFrom('risks').select(['id', 'partnership_id']).where('title', '=', 'Clients’ records exposed').executeTakeFirstOrThrow();
    await t.deps.database.db
      .insertInto('risk_controls')
      .values([
        { id: randomUUID(), partnership_id: exposed.partnership_id, risk_id: exposed.id, title: 'Encrypted laptops', owner_id: w.r.officers[1]!.id, effectiveness: 'effective', assessed_on: '2026-10-01', notes: null, position: 1 },
        { id: randomUUID(), partnership_id: exposed.partnership_id, risk_id: exposed.id, title: 'Data-sharing agreement', owner_id: w.r.officers[0]!.id, effectiveness: 'not-assessed', assessed_on: null, notes: null, position: 2 },
      ])
      .execute();
    const csv = await auditor.get('/risks.csv?overdue=yes');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="partnership-risks-2026-10-14/);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row['Risk (R-2.6.8)'], 'Clients’ records exposed');
    assert.equal(row['Cause'], 'Cause of Clients’ records exposed');
    assert.equal(row['Inherent score'], '25');
    assert.equal(row['Residual score'], '20');
    assert.equal(row['Score now'], '20');
    assert.equal(row['Band'], 'Very high');
    assert.equal(row['Above target'], 'Yes');
    assert.equal(row['Trend'], 'No change');
    assert.equal(row['Last reviewed'], '2026-09-01');
    assert.equal(row['Next review due'], '2026-10-01');
    assert.equal(row['Overdue'], 'Yes');
    assert.equal(row['Controls (R-2.6.8)'], '2 controls: 1 effective, 1 not yet assessed');
    assert.equal(row['Each control'], `Encrypted laptops (effective; ${w.r.officers[1]!.name}); Data-sharing agreement (not yet assessed; ${w.r.officers[0]!.name})`);

    const xlsx = await auditor.get('/risks.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Risks')!;
    assert.equal(sheet.rowCount, 4, 'a header and the three open risks');
    assert.equal(sheet.getRow(2).getCell(3).value, 'Clients’ records exposed');
  });

  it('R-2.6.8: a partner’s representative sees only the risks of their own partnerships', async () => {
    const page = await rep.get('/risks');
    assert.equal(page.statusCode, 200);
    assert.deepEqual(listed(page.body), ['Clients’ records exposed', 'Winter demand outstrips places']);
    const csv = await rep.get('/risks.csv');
    assert.ok(!csv.body.includes('Grant clawed back'));
  });

  it('R-2.6.8: 25 risks a page, the filters kept in the page links; past the last page, the last', async () => {
    for (let i = 0; i < 30; i++) await risk(second, `Minor risk ${String(i).padStart(2, '0')}`);
    const two = await auditor.get('/risks?band=Low&page=2');
    assert.match(two.body, /Showing 26 to 31 of 31/);
    assert.match(two.body, /href="\/risks\?band=Low"/, 'page 1 keeps the band');
    const past = await auditor.get('/risks?band=Low&page=99');
    assert.match(past.body, /Showing 26 to 31 of 31/);
    assert.match(past.body, /<title>Risks across the partnerships \(page 2\)/);
    // Clean up so the view's other tests are unaffected by the order they run in.
    await t.deps.database.db.deleteFrom('risks').where('partnership_id', '=', second).where('title', 'like', 'Minor risk%').execute();
    assert.ok(first);
  });
});

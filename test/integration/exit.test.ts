// Exit and termination end to end on both databases: with nothing recorded, the Exit page, the
// Summary and the compliance engine say so (a gap from set-up); an officer records every partner's notice
// on its form (refused first where the municipal year has no end, input kept) and the exit strategy; the
// Exit page and the Summary then show when the council would be out were it to serve notice today, and the
// page works it out for another day (a bad date refused at its boxes) saving nothing; the API answers the
// same under the partnership's own provisions; internal audit reads but does not change them. Then the
// dissolution checklist: refused before the exit starts; while exiting, dissolving is refused naming each
// item open, an exception without its reason is refused at its box, and once every item is closed it is
// dissolved and the checklist kept as it was.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { summaryLinks, threeBoxes } from '../helpers/html.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { DISSOLUTION_ITEMS } from '../../src/domain/exit/dissolution.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ');

forEachDatabase('Exit and termination (R-2.14)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let id: string;
  let home: string;
  let api: string;
  // Served on 15 January 2027 (London), six months from 1 February end on 1 August; the next 31 March is 2028.
  const clock = new TestClock('2027-01-15T09:00:00.000Z');
  const finding = async () => (await w.auditorApi.get(`${api}/compliance`)).body.findings.find((f: { requirementId: string }) => f.requirementId === 'R-2.14');
  const audits = async () => Number((await t.deps.database.db.selectFrom('audit_events').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  before(async () => {
    w = await openWorkspace(ctx.database, 'Exit', { clock });
    t = w.t;
    id = (await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true, sponsoringOfficerId: w.r.officers[0]!.id })).id;
    home = `/partnerships/${id}`;
    api = `/api/v1/partnerships/${id}`;
    await reachStatus(t.deps, id, 'approved');
  });
  after(async () => t.close());

  describe('with nothing recorded', () => {
    it('R-2.14: the Exit page, the Summary and the compliance engine each say so', async () => {
      const page = await w.auditor.get(`${home}/exit`);
      assert.equal(page.statusCode, 200);
      assert.ok(text(page.body).includes('No termination provisions are recorded'), text(page.body));
      assert.ok(text(page.body).includes('No arrangement yet for treatment of surpluses; mediation; ownership and disposal of assets; continuing financial liabilities: a gap at R-2.14'));
      assert.ok(!page.body.includes('name="servedOn-day"'), 'nothing to work out from');
      assert.ok(text((await w.auditor.get(home)).body).includes('No termination provisions recorded (R-2.14)'));
      const f = await finding();
      assert.equal(f.result, 'gap');
      assert.equal(f.reason, 'No minimum notice recorded for a partner to withdraw: the termination provisions (R-2.14)');
      assert.equal(f.fix.href, `${home}/termination-provisions/new`);
    });
  });

  describe('recording them', () => {
    it('R-2.14: every partner’s notice on its form: a municipal year with no end is refused at its box, the input kept', async () => {
      const sent = { party: 'every-partner', noticeLength: '6', noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'municipal-year-end', municipalYearEnds: '', whoMayShorten: 'the board, unanimously', conditions: 'Its share of any losses is paid' };
      await w.officer.get(`${home}/termination-provisions/new`);
      const refused = await w.officer.post(`${home}/termination-provisions`, sent);
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(summaryLinks(refused.body), ['municipalYearEnds']);
      assert.ok(refused.body.includes('value="the board, unanimously"'), 'what was typed is kept');
      const made = await w.officer.post(`${home}/termination-provisions`, { ...sent, effectiveAt: 'financial-year-end' });
      assert.equal(made.statusCode, 303, text(made.body));
      assert.equal((await w.auditor.get(`${home}/termination-provisions/every-partner`)).statusCode, 200);
    });

    it('R-2.14: the notice alone still leaves the exit strategy a gap, naming what is missing', async () => {
      const f = await finding();
      assert.equal(f.result, 'gap');
      assert.equal(f.reason, 'The exit strategy has no arrangement for treatment of surpluses; mediation; ownership and disposal of assets; continuing financial liabilities (R-2.14)');
    });

    it('R-2.14: the exit strategy, topic by topic; with the four the protocol names it is met', async () => {
      for (const topic of ['surpluses', 'mediation', 'assets', 'liabilities']) {
        const made = await w.officer.post(`${home}/exit-strategy`, { topic, arrangement: `Agreed for ${topic}`, ...threeBoxes('agreedOn', '2026-12-01') });
        assert.equal(made.statusCode, 303, text(made.body));
      }
      const f = await finding();
      assert.equal(f.result, 'pass', f.reason);
      assert.equal(f.reason, 'Termination provisions and the exit strategy recorded: 6 months’ notice, from the first day of the month after it is served, taking effect only at the end of a financial year (31 March) (R-2.14)');
    });

    it('R-2.14: internal audit reads the provisions but may not add one', async () => {
      assert.equal((await w.auditor.get(`${home}/termination-provisions`)).statusCode, 200);
      assert.equal((await w.auditor.get(`${home}/exit-strategy/new`)).statusCode, 403);
    });
  });

  describe('when the council would be out', () => {
    it('R-2.14: the Exit page and the Summary: served today, out on 31 March 2028, with each step', async () => {
      const page = text((await w.auditor.get(`${home}/exit`)).body);
      assert.ok(page.includes('If the council served notice today, it would be out on 31 March 2028 at the earliest'), page);
      assert.ok(page.includes('6 months’ notice ends on 1 August 2027'));
      assert.ok(page.includes('It takes effect only once this is done: Its share of any losses is paid'));
      assert.ok(page.includes('Agreed for mediation'));
      assert.ok(text((await w.auditor.get(home)).body).includes('It would be out on 31 March 2028 at the earliest (R-2.14)'));
    });

    it('R-2.14: worked out for another day, saving nothing; a date that is not one refused at its boxes', async () => {
      await w.auditor.get(`${home}/exit`);
      const before = await audits();
      const other = await w.auditor.post(`${home}/exit`, threeBoxes('servedOn', '2027-09-30'));
      assert.equal(other.statusCode, 200);
      // Six months from 1 October end on 1 April 2028, after that year's 31 March: out on 31 March 2029.
      assert.ok(text(other.body).includes('If the council served notice on 30 September 2027, it would be out on 31 March 2029 at the earliest'), text(other.body));
      assert.ok(other.body.includes('value="30"'), 'the day asked is kept in its boxes');
      const bad = await w.auditor.post(`${home}/exit`, { 'servedOn-day': '31', 'servedOn-month': '2', 'servedOn-year': '2027' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(summaryLinks(bad.body), ['servedOn-day']);
      assert.ok(text(bad.body).includes('If the council served notice today'), 'today’s answer stays above the refused date');
      const blank = await w.auditor.post(`${home}/exit`, {});
      assert.equal(blank.statusCode, 400);
      assert.equal(await audits(), before, 'nothing saved');
    });

    it('R-2.14: the API works it out under the partnership’s own provisions, the council’s own where it differs', async () => {
      const own = await w.auditorApi.post(`${api}/notice/evaluate`, {});
      assert.equal(own.status, 200);
      assert.equal(own.body.effectiveOn, '2028-03-31');
      const council = await w.api.post(`${api}/termination-provisions`, { party: 'council', noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day' });
      assert.equal(council.status, 201, JSON.stringify(council.body));
      assert.equal((await w.auditorApi.post(`${api}/notice/evaluate`, { servedOn: '2027-01-15' })).body.effectiveOn, '2027-04-15');
      assert.ok(text((await w.auditor.get(`${home}/exit`)).body).includes('it would be out on 15 April 2027'));
    });
  });

  describe('the dissolution checklist (R-2.14, App 1.7)', () => {
    const entry = (item: string, extra: Record<string, string> = {}) => ({ item, outcome: 'done', ...threeBoxes('completedOn', '2027-01-15'), note: `Closed ${item}`, ...extra });

    it('R-2.14: before the exit starts the page lists what it will ask, and an item is refused at its box', async () => {
      const page = text((await w.auditor.get(`${home}/exit`)).body);
      assert.ok(page.includes('A partnership cannot be dissolved until its dissolution checklist is complete'), page);
      assert.ok(page.includes('Final report made'));
      await w.officer.get(`${home}/dissolution-checklist/new`);
      const refused = await w.officer.post(`${home}/dissolution-checklist`, entry('notice'));
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(summaryLinks(refused.body), ['item']);
      assert.ok(text(refused.body).includes('once the exit has started: use ‘Start exit’ on the Lifecycle page first (R-2.14)'), text(refused.body));
    });

    it('R-2.14: exiting, dissolving is refused with one reason an item, each with where to close it', async () => {
      await reachStatus(t.deps, id, 'exiting');
      const refused = await w.api.post(`${api}/transitions`, { action: 'dissolve' });
      assert.equal(refused.status, 422, JSON.stringify(refused.body));
      assert.equal(refused.body.errors.length, DISSOLUTION_ITEMS.length);
      assert.equal(refused.body.errors[6].message, 'Close ‘Final report made’ on the dissolution checklist first: record it done, or an exception with the reason (R-2.14).');
      assert.ok(refused.body.errors.every((e: { clause: string; fix: string }) => e.clause === 'R-2.14' && e.fix === `${home}/dissolution-checklist/new`), JSON.stringify(refused.body.errors));
      const f = await finding();
      assert.equal(f.result, 'gap');
      assert.match(f.reason, /^The dissolution checklist is not complete: 0 of 8 items closed; open: notice given under the termination provisions;/);
      assert.equal(f.fix.href, `${home}/dissolution-checklist/new`);
    });

    it('R-2.14: an exception without its reason is refused at its box, the answers kept; with it, recorded', async () => {
      const refused = await w.officer.post(`${home}/dissolution-checklist`, entry('staff', { outcome: 'exception', note: '' }));
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(summaryLinks(refused.body), ['note']);
      assert.ok(refused.body.includes('value="exception" checked'), 'the answer is kept');
      const made = await w.officer.post(`${home}/dissolution-checklist`, entry('staff', { outcome: 'exception', note: 'No one was employed for it' }));
      assert.equal(made.statusCode, 303, text(made.body));
      assert.equal((await w.auditor.get(`${home}/dissolution-checklist/staff`)).statusCode, 200);
      assert.equal((await w.auditor.get(`${home}/dissolution-checklist/new`)).statusCode, 403, 'internal audit reads, but does not close items');
    });

    it('R-2.14: the Exit page says what is still open; once every item is closed it is dissolved', async () => {
      for (const item of DISSOLUTION_ITEMS.filter((i) => i !== 'staff' && i !== 'informing')) assert.equal((await w.officer.post(`${home}/dissolution-checklist`, entry(item))).statusCode, 303, item);
      const open = text((await w.auditor.get(`${home}/exit`)).body);
      assert.ok(open.includes('7 of 8 items closed (6 done, 1 exception); open: funders, stakeholders and service users informed. It cannot be dissolved until every item is closed (R-2.14)'), open);
      const api1 = await w.api.post(`${api}/dissolution-checklist`, { item: 'informing', outcome: 'done', completedOn: '2027-01-15', note: null });
      assert.equal(api1.status, 201, JSON.stringify(api1.body));
      assert.ok(text((await w.auditor.get(`${home}/exit`)).body).includes('The dissolution checklist is complete: 7 done, 1 exception. It may now be dissolved'));
      assert.equal((await finding()).result, 'pass');
      const dissolved = await w.api.post(`${api}/transitions`, { action: 'dissolve' });
      assert.equal(dissolved.status, 201, JSON.stringify(dissolved.body));
    });

    it('R-2.14: dissolved, the checklist is kept as it was: no change, no removal', async () => {
      const changed = await w.api.patch(`${api}/dissolution-checklist/staff`, { note: 'Changed afterwards' });
      assert.equal(changed.status, 422);
      assert.match(changed.body.errors[0].message, /kept as it was completed \(R-2\.14\)/);
      assert.equal((await w.api.request('DELETE', `${api}/dissolution-checklist/notice`)).status, 422);
      const f = await finding();
      assert.equal(f.result, 'pass', f.reason);
      assert.ok(f.evidence.includes('The dissolution checklist is complete: 7 done, 1 exception'), JSON.stringify(f.evidence));
    });
  });
});

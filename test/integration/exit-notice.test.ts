// POST /api/v1/partnerships/{id}/notice/evaluate on both databases: when notice served on a day would
// take effect under the provisions given, each step in words, saving nothing; today (London) when no day is
// given; refused with every problem at its field; not found outside the token's partnerships.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

forEachDatabase('Exit: when notice to withdraw takes effect', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let url: string;
  // Friday 15 January 2027, in London.
  const clock = new TestClock('2027-01-15T12:00:00.000Z');
  const provisions = { noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', whoMayShorten: 'the board, unanimously', conditions: ['its share of any losses is paid'] };

  before(async () => {
    w = await openWorkspace(ctx.database, 'Exit', { clock });
    t = w.t;
    url = `/api/v1/partnerships/${(await w.partnership()).id}/notice/evaluate`;
  });
  after(async () => t.close());

  it('R-2.14: served today, six months from the next month, only at a financial year end: out on 31 March 2028, saving nothing', async () => {
    const audit = await lastAuditSeq(ctx.database);
    const res = await w.auditorApi.post(url, { provisions });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.servedOn, '2027-01-15');
    assert.equal(res.body.runsFrom, '2027-02-01');
    assert.equal(res.body.noticeEndsOn, '2027-08-01');
    assert.equal(res.body.effectiveOn, '2028-03-31');
    assert.equal(res.body.words, 'Notice served on 15 January 2027 takes effect on 31 March 2028 at the earliest, once its conditions are met (R-2.14)');
    assert.equal(res.body.steps.length, 5);
    assert.equal(await lastAuditSeq(ctx.database), audit, 'nothing saved, nothing audited');
  });

  it('R-2.14: for any day: served 30 November, three months, at a month end: out on 29 February 2028', async () => {
    const res = await w.api.post(url, { servedOn: '2027-11-30', provisions: { noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'month-end' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.effectiveOn, '2028-02-29');
    assert.deepEqual(res.body.conditions, []);
  });

  it('R-2.14: refused with every problem at its field; an unknown partnership is not found', async () => {
    const shape = await w.api.post(url, { servedOn: '2027-02-30', provisions: { ...provisions, noticeUnit: 'years', colour: 'red' } });
    assert.equal(shape.status, 400);
    assert.deepEqual(shape.body.errors.map((e: { field: string }) => e.field).sort(), ['provisions.colour', 'provisions.noticeUnit', 'servedOn']);
    const rules = await w.api.post(url, { provisions: { ...provisions, noticeLength: 121, effectiveAt: 'municipal-year-end' } });
    assert.equal(rules.status, 422);
    assert.deepEqual(rules.body.errors, [
      { field: 'provisions.noticeLength', message: 'The notice must be 120 months or fewer (R-2.14)' },
      { field: 'provisions.municipalYearEnds', message: 'Enter the day the municipal year ends, like 05-20 (R-2.14)' },
    ]);
    assert.equal((await w.api.post('/api/v1/partnerships/01890000-0000-7000-8000-000000000000/notice/evaluate', { provisions })).status, 404);
  });
});

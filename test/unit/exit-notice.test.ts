// R-2.14: when a partner serving notice is out, from worked cases: notice in days, weeks and months, from
// service or from the next month, taking effect on any day or only at a month's, a quarter's, a financial
// year's or a municipal year's end; month ends and leap years; the steps in words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earliestExit, monthsAfter, nextPoint, provisionProblems, type NoticeProvisions } from '../../src/domain/exit/notice.ts';

const BASE: NoticeProvisions = { noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day', municipalYearEnds: null, whoMayShorten: null, conditions: [] };

describe('R-2.14: the corresponding day some months later', () => {
  const cases: Array<[string, number, string]> = [
    ['2027-01-15', 3, '2027-04-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-04-30', 1, '2027-05-30'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-03-31', 12, '2028-03-31'],
    ['2027-05-10', 0, '2027-05-10'],
  ];
  for (const [from, n, expected] of cases) it(`R-2.14: ${n} months from ${from} is ${expected}`, () => assert.equal(monthsAfter(from, n), expected));
});

describe('R-2.14: the next point a withdrawal may take effect at, on or after a day', () => {
  const cases: Array<[string, Parameters<typeof nextPoint>[1], string | null, string]> = [
    ['2027-04-15', 'any-day', null, '2027-04-15'],
    ['2027-04-15', 'month-end', null, '2027-04-30'],
    ['2027-04-30', 'month-end', null, '2027-04-30'],
    ['2028-02-03', 'month-end', null, '2028-02-29'],
    ['2027-04-15', 'quarter-end', null, '2027-06-30'],
    ['2027-12-31', 'quarter-end', null, '2027-12-31'],
    ['2027-01-01', 'quarter-end', null, '2027-03-31'],
    ['2027-04-15', 'financial-year-end', null, '2028-03-31'],
    ['2027-03-31', 'financial-year-end', null, '2027-03-31'],
    ['2027-03-01', 'financial-year-end', null, '2027-03-31'],
    ['2027-04-15', 'municipal-year-end', '05-20', '2027-05-20'],
    ['2027-05-21', 'municipal-year-end', '05-20', '2028-05-20'],
    ['2027-03-01', 'municipal-year-end', '02-29', '2028-02-29'],
    ['2026-03-01', 'municipal-year-end', '02-29', '2027-02-28'],
  ];
  for (const [from, at, mmdd, expected] of cases) it(`R-2.14: ${at}${mmdd ? ` (${mmdd})` : ''} on or after ${from}: ${expected}`, () => assert.equal(nextPoint(from, at, mmdd), expected));
});

describe('R-2.14: the earliest day notice takes effect, with why', () => {
  const cases: Array<[string, Partial<NoticeProvisions>, string, { runsFrom: string; noticeEndsOn: string; effectiveOn: string }]> = [
    ['3 months from service, any day', {}, '2027-01-15', { runsFrom: '2027-01-15', noticeEndsOn: '2027-04-15', effectiveOn: '2027-04-15' }],
    ['3 months, only at a financial year end', { effectiveAt: 'financial-year-end' }, '2027-01-15', { runsFrom: '2027-01-15', noticeEndsOn: '2027-04-15', effectiveOn: '2028-03-31' }],
    ['3 months ending on the year end itself', { effectiveAt: 'financial-year-end' }, '2026-12-31', { runsFrom: '2026-12-31', noticeEndsOn: '2027-03-31', effectiveOn: '2027-03-31' }],
    ['6 months from the next month, at a month end', { noticeLength: 6, runsFrom: 'next-month', effectiveAt: 'month-end' }, '2027-08-20', { runsFrom: '2027-09-01', noticeEndsOn: '2028-03-01', effectiveOn: '2028-03-31' }],
    ['from the next month, served in December', { noticeLength: 1, runsFrom: 'next-month' }, '2027-12-10', { runsFrom: '2028-01-01', noticeEndsOn: '2028-02-01', effectiveOn: '2028-02-01' }],
    ['28 days, at a quarter end', { noticeLength: 28, noticeUnit: 'days', effectiveAt: 'quarter-end' }, '2027-06-10', { runsFrom: '2027-06-10', noticeEndsOn: '2027-07-08', effectiveOn: '2027-09-30' }],
    ['12 weeks, any day', { noticeLength: 12, noticeUnit: 'weeks' }, '2027-01-04', { runsFrom: '2027-01-04', noticeEndsOn: '2027-03-29', effectiveOn: '2027-03-29' }],
    ['no notice, at the municipal year end', { noticeLength: 0, effectiveAt: 'municipal-year-end', municipalYearEnds: '05-20' }, '2027-05-21', { runsFrom: '2027-05-21', noticeEndsOn: '2027-05-21', effectiveOn: '2028-05-20' }],
    ['3 months from 30 November, into a leap February', { effectiveAt: 'month-end' }, '2027-11-30', { runsFrom: '2027-11-30', noticeEndsOn: '2028-02-29', effectiveOn: '2028-02-29' }],
  ];
  for (const [name, given, servedOn, expected] of cases) {
    it(`R-2.14: ${name}, served ${servedOn}: out on ${expected.effectiveOn}`, () => {
      const o = earliestExit({ ...BASE, ...given }, servedOn);
      assert.deepEqual({ runsFrom: o.runsFrom, noticeEndsOn: o.noticeEndsOn, effectiveOn: o.effectiveOn }, expected);
      assert.equal(o.clause, 'R-2.14');
    });
  }

  it('R-2.14: each step in words, with the conditions and who may shorten it', () => {
    const o = earliestExit({ ...BASE, noticeLength: 6, runsFrom: 'next-month', effectiveAt: 'financial-year-end', conditions: ['its share of any losses is paid'], whoMayShorten: 'the board, unanimously' }, '2027-01-15');
    assert.deepEqual(o.steps, [
      'Notice served on 15 January 2027 runs from the first day of the next month, 1 February 2027.',
      '6 months’ notice ends on 1 August 2027.',
      'It may take effect only at the end of a financial year: the first on or after it is 31 March 2028.',
      'It takes effect only once this is done: its share of any losses is paid.',
      'A shorter notice may be agreed by the board, unanimously.',
    ]);
    assert.equal(o.words, 'Notice served on 15 January 2027 takes effect on 31 March 2028 at the earliest, once its conditions are met (R-2.14)');
    assert.equal(earliestExit({ ...BASE, noticeLength: 1, noticeUnit: 'days' }, '2027-01-15').steps[1], '1 day’s notice ends on 16 January 2027.');
  });

  it('R-2.14: provisions it cannot calculate on, at their fields', () => {
    assert.deepEqual(provisionProblems({ ...BASE, noticeLength: 121 }), [{ field: 'noticeLength', message: 'The notice must be 120 months or fewer (R-2.14)' }]);
    assert.deepEqual(provisionProblems({ ...BASE, effectiveAt: 'municipal-year-end' }), [{ field: 'municipalYearEnds', message: 'Enter the day the municipal year ends, like 05-20 (R-2.14)' }]);
    assert.deepEqual(provisionProblems({ ...BASE, effectiveAt: 'municipal-year-end', municipalYearEnds: '02-30' }), [{ field: 'municipalYearEnds', message: 'The day the municipal year ends must be a day of the year, MM-DD, like 05-20 (R-2.14)' }]);
    assert.deepEqual(provisionProblems({ ...BASE, effectiveAt: 'municipal-year-end', municipalYearEnds: '02-29' }), []);
    assert.deepEqual(provisionProblems(BASE), []);
  });
});

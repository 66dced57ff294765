// when a reporting line's reports fall due, which are overdue, and whether the
// Cabinet's and scrutiny's oversight is recorded. Worked cases, month ends and leap years included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, dueOn, lineTitle, oversightOf, reportingStanding, type ReportingFrequency } from '../../src/domain/performance/reporting.ts';

describe('R-2.6.2: a line’s due days, each counted from the first', () => {
  const cases: Array<[string, number, string, string]> = [
    // from, months, expected, why
    ['2026-06-15', 3, '2026-09-15', 'the same day of the month'],
    ['2026-01-31', 1, '2026-02-28', 'a month end stays a month end (February, not a leap year)'],
    ['2028-01-31', 1, '2028-02-29', 'a leap year’s February'],
    ['2026-02-28', 1, '2026-03-31', 'the last day of February is a month end'],
    ['2028-02-28', 1, '2028-03-28', 'the 28th of a leap February is not its end'],
    ['2026-01-30', 1, '2026-02-28', 'a day past a short month’s end falls on its last'],
    ['2026-09-30', 6, '2027-03-31', 'six months from a month end'],
    ['2026-12-15', 1, '2027-01-15', 'into the next year'],
    ['2026-03-31', 12, '2027-03-31', 'a year'],
    ['2024-02-29', 12, '2025-02-28', 'a year from a leap day'],
  ];
  for (const [from, months, expected, why] of cases) {
    it(`R-2.6.2: ${months} month(s) after ${from} is ${expected} (${why})`, () => assert.equal(addMonths(from, months), expected));
  }
  it('R-2.6.2: counted from the first, so 31 January monthly is due 28 February and then 31 March, never drifting to the 28th', () => {
    const line = { firstDueOn: '2026-01-31', frequency: 'monthly' as ReportingFrequency };
    assert.deepEqual([0, 1, 2, 3].map((n) => dueOn(line, n)), ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });
  it('R-2.6.2: each frequency’s step', () => {
    const steps: Array<[ReportingFrequency, string]> = [['monthly', '2026-07-31'], ['quarterly', '2026-09-30'], ['six-monthly', '2026-12-31'], ['annual', '2027-06-30']];
    for (const [frequency, second] of steps) assert.equal(dueOn({ firstDueOn: '2026-06-30', frequency }, 1), second, frequency);
  });
});

describe('R-2.6.2: what is due and overdue on a day', () => {
  const line = (reports: number) => ({ firstDueOn: '2026-06-30', frequency: 'quarterly' as ReportingFrequency, reports });
  const cases: Array<[number, string, { nextDueOn: string; overdue: number; overdueSince: string | null }, RegExp]> = [
    [0, '2026-06-01', { nextDueOn: '2026-06-30', overdue: 0, overdueSince: null }, /^Next report due by 30 June 2026 \(R-2\.6\.2\)$/],
    [0, '2026-06-30', { nextDueOn: '2026-06-30', overdue: 0, overdueSince: null }, /Next report due by 30 June 2026/],
    [0, '2026-07-01', { nextDueOn: '2026-06-30', overdue: 1, overdueSince: '2026-06-30' }, /^Overdue since 30 June 2026: a report owed \(R-2\.6\.2\)$/],
    [0, '2026-10-01', { nextDueOn: '2026-06-30', overdue: 2, overdueSince: '2026-06-30' }, /Overdue since 30 June 2026: 2 reports owed/],
    [1, '2026-10-01', { nextDueOn: '2026-09-30', overdue: 1, overdueSince: '2026-09-30' }, /Overdue since 30 September 2026/],
    [2, '2026-10-01', { nextDueOn: '2026-12-31', overdue: 0, overdueSince: null }, /Next report due by 31 December 2026/],
    // Reports sent ahead of time answer the due days in turn.
    [5, '2026-10-01', { nextDueOn: '2027-09-30', overdue: 0, overdueSince: null }, /Next report due by 30 September 2027/],
  ];
  for (const [reports, today, expected, words] of cases) {
    it(`R-2.6.2: ${reports} report(s), on ${today}: next due ${expected.nextDueOn}, ${expected.overdue} owed`, () => {
      const s = reportingStanding(line(reports), today);
      assert.deepEqual({ nextDueOn: s.nextDueOn, overdue: s.overdue, overdueSince: s.overdueSince }, expected);
      assert.match(s.words, words);
      assert.equal(s.clause, 'R-2.6.2');
    });
  }
});

describe('R-2.6.12: the Cabinet’s and scrutiny’s oversight', () => {
  it('R-2.6.12: a line to a Cabinet Member and one to scrutiny are both the oversight asked for', () => {
    const o = oversightOf([{ body: 'cabinet-member', bodyName: 'Cabinet Member for Housing' }, { body: 'overview-scrutiny', bodyName: null }, { body: 'partners-boards', bodyName: null }]);
    assert.deepEqual(o, { cabinet: ['A Cabinet Member: Cabinet Member for Housing'], scrutiny: ['Overview and Scrutiny'], missing: [], gap: null, clause: 'R-2.6.12' });
  });
  it('R-2.6.12: reporting only to the partners’ boards misses both', () => {
    assert.deepEqual(oversightOf([{ body: 'partners-boards', bodyName: null }]).missing, ['Cabinet or a Cabinet Member', 'Overview and Scrutiny']);
    assert.deepEqual(oversightOf([{ body: 'cabinet', bodyName: null }]).missing, ['Overview and Scrutiny']);
  });
  it('R-2.6.12: a line in words names its body, and which one', () => {
    assert.equal(lineTitle({ body: 'cabinet', bodyName: null }), 'Cabinet');
    assert.equal(lineTitle({ body: 'overview-scrutiny', bodyName: 'Communities Scrutiny Panel' }), 'Overview and Scrutiny: Communities Scrutiny Panel');
  });
});

// Outcome indicators by worked cases: red, amber and green for both polarities at the
// edges of the tolerance, the direction of travel, how long an indicator has been red, and the periods
// measurements are of (month ends, leap years, the financial year's quarters).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { amountInWords, measurementProblems } from '../../src/domain/performance/indicator.ts';
import { directionOf, ragOf, redRun, type RagStatus } from '../../src/domain/performance/rag.ts';
import { ratedSeries, standingOf } from '../../src/domain/performance/series.ts';
import { financialYear, lastEndedPeriod, monthEndAfter, nextPeriodEnding, periodEndProblem, periodInWords, periodShort } from '../../src/domain/performance/periods.ts';
import { maySubmit, submissionProblem } from '../../src/domain/performance/submission.ts';

describe('R-2.9: red, amber or green against the target', () => {
  // [value, target, polarity, tolerance %, status, amber limit]
  const cases: Array<[number, number | null, 'higher' | 'lower', number, RagStatus | 'none', number | null]> = [
    [80, 75, 'higher', 5, 'green', 71.25],
    [75, 75, 'higher', 5, 'green', 71.25],
    [71.25, 75, 'higher', 5, 'amber', 71.25],
    [71.24, 75, 'higher', 5, 'red', 71.25],
    [10, 12, 'lower', 10, 'green', 13.2],
    [12, 12, 'lower', 10, 'green', 13.2],
    [13.2, 12, 'lower', 10, 'amber', 13.2],
    [13.21, 12, 'lower', 10, 'red', 13.2],
    // No tolerance: anything short of the target is red.
    [74.9, 75, 'higher', 0, 'red', null],
    // A target of zero has no amber band, whatever the tolerance.
    [0, 0, 'lower', 10, 'green', null],
    [1, 0, 'lower', 10, 'red', null],
    // A negative target (a budget deficit): the band is a share of its size.
    [-105, -100, 'higher', 10, 'amber', -110],
    [-111, -100, 'higher', 10, 'red', -110],
    // Floating point on the line: 0.7 × 100 − 5% of it.
    [66.5, 70, 'higher', 5, 'amber', 66.5],
    [50, null, 'higher', 5, 'none', null],
  ];
  for (const [value, target, polarity, tolerance, status, amberLimit] of cases) {
    it(`R-2.9: ${value} against ${target} (${polarity} is better, ${tolerance}%) is ${status}`, () => {
      const r = ragOf({ value, target, polarity, tolerance, unit: '%' });
      assert.equal(r.status, status, r.reason);
      assert.equal(r.amberLimit, amberLimit);
      assert.equal(r.clause, 'R-2.9');
      assert.match(r.reason, /\(R-2\.9\)$/);
    });
  }

  it('R-2.9: the reason says what was measured, against what, and where amber ends', () => {
    assert.equal(ragOf({ value: 62, target: 75, polarity: 'higher', tolerance: 5, unit: '%' }).reason, 'Red: 62% against a target of 75%, missed by more than 5% (amber ends at 71.25%) (R-2.9)');
    assert.equal(ragOf({ value: 13, target: 12, polarity: 'lower', tolerance: 10, unit: 'days' }).reason, 'Amber: 13 days against a target of 12 days, missed by no more than 10% (amber up to 13.2 days) (R-2.9)');
    assert.equal(ragOf({ value: 1240, target: 1000, polarity: 'higher', tolerance: 5, unit: 'people' }).reason, 'Green: 1,240 people against a target of 1,000 people, which it meets (higher is better) (R-2.9)');
  });
});

describe('R-2.9: the direction of travel, and R-2.6.14: red periods in a row', () => {
  const cases: Array<[number, number | null, 'higher' | 'lower', string]> = [
    [70, 65, 'higher', 'improving'],
    [60, 65, 'higher', 'worsening'],
    [60, 65, 'lower', 'improving'],
    [70, 65, 'lower', 'worsening'],
    [65, 65, 'higher', 'unchanged'],
    [65, null, 'higher', 'none'],
  ];
  for (const [value, previous, polarity, direction] of cases) {
    it(`R-2.9: ${previous} then ${value}, ${polarity} is better: ${direction}`, () => assert.equal(directionOf(value, previous, polarity), direction));
  }
  const runs: Array<[Array<RagStatus | 'none'>, number]> = [
    [[], 0],
    [['green', 'red', 'red'], 2],
    [['red', 'red', 'amber'], 0],
    [['red', 'green', 'red', 'red', 'red'], 3],
    [['none', 'red'], 1],
  ];
  for (const [ratings, n] of runs) it(`R-2.6.14: ${ratings.join(', ') || 'no ratings'}: ${n} red in a row`, () => assert.equal(redRun(ratings), n));
});

describe('R-2.9: the periods an indicator is measured in', () => {
  it('R-2.9: a period ends on the last day of a month, a quarter of the financial year, or 31 March', () => {
    assert.equal(periodEndProblem('monthly', '2026-09-30'), null);
    assert.match(periodEndProblem('monthly', '2026-09-29')!, /last day of a month/);
    // Leap years: 29 February 2028 is February's last day; 28 February 2028 is not.
    assert.equal(periodEndProblem('monthly', '2028-02-29'), null);
    assert.match(periodEndProblem('monthly', '2028-02-28')!, /last day of a month/);
    assert.equal(periodEndProblem('monthly', '2027-02-28'), null);
    for (const end of ['2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31']) assert.equal(periodEndProblem('quarterly', end), null, end);
    assert.match(periodEndProblem('quarterly', '2026-08-31')!, /last day of a quarter/);
    assert.equal(periodEndProblem('annual', '2027-03-31'), null);
    assert.match(periodEndProblem('annual', '2026-12-31')!, /31 March/);
  });

  it('R-2.9: periods in words and short, by the financial year (April to March)', () => {
    assert.equal(periodInWords('monthly', '2026-09-30'), 'September 2026');
    assert.equal(periodInWords('quarterly', '2026-06-30'), 'Q1 2026/27 (April to June 2026)');
    assert.equal(periodInWords('quarterly', '2026-12-31'), 'Q3 2026/27 (October to December 2026)');
    assert.equal(periodInWords('quarterly', '2027-03-31'), 'Q4 2026/27 (January to March 2027)');
    assert.equal(periodInWords('annual', '2027-03-31'), '2026/27 (April 2026 to March 2027)');
    assert.equal(periodShort('quarterly', '2027-03-31'), 'Q4 26/27');
    assert.equal(periodShort('monthly', '2028-02-29'), 'Feb 2028');
    assert.equal(financialYear('2099-04-01'), '2099/00');
  });

  it('R-2.9: the next period keeps to month ends, through February and year ends', () => {
    assert.equal(nextPeriodEnding('monthly', '2028-01-31'), '2028-02-29');
    assert.equal(nextPeriodEnding('monthly', '2027-01-31'), '2027-02-28');
    assert.equal(nextPeriodEnding('monthly', '2028-02-29'), '2028-03-31');
    assert.equal(nextPeriodEnding('quarterly', '2026-12-31'), '2027-03-31');
    assert.equal(nextPeriodEnding('quarterly', '2027-03-31'), '2027-06-30');
    assert.equal(nextPeriodEnding('annual', '2027-03-31'), '2028-03-31');
    assert.equal(monthEndAfter('2026-01-15', -2), '2025-11-30');
  });

  it('R-2.9: the last period to have ended before a day', () => {
    assert.equal(lastEndedPeriod('monthly', '2026-10-01'), '2026-09-30');
    assert.equal(lastEndedPeriod('monthly', '2026-09-30'), '2026-08-31');
    assert.equal(lastEndedPeriod('quarterly', '2026-12-04'), '2026-09-30');
    assert.equal(lastEndedPeriod('annual', '2026-12-04'), '2026-03-31');
    assert.equal(lastEndedPeriod('annual', '2026-04-01'), '2026-03-31');
  });
});

describe('R-2.9: a measurement’s words and rules', () => {
  it('R-2.9: amounts with their units', () => {
    assert.equal(amountInWords(62.5, '%'), '62.5%');
    assert.equal(amountInWords(3.5, '£'), '£3.5');
    assert.equal(amountInWords(1240, 'people'), '1,240 people');
    assert.equal(amountInWords(7, ''), '7');
  });
  it('R-2.9: a submission not confirmed for data quality is refused', () => {
    assert.deepEqual(measurementProblems({ attested: true }), []);
    assert.match(measurementProblems({ attested: false })[0]!.message, /R-2\.9/);
  });
});

describe('R-2.9: an indicator’s rated series and where it stands', () => {
  const rules = { polarity: 'higher', tolerance: 5, unit: '%', target: 75, frequency: 'quarterly' } as const;
  const values = [
    { periodEnding: '2026-09-30', value: 70, target: null },
    { periodEnding: '2026-06-30', value: 80, target: null },
    // The period's own target, 60, in place of the indicator's 75.
    { periodEnding: '2026-12-31', value: 61, target: 60 },
  ];
  it('R-2.9: rated oldest first against the period’s target, else the indicator’s, with the direction of travel', () => {
    const s = ratedSeries(rules, values);
    assert.deepEqual(s.map((x) => [x.short, x.rag.status, x.target, x.direction]), [
      ['Q1 26/27', 'green', 75, 'none'],
      ['Q2 26/27', 'red', 75, 'worsening'],
      ['Q3 26/27', 'green', 60, 'worsening'],
    ]);
  });
  it('R-2.9: the next measurement is the period after the latest, due by the end of the month after it ends', () => {
    const s = ratedSeries(rules, values);
    assert.deepEqual(standingOf(rules, s, '2027-04-30').next, { periodEnding: '2027-03-31', period: 'Q4 2026/27 (January to March 2027)', dueBy: '2027-04-30', overdue: false });
    assert.equal(standingOf(rules, s, '2027-05-01').next.overdue, true);
    // None measured yet: the last period to have ended.
    assert.equal(standingOf(rules, [], '2026-12-04').next.periodEnding, '2026-09-30');
    assert.equal(standingOf(rules, [], '2026-12-04').next.overdue, true);
    assert.equal(standingOf({ ...rules, frequency: 'monthly' }, [], '2026-12-04').next.dueBy, '2026-12-31');
  });
  it('R-2.6.14: red periods in a row at the latest', () => {
    const reds = ratedSeries(rules, [
      { periodEnding: '2026-06-30', value: 60, target: null },
      { periodEnding: '2026-09-30', value: 61, target: null },
    ]);
    assert.equal(standingOf(rules, reds, '2026-10-01').redPeriods, 2);
    assert.equal(standingOf(rules, reds, '2026-10-01').latest?.rag.reason, 'Red: 61% against a target of 75%, missed by more than 5% (amber ends at 71.25%) (R-2.9)');
  });
});

describe('R-2.9: who may submit a measurement of an indicator', () => {
  const indicator = { name: 'Households in temporary accommodation', organisationId: 'org-housing', supplierName: 'Northgate Housing' };
  const cases: Array<{ name: string; submitter: { organisationId: string | null; organisationName: string | null }; allowed: boolean; says: RegExp }> = [
    { name: 'a representative of the supplying partner', submitter: { organisationId: 'org-housing', organisationName: 'Northgate Housing' }, allowed: true, says: /Northgate Housing supplies the data .* you work for it/ },
    { name: 'a representative of another partner', submitter: { organisationId: 'org-police', organisationName: 'Shire Police' }, allowed: false, says: /only for the indicators Shire Police supplies/ },
    { name: 'an account linked to no person of a partner', submitter: { organisationId: null, organisationName: null }, allowed: false, says: /not linked to a person of a partner organisation/ },
  ];
  for (const c of cases) {
    it(`R-2.9: ${c.name} ${c.allowed ? 'may' : 'may not'} submit`, () => {
      const explanation = maySubmit(c.submitter, indicator);
      assert.equal(explanation.allowed, c.allowed);
      assert.equal(explanation.clause, 'R-2.9');
      assert.match(explanation.reason, c.says);
      const problem = submissionProblem(explanation);
      assert.deepEqual(problem === null ? null : problem.field, c.allowed ? null : 'indicatorId');
    });
  }
});

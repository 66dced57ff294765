// poor performance tackled, from worked cases: an issue's own problems (what raised it is named;
// closed, it has a day and a resolution), where it stands against the escalation rule (a level each time
// the council's months pass while it stays open, month ends kept), what needs an issue, and what has none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escalationOf, issueProblems, poorPerformance, untackled, type EscalationLevel, type PerformanceIssueInput } from '../../src/domain/performance/issue.ts';

describe('R-2.6.14: an issue’s problems', () => {
  const cases: Array<[string, Partial<PerformanceIssueInput>, string[]]> = [
    ['raised by an indicator it names', { trigger: 'indicator', indicatorId: 'i1', status: 'open' }, []],
    ['raised by an overdue report, naming its line', { trigger: 'report', reportingLineId: 'l1', status: 'open' }, []],
    ['other poor performance, naming neither', { trigger: 'other', status: 'open' }, []],
    ['an indicator trigger with no indicator', { trigger: 'indicator', indicatorId: null }, ['indicatorId: Select the outcome indicator off target (R-2.6.14)']],
    ['a report trigger with no line', { trigger: 'report', reportingLineId: null }, ['reportingLineId: Select the reporting line whose report is overdue (R-2.6.14)']],
    ['other, yet naming an indicator', { trigger: 'other', indicatorId: 'i1' }, ['indicatorId: Choose an indicator only for an issue raised by an indicator off target (R-2.6.14)']],
    ['an indicator trigger naming a line too', { trigger: 'indicator', indicatorId: 'i1', reportingLineId: 'l1' }, ['reportingLineId: Choose a reporting line only for an issue raised by an overdue report (R-2.6.14)']],
    ['closed with its day and resolution', { trigger: 'other', status: 'closed', openedOn: '2026-01-10', closedOn: '2026-03-01', resolution: 'Back on target.' }, []],
    ['closed the day it opened', { trigger: 'other', status: 'closed', openedOn: '2026-01-10', closedOn: '2026-01-10', resolution: 'A data error.' }, []],
    ['closed with neither', { trigger: 'other', status: 'closed' }, ['closedOn: Enter the date the issue was closed (R-2.6.14)', 'resolution: Enter how the issue was resolved (R-2.6.14)']],
    ['closed before it opened', { trigger: 'other', status: 'closed', openedOn: '2026-01-10', closedOn: '2026-01-09', resolution: 'x' }, ['closedOn: The issue cannot close before it was opened, on 10 January 2026 (R-2.6.14)']],
    ['open, yet dated closed', { trigger: 'other', status: 'open', closedOn: '2026-02-01' }, ['closedOn: An open issue has no date closed: clear it, or close the issue (R-2.6.14)']],
  ];
  for (const [name, value, expected] of cases) {
    it(`R-2.6.14: ${name}`, () => assert.deepEqual(issueProblems(value).map((p) => `${p.field}: ${p.message}`), expected));
  }
});

describe('R-2.6.14: escalation, a level every three months while open', () => {
  const rule = { escalationMonths: 3 };
  const open = (openedOn: string, level: EscalationLevel) => ({ openedOn, level, status: 'open' as const, closedOn: null });
  const cases: Array<[string, ReturnType<typeof open> | (Omit<ReturnType<typeof open>, 'status' | 'closedOn'> & { status: 'closed'; closedOn: string }), string, { expected: EscalationLevel; overdue: boolean; dueOn: string | null; words: string }]> = [
    ['new, with the board', open('2026-10-01', 'board'), '2026-10-14', { expected: 'board', overdue: false, dueOn: '2027-01-01', words: 'Open since 1 October 2026, at the partnership board; escalate to the sponsoring officer (Head of Service) by 1 January 2027 if still open (R-2.6.14)' }],
    ['the day before it falls due', open('2026-10-01', 'board'), '2026-12-31', { expected: 'board', overdue: false, dueOn: '2027-01-01', words: 'Open since 1 October 2026, at the partnership board; escalate to the sponsoring officer (Head of Service) by 1 January 2027 if still open (R-2.6.14)' }],
    ['on the day it falls due, still with the board', open('2026-10-01', 'board'), '2027-01-01', { expected: 'sponsoring-officer', overdue: true, dueOn: '2027-01-01', words: 'Escalation overdue: open since 1 October 2026, it was due at the sponsoring officer (Head of Service) by 1 January 2027 (R-2.6.14)' }],
    ['a month end kept: 31 January, due 30 April', open('2026-01-31', 'board'), '2026-04-30', { expected: 'sponsoring-officer', overdue: true, dueOn: '2026-04-30', words: 'Escalation overdue: open since 31 January 2026, it was due at the sponsoring officer (Head of Service) by 30 April 2026 (R-2.6.14)' }],
    ['a month end into a leap February', open('2027-11-30', 'board'), '2027-12-01', { expected: 'board', overdue: false, dueOn: '2028-02-29', words: 'Open since 30 November 2027, at the partnership board; escalate to the sponsoring officer (Head of Service) by 29 February 2028 if still open (R-2.6.14)' }],
    ['escalated in time, next to the Cabinet Member', open('2026-01-31', 'sponsoring-officer'), '2026-05-01', { expected: 'sponsoring-officer', overdue: false, dueOn: '2026-07-31', words: 'Open since 31 January 2026, at the sponsoring officer (Head of Service); escalate to the Cabinet Member and Overview and Scrutiny by 31 July 2026 if still open (R-2.6.14)' }],
    ['six months open, still with the sponsoring officer', open('2026-01-31', 'sponsoring-officer'), '2026-08-01', { expected: 'cabinet-member', overdue: true, dueOn: '2026-07-31', words: 'Escalation overdue: open since 31 January 2026, it was due at the Cabinet Member and Overview and Scrutiny by 31 July 2026 (R-2.6.14)' }],
    ['escalated early, straight to the top', open('2026-10-01', 'cabinet-member'), '2026-10-14', { expected: 'board', overdue: false, dueOn: null, words: 'Open since 1 October 2026, at the Cabinet Member and Overview and Scrutiny, the highest level (R-2.6.14)' }],
    ['a year open at the top: nothing higher', open('2025-10-01', 'cabinet-member'), '2026-10-14', { expected: 'cabinet-member', overdue: false, dueOn: null, words: 'Open since 1 October 2025, at the Cabinet Member and Overview and Scrutiny, the highest level (R-2.6.14)' }],
    ['closed, however long it was open', { openedOn: '2025-01-01', level: 'board', status: 'closed', closedOn: '2026-02-03' }, '2026-10-14', { expected: 'board', overdue: false, dueOn: null, words: 'Closed on 3 February 2026, at the partnership board' }],
  ];
  for (const [name, issue, today, expected] of cases) {
    it(`R-2.6.14: ${name}`, () => {
      const e = escalationOf(issue, rule, today);
      assert.deepEqual({ expected: e.expected, overdue: e.overdue, dueOn: e.dueOn, words: e.words }, expected);
      assert.equal(e.clause, 'R-2.6.14');
    });
  }
  it('R-2.6.14: the council’s own interval: a level a month', () => {
    assert.equal(escalationOf(open('2026-10-01', 'board'), { escalationMonths: 1 }, '2026-12-01').expected, 'cabinet-member');
  });
});

describe('R-2.6.14: what needs an issue, and what has none', () => {
  const indicators = [
    { id: 'i1', name: 'Advice within 5 days', redPeriods: 2 },
    { id: 'i2', name: 'Still at home at 91 days', redPeriods: 1 },
    { id: 'i3', name: 'Volunteers kept', redPeriods: 0 },
  ];
  const lines = [
    { id: 'l1', title: 'Cabinet Member for Adults and Health', overdueSince: '2026-07-31' },
    { id: 'l2', title: 'Health and Wellbeing Scrutiny Panel', overdueSince: null },
  ];
  it('R-2.6.14: red two periods in a row, and a report overdue, need an issue; red once does not', () => {
    assert.deepEqual(poorPerformance(indicators, lines, { redPeriods: 2 }), [
      { kind: 'indicator', id: 'i1', words: 'Advice within 5 days, red for 2 periods in a row' },
      { kind: 'report', id: 'l1', words: 'the report to Cabinet Member for Adults and Health, overdue since 31 July 2026' },
    ]);
  });
  it('R-2.6.14: a council that acts on one red period', () => {
    assert.deepEqual(poorPerformance(indicators, [], { redPeriods: 1 }).map((p) => p.id), ['i1', 'i2']);
  });
  const found = poorPerformance(indicators, lines, { redPeriods: 2 });
  const cases: Array<[string, Array<Pick<PerformanceIssueInput, 'status' | 'indicatorId' | 'reportingLineId'>>, string[]]> = [
    ['no issues: both untackled', [], ['i1', 'l1']],
    ['an open issue for the indicator', [{ status: 'open', indicatorId: 'i1', reportingLineId: null }], ['l1']],
    ['open issues for both', [{ status: 'open', indicatorId: 'i1', reportingLineId: null }, { status: 'open', indicatorId: null, reportingLineId: 'l1' }], []],
    ['a closed issue does not tackle it still', [{ status: 'closed', indicatorId: 'i1', reportingLineId: null }], ['i1', 'l1']],
    ['an issue for another indicator does not count', [{ status: 'open', indicatorId: 'i2', reportingLineId: null }], ['i1', 'l1']],
    ['an id shared across kinds does not count', [{ status: 'open', indicatorId: 'l1', reportingLineId: 'i1' }], ['i1', 'l1']],
  ];
  for (const [name, issues, expected] of cases) {
    it(`R-2.6.14: ${name}`, () => assert.deepEqual(untackled(found, issues).map((p) => p.id), expected));
  }
});

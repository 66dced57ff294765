// R-2.4e: the annual review from worked cases: approval has its words and its day; a review is
// approved only once every objective and partner is evaluated; the next is due a year after the last
// approved (month ends kept, the first a year after the start); and whose feedback is owed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { approvalProblems, feedbackOwed, reviewProblems, reviewStanding, type AnnualReviewInput } from '../../src/domain/performance/annual-review.ts';

describe('R-2.6.4: a review’s problems', () => {
  const cases: Array<[string, Partial<AnnualReviewInput>, string[]]> = [
    ['not yet approved', { reviewedOn: '2026-09-30', approvedBy: null, approvedOn: null }, []],
    ['approved with its words and day', { reviewedOn: '2026-09-30', approvedBy: 'Board', approvedOn: '2026-10-07' }, []],
    ['approved the day of the review', { reviewedOn: '2026-09-30', approvedBy: 'Board', approvedOn: '2026-09-30' }, []],
    ['a day with no one', { reviewedOn: '2026-09-30', approvedOn: '2026-10-07' }, ['approvedBy: Enter who approved the review (R-2.6.4)']],
    ['someone with no day', { reviewedOn: '2026-09-30', approvedBy: 'Board' }, ['approvedOn: Enter the date the review was approved (R-2.6.4)']],
    ['approved before the review', { reviewedOn: '2026-09-30', approvedBy: 'Board', approvedOn: '2026-09-29' }, ['approvedOn: The review cannot be approved before it took place, on 30 September 2026 (R-2.6.4)']],
  ];
  for (const [name, value, expected] of cases) it(`R-2.6.4: ${name}`, () => assert.deepEqual(reviewProblems(value).map((p) => `${p.field}: ${p.message}`), expected));
});

describe('R-2.6.4, R-2.4e: approved only once complete', () => {
  const objectives = [{ id: 'o1', title: 'Fewer rough sleepers' }, { id: 'o2', title: 'Help sooner' }];
  const partners = [{ organisationId: 'p1', name: 'Riverside Housing' }, { organisationId: 'p2', name: 'Brackenford CVS' }];
  const cases: Array<[string, { objectiveIds: string[]; organisationIds: string[] }, string[]]> = [
    ['everything evaluated', { objectiveIds: ['o1', 'o2'], organisationIds: ['p2', 'p1'] }, []],
    ['nothing evaluated', { objectiveIds: [], organisationIds: [] }, ['Evaluate each objective before the review is approved: Fewer rough sleepers; Help sooner (R-2.6.4)', 'Evaluate each partner’s contribution before the review is approved: Riverside Housing; Brackenford CVS (R-2.4e)']],
    ['one objective and one partner left', { objectiveIds: ['o1'], organisationIds: ['p1'] }, ['Evaluate each objective before the review is approved: Help sooner (R-2.6.4)', 'Evaluate each partner’s contribution before the review is approved: Brackenford CVS (R-2.4e)']],
    ['an evaluation of something no longer there does not count for what is', { objectiveIds: ['o9', 'o1', 'o2'], organisationIds: ['p9', 'p1'] }, ['Evaluate each partner’s contribution before the review is approved: Brackenford CVS (R-2.4e)']],
  ];
  for (const [name, evaluated, expected] of cases) it(`R-2.6.4: ${name}`, () => assert.deepEqual(approvalProblems(objectives, partners, evaluated).map((p) => p.message), expected));
  it('R-2.6.4: a partnership with no objectives and no partner besides the council may approve at once', () => assert.deepEqual(approvalProblems([], [], { objectiveIds: [], organisationIds: [] }), []));
});

describe('R-2.6.4: when the next review is due', () => {
  const approved = (reviewedOn: string) => ({ reviewedOn, approvedOn: reviewedOn });
  const cases: Array<[string, Array<{ reviewedOn: string; approvedOn: string | null }>, string | null, string, { lastOn: string | null; dueBy: string | null; overdue: boolean; words: string }]> = [
    ['none yet, started in spring', [], '2026-04-01', '2026-10-14', { lastOn: null, dueBy: '2027-04-01', overdue: false, words: 'Next due by 1 April 2027; none yet (R-2.6.4)' }],
    ['none yet, a year and more after the start', [], '2025-09-01', '2026-10-14', { lastOn: null, dueBy: '2026-09-01', overdue: true, words: 'Overdue: the annual review was due by 1 September 2026; none yet (R-2.6.4)' }],
    ['due today is not yet overdue', [approved('2025-10-14')], '2024-01-01', '2026-10-14', { lastOn: '2025-10-14', dueBy: '2026-10-14', overdue: false, words: 'Next due by 14 October 2026; the last was on 14 October 2025 (R-2.6.4)' }],
    ['the latest approved counts, whatever order', [approved('2026-09-30'), approved('2025-09-30')], null, '2026-10-14', { lastOn: '2026-09-30', dueBy: '2027-09-30', overdue: false, words: 'Next due by 30 September 2027; the last was on 30 September 2026 (R-2.6.4)' }],
    ['one not approved does not count', [approved('2025-06-30'), { reviewedOn: '2026-06-30', approvedOn: null }], null, '2026-10-14', { lastOn: '2025-06-30', dueBy: '2026-06-30', overdue: true, words: 'Overdue: the annual review was due by 30 June 2026; the last was on 30 June 2025 (R-2.6.4)' }],
    ['a leap day: due on the last day of February', [approved('2028-02-29')], null, '2028-03-01', { lastOn: '2028-02-29', dueBy: '2029-02-28', overdue: false, words: 'Next due by 28 February 2029; the last was on 29 February 2028 (R-2.6.4)' }],
    ['no review and no start date', [], null, '2026-10-14', { lastOn: null, dueBy: null, overdue: false, words: 'No start date recorded: the first annual review is due a year after the partnership starts (R-2.6.4)' }],
  ];
  for (const [name, reviews, start, today, expected] of cases) {
    it(`R-2.6.4: ${name}`, () => {
      const s = reviewStanding(reviews, start, today);
      assert.deepEqual({ lastOn: s.lastOn, dueBy: s.dueBy, overdue: s.overdue, words: s.words }, expected);
      assert.equal(s.clause, 'R-2.6.4');
    });
  }
});

describe('R-2.4e: whose feedback is owed', () => {
  it('R-2.4e: the partners with no day fed back, in order', () => assert.deepEqual(feedbackOwed([{ partnerName: 'A', feedbackSentOn: '2026-10-01' }, { partnerName: 'B', feedbackSentOn: null }, { partnerName: 'C', feedbackSentOn: null }]), ['B', 'C']));
  it('R-2.4e: none owed', () => assert.deepEqual(feedbackOwed([]), []));
});

// a partner's challenge, from worked cases: an answer has its words and its day, not before the
// challenge was raised; and where a challenge stands against the council's days to answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { challengeProblems, challengeStanding, type PerformanceChallengeInput } from '../../src/domain/performance/challenge.ts';

describe('R-2.6.15: a challenge’s problems', () => {
  const cases: Array<[string, Partial<PerformanceChallengeInput>, string[]]> = [
    ['raised, not yet answered', { raisedOn: '2026-09-01', response: null, answeredOn: null }, []],
    ['answered with its words and day', { raisedOn: '2026-09-01', response: 'Yes.', answeredOn: '2026-09-20' }, []],
    ['answered the day it was raised', { raisedOn: '2026-09-01', response: 'Yes.', answeredOn: '2026-09-01' }, []],
    ['an answer with no day', { raisedOn: '2026-09-01', response: 'Yes.', answeredOn: null }, ['answeredOn: Enter the date it was answered (R-2.6.15)']],
    ['a day with no answer', { raisedOn: '2026-09-01', response: null, answeredOn: '2026-09-20' }, ['response: Enter the answer given (R-2.6.15)']],
    ['answered before it was raised', { raisedOn: '2026-09-01', response: 'Yes.', answeredOn: '2026-08-31' }, ['answeredOn: The answer cannot come before the challenge was raised, on 1 September 2026 (R-2.6.15)']],
  ];
  for (const [name, value, expected] of cases) {
    it(`R-2.6.15: ${name}`, () => assert.deepEqual(challengeProblems(value).map((p) => `${p.field}: ${p.message}`), expected));
  }
});

describe('R-2.6.15: where a challenge stands, 28 days to answer', () => {
  const cases: Array<[string, Pick<PerformanceChallengeInput, 'raisedOn' | 'answeredOn'>, string, { dueBy: string; answered: boolean; overdue: boolean; words: string }]> = [
    ['raised today', { raisedOn: '2026-10-14', answeredOn: null }, '2026-10-14', { dueBy: '2026-11-11', answered: false, overdue: false, words: 'Awaiting an answer, due by 11 November 2026 (R-2.6.15)' }],
    ['on its last day', { raisedOn: '2026-09-01', answeredOn: null }, '2026-09-29', { dueBy: '2026-09-29', answered: false, overdue: false, words: 'Awaiting an answer, due by 29 September 2026 (R-2.6.15)' }],
    ['a day past it', { raisedOn: '2026-09-01', answeredOn: null }, '2026-09-30', { dueBy: '2026-09-29', answered: false, overdue: true, words: 'Unanswered: an answer was due by 29 September 2026 (R-2.6.15)' }],
    ['answered in time', { raisedOn: '2026-09-01', answeredOn: '2026-09-29' }, '2026-12-01', { dueBy: '2026-09-29', answered: true, overdue: false, words: 'Answered on 29 September 2026 (R-2.6.15)' }],
    ['answered late: said so, and no longer overdue', { raisedOn: '2026-09-01', answeredOn: '2026-10-10' }, '2026-12-01', { dueBy: '2026-09-29', answered: true, overdue: false, words: 'Answered on 10 October 2026, after its answer was due by 29 September 2026 (R-2.6.15)' }],
    ['across the year end', { raisedOn: '2026-12-20', answeredOn: null }, '2027-01-18', { dueBy: '2027-01-17', answered: false, overdue: true, words: 'Unanswered: an answer was due by 17 January 2027 (R-2.6.15)' }],
  ];
  for (const [name, c, today, expected] of cases) {
    it(`R-2.6.15: ${name}`, () => {
      const s = challengeStanding(c, 28, today);
      assert.deepEqual({ dueBy: s.dueBy, answered: s.answered, overdue: s.overdue, words: s.words }, expected);
      assert.equal(s.clause, 'R-2.6.15');
    });
  }
  it('R-2.6.15: the council’s own days', () => assert.equal(challengeStanding({ raisedOn: '2026-09-01', answeredOn: null }, 14, '2026-09-16').overdue, true));
});

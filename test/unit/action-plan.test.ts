// an action plan's actions overdue, and each partner's annual refresh due, from worked cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionStanding, planActionProblems, planStartedOn, refreshStandings } from '../../src/domain/performance/action-plan.ts';

const PARTNERS = [
  { organisationId: 'c', name: 'Example Borough Council' },
  { organisationId: 'n', name: 'Neighbour Housing Trust' },
];

describe('R-2.6.6: an action is overdue once its due day has passed and it is still open', () => {
  const cases: Array<[string, { dueOn: string; status: 'not-started' | 'on-track' | 'off-track' | 'complete' | 'cancelled' }, string, boolean, string]> = [
    ['due today is not yet overdue', { dueOn: '2026-12-06', status: 'on-track' }, '2026-12-06', false, 'Due by 6 December 2026'],
    ['due yesterday, not started', { dueOn: '2026-12-05', status: 'not-started' }, '2026-12-06', true, 'Overdue since 5 December 2026 (R-2.6.7)'],
    ['off track and past due', { dueOn: '2026-03-31', status: 'off-track' }, '2026-12-06', true, 'Overdue since 31 March 2026 (R-2.6.7)'],
    ['complete, however late', { dueOn: '2025-01-01', status: 'complete' }, '2026-12-06', false, 'Complete'],
    ['cancelled, however late', { dueOn: '2025-01-01', status: 'cancelled' }, '2026-12-06', false, 'Cancelled'],
  ];
  for (const [what, a, today, overdue, words] of cases) {
    it(`R-2.6.6: ${what}`, () => assert.deepEqual(actionStanding(a, today), { overdue, words }));
  }
  it('R-2.6.6: an action cannot be due before it starts; on its start day it may', () => {
    assert.deepEqual(planActionProblems({ startsOn: '2026-04-01', dueOn: '2026-03-31' }), [{ field: 'dueOn', message: 'The due date must be on or after its start, 1 April 2026' }]);
    assert.deepEqual(planActionProblems({ startsOn: '2026-04-01', dueOn: '2026-04-01' }), []);
    assert.deepEqual(planActionProblems({ dueOn: '2026-03-31' }), []);
  });
});

describe('R-2.6.7: each partner refreshes the plan once a year', () => {
  const actions = [{ startsOn: '2026-06-01' }, { startsOn: '2025-04-30' }, { startsOn: '2025-09-01' }];
  it('R-2.6.7: the plan began on its earliest action’s start; none, no plan', () => {
    assert.equal(planStartedOn(actions), '2025-04-30');
    assert.equal(planStartedOn([]), null);
    assert.deepEqual(refreshStandings(PARTNERS, [], [], '2026-12-06'), []);
  });
  const cases: Array<[string, Array<{ organisationId: string; confirmedOn: string; confirmedBy: string }>, string, Array<[string, boolean, string]>]> = [
    [
      'never refreshed: due a year after the plan began (30 April, a month end, stays at month end)',
      [],
      '2026-04-30',
      [
        ['2026-04-30', false, 'First refresh due by 30 April 2026'],
        ['2026-04-30', false, 'First refresh due by 30 April 2026'],
      ],
    ],
    [
      'the day after, both overdue since the anniversary',
      [],
      '2026-05-01',
      [
        ['2026-04-30', true, 'Overdue since 30 April 2026: never refreshed since the plan began on 30 April 2025 (R-2.6.7)'],
        ['2026-04-30', true, 'Overdue since 30 April 2026: never refreshed since the plan began on 30 April 2025 (R-2.6.7)'],
      ],
    ],
    [
      'each partner counted from its own latest refresh, the earlier ones ignored',
      [
        { organisationId: 'n', confirmedOn: '2025-05-10', confirmedBy: 'A. Chief' },
        { organisationId: 'n', confirmedOn: '2026-05-10', confirmedBy: 'B. Chief, Director' },
        { organisationId: 'c', confirmedOn: '2025-06-01', confirmedBy: 'Head of Housing' },
      ],
      '2026-12-06',
      [
        ['2026-06-01', true, 'Overdue since 1 June 2026: no refresh since 1 June 2025 (R-2.6.7)'],
        ['2027-05-10', false, 'Refreshed 10 May 2026 by B. Chief, Director; next due by 10 May 2027'],
      ],
    ],
    [
      'a refresh on 29 February falls due on 28 February the next year',
      [
        { organisationId: 'c', confirmedOn: '2028-02-29', confirmedBy: 'Head of Housing' },
        { organisationId: 'n', confirmedOn: '2028-02-29', confirmedBy: 'A. Chief' },
      ],
      '2029-02-28',
      [
        ['2029-02-28', false, 'Refreshed 29 February 2028 by Head of Housing; next due by 28 February 2029'],
        ['2029-02-28', false, 'Refreshed 29 February 2028 by A. Chief; next due by 28 February 2029'],
      ],
    ],
    [
      'a refresh by an organisation no longer a partner counts for nobody',
      [{ organisationId: 'former', confirmedOn: '2026-11-01', confirmedBy: 'Someone' }],
      '2026-12-06',
      [
        ['2026-04-30', true, 'Overdue since 30 April 2026: never refreshed since the plan began on 30 April 2025 (R-2.6.7)'],
        ['2026-04-30', true, 'Overdue since 30 April 2026: never refreshed since the plan began on 30 April 2025 (R-2.6.7)'],
      ],
    ],
  ];
  for (const [what, refreshes, today, expected] of cases) {
    it(`R-2.6.7: ${what}`, () => {
      const got = refreshStandings(PARTNERS, refreshes, actions, today);
      assert.deepEqual(
        got.map((x) => [x.dueOn, x.overdue, x.words]),
        expected,
      );
      for (const x of got) assert.equal(x.clause, 'R-2.6.7');
    });
  }
});

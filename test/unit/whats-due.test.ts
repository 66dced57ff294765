// What is due, from worked cases: each kind's due date comes from its own rule (reports,
// measurements, risk reviews, refreshes, annual reviews, actions
// and R-2.8d); overdue comes first; the horizon cuts off what is further away; and each item falls to the
// right people (the lead for the council's share, a partner's people for theirs, an owner for their own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueCounts, dueTo, whatsDue, type DueFacts } from '../../src/domain/due/whats-due.ts';
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';

const none: DueFacts = { partnerships: [], people: {}, partners: [], representatives: [], reportingLines: [], indicators: [], risks: [], riskReviews: [], planActions: [], planRefreshes: [], annualReviews: [], meetingActions: [] };
const partnership = { id: 'p', reference: 'P-2026-001', name: 'Safer Streets', startDate: null, accountableOfficerId: 'lead', sponsoringOfficerId: 'head' };
const people = { lead: 'Asha Lead', head: 'Harriet Head', rep: 'Ravi Rep', owner: 'Olu Owner' };
const partners = [
  { partnershipId: 'p', organisationId: 'council', name: 'Brackenford Council', isThisCouncil: true },
  { partnershipId: 'p', organisationId: 'riverside', name: 'Riverside Housing', isThisCouncil: false },
];
const facts = (more: Partial<DueFacts>): DueFacts => ({ ...none, partnerships: [partnership], people, partners, representatives: [{ partnershipId: 'p', personId: 'rep', organisationId: 'riverside' }], ...more });
const brief = (f: DueFacts, today: string, within?: number) => whatsDue(DEFAULT_RISK_MATRIX, f, today, within).map((i) => [i.kind, i.title, i.dueOn, i.overdue, i.ownerNames.join(', '), i.words]);

describe('What is due: each kind from its own rule', () => {
  const today = '2026-11-15';
  const cases: Array<[string, Partial<DueFacts>, Array<[string, string, string, boolean, string, string]>]> = [
    ['R-2.6.2: a quarterly report with one sent is next due a quarter after the first; the lead owns it', { reportingLines: [{ partnershipId: 'p', id: 'l', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-08-31', reports: 1 }] }, [['report', 'Report to Cabinet', '2026-11-30', false, 'Asha Lead', 'Due by 30 November 2026 (R-2.6.2)']]],
    ['R-2.6.2: a report owed is overdue from its due day', { reportingLines: [{ partnershipId: 'p', id: 'l', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-08-31', reports: 0 }] }, [['report', 'Report to Cabinet', '2026-08-31', true, 'Asha Lead', 'Overdue since 31 August 2026 (R-2.6.2)']]],
    ['R-2.9: a partner’s indicator falls to its people; October is due by the end of November', { indicators: [{ partnershipId: 'p', id: 'i', name: 'Rough sleepers', frequency: 'monthly', organisationId: 'riverside', latestPeriodEnding: '2026-09-30' }] }, [['measurement', 'Measurement of Rough sleepers for October 2026', '2026-11-30', false, 'Ravi Rep', 'Due by 30 November 2026 (R-2.9)']]],
    ['R-2.9: the council’s own indicator falls to the lead; never measured, the last ended period is owed', { indicators: [{ partnershipId: 'p', id: 'i', name: 'Repeat victims', frequency: 'monthly', organisationId: 'council', latestPeriodEnding: null }] }, [['measurement', 'Measurement of Repeat victims for October 2026', '2026-11-30', false, 'Asha Lead', 'Due by 30 November 2026 (R-2.9)']]],
    ['R-2.6.8: a very high risk identified at the end of September is reviewed monthly, due at the end of October (a month end stays one)', { risks: [{ partnershipId: 'p', id: 'r', ownerId: 'owner', title: 'Funding ends', identifiedOn: '2026-09-30', residualLikelihood: 4, residualImpact: 5, targetScore: null, status: 'open' }] }, [['risk-review', 'Review of the risk “Funding ends” (Very high)', '2026-10-31', true, 'Olu Owner', 'Overdue since 31 October 2026 (R-2.6.8)']]],
    ['R-2.6.8: a closed risk is not reviewed', { risks: [{ partnershipId: 'p', id: 'r', ownerId: 'owner', title: 'Funding ends', identifiedOn: '2026-09-30', residualLikelihood: 4, residualImpact: 5, targetScore: null, status: 'closed' }] }, []],
    [
      'R-2.6.7: each partner refreshes the plan a year after it began; R-2.6.6: an open action due, a complete one not',
      {
        planActions: [
          { partnershipId: 'p', id: 'a', ownerId: 'owner', title: 'Open the hub', startsOn: '2025-11-20', dueOn: '2026-11-20', status: 'on-track' },
          { partnershipId: 'p', id: 'b', ownerId: 'owner', title: 'Hire a worker', startsOn: '2025-12-01', dueOn: '2026-11-01', status: 'complete' },
        ],
        planRefreshes: [{ partnershipId: 'p', organisationId: 'council', confirmedOn: '2026-11-01', confirmedBy: 'Asha Lead' }],
      },
      [
        ['plan-action', 'Open the hub', '2026-11-20', false, 'Olu Owner', 'Due by 20 November 2026 (R-2.6.6)'],
        ['plan-refresh', 'Riverside Housing’s refresh of the action plan', '2026-11-20', false, 'Ravi Rep', 'Due by 20 November 2026 (R-2.6.7)'],
      ],
    ],
    ['R-2.6.4: the first annual review a year after the start, to the lead and the sponsoring officer', { partnerships: [{ ...partnership, startDate: '2025-11-30' }] }, [['annual-review', 'Annual review of the partnership', '2026-11-30', false, 'Asha Lead, Harriet Head', 'Due by 30 November 2026 (R-2.6.4)']]],
    ['R-2.8d: an action from a meeting, until completed', { meetingActions: [{ partnershipId: 'p', id: 'm', title: 'Write to funders', ownerId: 'owner', dueOn: '2026-11-10', completed: false }, { partnershipId: 'p', id: 'n', title: 'Done', ownerId: 'owner', dueOn: '2026-11-10', completed: true }] }, [['meeting-action', 'Write to funders', '2026-11-10', true, 'Olu Owner', 'Overdue since 10 November 2026 (R-2.8d)']]],
  ];
  for (const [name, more, expected] of cases) it(name, () => assert.deepEqual(brief(facts(more), today), expected));
});

describe('What is due: order, horizon and whose it is', () => {
  const f = facts({
    partnerships: [{ ...partnership, startDate: '2026-02-28' }],
    meetingActions: [
      { partnershipId: 'p', id: 'soon', title: 'Soon', ownerId: 'owner', dueOn: '2026-11-20', completed: false },
      { partnershipId: 'p', id: 'late', title: 'Late', ownerId: 'owner', dueOn: '2026-11-01', completed: false },
      { partnershipId: 'p', id: 'later', title: 'Later still', ownerId: 'rep', dueOn: '2026-10-01', completed: false },
      { partnershipId: 'p', id: 'far', title: 'Far', ownerId: 'owner', dueOn: '2026-12-20', completed: false },
    ],
  });
  it('overdue first, the longest overdue first, then the soonest due; further than the horizon left out', () =>
    assert.deepEqual(whatsDue(DEFAULT_RISK_MATRIX, f, '2026-11-15').map((i) => `${i.title} ${i.daysOverdue}`), ['Later still 45', 'Late 14', 'Soon 0']));
  it('a longer horizon reaches further (the annual review is due 28 February 2027)', () =>
    assert.deepEqual(whatsDue(DEFAULT_RISK_MATRIX, f, '2026-11-15', 120).map((i) => i.title), ['Later still', 'Late', 'Soon', 'Far', 'Annual review of the partnership']));
  it('due on the horizon’s last day is in; the day after is out', () => {
    assert.deepEqual(whatsDue(DEFAULT_RISK_MATRIX, f, '2026-11-20', 30).map((i) => i.title), ['Later still', 'Late', 'Soon', 'Far']);
    assert.deepEqual(whatsDue(DEFAULT_RISK_MATRIX, f, '2026-11-19', 30).map((i) => i.title), ['Later still', 'Late', 'Soon']);
  });
  it('each person sees only what falls to them', () => {
    const items = whatsDue(DEFAULT_RISK_MATRIX, f, '2026-11-15');
    assert.deepEqual(dueTo(items, ['owner']).map((i) => i.title), ['Late', 'Soon']);
    assert.deepEqual(dueTo(items, ['rep', 'nobody']).map((i) => i.title), ['Later still']);
    assert.deepEqual(dueTo(items, []), []);
    assert.deepEqual(dueCounts(items), { overdue: 2, due: 1 });
  });
  it('a partnership not in the facts contributes nothing (out of scope or ended)', () =>
    assert.deepEqual(whatsDue(DEFAULT_RISK_MATRIX, { ...f, meetingActions: [{ partnershipId: 'elsewhere', id: 'x', title: 'X', ownerId: 'owner', dueOn: '2026-11-01', completed: false }] }, '2026-11-15'), []));
  it('with no lead recorded the council’s share falls to no one, and says so by its empty owners', () => {
    const items = whatsDue(DEFAULT_RISK_MATRIX, facts({ partnerships: [{ ...partnership, accountableOfficerId: null, sponsoringOfficerId: null }], reportingLines: [{ partnershipId: 'p', id: 'l', body: 'cabinet', bodyName: null, frequency: 'annual', firstDueOn: '2026-12-01', reports: 0 }] }), '2026-11-15');
    assert.deepEqual(items.map((i) => i.ownerIds), [[]]);
  });
  it('R-2.6.2: with no accountable officer, a report falls to the sponsoring officer', () => {
    const items = whatsDue(DEFAULT_RISK_MATRIX, facts({ partnerships: [{ ...partnership, accountableOfficerId: null }], reportingLines: [{ partnershipId: 'p', id: 'l', body: 'cabinet', bodyName: null, frequency: 'annual', firstDueOn: '2026-12-01', reports: 0 }] }), '2026-11-15');
    assert.deepEqual(items.map((i) => i.ownerNames), [['Harriet Head']]);
  });
});

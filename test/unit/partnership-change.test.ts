// A change of a partnership (its change form and PATCH, issue 8) is checked for its own answers only:
// its partners and representatives are records of their own, checked change by change (decision 38).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownAnswerProblems, partnershipProblems } from '../../src/domain/register/partnership.ts';

const COUNCIL = '0190a1b2-c3d4-7e5f-8a9b-000000000001';
const PRIORITY = '0190a1b2-c3d4-7e5f-8a9b-000000000020';
type Own = Parameters<typeof ownAnswerProblems>[0];
const own: Own = { startDate: '2026-04-01', expectedEndDate: '2029-03-31', councilContributionPence: 0, withinApprovedBudget: true, priorities: [{ priorityId: PRIORITY }] };

describe('ownAnswerProblems: the rules a change of the partnership is checked by', () => {
  const cases: Array<[string, Partial<Own>, Array<[string, string]>]> = [
    ['valid answers: no problem', {}, []],
    ['an end before the start', { expectedEndDate: '2026-03-31' }, [['expectedEndDate', 'Expected end date must be the same as or after the start date']]],
    ['R-2.5c a budget answer with no amount', { councilContributionPence: null }, [['councilContribution', 'Enter the council’s contribution per year, or £0']]],
    ['R-2.5b a priority twice', { priorities: [{ priorityId: PRIORITY }, { priorityId: PRIORITY }] }, [['priorities', 'Select each corporate priority once']]],
  ];
  for (const [name, change, expected] of cases) {
    it(name, () => assert.deepEqual(ownAnswerProblems({ ...own, ...change }).map((p) => [p.field, p.message]), expected));
  }

  it('R-1.1 is not among them: the same answers with only the council as partner are refused when registering', () => {
    const onlyTheCouncil = { ...own, partners: [{ organisationId: COUNCIL, role: 'lead' }], representatives: [] };
    assert.deepEqual(ownAnswerProblems(onlyTheCouncil), []);
    assert.deepEqual(partnershipProblems(onlyTheCouncil, { councilOrganisationId: COUNCIL }).map((p) => p.field), ['partners']);
  });
});

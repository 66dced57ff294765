// Protocol 2.4(h): a funding proposal's own rules, from worked cases: a decision has its day, no earlier
// than the proposal; one still proposed has none; it is accepted only with its risks assessed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessmentInWords, fundingProposalProblems, type FundingProposalInput } from '../../src/domain/finance/funding-proposal.ts';

const PROPOSED: FundingProposalInput = { title: 'Winter beds grant', source: 'MHCLG', amountPence: 12_000_000, proposedOn: '2026-09-01', status: 'proposed', decidedOn: null, notes: null };

describe('protocol 2.4(h): a funding proposal’s rules', () => {
  const cases: Array<[string, Partial<FundingProposalInput>, number, Array<{ field: string; message: string }>]> = [
    ['proposed, no decision: nothing to say', PROPOSED, 0, []],
    ['accepted with one risk assessed, on its day', { ...PROPOSED, status: 'accepted', decidedOn: '2026-10-15' }, 1, []],
    ['declined with no risks: a proposal may be turned down unassessed', { ...PROPOSED, status: 'declined', decidedOn: '2026-09-30' }, 0, []],
    ['decided on the day it was proposed', { ...PROPOSED, status: 'withdrawn', decidedOn: '2026-09-01' }, 0, []],
    [
      'accepted with no risk assessed (R-2.6.8)',
      { ...PROPOSED, status: 'accepted', decidedOn: '2026-10-15' },
      0,
      [{ field: 'status', message: 'Assess its risks before accepting it: add them to the risk register, each naming this proposal (protocol 2.4(h), R-2.6.8)' }],
    ],
    ['accepted with no day', { ...PROPOSED, status: 'accepted', decidedOn: null }, 2, [{ field: 'decidedOn', message: 'Enter the date it was accepted' }]],
    ['decided before it was proposed', { ...PROPOSED, status: 'declined', decidedOn: '2026-08-31' }, 0, [{ field: 'decidedOn', message: 'The decision cannot be before the proposal was made' }]],
    ['still proposed, with a day of decision', { ...PROPOSED, decidedOn: '2026-10-01' }, 0, [{ field: 'decidedOn', message: 'A proposal not yet decided has no date of decision: clear it, or say what was decided' }]],
  ];
  for (const [name, v, risks, expected] of cases) {
    it(`protocol 2.4(h): ${name}`, () => assert.deepEqual(fundingProposalProblems(v, risks), expected));
  }

  it('protocol 2.4(h): its risk assessment in words', () => {
    assert.equal(assessmentInWords({ risks: 2, status: 'accepted' }), '2 risks assessed on the register (protocol 2.4(h))');
    assert.equal(assessmentInWords({ risks: 1, status: 'proposed' }), '1 risk assessed on the register (protocol 2.4(h))');
    assert.match(assessmentInWords({ risks: 0, status: 'proposed' }), /^Its risks are not yet assessed/);
    assert.equal(assessmentInWords({ risks: 0, status: 'declined' }), 'No risks were assessed');
  });
});

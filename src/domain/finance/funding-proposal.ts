// Protocol 2.4(h): the council works to avoid "a lack of formal systems … for assessing the risks of
// funding proposals". A funding proposal (a bid, a grant offered, a partner's offer of money) is recorded
// against the partnership with who would fund it, how much and when it was proposed; its risk assessment is
// the partnership's risks that name it (R-2.6.8), on the same matrix, with the same controls and reviews.
// It is accepted only once its risks have been assessed.

export const FUNDING_PROPOSAL_STATUSES = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type FundingProposalStatus = (typeof FUNDING_PROPOSAL_STATUSES)[number];

export const FUNDING_PROPOSAL_STATUS_LABELS: Readonly<Record<FundingProposalStatus, string>> = {
  proposed: 'Proposed: not yet decided',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn by whoever proposed it',
};

export interface FundingProposalInput {
  title: string;
  /** Who would fund it: a funder, a programme, a partner. */
  source: string;
  /** Whole pence; null where the sum is not yet known. */
  amountPence: number | null;
  proposedOn: string;
  status: FundingProposalStatus;
  /** The day it was accepted, declined or withdrawn; null while proposed. */
  decidedOn: string | null;
  notes: string | null;
}

export interface FundingProposal extends FundingProposalInput {
  id: string;
  /** How many of the partnership's risks name it: its risk assessment. */
  risks: number;
}

type Problem<F extends string> = { field: F; message: string };

/**
 * A proposal's own problems: a decision has its day, no earlier than the proposal; one still proposed has none; and it is accepted only with its risks assessed (2.4(h)): `risks` is how many
 * of the partnership's risks name it.
 */
export function fundingProposalProblems(v: Partial<FundingProposalInput>, risks: number): Array<Problem<'status' | 'decidedOn'>> {
  const problems: Array<Problem<'status' | 'decidedOn'>> = [];
  const decided = v.status !== undefined && v.status !== 'proposed';
  if (decided && !v.decidedOn) problems.push({ field: 'decidedOn', message: `Enter the date it was ${v.status}` });
  if (!decided && v.status !== undefined && v.decidedOn) problems.push({ field: 'decidedOn', message: 'A proposal not yet decided has no date of decision: clear it, or say what was decided' });
  if (decided && v.decidedOn && v.proposedOn && v.decidedOn < v.proposedOn) problems.push({ field: 'decidedOn', message: 'The decision cannot be before the proposal was made' });
  if (v.status === 'accepted' && risks === 0) problems.push({ field: 'status', message: 'Assess its risks before accepting it: add them to the risk register, each naming this proposal (protocol 2.4(h), R-2.6.8)' });
  return problems;
}

/** Its risk assessment in words, as its page and the API say it. */
export function assessmentInWords(p: Pick<FundingProposal, 'risks' | 'status'>): string {
  if (p.risks) return `${p.risks === 1 ? '1 risk' : `${p.risks} risks`} assessed on the register (protocol 2.4(h))`;
  return p.status === 'proposed' ? 'Its risks are not yet assessed: add them to the risk register, each naming this proposal, before it is accepted (protocol 2.4(h))' : 'No risks were assessed';
}

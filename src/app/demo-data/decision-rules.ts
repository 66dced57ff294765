// The operating examples' decision rules (R-2.8a, R-2.8b), as a council officer would record them from a
// partnership's terms of reference: a voting seat for each council representative and for the people of
// the other partners in the register, a simple majority with the chair's casting vote for ordinary
// business and two thirds of all voting members for financial commitments, and a quorum of half the
// voting members with members from at least two partners. An example still setting up its arrangements
// has no quorum yet, so its Compliance tab shows that gap (R-2.8b). Some examples changed their quorum
// (R-2.7(n)): a third of the voting members until about six months ago.
import type { QuorumConditionRecordInput, SeatRecordInput, VotingRuleRecordInput } from '../../domain/decisions/records.ts';

export interface DemoDecisionRules {
  seats: SeatRecordInput[];
  votingRules: VotingRuleRecordInput[];
  quorum: QuorumConditionRecordInput[];
  /**
   * R-2.7(n): where the partners changed their quorum, the one first agreed (recorded first, then changed
   * from the day, so the change keeps it for the meetings before), the day and what the minutes say.
   */
  earlier: { quorum: QuorumConditionRecordInput[]; inForceFrom: string; reason: string } | null;
}

export function demoDecisionRules(
  councilId: string,
  representatives: ReadonlyArray<{ personId: string }>,
  partnersPeople: ReadonlyArray<{ personId: string; organisationId: string }>,
  complete: boolean,
  /** The day the quorum changed, where it did: the demo's first examples, about six months ago. */
  quorumChangedOn: string | null = null,
): DemoDecisionRules {
  const seat = (personId: string, organisationId: string): SeatRecordInput => ({ personId, organisationId, status: 'voting', weight: 1, substituteId: null });
  return {
    seats: [...representatives.map((r) => seat(r.personId, councilId)), ...partnersPeople.map((p) => seat(p.personId, p.organisationId))],
    votingRules: [
      { decisionType: 'ordinary', method: 'majority', fallback: null, fraction: null, qualifiedBase: null, abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' },
      { decisionType: 'financial-commitment', method: 'qualified', fallback: null, fraction: '2/3', qualifiedBase: 'all-voting-members', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' },
    ],
    quorum: complete
      ? [
          { kind: 'fraction', members: null, fraction: '1/2' },
          { kind: 'partners', members: 2, fraction: null },
        ]
      : [],
    earlier:
      complete && quorumChangedOn
        ? {
            quorum: [{ kind: 'fraction', members: null, fraction: '1/3' }],
            inForceFrom: quorumChangedOn,
            reason: 'The quorum becomes half of the voting members, with members present from at least two partners, instead of a third of them, as the partners agreed at the annual review.',
          }
        : null,
  };
}

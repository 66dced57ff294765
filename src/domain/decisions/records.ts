// The decision rules as a partnership keeps them, one record at a time (R-2.8a, R-2.8b): member seats,
// a voting rule per type of decision, and the conditions of the quorum. Their rules here; the shapes the
// evaluators read (rules.ts) are made from them by toVotingRule and toQuorumCondition.
import type { Change } from '../records/change.ts';
import type { Problem } from '../register/partnership.ts';
import { parseFraction } from './fraction.ts';
import type { DecisionType, Fraction, QualifiedBase, QuorumCondition, QuorumConditionKind, Seat, SeatStatus, VotingMethod, VotingRule } from './rules.ts';

/** A kept share ("2/3", checked when it was written) as the evaluators read it. */
function fractionOf(text: string | null): Fraction {
  const f = text === null ? null : parseFraction(text);
  if (!f) throw new Error(`Not a share: ${String(text)}`);
  return f;
}

/** R-2.8a: a member seat as it is added or changed. The person is its key. */
export interface SeatRecordInput {
  personId: string;
  organisationId: string;
  status: SeatStatus;
  weight: number;
  substituteId: string | null;
}

/** A seat as its pages show it: names beside the ids. */
export interface SeatRecord extends SeatRecordInput {
  name: string;
  partnerName: string;
  substituteName: string | null;
}

export const toSeat = (s: SeatRecord): Seat => ({
  id: s.personId,
  name: s.name,
  partnerId: s.organisationId,
  partnerName: s.partnerName,
  status: s.status,
  weight: s.weight,
  substituteName: s.substituteName,
});

/** R-2.8a: who votes; the seat's partner is one of the partnership's, and its substitute is someone else without a seat. */
export function seatChangeProblems(
  seats: readonly SeatRecord[],
  change: Change<SeatRecordInput>,
  partners: ReadonlyMap<string, string>,
): Problem[] {
  if (change.kind === 'remove') return [];
  const v = change.value;
  const personId = change.kind === 'add' ? v.personId : change.key;
  const problems: Problem[] = [];
  if (change.kind === 'add' && personId && seats.some((s) => s.personId === personId)) {
    problems.push({ field: 'personId', message: 'This person already holds a seat on the partnership: change their seat instead' });
  }
  if (v.organisationId && !partners.has(v.organisationId)) {
    problems.push({ field: 'organisationId', message: 'Select one of the partnership’s partners: a seat is held for a partner (R-2.8a)' });
  }
  // One person is counted once: a member is no one's substitute, and a substitute stands in for one seat.
  if (change.kind === 'add' && personId) {
    const standsIn = seats.find((s) => s.substituteId === personId);
    if (standsIn) problems.push({ field: 'personId', message: `This person is the named substitute for ${standsIn.name}: name another substitute there first` });
  }
  if (v.substituteId) {
    const elsewhere = seats.find((s) => s.substituteId === v.substituteId && s.personId !== personId);
    if (v.substituteId === personId) problems.push({ field: 'substituteId', message: 'A member cannot be their own substitute' });
    else if (seats.some((s) => s.personId === v.substituteId)) {
      problems.push({ field: 'substituteId', message: 'The substitute already holds a seat of their own: choose someone without one' });
    } else if (elsewhere) problems.push({ field: 'substituteId', message: `They are already the named substitute for ${elsewhere.name}: a substitute stands in for one seat` });
  }
  return problems;
}

/** A person who holds a seat, or substitutes for one, is named by the partnership's decision rules. */
export function seatsNaming(seats: readonly SeatRecord[], personId: string): SeatRecord[] {
  return seats.filter((s) => s.personId === personId || s.substituteId === personId);
}

export const VOTING_METHODS = ['majority', 'qualified', 'unanimity', 'consensus'] as const;
export type VotingMethodKind = (typeof VOTING_METHODS)[number];
export const VOTING_METHOD_LABELS: Readonly<Record<VotingMethodKind, string>> = {
  majority: 'Simple majority',
  qualified: 'Qualified majority',
  unanimity: 'Unanimity',
  consensus: 'Consensus',
};
export const FALLBACKS = ['majority', 'qualified', 'unanimity', 'none'] as const;
export type Fallback = (typeof FALLBACKS)[number];
export const ABSTENTIONS = ['do-not-count', 'count'] as const;
export type Abstentions = (typeof ABSTENTIONS)[number];

/** R-2.8a: a voting rule as it is added or changed. The decision type is its key. */
export interface VotingRuleRecordInput {
  decisionType: DecisionType;
  method: VotingMethodKind;
  /** Consensus only: the method used when consensus is not reached; 'none' (kept as null) when the motion then fails. */
  fallback: Exclude<Fallback, 'none'> | null;
  /** A qualified majority's share, as "2/3" (of the method, or of consensus's fallback). */
  fraction: string | null;
  qualifiedBase: QualifiedBase | null;
  abstentions: Abstentions;
  castingVote: VotingRule['casting'];
  onTie: VotingRule['onTie'];
}

const usesQualified = (v: Partial<VotingRuleRecordInput>) => v.method === 'qualified' || (v.method === 'consensus' && v.fallback === 'qualified');

/** R-2.8a: a qualified majority says of what share and of whom; nothing else does; a lead partner's casting vote needs a lead partner. */
export function votingRuleProblems(rules: readonly VotingRuleRecordInput[], change: Change<VotingRuleRecordInput>, hasLeadPartner: boolean): Problem[] {
  if (change.kind === 'remove') return [];
  const v = change.value;
  const problems: Problem[] = [];
  if (change.kind === 'add' && v.decisionType && rules.some((r) => r.decisionType === v.decisionType)) {
    problems.push({ field: 'decisionType', message: 'This type of decision already has a voting rule: change it instead' });
  }
  if (v.method !== undefined && v.method !== 'consensus' && v.fallback) {
    problems.push({ field: 'fallback', message: 'Give a fallback only for consensus: it is the method used when consensus is not reached' });
  }
  if (v.method !== undefined && usesQualified(v)) {
    const share = v.fraction ? parseFraction(v.fraction) : null;
    if (!v.fraction) problems.push({ field: 'fraction', message: 'Enter the share a qualified majority needs, like 2/3 (R-2.8a)' });
    // A qualified majority is more than a simple one: half or less would carry a tie, or a motion most voted against.
    else if (share && share.numerator * 2 <= share.denominator) problems.push({ field: 'fraction', message: 'A qualified majority is more than half: enter a share above one half, like 2/3 (R-2.8a)' });
    if (!v.qualifiedBase) problems.push({ field: 'qualifiedBase', message: 'Select whether the share is of those present and voting or of all voting members (R-2.8a)' });
  } else if (v.method !== undefined) {
    if (v.fraction) problems.push({ field: 'fraction', message: 'Give a share only for a qualified majority' });
    if (v.qualifiedBase) problems.push({ field: 'qualifiedBase', message: 'Say of whom only for a qualified majority' });
  }
  if (v.castingVote === 'lead-partner' && !hasLeadPartner) {
    problems.push({ field: 'castingVote', message: 'The partnership has no lead partner to give a casting vote: name one under Partners first' });
  }
  return problems;
}

/** The rule the evaluators read (the record's fields checked by votingRuleProblems first). */
export function toVotingRule(r: VotingRuleRecordInput): VotingRule {
  const qualified = (): VotingMethod => ({ kind: 'qualified', fraction: fractionOf(r.fraction), of: r.qualifiedBase ?? 'present-and-voting' });
  const simple = (k: 'majority' | 'qualified' | 'unanimity'): Exclude<VotingMethod, { kind: 'consensus' }> =>
    k === 'qualified' ? (qualified() as Extract<VotingMethod, { kind: 'qualified' }>) : { kind: k };
  const method: VotingMethod = r.method === 'consensus' ? { kind: 'consensus', fallback: r.fallback ? simple(r.fallback) : null } : simple(r.method);
  return { decisionType: r.decisionType, method, abstentionsCount: r.abstentions === 'count', casting: r.castingVote, onTie: r.onTie };
}

/** R-2.8b: one condition of the quorum as it is added or changed. Its kind is its key. */
export interface QuorumConditionRecordInput {
  kind: QuorumConditionKind;
  members: number | null;
  fraction: string | null;
}

const NEEDS: Readonly<Record<QuorumConditionKind, { members: boolean; fraction: boolean }>> = {
  number: { members: true, fraction: false },
  fraction: { members: false, fraction: true },
  larger: { members: true, fraction: true },
  smaller: { members: true, fraction: true },
  'each-partner': { members: true, fraction: false },
  partners: { members: true, fraction: false },
};

/** R-2.8b: each kind of condition once, with the number or share it needs and nothing it does not. */
export function quorumConditionProblems(conditions: readonly QuorumConditionRecordInput[], change: Change<QuorumConditionRecordInput>): Problem[] {
  if (change.kind === 'remove') return [];
  const v = change.value;
  const kind = change.kind === 'add' ? v.kind : (change.key as QuorumConditionKind);
  const problems: Problem[] = [];
  if (change.kind === 'add' && kind && conditions.some((c) => c.kind === kind)) {
    problems.push({ field: 'kind', message: 'The quorum already has a condition of this kind: change it instead' });
  }
  const needs = kind ? NEEDS[kind] : undefined;
  if (!needs) return problems;
  if (needs.members && v.members === null) problems.push({ field: 'members', message: 'Enter the number of members this condition needs (R-2.8b)' });
  if (!needs.members && v.members !== null && v.members !== undefined) problems.push({ field: 'members', message: 'Leave the number blank: this condition is a share of the voting members' });
  if (needs.fraction && !v.fraction) problems.push({ field: 'fraction', message: 'Enter the share of the voting members, like 1/3 (R-2.8b)' });
  if (!needs.fraction && v.fraction) problems.push({ field: 'fraction', message: 'Leave the share blank: this condition is a number of members' });
  return problems;
}

/** The condition the evaluators read (its fields checked by quorumConditionProblems first). */
export function toQuorumCondition(c: QuorumConditionRecordInput): QuorumCondition {
  const number = c.members ?? 1;
  switch (c.kind) {
    case 'number':
    case 'each-partner':
    case 'partners':
      return { kind: c.kind, number };
    case 'fraction':
      return { kind: 'fraction', fraction: fractionOf(c.fraction) };
    case 'larger':
    case 'smaller':
      return { kind: c.kind, fraction: fractionOf(c.fraction), number };
  }
}

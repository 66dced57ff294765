// How a partnership decides, as data (R-2.8a, R-2.8b): who votes, the voting rule for each type of
// decision, and the quorum. The evaluators (quorum.ts, outcome.ts) read these shapes and nothing else, so a
// real meeting, the check without a meeting and the API all decide by the same functions.

/** R-2.8a: a seat's member status. A co-opted voting member votes and counts towards the quorum as a voting member does. */
export const SEAT_STATUSES = ['voting', 'co-opted-voting', 'non-voting', 'observer'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];
export const SEAT_STATUS_LABELS: Readonly<Record<SeatStatus, string>> = {
  voting: 'Voting member',
  'co-opted-voting': 'Co-opted voting member',
  'non-voting': 'Non-voting member',
  observer: 'Observer',
};
export const votes = (status: SeatStatus): boolean => status === 'voting' || status === 'co-opted-voting';

/** One member seat of the partnership's board: a person, for a partner. */
export interface Seat {
  /** The seat's key: the member's person id. */
  id: string;
  name: string;
  /** The partner organisation the seat belongs to. */
  partnerId: string;
  partnerName: string;
  status: SeatStatus;
  /** Votes it carries where the partners agreed weights (1 otherwise). Quorum counts members, not weights. */
  weight: number;
  /** A named substitute, who votes only in the member's absence. */
  substituteName: string | null;
}

/** The types of decision a partnership's rules may treat differently. */
export const DECISION_TYPES = [
  'ordinary',
  'financial-commitment',
  'budget',
  'appointment',
  'change-to-rules',
  'admission-or-removal-of-partner',
  'dissolution',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];
export const DECISION_TYPE_LABELS: Readonly<Record<DecisionType, string>> = {
  ordinary: 'Ordinary business',
  'financial-commitment': 'Financial commitment',
  budget: 'Budget',
  appointment: 'Appointment',
  'change-to-rules': 'Change to the rules',
  'admission-or-removal-of-partner': 'Admission or removal of a partner',
  dissolution: 'Dissolution',
};

/** A fraction such as two thirds: numerator ≤ denominator, both positive whole numbers. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** What a qualified majority is a share of. */
export const QUALIFIED_BASES = ['present-and-voting', 'all-voting-members'] as const;
export type QualifiedBase = (typeof QUALIFIED_BASES)[number];

/** R-2.8a: how votes decide a motion. Consensus falls back to a voting method when it is not reached. */
export type VotingMethod =
  | { kind: 'majority' }
  | { kind: 'qualified'; fraction: Fraction; of: QualifiedBase }
  | { kind: 'unanimity' }
  | { kind: 'consensus'; fallback: Exclude<VotingMethod, { kind: 'consensus' }> | null };

/** Who may break a tie. */
export const CASTING_VOTES = ['none', 'chair', 'lead-partner'] as const;
export type CastingVote = (typeof CASTING_VOTES)[number];

/** What a tie with no casting vote decides. */
export const TIE_RULES = ['lost', 'lot'] as const;
export type TieRule = (typeof TIE_RULES)[number];

/** R-2.8a: the rule for one type of decision. */
export interface VotingRule {
  decisionType: DecisionType;
  method: VotingMethod;
  /** Whether an abstention counts among those voting (so a majority must be of them too). */
  abstentionsCount: boolean;
  casting: CastingVote;
  onTie: TieRule;
}

/**
 * R-2.8b: one condition of a quorum. A quorum is every condition the partnership records, all met at once
 * ("a third rounded up, with at least one from each partner" is two conditions).
 */
export type QuorumCondition =
  | { kind: 'number'; number: number }
  /** A fraction of the voting members, rounded up. */
  | { kind: 'fraction'; fraction: Fraction }
  /** The larger (or smaller) of a fraction of the voting members, rounded up, and a number. */
  | { kind: 'larger' | 'smaller'; fraction: Fraction; number: number }
  /** At least `number` voting members present from each partner that has a voting seat. */
  | { kind: 'each-partner'; number: number }
  /** Voting members present from at least `number` different partners. */
  | { kind: 'partners'; number: number };

export const QUORUM_CONDITION_KINDS = ['number', 'fraction', 'larger', 'smaller', 'each-partner', 'partners'] as const;
export type QuorumConditionKind = (typeof QUORUM_CONDITION_KINDS)[number];

/** Who is at the meeting, per seat. A substitute present stands in the member's seat. */
export const ATTENDANCES = ['present', 'substitute', 'apologies', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** One item's facts: who attends in each seat, and who an interest removes from the item. */
export interface ItemAttendance {
  attendance: ReadonlyMap<string, Attendance>;
  /** Seats whose member has a declared prejudicial or pecuniary interest without dispensation. */
  excluded: ReadonlySet<string>;
}

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** The votes on a motion: by name (each seat's), or counted on a show of hands. */
export type Votes = { kind: 'named'; votes: ReadonlyMap<string, VoteChoice> } | { kind: 'counted'; for: number; against: number; abstain: number };

/** Everything the outcome of a motion depends on besides the rules. */
export interface Motion {
  decisionType: DecisionType;
  votes: Votes;
  /** Only asked of a consensus rule: whether the meeting reached it. */
  consensusReached?: boolean;
  /** A casting vote given on a tie, and by whom. */
  castingVote?: { by: 'chair' | 'lead-partner'; vote: 'for' | 'against' } | null;
  /** Where the rules decide a tie by lot: what the lot decided, once drawn. */
  lot?: 'for' | 'against' | null;
}

/** Someone sits in the seat: the member, or the named substitute standing in (R-2.8b). */
export const attends = (attendance: Attendance | undefined): boolean => attendance === 'present' || attendance === 'substitute';

/**
 * R-2.8b, R-2.13: a seat counts for an item when it votes, someone sits in it, and no declared interest
 * removes them from the item. The one test the quorum and the votes both use, so they cannot disagree.
 */
export const countsForItem = (seat: Seat, item: ItemAttendance): boolean =>
  votes(seat.status) && attends(item.attendance.get(seat.id)) && !item.excluded.has(seat.id);

/** Who sits in the seat, by name: a substitute as "Sam Lee (substitute for Jo Bloggs)", so a clerk knows who was there. */
export function sitterName(seat: Seat, item: ItemAttendance): string {
  if (item.attendance.get(seat.id) !== 'substitute') return seat.name;
  return seat.substituteName ? `${seat.substituteName} (substitute for ${seat.name})` : `the substitute for ${seat.name}`;
}

/** "A", "A and B", "A, B and C": a list a clerk can read out. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

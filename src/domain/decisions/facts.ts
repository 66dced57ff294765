// The facts of one item a check (or a meeting) is decided on, as sent: who attended each seat, who an
// interest removes, the votes, a casting vote, consensus and a lot. What makes them unreadable is here
// (each at the field that fixes it); what makes a vote invalid is the outcome's to say, not a refusal.
import type { Problem } from '../register/partnership.ts';
import { ATTENDANCES, DECISION_TYPES, VOTE_CHOICES, type Attendance, type DecisionType, type ItemAttendance, type Motion, type Seat, type VoteChoice } from './rules.ts';

export const CASTING_CHOICES = ['none', 'chair-for', 'chair-against', 'lead-partner-for', 'lead-partner-against'] as const;
export type CastingChoice = (typeof CASTING_CHOICES)[number];
export const LOT_CHOICES = ['not-drawn', 'for', 'against'] as const;
export type LotChoice = (typeof LOT_CHOICES)[number];
export const VOTING_MODES = ['named', 'counted'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];

/** The facts as sent, each answer a string or missing: the page's fields, or the API's body mapped to them. */
export interface SentFacts {
  decisionType?: string;
  /** Per seat id. */
  attendance: Readonly<Record<string, string | undefined>>;
  excluded: readonly string[];
  mode?: string;
  /** Per seat id: for, against, abstain, or '' (did not vote). */
  votes: Readonly<Record<string, string | undefined>>;
  counted: { for?: string | number; against?: string | number; abstain?: string | number };
  consensusReached?: string | boolean;
  castingVote?: string;
  lot?: string;
}

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);

function count(v: string | number | undefined, field: string, label: string, problems: Problem[]): number {
  const text = typeof v === 'number' ? String(v) : (v ?? '').trim();
  if (text === '') return 0;
  if (!/^\d{1,6}$/.test(text)) {
    problems.push({ field, message: `${label} must be a whole number, 0 or more` });
    return 0;
  }
  return Number(text);
}

/**
 * Who attended each seat, as sent (per seat id), each problem at attendance-<seat>: one answer a seat, and
 * a substitute only where the seat names one (R-2.8a). A meeting's attendance is read by this too.
 */
export function readAttendance(seats: readonly Seat[], sent: Readonly<Record<string, string | undefined>>, problems: Problem[]): Map<string, Attendance> {
  const attendance = new Map<string, Attendance>();
  for (const s of seats) {
    const a = sent[s.id];
    if (!isOneOf(ATTENDANCES, a)) problems.push({ field: `attendance-${s.id}`, message: `Select whether ${s.name} attended` });
    else if (a === 'substitute' && !s.substituteName) problems.push({ field: `attendance-${s.id}`, message: `${s.name} has no named substitute: select present, apologies or absent (R-2.8a)` });
    else attendance.set(s.id, a);
  }
  return attendance;
}

/** The item and the motion, or every problem at its field (attendance-<seat>, vote-<seat>, counted-for, …). */
export function readFacts(seats: readonly Seat[], sent: SentFacts): { ok: true; item: ItemAttendance; motion: Motion } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isOneOf(DECISION_TYPES, sent.decisionType)) problems.push({ field: 'decisionType', message: 'Select the type of decision' });
  const attendance = readAttendance(seats, sent.attendance, problems);
  const known = new Set(seats.map((s) => s.id));
  const unknown = [...sent.excluded, ...Object.keys(sent.votes)].find((id) => !known.has(id));
  if (unknown !== undefined) problems.push({ field: 'seats', message: `${unknown} is not a seat of the partnership` });
  const mode: VotingMode = sent.mode === undefined || sent.mode === '' ? 'named' : isOneOf(VOTING_MODES, sent.mode) ? sent.mode : (problems.push({ field: 'mode', message: 'Select how the votes were taken' }), 'named');
  const named = new Map<string, VoteChoice>();
  for (const s of seats) {
    const v = sent.votes[s.id];
    if (v === undefined || v === '' || v === 'none') continue;
    if (!isOneOf(VOTE_CHOICES, v)) problems.push({ field: `vote-${s.id}`, message: `Select how ${s.name} voted, or that they did not vote` });
    else named.set(s.id, v);
  }
  const counted = {
    for: count(sent.counted.for, 'counted-for', 'Votes for', problems),
    against: count(sent.counted.against, 'counted-against', 'Votes against', problems),
    abstain: count(sent.counted.abstain, 'counted-abstain', 'Abstentions', problems),
  };
  if (mode === 'counted' && named.size) problems.push({ field: 'mode', message: 'Give the votes by name or as counts on a show of hands, not both' });
  const consensus = sent.consensusReached;
  const consensusReached = consensus === true || consensus === 'yes' ? true : consensus === false || consensus === 'no' || consensus === undefined || consensus === '' ? false : null;
  if (consensusReached === null) problems.push({ field: 'consensusReached', message: 'Select whether consensus was reached' });
  const casting = sent.castingVote === undefined || sent.castingVote === '' ? 'none' : sent.castingVote;
  if (!isOneOf(CASTING_CHOICES, casting)) problems.push({ field: 'castingVote', message: 'Select the casting vote given, or none' });
  const lot = sent.lot === undefined || sent.lot === '' ? 'not-drawn' : sent.lot;
  if (!isOneOf(LOT_CHOICES, lot)) problems.push({ field: 'lot', message: 'Select what the lot decided, or that none was drawn' });
  if (problems.length) return { ok: false, problems };
  const castingVote =
    casting === 'none' ? null : { by: casting.startsWith('chair') ? ('chair' as const) : ('lead-partner' as const), vote: casting.endsWith('-for') ? ('for' as const) : ('against' as const) };
  return {
    ok: true,
    item: { attendance, excluded: new Set(sent.excluded) },
    motion: {
      decisionType: sent.decisionType as DecisionType,
      votes: mode === 'named' ? { kind: 'named', votes: named } : { kind: 'counted', ...counted },
      consensusReached: consensusReached ?? false,
      castingVote,
      lot: lot === 'not-drawn' ? null : (lot as 'for' | 'against'),
    },
  };
}

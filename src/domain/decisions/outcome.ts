// R-2.8a: the outcome of a motion, computed from the votes cast by the partnership's rule for its type of
// decision, and flagged invalid when it cannot stand (R-2.8b: taken without a quorum; a vote nobody was
// entitled to cast). Pure: the same function decides a meeting, the check without one, and the API.
import { ceilFraction, shareInWords } from './fraction.ts';
import type { QuorumResult } from './quorum.ts';
import {
  attends,
  countsForItem,
  DECISION_TYPE_LABELS,
  listInWords,
  sitterName,
  votes,
  type ItemAttendance,
  type Motion,
  type Seat,
  type VotingMethod,
  type VotingRule,
} from './rules.ts';

export const OUTCOMES = ['carried', 'lost', 'carried-on-casting-vote', 'lost-on-casting-vote', 'lost-on-tie', 'carried-by-lot', 'lost-by-lot', 'tied-awaiting-lot', 'invalid'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  carried: 'Carried',
  lost: 'Lost',
  'carried-on-casting-vote': 'Carried on the casting vote',
  'lost-on-casting-vote': 'Lost on the casting vote',
  'lost-on-tie': 'Lost on a tie',
  'carried-by-lot': 'Carried by lot',
  'lost-by-lot': 'Lost by lot',
  'tied-awaiting-lot': 'Tied: awaiting the drawing of lots',
  invalid: 'Invalid',
};

/** The motion was carried, however the tie (if any) was broken. */
export const isCarried = (o: Outcome): boolean => o === 'carried' || o === 'carried-on-casting-vote' || o === 'carried-by-lot';
/** The motion was lost, however the tie (if any) was broken. */
export const isLost = (o: Outcome): boolean => o === 'lost' || o === 'lost-on-casting-vote' || o === 'lost-on-tie' || o === 'lost-by-lot';

export interface OutcomeResult {
  outcome: Outcome;
  valid: boolean;
  for: number;
  against: number;
  /** Weighted for named votes. */
  abstain: number;
  /** The 'for' votes needed to carry, where that is a number. */
  needed: number | null;
  /** The rule in words. */
  method: string;
  explanation: string;
  /** Why it is invalid; empty when valid. */
  problems: string[];
  clause: 'R-2.8a';
}

interface Tally {
  for: number;
  against: number;
  abstain: number;
}

type Ballot = Exclude<VotingMethod, { kind: 'consensus' }>;

const WHO = { chair: 'the chair', 'lead-partner': 'the lead partner' } as const;
const WHOSE = { chair: 'the chair’s', 'lead-partner': 'the lead partner’s' } as const;

const abstentions = (counted: boolean): string => `abstentions ${counted ? '' : 'not '}counted`;

function tallyInWords(t: Tally): string {
  const abstain = t.abstain ? `, ${t.abstain} abstention${t.abstain === 1 ? '' : 's'}` : '';
  return `${t.for} for, ${t.against} against${abstain}`;
}

function ballotInWords(m: Ballot, abstentionsCount: boolean): string {
  switch (m.kind) {
    case 'majority':
      return `a majority of those present and voting (${abstentions(abstentionsCount)})`;
    case 'qualified':
      return m.of === 'all-voting-members'
        ? `${shareInWords(m.fraction)} of all the voting members`
        : `${shareInWords(m.fraction)} of those present and voting (${abstentions(abstentionsCount)})`;
    case 'unanimity':
      return `unanimity (${abstentionsCount ? 'an abstention counts against it' : 'abstentions do not count against it'})`;
  }
}

/** The rule in words, with how a tie is broken where a tie can happen. */
export function methodInWords(rule: VotingRule): string {
  const m = rule.method;
  const ballot = m.kind === 'consensus' ? m.fallback : m;
  const head = m.kind === 'consensus'
    ? ballot ? `consensus, or failing that ${ballotInWords(ballot, rule.abstentionsCount)}` : 'consensus, with no vote to fall back on'
    : ballotInWords(m, rule.abstentionsCount);
  if (ballot?.kind !== 'majority') return head;
  const casting = rule.casting === 'none' ? 'no casting vote' : `${WHOSE[rule.casting]} casting vote`;
  return `${head}; a tie is broken by ${casting}${rule.casting === 'none' ? '' : ' if given'}, otherwise ${rule.onTie === 'lot' ? 'by lot' : 'it is lost'}`;
}

/** The votes as counted, and every vote nobody was entitled to cast. */
function tallyOf(motion: Motion, seats: readonly Seat[], item: ItemAttendance, problems: string[]): Tally {
  const eligibleWeight = seats.filter((s) => countsForItem(s, item)).reduce((sum, s) => sum + s.weight, 0);
  const v = motion.votes;
  if (v.kind === 'counted') {
    const t = { for: v.for, against: v.against, abstain: v.abstain };
    if (![t.for, t.against, t.abstain].every((n) => Number.isSafeInteger(n) && n >= 0)) problems.push('The votes counted must each be a whole number of 0 or more');
    const total = t.for + t.against + t.abstain;
    if (total > eligibleWeight) problems.push(`${total} votes were counted, more than the ${eligibleWeight} that the members present and entitled to vote hold`);
    return t;
  }
  const byId = new Map(seats.map((s) => [s.id, s]));
  const t = { for: 0, against: 0, abstain: 0 };
  for (const [id, choice] of v.votes) {
    const seat = byId.get(id);
    // Each vote counts the seat's weight, whoever sits in it (R-2.8a).
    t[choice] += seat?.weight ?? 1;
    if (!seat) problems.push(`A vote is recorded for ${id}, who holds no seat on the board`);
    else if (!votes(seat.status)) problems.push(`${sitterName(seat, item)} is ${seat.status === 'observer' ? 'an observer' : 'a non-voting member'} and may not vote`);
    else if (!attends(item.attendance.get(id))) problems.push(`${seat.name} was not present`);
    // R-2.13: an interest removes the member from the item, vote and all.
    else if (item.excluded.has(id)) problems.push(`${sitterName(seat, item)} is excluded from this item by a declared interest`);
  }
  return t;
}

/** "Votes are weighted: Jo Bloggs has 2 votes; every other voting member has 1." or '' when none is. */
function weightsInWords(seats: readonly Seat[]): string {
  const voting = seats.filter((s) => votes(s.status));
  const weighted = voting.filter((s) => s.weight !== 1);
  if (!weighted.length) return '';
  const others = weighted.length < voting.length ? '; every other voting member has 1' : '';
  return ` Votes are weighted: ${listInWords(weighted.map((s) => `${s.name} has ${s.weight} vote${s.weight === 1 ? '' : 's'}`))}${others}.`;
}

interface Decided {
  outcome: Exclude<Outcome, 'invalid'>;
  needed: number | null;
  /** The explanation, before any note on the casting vote or the weights. */
  sentence: string;
  castingUsed: boolean;
}

const simply = (carried: boolean, t: Tally, requirement: string, needed: number | null): Decided => ({
  outcome: carried ? 'carried' : 'lost',
  needed,
  sentence: `${carried ? 'Carried' : 'Lost'}: ${tallyInWords(t)}; ${requirement}.`,
  castingUsed: false,
});

/** The fewest whole votes that reach fraction × base. Weights are whole numbers; a stray fractional one must not throw. */
const atLeastShare = (f: { numerator: number; denominator: number }, base: number): number =>
  Number.isSafeInteger(base) ? ceilFraction(f, base) : Math.ceil((base * f.numerator) / f.denominator);

/** R-2.8a: a voting method applied to the votes, a tie broken as the rule says. */
function ballot(m: Ballot, rule: VotingRule, t: Tally, motion: Motion, seats: readonly Seat[], item: ItemAttendance): Decided {
  const ac = rule.abstentionsCount;
  const voted = t.for + t.against + (ac ? t.abstain : 0);
  switch (m.kind) {
    case 'unanimity': {
      const carried = t.for >= 1 && t.against === 0 && (!ac || t.abstain === 0);
      return simply(carried, t, `unanimity needs at least 1 for and none against${ac ? ', and no abstentions' : ' (abstentions do not count against it)'}`, null);
    }
    case 'qualified': {
      // Of all the voting members: the body does not shrink for an absence, only for an interest (R-2.13).
      const all = m.of === 'all-voting-members';
      const base = all ? seats.filter((s) => votes(s.status) && !item.excluded.has(s.id)).reduce((sum, s) => sum + s.weight, 0) : voted;
      const needed = Math.max(1, atLeastShare(m.fraction, base));
      // No ties here: reaching the fraction exactly is reaching it.
      const carried = t.for >= 1 && t.for * m.fraction.denominator >= m.fraction.numerator * base;
      const excludedAny = seats.some((s) => votes(s.status) && item.excluded.has(s.id));
      const of = all
        ? `${shareInWords(m.fraction)} of all the voting members needs at least ${needed} of ${base}${excludedAny ? ' (members excluded from this item by an interest not counted)' : ''}`
        : `${shareInWords(m.fraction)} of those present and voting needs at least ${needed} of ${base} (${abstentions(ac)})`;
      return simply(carried, t, of, needed);
    }
    case 'majority': {
      const requirement = `a majority of those present and voting needs more than half of ${voted} (${abstentions(ac)})`;
      const needed = Math.floor(voted / 2) + 1;
      if (t.for * 2 > voted) return simply(true, t, requirement, needed);
      // A tie is for and against equal. Where abstentions count and some abstained, equal is not a tie:
      // the motion is short of half of those voting, a casting vote could not carry it, and one more vote
      // for must never turn it from carried to lost.
      const equal = t.for === t.against && t.for > 0;
      if (!equal || (ac && t.abstain > 0)) {
        const lost = simply(false, t, requirement, needed);
        return equal ? { ...lost, sentence: `${lost.sentence} For and against are equal, but with the abstentions counted that is not a tie: the motion is short of a majority, and a casting vote could not give it one.` } : lost;
      }
      const tie = tallyInWords(t);
      const cv = motion.castingVote;
      if (cv && rule.casting !== 'none' && cv.by === rule.casting) {
        const carried = cv.vote === 'for';
        return { outcome: carried ? 'carried-on-casting-vote' : 'lost-on-casting-vote', needed, sentence: `${carried ? 'Carried' : 'Lost'} on ${WHOSE[cv.by]} casting vote: ${tie}.`, castingUsed: true };
      }
      const given = rule.casting === 'none' ? 'the rules give no casting vote' : `no casting vote was given by ${WHO[rule.casting]}`;
      if (rule.onTie === 'lost') return { outcome: 'lost-on-tie', needed, sentence: `Lost on a tie: ${tie}; ${given}, and the rules say a tie is lost.`, castingUsed: false };
      if (motion.lot === 'for' || motion.lot === 'against') {
        const carried = motion.lot === 'for';
        return { outcome: carried ? 'carried-by-lot' : 'lost-by-lot', needed, sentence: `${carried ? 'Carried' : 'Lost'} by lot: ${tie}; ${given}, and the lot fell ${carried ? 'for' : 'against'} the motion.`, castingUsed: false };
      }
      return { outcome: 'tied-awaiting-lot', needed, sentence: `Tied: ${tie}; ${given}, and the rules decide a tie by lot, which has not yet been drawn.`, castingUsed: false };
    }
  }
}

/**
 * R-2.8a: the outcome of a motion under the rule for its type of decision. `quorum` is the item's
 * (quorumOf); a vote without one is invalid (R-2.8b). A casting vote counts only on a tie, given by whoever
 * the rule names; one given by anyone else makes the vote invalid, tie or not, since the record says
 * someone decided who was not entitled to.
 */
export function outcomeOf(rule: VotingRule, seats: readonly Seat[], item: ItemAttendance, quorum: QuorumResult, motion: Motion): OutcomeResult {
  const problems: string[] = [];
  if (rule.decisionType !== motion.decisionType) {
    problems.push(`The rule given is for ${DECISION_TYPE_LABELS[rule.decisionType].toLowerCase()}, but the motion is ${DECISION_TYPE_LABELS[motion.decisionType].toLowerCase()}`);
  }
  if (!quorum.quorate) problems.push('The vote was taken without a quorum (R-2.8b)');
  const t = tallyOf(motion, seats, item, problems);
  const cv = motion.castingVote ?? null;
  if (cv && cv.by !== rule.casting) {
    const allowed = rule.casting === 'none' ? 'the rules give no casting vote' : `the rules give the casting vote to ${WHO[rule.casting]}`;
    problems.push(`A casting vote by ${WHO[cv.by]} is recorded, but ${allowed}`);
  }

  const m = rule.method;
  let decided: Decided;
  if (m.kind !== 'consensus') decided = ballot(m, rule, t, motion, seats, item);
  else if (motion.consensusReached) decided = { outcome: 'carried', needed: null, sentence: 'Carried by consensus.', castingUsed: false };
  else if (!m.fallback) decided = { outcome: 'lost', needed: null, sentence: 'Lost: consensus was not reached, and the rules have no vote to fall back on.', castingUsed: false };
  else {
    const vote = ballot(m.fallback, rule, t, motion, seats, item);
    decided = { ...vote, sentence: `Consensus was not reached, so the motion was put to a vote. ${vote.sentence}` };
  }

  const base = { for: t.for, against: t.against, abstain: t.abstain, needed: decided.needed, method: methodInWords(rule), clause: 'R-2.8a' as const };
  const weights = weightsInWords(seats);
  if (problems.length) {
    return { ...base, outcome: 'invalid', valid: false, explanation: `Invalid: ${tallyInWords(t)}. ${problems.map((p) => `${p}.`).join(' ')}${weights}`, problems };
  }
  const unneeded = cv && !decided.castingUsed ? ` A casting vote by ${WHO[cv.by]} is recorded but was not needed, so it does not count.` : '';
  return { ...base, outcome: decided.outcome, valid: true, explanation: `${decided.sentence}${unneeded}${weights}`, problems: [] };
}

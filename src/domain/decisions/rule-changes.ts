// R-2.7(n), R-2.8a, R-2.8b: a partnership amends its rules for decisions from a day it agrees, and every
// meeting is decided under the rules in force on its own day. The rules kept on the Decision making pages
// are those in force from the latest change recorded (or always, when none is). Recording a change keeps a
// copy of the rules as they stood, in force until the day before the change; earlier meetings go on being
// decided under that copy however the kept rules are edited afterwards. Member seats are who sits, not the
// rules, and are not versioned (decision 72).
import type { Problem } from '../register/partnership.ts';
import { addDays, dateInWords } from './notice.ts';
import type { QuorumConditionRecordInput, VotingRuleRecordInput } from './records.ts';

/** What a change keeps: the voting rules and the quorum (the rules, not the seats). */
export interface RulesOfDecision {
  votingRules: VotingRuleRecordInput[];
  quorum: QuorumConditionRecordInput[];
}

export interface RuleChangeInput {
  /** The day the changed rules apply from, yyyy-mm-dd. */
  inForceFrom: string;
  /** The agenda item (a decision at one of the partnership's meetings) that agreed the change; null when recorded otherwise. */
  agreedItemId: string | null;
  /** What was changed and why, as the minutes record it. */
  reason: string;
}

export interface RuleChange extends RuleChangeInput {
  id: string;
  /** The item that agreed it, in words ("Changes to the quorum, Board, 3 March 2027"), or null. */
  agreedAt: string | null;
  recordedAt: string;
  /** The rules as they stood before it: in force until the day before inForceFrom. */
  previous: RulesOfDecision;
}

/** A decision at one of the partnership's meetings that may have agreed a change: its outcome, once voted. */
export interface AgreeingItem {
  id: string;
  title: string;
  meetsOn: string;
  outcome: string | null;
}

const CARRIED: ReadonlySet<string> = new Set(['carried', 'carried-on-casting-vote', 'carried-by-lot']);

/** Which rules decide a meeting on a day, and why: the clerk's sentence cites the clause. */
export interface RulesInForce {
  rules: RulesOfDecision;
  /** The first day these rules applied; null from the partnership's start. */
  from: string | null;
  /** The last day they applied; null while they still apply (the rules kept now). */
  until: string | null;
  /** The change that ended them (its copy is these rules), or null for the rules kept now. */
  endedBy: string | null;
  explanation: string;
  clause: 'R-2.7(n)';
}

const period = (from: string | null, until: string | null): string =>
  from && until ? `from ${dateInWords(from)} to ${dateInWords(until)}` : from ? `from ${dateInWords(from)}` : until ? `until ${dateInWords(until)}` : 'since the partnership began';

/** The rules in force on a day, from the changes recorded (in order of inForceFrom) and the rules kept now. */
export function rulesInForceOn(changes: readonly RuleChange[], current: RulesOfDecision, day: string): RulesInForce {
  const ended = changes.findIndex((c) => c.inForceFrom > day);
  if (ended === -1) {
    const from = changes.at(-1)?.inForceFrom ?? null;
    const explanation = from ? `The rules in force ${period(from, null)}, as changed then` : 'The rules as recorded: no change to them has been recorded';
    return { rules: current, from, until: null, endedBy: null, explanation, clause: 'R-2.7(n)' };
  }
  const change = changes[ended]!;
  const from = changes[ended - 1]?.inForceFrom ?? null;
  const until = addDays(change.inForceFrom, -1);
  return {
    rules: change.previous,
    from,
    until,
    endedBy: change.id,
    explanation: `The rules in force ${period(from, until)}: they were changed from ${dateInWords(change.inForceFrom)}`,
    clause: 'R-2.7(n)',
  };
}

/** Every version of the rules, newest first, each with its period: the one kept now, then each change's copy. */
export function ruleVersions(changes: readonly RuleChange[], current: RulesOfDecision): RulesInForce[] {
  const now = rulesInForceOn(changes, current, '9999-12-31');
  return [now, ...[...changes].reverse().map((c) => rulesInForceOn(changes, current, addDays(c.inForceFrom, -1)))];
}

/** A period in words, as the pages name a version: "from 1 April 2027", "until 31 March 2027". */
export const periodInWords = (v: Pick<RulesInForce, 'from' | 'until'>): string => period(v.from, v.until);

/** The days a change must fall between: after the change before it, before the one after it (a new one: after the last). */
export function boundsOf(changes: readonly RuleChange[], id?: string): { after: string | null; before: string | null } {
  const at = id === undefined ? changes.length : changes.findIndex((c) => c.id === id);
  return { after: changes[at - 1]?.inForceFrom ?? null, before: id === undefined ? null : (changes[at + 1]?.inForceFrom ?? null) };
}

/**
 * R-2.7(n): versions follow one another, so a change applies from a day after the change before it (and,
 * corrected, before the one after it); a new one needs rules to change. The day may be past: a change agreed
 * earlier is recorded late, but not before the meeting that agreed it; and that decision was carried.
 */
export function ruleChangeProblems(
  bounds: { after: string | null; before: string | null },
  current: RulesOfDecision | null,
  input: Partial<RuleChangeInput>,
  items: readonly AgreeingItem[],
): Problem[] {
  const problems: Problem[] = [];
  if (current && !current.votingRules.length && !current.quorum.length) {
    problems.push({ field: 'inForceFrom', message: 'There are no voting rules or quorum recorded to change: record them first (R-2.8a, R-2.8b)' });
  }
  if (input.inForceFrom && bounds.after && input.inForceFrom <= bounds.after) {
    problems.push({ field: 'inForceFrom', message: `The change must apply from a day after ${dateInWords(bounds.after)}, when the change before it applied from (R-2.7(n))` });
  }
  if (input.inForceFrom && bounds.before && input.inForceFrom >= bounds.before) {
    problems.push({ field: 'inForceFrom', message: `The change must apply from a day before ${dateInWords(bounds.before)}, when the change after it applies from (R-2.7(n))` });
  }
  if (input.agreedItemId) {
    const item = items.find((i) => i.id === input.agreedItemId);
    if (!item) problems.push({ field: 'agreedItemId', message: 'Select a decision at one of the partnership’s meetings, or none (R-2.7(n))' });
    // The rules change by a decision carried under them (R-2.8a): not by one lost, or invalid.
    else if (item.outcome && !CARRIED.has(item.outcome)) problems.push({ field: 'agreedItemId', message: `The decision on ${item.title} was not carried: select the decision that agreed the change (R-2.7(n))` });
    else if (input.inForceFrom && input.inForceFrom < item.meetsOn) problems.push({ field: 'inForceFrom', message: `The change cannot apply before ${dateInWords(item.meetsOn)}, the day of the meeting that agreed it (R-2.7(n))` });
  }
  return problems;
}

// R-2.8e: representatives' authority: what each member of a partnership's board may decide for the
// organisation they represent, by type of decision and amount; and, once a motion is carried, which
// partners must ratify it because no one of theirs present had the authority to commit them. A seat's
// authority is its member's (a substitute sitting carries the member's authority, as a delegate would).
import { formatPence } from '../register/money.ts';
import type { Problem } from '../register/partnership.ts';
import type { Outcome } from './outcome.ts';
import { countsForItem, DECISION_TYPE_LABELS, type DecisionType, type ItemAttendance, type Seat } from './rules.ts';

export const AUTHORITY_SCOPES = ['full', 'up-to', 'none'] as const;
export type AuthorityScope = (typeof AUTHORITY_SCOPES)[number];
export const AUTHORITY_SCOPE_LABELS: Readonly<Record<AuthorityScope, string>> = {
  full: 'May decide it for their organisation',
  'up-to': 'May decide it up to an amount',
  none: 'May not decide it: their organisation ratifies',
};

/** A limit for one type of decision, or for any type the representative has no limit of its own for. */
export type AuthorityType = DecisionType | 'any';

export interface AuthorityInput {
  personId: string;
  decisionType: AuthorityType;
  scope: AuthorityScope;
  /** For "up to": the most, in pence, the representative may commit. */
  limitPence: number | null;
  /** Who ratifies a decision beyond it: "Northvale NHS Trust Board". */
  ratifier: string | null;
}

export interface Authority extends AuthorityInput {
  id: string;
  name: string;
}

/** The motions that commit the partners: a carried outcome of any kind. */
const CARRIED: ReadonlySet<Outcome> = new Set(['carried', 'carried-on-casting-vote', 'carried-by-lot']);

/** A partner that must ratify a carried decision, and why. */
export interface RatificationNeeded {
  organisationId: string;
  partnerName: string;
  ratifier: string;
  explanation: string;
  clause: 'R-2.8e';
}

const typeWords = (t: AuthorityType) => (t === 'any' ? 'any decision' : `${DECISION_TYPE_LABELS[t].toLowerCase()} decisions`);

/** The representative's limit for a type: its own, else their limit for any type; undefined where none is recorded. */
export function authorityOf(records: readonly AuthorityInput[], personId: string, type: DecisionType): AuthorityInput | undefined {
  const own = records.filter((a) => a.personId === personId);
  return own.find((a) => a.decisionType === type) ?? own.find((a) => a.decisionType === 'any');
}

/** Whether a limit allows a decision committing `amountPence` (null: no sum). No recorded limit is no limit. */
export const allows = (a: AuthorityInput | undefined, amountPence: number | null): boolean =>
  !a || a.scope === 'full' || (a.scope === 'up-to' && (amountPence === null || amountPence <= (a.limitPence ?? 0)));

function limitWords(seat: Seat, a: AuthorityInput, type: DecisionType): string {
  const what = typeWords(a.decisionType === 'any' ? 'any' : type);
  return a.scope === 'none'
    ? `${seat.name} may not decide ${what} for ${seat.partnerName}`
    : `${seat.name} may decide ${what} for ${seat.partnerName} up to ${formatPence(a.limitPence ?? 0)}`;
}

/**
 * R-2.8e: the partners whose members counted at the item (present, not excluded by an interest) and
 * none of whom had the authority to commit them to a carried decision of `type` committing `amountPence`.
 * A partner with no one there did not take the decision and is not asked to ratify it here.
 */
export function ratificationsNeeded(
  seats: readonly Seat[],
  item: ItemAttendance,
  authorities: readonly AuthorityInput[],
  decision: { decisionType: DecisionType; amountPence: number | null; outcome: Outcome },
): RatificationNeeded[] {
  if (!CARRIED.has(decision.outcome)) return [];
  const byPartner = new Map<string, Seat[]>();
  for (const s of seats) if (countsForItem(s, item)) byPartner.set(s.partnerId, [...(byPartner.get(s.partnerId) ?? []), s]);
  const needed: RatificationNeeded[] = [];
  for (const [organisationId, present] of byPartner) {
    const limits = present.map((s) => ({ seat: s, a: authorityOf(authorities, s.id, decision.decisionType) }));
    if (limits.some((l) => allows(l.a, decision.amountPence))) continue;
    const first = limits[0]!;
    const ratifier = first.a!.ratifier ?? first.seat.partnerName;
    const sum = decision.amountPence !== null && first.a!.scope === 'up-to' ? `, and this decision commits ${formatPence(decision.amountPence)}` : '';
    needed.push({
      organisationId,
      partnerName: first.seat.partnerName,
      ratifier,
      explanation: `Subject to ratification by ${ratifier}: ${limits.map((l) => limitWords(l.seat, l.a!, decision.decisionType)).join('; ')}${sum} (R-2.8e).`,
      clause: 'R-2.8e',
    });
  }
  return needed;
}

/** R-2.8e: a limit's own rules: an amount exactly where it is "up to"; who ratifies beyond it. */
export function authorityProblems(a: Partial<AuthorityInput>): Problem[] {
  const problems: Problem[] = [];
  if (a.scope === 'up-to' && (a.limitPence === null || a.limitPence === undefined)) problems.push({ field: 'limitPence', message: 'Enter the most they may commit their organisation to (R-2.8e)' });
  if (a.scope && a.scope !== 'up-to' && a.limitPence !== null && a.limitPence !== undefined) problems.push({ field: 'limitPence', message: 'An amount is only for a limit “up to an amount”: leave it blank' });
  if (a.scope && a.scope !== 'full' && !a.ratifier) problems.push({ field: 'ratifier', message: 'Enter who ratifies a decision beyond their authority, for example the partner’s board (R-2.8e)' });
  return problems;
}

/** R-2.8e: a partner's ratification of a carried decision, as kept: pending until ratifiedOn is recorded. */
export interface Ratification extends Omit<RatificationNeeded, 'clause'> {
  ratifiedOn: string | null;
  note: string | null;
}

/** R-2.8e: ratified on or after the day of the meeting, once, by a partner asked to. */
export function ratificationProblems(pending: readonly Ratification[], input: { organisationId?: string; ratifiedOn?: string }, heldOn: string): Problem[] {
  const problems: Problem[] = [];
  const asked = pending.find((r) => r.organisationId === input.organisationId);
  if (input.organisationId !== undefined && !asked) problems.push({ field: 'organisationId', message: 'Select a partner whose ratification the decision awaits (R-2.8e)' });
  else if (asked?.ratifiedOn) problems.push({ field: 'organisationId', message: `${asked.partnerName} has already ratified it` });
  if (input.ratifiedOn !== undefined && input.ratifiedOn < heldOn) problems.push({ field: 'ratifiedOn', message: 'The date it was ratified must be on or after the day of the meeting (R-2.8e)' });
  return problems;
}

// R-2.8f: a partnership's forward plan: the decisions with significant policy or financial implications it
// means to take, each listed in advance with the meeting it is planned for and published a number of clear
// days before it (28 by default, as the Local Authorities (Executive Arrangements) Regulations 2012 ask of a
// council's own key decisions). An agenda item that takes a key decision names its entry; the meeting's
// page warns when the entry was published with less notice than that, and when a key decision is on an
// agenda without ever having been on the plan. Dates are calendar dates, worked in whole days (notice.ts).
import type { Problem } from '../register/partnership.ts';
import type { DecisionType } from '../decisions/rules.ts';
import { dateInWords, noticeOf } from '../decisions/notice.ts';

export const IMPLICATIONS = ['policy', 'financial', 'policy-and-financial'] as const;
export type Implications = (typeof IMPLICATIONS)[number];
export const IMPLICATION_LABELS: Readonly<Record<Implications, string>> = {
  policy: 'Significant policy implications',
  financial: 'Significant financial implications',
  'policy-and-financial': 'Significant policy and financial implications',
};

/** R-2.8f: the clear days before its meeting a planned decision is published, where the partnership agrees no other. */
export const DEFAULT_FORWARD_PLAN_DAYS = 28;

export interface ForwardPlanEntryInput {
  title: string;
  decisionType: DecisionType;
  implications: Implications;
  /** The day of the meeting it is planned for. */
  plannedOn: string;
  /** The day it was published on the forward plan; null until it is. */
  publishedOn: string | null;
  /** The clear days before the meeting it must be published. */
  noticeDays: number;
}

export interface ForwardPlanEntry extends ForwardPlanEntryInput {
  id: string;
}

export interface Publication {
  sufficient: boolean;
  /** Clear days between publication and the meeting; null when not yet published. */
  given: number | null;
  required: number;
  /** The last day it could have been published with the notice required. */
  publishBy: string;
  explanation: string;
  clause: 'R-2.8f';
}

const days = (n: number): string => `${n} clear day${n === 1 ? '' : 's'}`;

/** R-2.8f: whether an entry published on `publishedOn` gave `clearDays` clear days before a meeting on `meetsOn`. */
export function publicationOf(publishedOn: string | null, meetsOn: string, clearDays: number): Publication {
  const n = noticeOf(publishedOn, meetsOn, clearDays);
  const base = { required: n.required, publishBy: n.sendBy, given: n.given, sufficient: n.sufficient, clause: 'R-2.8f' as const };
  const need = `${days(clearDays)} ${clearDays === 1 ? 'is' : 'are'} required`;
  if (publishedOn === null) {
    return { ...base, explanation: `Not yet published on the forward plan: for the meeting on ${dateInWords(meetsOn)} it needs to be published by ${dateInWords(n.sendBy)} (${days(clearDays)}).` };
  }
  const when = publishedOn >= meetsOn ? `on or after the meeting on ${dateInWords(meetsOn)}` : `${days(n.given ?? 0)} before the meeting on ${dateInWords(meetsOn)}`;
  return {
    ...base,
    explanation: n.sufficient
      ? `Published on the forward plan on ${dateInWords(publishedOn)}, ${when}; ${need}.`
      : `Published on the forward plan on ${dateInWords(publishedOn)}, ${when}; ${need}, so it needed to be published by ${dateInWords(n.sendBy)}.`,
  };
}

/** What the meeting's page says of an item's key decision and the forward plan; null for an item that is neither. */
export interface KeyDecisionNotice {
  onPlan: boolean;
  sufficient: boolean;
  explanation: string;
  clause: 'R-2.8f';
}

/**
 * R-2.8f: an item on a meeting of `meetsOn`, as a key decision (or not), taking `entry` from the forward plan
 * (or none). A key decision never on the plan is warned of, with the notice the partnership's plan asks
 * (`clearDays`); one on it is checked for the notice its publication gave before this meeting.
 */
export function keyDecisionNotice(item: { keyDecision: boolean }, entry: Pick<ForwardPlanEntryInput, 'title' | 'plannedOn' | 'publishedOn' | 'noticeDays'> | undefined, meetsOn: string, clearDays: number): KeyDecisionNotice | null {
  if (!entry) {
    if (!item.keyDecision) return null;
    return {
      onPlan: false,
      sufficient: false,
      explanation: `A key decision that is not on the forward plan: it should have been published there at least ${days(clearDays)} before the meeting on ${dateInWords(meetsOn)}, by ${dateInWords(publicationOf(null, meetsOn, clearDays).publishBy)}.`,
      clause: 'R-2.8f',
    };
  }
  const p = publicationOf(entry.publishedOn, meetsOn, entry.noticeDays);
  const moved = entry.plannedOn !== meetsOn ? ` It was planned for ${dateInWords(entry.plannedOn)}.` : '';
  return { onPlan: true, sufficient: p.sufficient, explanation: `On the forward plan as “${entry.title}”. ${p.explanation}${moved}`, clause: 'R-2.8f' };
}

/** R-2.8f: the entry's own rules: published before the meeting it is planned for, not after. */
export function forwardPlanProblems(e: Partial<ForwardPlanEntryInput>): Problem[] {
  if (e.publishedOn && e.plannedOn && e.publishedOn > e.plannedOn) {
    return [{ field: 'publishedOn', message: 'The day it was published must be on or before the day of the meeting it is planned for (R-2.8f)' }];
  }
  return [];
}

/**
 * R-2.8f, for the Compliance page: a planned decision not yet taken whose publish-by day has passed without
 * publication, on `today`.
 */
export const publicationOverdue = (e: Pick<ForwardPlanEntryInput, 'publishedOn' | 'plannedOn' | 'noticeDays'>, today: string): boolean =>
  e.publishedOn === null && publicationOf(null, e.plannedOn, e.noticeDays).publishBy < today;

// A partnership's partners and the rules their set must satisfy (R-1.1, R-2.7a): the council and at
// least one other organisation, each organisation once, one lead or accountable body at most. The
// registration form checks a whole set at once; a partner added, changed or removed on its own is
// checked by the same rules, worded for that one partner.
import type { Change } from '../records/change.ts';
import type { PartnerLink, Problem } from './partnership.ts';
import type { Sector } from './vocabulary.ts';

/**
 * What each partner records of itself once the partnership is set up (running arrangements): the link
 * between the partnership's outcomes and its own priorities, who at the partner confirmed it and when
 * and where its actions sit in its own organisational plans. Each may be blank while
 * the partnership is being set up.
 */
export interface PartnerConfirmationAnswers {
  /** the partner's own priorities that the partnership's outcomes serve. */
  ownPriorities: string | null;
  /** the name and role of the person at the partner who confirmed the link. */
  confirmedBy: string | null;
  /** when they confirmed it, yyyy-mm-dd. */
  confirmedOn: string | null;
  /** the partner's organisational plan and where the partnership's actions sit in it. */
  organisationalPlanReference: string | null;
}

/** A partner as its pages show it: the organisation's name beside its id, and what it has confirmed. */
export interface Partner extends PartnerLink, PartnerConfirmationAnswers {
  name: string;
  sector: Sector;
  isThisCouncil: boolean;
}

/** A partner as it is added or changed one at a time: its link, and whatever of its confirmation is answered. */
export type PartnerRecordInput = PartnerLink & Partial<PartnerConfirmationAnswers>;

/** The answers that make a confirmation, in the order each needs the one before. */
export const CONFIRMATION_FIELDS = ['ownPriorities', 'confirmedBy', 'confirmedOn'] as const;
export type ConfirmationField = (typeof CONFIRMATION_FIELDS)[number];

const answered = (v: string | null | undefined): boolean => typeof v === 'string' && v.trim() !== '';

export interface PartnerConfirmation {
  /** All three answered: the link, who confirmed it, when. */
  confirmed: boolean;
  /** What is still unanswered, in CONFIRMATION_FIELDS' order. */
  missing: ConfirmationField[];
  clause: 'R-2.6.5';
}

/** whether the partner has recorded its link to its own priorities, confirmed by someone on a date. */
export function partnerConfirmation(p: Partial<Pick<PartnerConfirmationAnswers, ConfirmationField>>): PartnerConfirmation {
  const missing = CONFIRMATION_FIELDS.filter((f) => !answered(p[f]));
  return { confirmed: missing.length === 0, missing, clause: 'R-2.6.5' };
}

/** whether the partner has said where the partnership's actions sit in its organisational plans. */
export function partnerPlanReferenced(p: Partial<Pick<PartnerConfirmationAnswers, 'organisationalPlanReference'>>): { referenced: boolean; clause: 'R-2.6.6' } {
  return { referenced: answered(p.organisationalPlanReference), clause: 'R-2.6.6' };
}

/**
 * a confirmation is of something, by someone. A date needs who confirmed it, and who confirmed
 * it needs the link they confirmed; the link alone may be written first. Each problem at the field that fixes it.
 */
export function confirmationProblems(p: Partial<Pick<PartnerConfirmationAnswers, ConfirmationField>>): Problem[] {
  const problems: Problem[] = [];
  if ((answered(p.confirmedBy) || answered(p.confirmedOn)) && !answered(p.ownPriorities)) {
    problems.push({ field: 'ownPriorities', message: 'Enter the partner’s own priorities that the outcomes serve: a confirmation is of this link (R-2.6.5)' });
  }
  if (answered(p.confirmedOn) && !answered(p.confirmedBy)) {
    problems.push({ field: 'confirmedBy', message: 'Enter the name and role of the person at the partner who confirmed the link, or clear the date (R-2.6.5)' });
  }
  return problems;
}

type Link = Pick<PartnerLink, 'organisationId'> & { role: string };

const othersThanCouncil = <P extends Link>(partners: readonly P[], councilOrganisationId: string | null) =>
  partners.filter((p) => p.organisationId !== councilOrganisationId);

/** Problems with a whole set of partners (registration), each at the row that fixes it. */
export function partnerSetProblems(partners: readonly Link[], councilOrganisationId: string | null): Problem[] {
  const problems: Problem[] = [];
  // the council and at least one other organisation share responsibility.
  if (othersThanCouncil(partners, councilOrganisationId).length === 0) {
    problems.push({ field: 'partners', message: 'Add at least one partner organisation other than the council' });
  }
  const seen = new Set<string>();
  const duplicate = partners.findIndex((p) => seen.size === seen.add(p.organisationId).size);
  if (duplicate !== -1) problems.push({ field: 'partners', message: 'Each organisation can be a partner only once', index: duplicate, key: 'organisationId' });
  const leads = partners.flatMap((p, i) => (p.role === 'lead' ? [i] : []));
  if (leads.length > 1) {
    problems.push({ field: 'partners', message: 'Only one partner can be the lead or accountable body', index: leads[1]!, key: 'role' });
  }
  return problems;
}

/**
 * Problems with one change to a partnership's partners, at the partner's own fields: only what the
 * change itself would break (a set that was already wrong does not stop an unrelated change).
 */
export function partnerChangeProblems(partners: readonly Partner[], change: Change<PartnerRecordInput>, councilOrganisationId: string | null): Problem[] {
  if (change.kind === 'remove') {
    const removed = partners.find((p) => p.organisationId === change.key);
    if (!removed || removed.organisationId === councilOrganisationId) return [];
    const others = othersThanCouncil(partners, councilOrganisationId);
    // the last organisation sharing responsibility with the council cannot go.
    if (others.length === 1) {
      return [
        {
          field: 'organisationId',
          message: `${removed.name} cannot be removed: it is the only partner other than the council, and a partnership needs the council and at least one other organisation (R-1.1). Add another partner first`,
        },
      ];
    }
    return [];
  }
  const problems: Problem[] = [];
  const self = change.kind === 'change' ? change.key : change.value.organisationId;
  if (change.kind === 'add') {
    const existing = partners.find((p) => p.organisationId === change.value.organisationId);
    if (existing) problems.push({ field: 'organisationId', message: `${existing.name} is already a partner in this partnership` });
  }
  const lead = partners.find((p) => p.role === 'lead' && p.organisationId !== self);
  if (change.value.role === 'lead' && lead) {
    problems.push({
      field: 'role',
      message: `${lead.name} is already the lead or accountable body, and a partnership has one at most. Change ${lead.name}’s role first`,
    });
  }
  problems.push(...confirmationProblems(change.value));
  return problems;
}

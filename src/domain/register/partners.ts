// A partnership's partners and the rules their set must satisfy (R-1.1, R-2.7a): the council and at
// least one other organisation, each organisation once, one lead or accountable body at most. The
// registration form checks a whole set at once; a partner added, changed or removed on its own is
// checked by the same rules, worded for that one partner.
import type { Change } from '../records/change.ts';
import type { PartnerLink, Problem } from './partnership.ts';
import type { Sector } from './vocabulary.ts';

/** A partner as its pages show it: the organisation's name beside its id. */
export interface Partner extends PartnerLink {
  name: string;
  sector: Sector;
  isThisCouncil: boolean;
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
export function partnerChangeProblems(partners: readonly Partner[], change: Change<PartnerLink>, councilOrganisationId: string | null): Problem[] {
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
  return problems;
}

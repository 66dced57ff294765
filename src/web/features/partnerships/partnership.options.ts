// The choices the partnership form and the register's filters offer, built from the register's data.
import type { Db } from '../../../db/database.ts';
import { organisationChoices } from '../../../db/repositories/organisations.repo.ts';
import { councilPeopleChoices } from '../../../db/repositories/people.repo.ts';
import { listPriorities } from '../../../db/repositories/priorities.repo.ts';
import {
  CAPACITY_LABELS,
  LEGAL_FORM_HINTS,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  MEMBER_STATUS_LABELS,
  PARTNER_ROLE_LABELS,
  RATIONALE_LABELS,
  RATIONALES,
  SECTOR_LABELS,
  SECTORS,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUSES,
  WELLBEING,
  WELLBEING_LABELS,
} from '../../../domain/register/vocabulary.ts';
import { mayBeCouncilOfficer, mayRepresentCouncil } from '../../../domain/register/partnership.ts';
import { CHOOSABLE_STATUSES } from '../../../domain/register/withdrawal.ts';

export async function registerOptions(db: Db) {
  // Only the council's own people can be officers or representatives, so only they are offered.
  // Only what a choice shows is read: every organisation is in these lists, on every register page.
  const [organisations, councilPeople, priorities] = await Promise.all([
    organisationChoices(db),
    councilPeopleChoices(db),
    listPriorities(db),
  ]);
  return {
    organisations,
    councilPeople,
    // Offered exactly as the rule that checks them accepts them, so a choice offered is never refused.
    officers: councilPeople.filter(mayBeCouncilOfficer),
    representatives: councilPeople.filter(mayRepresentCouncil),
    priorities,
  };
}

export type RegisterOptions = Awaited<ReturnType<typeof registerOptions>>;

const pairs = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) => keys.map((value) => ({ value, text: labels[value] }));

export const VOCABULARY = {
  legalForms: LEGAL_FORMS.map((value) => ({ value, text: LEGAL_FORM_LABELS[value], hint: LEGAL_FORM_HINTS[value] })),
  statuses: pairs(STATUSES, STATUS_LABELS),
  // Withdrawn is reached by withdrawing, with a reason, never chosen on the form.
  choosableStatuses: CHOOSABLE_STATUSES.map((value) => ({ value, text: STATUS_LABELS[value], hint: STATUS_DEFINITIONS[value] })),
  rationales: pairs(RATIONALES, RATIONALE_LABELS),
  wellbeing: pairs(WELLBEING, WELLBEING_LABELS),
  sectors: pairs(SECTORS, SECTOR_LABELS),
  partnerRoles: Object.entries(PARTNER_ROLE_LABELS).map(([value, text]) => ({ value, text })),
  memberStatuses: Object.entries(MEMBER_STATUS_LABELS).map(([value, text]) => ({ value, text })),
  capacities: Object.entries(CAPACITY_LABELS).map(([value, text]) => ({ value, text })),
};

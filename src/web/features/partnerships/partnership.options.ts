// The vocabulary the partnership form and the register's filters offer; the register's own records to
// choose from are read by formOptions (app/queries/register.queries.ts).
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
  STATUS_LABELS,
  STATUSES,
  WELLBEING,
  WELLBEING_LABELS,
} from '../../../domain/register/vocabulary.ts';

const pairs = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) => keys.map((value) => ({ value, text: labels[value] }));

export const VOCABULARY = {
  legalForms: LEGAL_FORMS.map((value) => ({ value, text: LEGAL_FORM_LABELS[value], hint: LEGAL_FORM_HINTS[value] })),
  statuses: pairs(STATUSES, STATUS_LABELS),
  rationales: pairs(RATIONALES, RATIONALE_LABELS),
  wellbeing: pairs(WELLBEING, WELLBEING_LABELS),
  sectors: pairs(SECTORS, SECTOR_LABELS),
  partnerRoles: Object.entries(PARTNER_ROLE_LABELS).map(([value, text]) => ({ value, text })),
  memberStatuses: Object.entries(MEMBER_STATUS_LABELS).map(([value, text]) => ({ value, text })),
  capacities: Object.entries(CAPACITY_LABELS).map(([value, text]) => ({ value, text })),
};

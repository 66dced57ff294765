// The partnership's History tab in plain words: labels for fields, names and labels for values.
import type { Describer } from '../../../domain/audit/describe.ts';
import { formatPence } from '../../../domain/register/money.ts';
import {
  CAPACITY_LABELS,
  labelOf,
  LEGAL_FORM_LABELS,
  MEMBER_STATUS_LABELS,
  PARTNER_ROLE_LABELS,
  RATIONALE_LABELS,
  STATUS_LABELS,
  WELLBEING_LABELS,
} from '../../../domain/register/vocabulary.ts';
import { formatDate } from '../../plugins/views.ts';
import { withLifecycleWords } from '../lifecycle/lifecycle.history.ts';

const LABELS: Record<string, string> = {
  reference: 'Reference',
  name: 'Name',
  purpose: 'Purpose',
  expectedOutcomes: 'Expected outcomes',
  rationale: 'Rationale',
  wellbeing: 'Well-being',
  legalForm: 'Legal form',
  status: 'Status',
  startDate: 'Start date',
  expectedEndDate: 'Expected end date',
  durationDescription: 'Expected duration',
  councilContributionPence: 'Council contribution per year',
  withinApprovedBudget: 'Within an approved budget',
  resourcesStaff: 'Staff',
  resourcesAssets: 'Operational assets',
  resourcesInKind: 'In-kind and other commitments',
  sponsoringOfficer: 'Sponsoring officer',
  accountableOfficer: 'Accountable officer',
  partners: 'Partners',
  representatives: 'Council representatives',
  priorities: 'Corporate priorities',
  withdrawalReason: 'Reason for withdrawal',
};

type Item = Record<string, string>;

export function partnershipDescriber(): Describer {
  // Its lifecycle steps are its events too (lifecycle.service.ts).
  return withLifecycleWords({
    labels: LABELS,
    value(field, value) {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '(none)';
      switch (field) {
        case 'legalForm':
          return labelOf(LEGAL_FORM_LABELS, String(value));
        case 'status':
          return labelOf(STATUS_LABELS, String(value));
        case 'rationale':
          return (value as string[]).map((v) => labelOf(RATIONALE_LABELS, v)).join('; ');
        case 'wellbeing':
          return (value as string[]).map((v) => labelOf(WELLBEING_LABELS, v)).join(', ');
        case 'startDate':
        case 'expectedEndDate':
          return formatDate(String(value));
        case 'councilContributionPence':
          return formatPence(Number(value));
        case 'withinApprovedBudget':
          return value ? 'Yes' : 'No';
        case 'partners':
          return (value as Item[]).map((p) => `${p.organisation} (${labelOf(PARTNER_ROLE_LABELS, p.role)}, ${labelOf(MEMBER_STATUS_LABELS, p.memberStatus).toLowerCase()})`).join('; ');
        case 'representatives':
          return (value as Item[]).map((r) => `${r.person} (${labelOf(CAPACITY_LABELS, r.capacity).toLowerCase()})`).join('; ');
        case 'priorities':
          return (value as Item[]).map((p) => p.priority).join('; ');
        default:
          return String(value);
      }
    },
  });
}

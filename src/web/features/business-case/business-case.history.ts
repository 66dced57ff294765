// The business case's audit event (business-case.service.ts) in words, for the partnership's History and
// the audit trail alike: "Changed the business case", each answer under its own label and clause.
import { plainWords, type Describer } from '../../../domain/audit/describe.ts';
import { ASSESSMENT_FIELDS, ASSESSMENT_TEXT } from '../../../domain/business-case/assessment.ts';

export const businessCaseDescriber: Describer = {
  labels: Object.fromEntries(ASSESSMENT_FIELDS.map((f) => [f, `${ASSESSMENT_TEXT[f].label} (${ASSESSMENT_TEXT[f].clause})`])),
  value: (field, value) => (field === 'barIdentified' && typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value === null ? 'Not answered' : plainWords(value)),
  headline: (event) => (event.action === 'created' ? 'Recorded the business case' : 'Changed the business case'),
};

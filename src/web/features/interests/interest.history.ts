// A registered interest's audit events in words (R-2.13), the labels and values from its description: the
// audit trail reads "Added an interest of Cllr Rosa Martinez". A sensitive one's events never held its
// confidential fields (interest.description.ts's auditedInterest), so nothing is withheld here.
import { INTEREST_FIELDS } from '../../../app/interests/interest.description.ts';
import type { AuditEventView, Describer } from '../../../domain/audit/describe.ts';
import { fieldWords } from '../../records/record-describer.ts';
import { plainValue } from '../organisations/history.ts';

const VERBS: Readonly<Record<string, string>> = { added: 'Added', updated: 'Changed', removed: 'Removed' };
const LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(INTEREST_FIELDS).map(([name, f]) => [name === 'organisationId' ? 'organisation' : name, f.label])),
  person: 'Person',
  withheld: 'Withheld',
};

export const interestDescriber: Describer = {
  labels: LABELS,
  value: (field, value) => (field in INTEREST_FIELDS ? fieldWords({ fields: INTEREST_FIELDS }, field, value) : plainValue(value)),
  headline: (e: AuditEventView) => {
    const person = (e.after ?? e.before)?.person;
    return `${VERBS[e.action] ?? e.action} an interest${typeof person === 'string' ? ` of ${person}` : ''}`;
  },
};

// the audit trail page says each event in the same words as the record's own History tab:
// one describer per kind of record, the History tabs' own where they exist.
import { interestDescriber } from '../interests/interest.history.ts';
import { agendaItemDescriber, declarationDescriber } from '../meetings/meeting.history.ts';
import { ruleChangeDescriber } from '../decision-making/rule-change.history.ts';
import { ROLE_LABELS } from '../../../domain/access/roles.ts';
import { plainWords, type Describer } from '../../../domain/audit/describe.ts';
import { organisationDescriber } from '../organisations/organisation.history.ts';
import { plainValue } from '../organisations/history.ts';
import { partnershipDescriber } from '../partnerships/partnership.history.ts';
import { PERSON_HIDDEN_FIELDS, personDescriber } from '../people/person.history.ts';
import { PARTNERSHIP_RECORD_KINDS } from '../../../app/records/index.ts';
import { describerOf } from '../../records/record-describer.ts';
import { riskMatrixDescriber } from '../risk-matrix/risk-matrix.words.ts';
import type { Vocabulary } from '../../../app/records/record-kind.ts';
import { screeningDescriber } from '../screening/screening.history.ts';
import { businessCaseDescriber } from '../business-case/business-case.history.ts';
import { governanceSectionDescriber } from '../governance/governance.history.ts';
import { documentDescriber } from '../documents/documents.history.ts';
import { attestationDescriber, exceptionDescriber } from '../compliance/compliance.history.ts';

export interface TrailDescriber {
  describer: Describer;
  /** Fields whose words are elsewhere in the same event (an id beside its name). */
  hidden: readonly string[];
}

// As on the priority's own page (priorities.routes.ts).
const priorityDescriber: Describer = {
  labels: { title: 'Title', description: 'Description', active: 'Current priority', position: 'Place in the list' },
  value: (field, value) => (field === 'active' && typeof value === 'boolean' ? (value ? 'Yes' : 'No, no longer current') : plainValue(value)),
};

const SIGN_IN_REASONS: Readonly<Record<string, string>> = {
  locked: 'locked for 15 minutes after repeated failures',
  throttled: 'slowed down after failed attempts',
};

/** What sign-in and account events carry: why, and from which address. */
const accountEventWords = (field: string, value: unknown): string | null => {
  if (field === 'reason' && typeof value === 'string') return SIGN_IN_REASONS[value] ?? value;
  return null;
};
const ACCOUNT_EVENT_LABELS = { reason: 'Reason', address: 'From address', password: 'Password' };

// As on the user's own page (users.routes.ts), with the sign-in events' fields too.
const userDescriber: Describer = {
  labels: { name: 'Name', email: 'Email', role: 'Role', active: 'Can sign in', ...ACCOUNT_EVENT_LABELS },
  value: (field, value) => {
    if (field === 'role') return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value);
    return accountEventWords(field, value) ?? plainWords(value);
  },
};

const signInDescriber: Describer = { labels: ACCOUNT_EVENT_LABELS, value: (field, value) => accountEventWords(field, value) ?? plainWords(value) };

const tokenDescriber: Describer = { labels: { name: 'Token name', user: 'Belongs to' }, value: (_f, value) => plainWords(value) };

/** The describer for each kind of record; `userNames` names the user accounts people are linked to. */
export function trailDescribers(userNames: ReadonlyMap<string, string>, vocabulary?: Vocabulary): (entityType: string) => TrailDescriber {
  const table: Readonly<Record<string, TrailDescriber>> = {
    partnership: { describer: partnershipDescriber(), hidden: [] },
    organisation: { describer: organisationDescriber, hidden: [] },
    person: { describer: personDescriber(userNames), hidden: PERSON_HIDDEN_FIELDS },
    'corporate-priority': { describer: priorityDescriber, hidden: [] },
    user: { describer: userDescriber, hidden: [] },
    'api-token': { describer: tokenDescriber, hidden: ['userId'] },
    'sign-in': { describer: signInDescriber, hidden: [] },
    screening: { describer: screeningDescriber, hidden: [] },
    'business-case': { describer: businessCaseDescriber, hidden: [] },
    'governance-section': { describer: governanceSectionDescriber, hidden: [] },
    document: { describer: documentDescriber, hidden: [] },
    'compliance-attestation': { describer: attestationDescriber, hidden: [] },
    'compliance-exception': { describer: exceptionDescriber, hidden: [] },
    interest: { describer: interestDescriber, hidden: ['person'] },
    'agenda-item': { describer: agendaItemDescriber, hidden: ['title', 'item'] },
    declaration: { describer: declarationDescriber, hidden: ['member', 'item'] },
    'rule-change': { describer: ruleChangeDescriber, hidden: [] },
    'risk-matrix': { describer: riskMatrixDescriber, hidden: [] },
    // A partnership's records, each in the words of its description.
    ...Object.fromEntries(PARTNERSHIP_RECORD_KINDS.map((kind) => [kind.type, describerOf(kind, vocabulary)])),
  };
  return (entityType) => table[entityType] ?? { describer: {}, hidden: [] };
}

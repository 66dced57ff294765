// The example council's registers of interests: a councillor who is a trustee of a partner, one
// with shares in a local business, and a sensitive interest withheld with the monitoring officer's
// agreement, whose details only the person, the monitoring officer and administrators see.
import type { InterestInput } from '../../domain/interests/interest.ts';

export interface DemoInterest {
  person: string;
  /** An organisation of the example data, where the body is one. */
  organisation?: string;
  input: Omit<InterestInput, 'organisationId'>;
}

export const DEMO_INTERESTS: readonly DemoInterest[] = [
  {
    person: 'cabinet-safety',
    organisation: 'cvs',
    input: { kind: 'fiduciary', body: 'Brackenford Council for Voluntary Service', role: 'trustee', details: 'Trustee since 2022; unpaid.', startsOn: '2022-06-01', endsOn: null, sensitive: false, sensitiveAgreedBy: null },
  },
  {
    person: 'deputy-leader',
    organisation: 'bid',
    input: { kind: 'pecuniary', body: 'Adeyemi Stationers Ltd, 12 High Street', role: null, details: 'Owns the business, a levy payer of the town centre BID.', startsOn: '2015-04-01', endsOn: null, sensitive: false, sensitiveAgreedBy: null },
  },
  {
    person: 'leader',
    input: { kind: 'non-registrable', body: 'A support service for survivors of domestic abuse', role: null, details: 'A close family member is supported by the service.', startsOn: '2025-09-01', endsOn: null, sensitive: true, sensitiveAgreedBy: 'Gareth Howells, Monitoring Officer' },
  },
];

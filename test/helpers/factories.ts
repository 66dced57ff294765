// Test data made through the real use cases, so it is audited like anything else, and the details
// those use cases take.
import type { AppDeps } from '../../src/app/deps.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createUser } from '../../src/app/users.service.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import type { PartnershipDetails } from '../../src/domain/register/partnership.ts';
import type { OrganisationDetails, PersonDetails } from '../../src/domain/register/records.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import type { AccordApp } from '../../src/web/app.ts';
import { Client } from './app.ts';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

export async function makeUser(deps: AppDeps, role: Role, overrides: Partial<{ email: string; name: string; password: string }> = {}): Promise<User> {
  counter += 1;
  return createUser(deps, SYSTEM, {
    email: overrides.email ?? `${role}.${counter}.${Date.now()}@example.gov.uk`,
    name: overrides.name ?? `Test ${role} ${counter}`,
    role,
    password: overrides.password ?? PASSWORD,
  });
}

/** A client signed in through the real sign-in form. */
export async function signedIn(app: AccordApp, user: { email: string }, password = PASSWORD): Promise<Client> {
  const client = new Client(app);
  const res = await client.post('/sign-in', { email: user.email, password }, { from: '/sign-in' });
  if (res.statusCode !== 303) throw new Error(`sign-in failed with ${res.statusCode}`);
  return client;
}

// Records' details with every optional answer blank: a test states what it cares about and the
// builder fills in the rest. Pure (nothing saved): pass them to the use cases (createOrganisation…).

/** An organisation: a public-sector partner unless overridden, no numbers, address or contact. */
export function organisationDetails(name: string, overrides: Partial<OrganisationDetails> = {}): OrganisationDetails {
  return {
    name,
    sector: 'public',
    isThisCouncil: false,
    companyNumber: null,
    charityNumber: null,
    address: null,
    website: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    ...overrides,
  };
}

/** A person at an organisation: no job title, email, council role or user account unless overridden. */
export function personDetails(name: string, organisationId: string, overrides: Partial<PersonDetails> = {}): PersonDetails {
  return { name, jobTitle: null, organisationId, email: null, councilRole: null, userId: null, ...overrides };
}

/**
 * A partnership of the given partners: no dates, money, resources, officers, representatives or
 * priorities unless overridden (the required answers have placeholders; tests state the ones they use).
 */
export function partnershipDetails(overrides: Partial<PartnershipDetails> & Pick<PartnershipDetails, 'partners'>): PartnershipDetails {
  return {
    name: 'Test Partnership',
    purpose: 'A purpose',
    expectedOutcomes: 'Some outcomes',
    rationale: ['coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'informal',
    startDate: null,
    expectedEndDate: null,
    durationDescription: null,
    councilContributionPence: null,
    withinApprovedBudget: null,
    resourcesStaff: null,
    resourcesAssets: null,
    resourcesInKind: null,
    sponsoringOfficerId: null,
    accountableOfficerId: null,
    representatives: [],
    priorities: [],
    ...overrides,
  };
}

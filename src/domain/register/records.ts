// The register's records as the rest of Accord sees them.
import type { Capacity, MemberStatus, PartnerRole, Sector, Status } from './vocabulary.ts';
import type { PartnershipDetails } from './partnership.ts';

export interface Organisation {
  id: string;
  name: string;
  sector: Sector;
  isThisCouncil: boolean;
  companyNumber: string | null;
  charityNumber: string | null;
  address: string | null;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: string;
  updatedAt: string;
}

export type OrganisationDetails = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;

export type CouncilRole = 'officer' | 'councillor';

export interface Person {
  id: string;
  name: string;
  jobTitle: string | null;
  organisationId: string;
  organisationName: string;
  email: string | null;
  /** For the council's own people: officer or councillor. */
  councilRole: CouncilRole | null;
  userId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type PersonDetails = Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'organisationName'>;

export interface CorporatePriority {
  id: string;
  title: string;
  description: string | null;
  active: boolean;
  position: number;
}

export interface Partnership extends PartnershipDetails {
  id: string;
  reference: string;
  /** Where it is in its lifecycle: not a detail, it changes only through a step (domain/lifecycle). */
  status: Status;
  createdAt: string;
  updatedAt: string;
}

/** A partnership with the names a page shows beside the ids. */
export interface PartnershipView extends Partnership {
  partnerViews: Array<{ organisationId: string; name: string; sector: Sector; isThisCouncil: boolean; role: PartnerRole; memberStatus: MemberStatus }>;
  representativeViews: Array<{ personId: string; name: string; jobTitle: string | null; capacity: Capacity }>;
  priorityViews: Array<{ priorityId: string; title: string; how: string; active: boolean }>;
  sponsoringOfficer: { id: string; name: string; jobTitle: string | null } | null;
  accountableOfficer: { id: string; name: string; jobTitle: string | null } | null;
}

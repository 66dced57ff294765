// A partnership as the register records it, and the rules its record must satisfy.
import type { Capacity, LegalForm, MemberStatus, PartnerRole, Rationale, Status, Wellbeing } from './vocabulary.ts';

export interface PartnerLink {
  organisationId: string;
  role: PartnerRole;
  memberStatus: MemberStatus;
}

export interface RepresentativeLink {
  personId: string;
  capacity: Capacity;
}

export interface PriorityLink {
  priorityId: string;
  /** R-2.5b: how the partnership helps deliver the priority. */
  how: string;
}

export interface PartnershipDetails {
  name: string;
  purpose: string;
  expectedOutcomes: string;
  rationale: Rationale[];
  wellbeing: Wellbeing[];
  legalForm: LegalForm;
  status: Status;
  startDate: string | null;
  expectedEndDate: string | null;
  durationDescription: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  resourcesStaff: string | null;
  resourcesAssets: string | null;
  resourcesInKind: string | null;
  sponsoringOfficerId: string | null;
  accountableOfficerId: string | null;
  partners: PartnerLink[];
  representatives: RepresentativeLink[];
  priorities: PriorityLink[];
}

export interface Problem {
  field: string;
  message: string;
}

export interface PartnershipContext {
  /** The organisation marked "this council", if there is one. */
  councilOrganisationId: string | null;
}

/** Problems with a partnership's record, each at the field that fixes it. */
export function partnershipProblems(d: PartnershipDetails, ctx: PartnershipContext): Problem[] {
  const problems: Problem[] = [];
  const others = d.partners.filter((p) => p.organisationId !== ctx.councilOrganisationId);
  // the council and at least one other organisation share responsibility.
  if (others.length === 0) {
    problems.push({ field: 'partners', message: 'Add at least one partner organisation other than the council' });
  }
  const seen = new Set<string>();
  for (const p of d.partners) {
    if (seen.has(p.organisationId)) {
      problems.push({ field: 'partners', message: 'Each organisation can be a partner only once' });
      break;
    }
    seen.add(p.organisationId);
  }
  if (d.partners.filter((p) => p.role === 'lead').length > 1) {
    problems.push({ field: 'partners', message: 'Only one partner can be the lead or accountable body' });
  }
  const people = new Set<string>();
  for (const r of d.representatives) {
    if (people.has(r.personId)) {
      problems.push({ field: 'representatives', message: 'Each person can be a council representative only once' });
      break;
    }
    people.add(r.personId);
  }
  if (d.startDate && d.expectedEndDate && d.expectedEndDate < d.startDate) {
    problems.push({ field: 'expectedEndDate', message: 'Expected end date must be the same as or after the start date' });
  }
  // R-2.5c: an amount is needed to say whether it is within an approved budget.
  if (d.councilContributionPence === null && d.withinApprovedBudget !== null) {
    problems.push({ field: 'councilContribution', message: 'Enter the council’s contribution per year, or £0' });
  }
  return problems;
}

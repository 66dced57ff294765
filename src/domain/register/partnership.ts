// A partnership as the register records it, and the rules its record must satisfy.
import { RATIONALES, WELLBEING, type Capacity, type LegalForm, type MemberStatus, type PartnerRole, type Rationale, type Status, type Wellbeing } from './vocabulary.ts';

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
  /** purpose and the outcomes expected for the people of the borough. */
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
  /** R-2.5a: other resources the council commits. */
  resourcesStaff: string | null;
  resourcesAssets: string | null;
  resourcesInKind: string | null;
  sponsoringOfficerId: string | null;
  accountableOfficerId: string | null;
  partners: PartnerLink[];
  representatives: RepresentativeLink[];
  priorities: PriorityLink[];
}

/**
 * The record as it is kept: reasons and well-being in the protocol's order, each once, so the same
 * answers ticked in another order are the same record (and an unchanged edit records no change).
 */
export function normalisePartnership<T extends Pick<PartnershipDetails, 'rationale' | 'wellbeing'>>(d: T): T {
  return { ...d, rationale: RATIONALES.filter((r) => d.rationale.includes(r)), wellbeing: WELLBEING.filter((w) => d.wellbeing.includes(w)) };
}

/** The answers a partnership record holds as they are (no ids to look up), in the form's order. */
export const PLAIN_ANSWERS = [
  'name',
  'purpose',
  'expectedOutcomes',
  'rationale',
  'wellbeing',
  'legalForm',
  'status',
  'startDate',
  'expectedEndDate',
  'durationDescription',
  'councilContributionPence',
  'withinApprovedBudget',
  'resourcesStaff',
  'resourcesAssets',
  'resourcesInKind',
] as const satisfies ReadonlyArray<keyof PartnershipDetails>;

export type PlainAnswers = Pick<PartnershipDetails, (typeof PLAIN_ANSWERS)[number]>;

export function plainAnswers(p: PartnershipDetails): PlainAnswers {
  return Object.fromEntries(PLAIN_ANSWERS.map((key) => [key, p[key]])) as PlainAnswers;
}

export interface Problem {
  field: string;
  message: string;
  /** For a problem with one row of partners or representatives: which one (0-based)… */
  index?: number;
  /** …and which of its answers: organisationId, role, personId. */
  key?: string;
}

export interface PartnershipContext {
  /** The organisation marked "this council", if there is one. */
  councilOrganisationId: string | null;
}

/** What the rules look at: a partnership's details, or a form's answers before every field is valid. */
export interface PartnershipRuleInput {
  partners: ReadonlyArray<{ organisationId: string; role: string }>;
  representatives: ReadonlyArray<{ personId: string }>;
  priorities: ReadonlyArray<{ priorityId: string }>;
  startDate: string | null;
  expectedEndDate: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
}

/** Problems with a partnership's record, each at the field (and row) that fixes it. */
export function partnershipProblems(d: PartnershipRuleInput, ctx: PartnershipContext): Problem[] {
  const problems: Problem[] = [];
  const others = d.partners.filter((p) => p.organisationId !== ctx.councilOrganisationId);
  // the council and at least one other organisation share responsibility.
  if (others.length === 0) {
    problems.push({ field: 'partners', message: 'Add at least one partner organisation other than the council' });
  }
  const seen = new Set<string>();
  const duplicate = d.partners.findIndex((p) => seen.size === seen.add(p.organisationId).size);
  if (duplicate !== -1) problems.push({ field: 'partners', message: 'Each organisation can be a partner only once', index: duplicate, key: 'organisationId' });
  const leads = d.partners.flatMap((p, i) => (p.role === 'lead' ? [i] : []));
  if (leads.length > 1) {
    problems.push({ field: 'partners', message: 'Only one partner can be the lead or accountable body', index: leads[1]!, key: 'role' });
  }
  const people = new Set<string>();
  const again = d.representatives.findIndex((r) => people.size === people.add(r.personId).size);
  if (again !== -1) problems.push({ field: 'representatives', message: 'Each person can be a council representative only once', index: again, key: 'personId' });
  if (d.startDate && d.expectedEndDate && d.expectedEndDate < d.startDate) {
    problems.push({ field: 'expectedEndDate', message: 'Expected end date must be the same as or after the start date' });
  }
  // R-2.5c: an amount is needed to say whether it is within an approved budget.
  if (d.councilContributionPence === null && d.withinApprovedBudget !== null) {
    problems.push({ field: 'councilContribution', message: 'Enter the council’s contribution per year, or £0' });
  }
  // R-2.5b: each priority is linked once, with one account of how the partnership serves it.
  const linked = new Set<string>();
  const twice = d.priorities.findIndex((p) => linked.size === linked.add(p.priorityId).size);
  if (twice !== -1) problems.push({ field: 'priorities', message: 'Select each corporate priority once', index: twice, key: 'priorityId' });
  return problems;
}

/** What the council-people rules need to know of each person named on a partnership. */
export interface NamedPerson {
  name: string;
  /** Officer or councillor when they are the council's own; null for partners' staff. */
  councilRole: 'officer' | 'councillor' | null;
}

/** the sponsoring and the accountable officer are the council's own officers (not councillors). */
export function mayBeCouncilOfficer(person: Pick<NamedPerson, 'councilRole'>): boolean {
  return person.councilRole === 'officer';
}

/** the council is represented by its own councillors and officers, nobody else. */
export function mayRepresentCouncil(person: Pick<NamedPerson, 'councilRole'>): boolean {
  return person.councilRole !== null;
}

/**
 * representatives represent only the council, so they are the council's own councillors or
 * officers, attending in that capacity; the sponsoring officer and the accountable officer
 * are council officers. Unknown ids are reported by the caller.
 */
export function councilPeopleProblems(d: Pick<PartnershipDetails, 'sponsoringOfficerId' | 'accountableOfficerId' | 'representatives'>, people: ReadonlyMap<string, NamedPerson>): Problem[] {
  const problems: Problem[] = [];
  for (const [field, id, title] of [
    ['sponsoringOfficerId', d.sponsoringOfficerId, 'sponsoring officer'],
    ['accountableOfficerId', d.accountableOfficerId, 'accountable officer'],
  ] as const) {
    const person = id ? people.get(id) : undefined;
    if (person && !mayBeCouncilOfficer(person)) {
      problems.push({ field, message: `The ${title} must be a council officer: ${person.name} is ${person.councilRole === 'councillor' ? 'a councillor' : 'not on the council’s staff'}` });
    }
  }
  d.representatives.forEach((r, index) => {
    const person = people.get(r.personId);
    if (!person) return;
    if (!mayRepresentCouncil(person)) {
      problems.push({ field: 'representatives', message: `${person.name} is not a council officer or councillor: representatives represent only the council`, index, key: 'personId' });
    } else if (person.councilRole !== r.capacity) {
      problems.push({ field: 'representatives', message: person.councilRole === 'councillor' ? `${person.name} is a councillor: they attend as a councillor` : `${person.name} is a council officer: they attend as an officer`, index, key: 'capacity' });
    }
  });
  return problems;
}

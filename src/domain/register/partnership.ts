// A partnership as the register records it, and the rules its record must satisfy.
import { RATIONALES, WELLBEING, type Capacity, type LegalForm, type MemberStatus, type PartnerRole, type Rationale, type Wellbeing } from './vocabulary.ts';
import { partnerSetProblems } from './partners.ts';
import { mayRepresentCouncil, representativeProblems, representativeSetProblems, type NamedPerson } from './representatives.ts';

export { mayRepresentCouncil, type NamedPerson };

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
 * What the partnership's change form and PATCH change: its own answers and its priorities. Partners and
 * council representatives are records of their own, added, changed and removed one at a time (issue 8).
 */
export type PartnershipChange = Omit<PartnershipDetails, 'partners' | 'representatives'>;

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
  // R-2.7a (partners.ts) and each representative once (representatives.ts).
  return [...partnerSetProblems(d.partners, ctx.councilOrganisationId), ...representativeSetProblems(d.representatives), ...ownAnswerProblems(d)];
}

/**
 * Problems with a partnership's own answers (dates, money, priorities): what a change of the partnership
 * is checked for. Its partners and representatives are checked by their own record kinds, change by change.
 */
export function ownAnswerProblems(d: Omit<PartnershipRuleInput, 'partners' | 'representatives'>): Problem[] {
  const problems: Problem[] = [];
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

/** the sponsoring and the accountable officer are the council's own officers (not councillors). */
export function mayBeCouncilOfficer(person: Pick<NamedPerson, 'councilRole'>): boolean {
  return person.councilRole === 'officer';
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
  problems.push(...representativeProblems(d.representatives, people));
  return problems;
}

// The register's fixed lists, in the protocol's own words. Each list is ordered as the protocol lists it.

/** R-A1.2: the forms of partnership in Appendix 1.2. */
export const LEGAL_FORMS = [
  'informal',
  'contractual',
  'delegation-of-functions',
  'corporate-joint-venture',
  'joint-committee',
  'latco',
  'community-interest-company',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  informal: 'Informal arrangement',
  contractual: 'Contractual arrangement',
  'delegation-of-functions': 'Delegation of functions',
  'corporate-joint-venture': 'Corporate / joint venture',
  'joint-committee': 'Joint committee',
  latco: 'Local authority trading company (LATCo)',
  'community-interest-company': 'Community interest company',
};
export const LEGAL_FORM_HINTS: Readonly<Record<LegalForm, string>> = {
  informal: 'Specific initiatives with limited financial impact, knowledge sharing or temporary arrangements.',
  contractual: 'One party provides goods or services under contract, at cost or for profit.',
  'delegation-of-functions': 'Functions delegated to another authority under statutory powers.',
  'corporate-joint-venture': 'A company set up by two or more authorities (or a third party) to provide services or trade.',
  'joint-committee': 'One authority hosts the service; the others contribute to its costs.',
  latco: 'A company wholly owned by the council, providing services to it and trading.',
  'community-interest-company': 'A not-for-profit company with a social purpose.',
};

/** R-APPROVE: the lifecycle, with "not applicable" and "rejected" as ends. Moving between them comes later. */
export const STATUSES = [
  'proposed',
  'screened',
  'business-case',
  'awaiting-approval',
  'approved',
  'setting-up',
  'operating',
  'under-review',
  'exiting',
  'dissolved',
  'not-applicable',
  'rejected',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  proposed: 'Proposed',
  screened: 'Screened',
  'business-case': 'Business case',
  'awaiting-approval': 'Awaiting approval',
  approved: 'Approved',
  'setting-up': 'Setting up',
  operating: 'Operating',
  'under-review': 'Under review',
  exiting: 'Exiting',
  dissolved: 'Dissolved',
  'not-applicable': 'Protocol does not apply',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
/** R-APPROVE: what each status means, shown as hint text wherever a status is chosen or filtered. */
export const STATUS_DEFINITIONS: Readonly<Record<Status, string>> = {
  proposed: 'Suggested, not yet checked against the protocol.',
  screened: 'Checked: the protocol applies, and a business case is next.',
  'business-case': 'The business case is being prepared or considered.',
  'awaiting-approval': 'The business case is with the decision-making body for approval.',
  approved: 'Agreed by the decision-making body; the council is committed.',
  'setting-up': 'Approved; the governance framework and agreements are being put in place.',
  operating: 'Running, with annual reviews.',
  'under-review': 'Running, while a review decides whether it continues, changes or ends.',
  exiting: 'Leaving or winding up under the exit strategy.',
  dissolved: 'Ended; kept on record.',
  'not-applicable': 'Screened out: not a partnership under the protocol (kept on record with the reason).',
  rejected: 'Not approved; kept on record.',
  withdrawn: 'Entered by mistake and withdrawn, with the reason; kept on record.',
};
/**
 * The statuses in which the council has agreed to take part, so its contribution counts as money committed:
 * from approval until the partnership has ended (R-APPROVE). Proposals and business cases are not commitments.
 */
export const COMMITTED_STATUSES = ['approved', 'setting-up', 'operating', 'under-review', 'exiting'] as const satisfies readonly Status[];
/** GOV.UK tag colours per status. */
export const STATUS_TAG_CLASSES: Readonly<Record<Status, string>> = {
  proposed: 'govuk-tag--light-blue',
  screened: 'govuk-tag--light-blue',
  'business-case': 'govuk-tag--purple',
  'awaiting-approval': 'govuk-tag--purple',
  approved: 'govuk-tag--turquoise',
  'setting-up': 'govuk-tag--turquoise',
  operating: 'govuk-tag--green',
  'under-review': 'govuk-tag--yellow',
  exiting: 'govuk-tag--orange',
  dissolved: 'govuk-tag--grey',
  'not-applicable': 'govuk-tag--grey',
  rejected: 'govuk-tag--red',
  withdrawn: 'govuk-tag--grey',
};

/** a–f: why the council enters the partnership. */
export const RATIONALES = [
  'coordinated-services',
  'cross-cutting-issues',
  'too-large-alone',
  'reduce-silo-working',
  'maximise-funds',
  'statutory-requirement',
] as const;
export type Rationale = (typeof RATIONALES)[number];
export const RATIONALE_LABELS: Readonly<Record<Rationale, string>> = {
  'coordinated-services': 'To deliver coordinated packages of services to residents',
  'cross-cutting-issues': 'To tackle cross-cutting issues',
  'too-large-alone': 'To respond to an issue too large or multifaceted to achieve in isolation',
  'reduce-silo-working': 'To reduce the impact of silo-working',
  'maximise-funds': 'To maximise limited funds or to bid for, or gain access to, resources',
  'statutory-requirement': 'To fulfil a statutory requirement',
};

/** the well-being the partnership improves. */
export const WELLBEING = ['economic', 'social', 'environmental'] as const;
export type Wellbeing = (typeof WELLBEING)[number];
export const WELLBEING_LABELS: Readonly<Record<Wellbeing, string>> = {
  economic: 'Economic',
  social: 'Social',
  environmental: 'Environmental',
};

export const SECTORS = ['public', 'private', 'vcse', 'education', 'health', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  public: 'Public',
  private: 'Private',
  vcse: 'Voluntary, community and social enterprise',
  education: 'Education',
  health: 'Health',
  other: 'Other',
};

/** A partner's role in the partnership. */
export const PARTNER_ROLES = ['lead', 'member', 'associate', 'funder'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export const PARTNER_ROLE_LABELS: Readonly<Record<PartnerRole, string>> = {
  lead: 'Lead / accountable body',
  member: 'Member',
  associate: 'Associate',
  funder: 'Funder',
};

/** a, R-2.8a: member status decides who votes. */
export const MEMBER_STATUSES = ['voting', 'non-voting', 'observer'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, string>> = {
  voting: 'Voting',
  'non-voting': 'Non-voting',
  observer: 'Observer',
};

/** council representatives attend as councillors or officers. */
export const CAPACITIES = ['councillor', 'officer'] as const;
export type Capacity = (typeof CAPACITIES)[number];
export const CAPACITY_LABELS: Readonly<Record<Capacity, string>> = {
  councillor: 'Councillor',
  officer: 'Officer',
};

export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, key: string | null | undefined): string {
  return key && key in labels ? labels[key as K] : (key ?? '');
}

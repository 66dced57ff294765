// The governance framework as the protocol lists it, said once: the fifteen elements of 2.7 (a–o), the
// running arrangements of Appendix 1.4–1.6 and of 2.10–2.12 and 2.17, and the kinds of governance document
// (2.7's examples a–j, with the two the council also keeps). The Governance pages, the documents, the
// protocol configuration (which are required for which legal form) and the compliance checks all read
// these lists, so a section's title, hint and clause are written here and nowhere else.

/** Where a section is agreed: 2.7's framework, or one of Appendix 1's headings (and 2.10–2.17). */
export const SECTION_GROUPS = ['framework', 'running', 'finance', 'other', 'protocol'] as const;
export type SectionGroup = (typeof SECTION_GROUPS)[number];
export const SECTION_GROUP_HEADINGS: Readonly<Record<SectionGroup, string>> = {
  framework: 'The governance framework (protocol 2.7)',
  running: 'Running the partnership (Appendix 1.4)',
  finance: 'Financial matters (Appendix 1.5)',
  other: 'Other considerations (Appendix 1.6)',
  protocol: 'Communications, information, conduct and scrutiny (protocol 2.6, 2.10 to 2.12, 2.17)',
};

export interface GovernanceSectionDescription {
  /** Its key in the database, the configuration and the address: /partnerships/:id/governance/<key>. */
  key: string;
  group: SectionGroup;
  /** The protocol's own words. */
  title: string;
  /** What the partners should agree, shown under the title on its form. */
  hint: string;
  clause: string;
}

const element = (letter: string, title: string, hint: string): GovernanceSectionDescription => ({
  key: `element-${letter}`,
  group: 'framework',
  title: `(${letter}) ${title}`,
  hint,
  clause: `R-2.7(${letter})`,
});

/** the fifteen elements a–o the parties consider when they set the governance framework. */
export const FRAMEWORK_ELEMENTS: readonly GovernanceSectionDescription[] = [
  element('a', 'Membership', 'Who the members are, including the status of different members.'),
  element('b', 'Aims and objectives', 'The purpose of the partnership, its added value and its success measures.'),
  element('c', 'Strategy and activities', 'What the partnership will do, and how.'),
  element('d', 'Timescales', 'Including how long the partnership is expected to last.'),
  element('e', 'Powers and legal status', 'What the partnership may do and what it is in law.'),
  element('f', 'Roles and responsibilities', 'Of each partner organisation and of the people who represent them.'),
  element('g', 'Funding, taxation and financial accountability', 'Who pays for what, tax, and to whom the money is accounted for.'),
  element('h', 'Management and operation', 'Including the performance management arrangements.'),
  element('i', 'Meetings', 'Notice and frequency, quorum rules, chairing arrangements, voting arrangements and representation of other members.'),
  element('j', 'Decision-making processes', 'Their scope and timescales.'),
  element('k', 'Staffing and property assets needed', 'The staff and property the partnership needs, and whose they are.'),
  element('l', 'Conflict avoidance and dispute resolution', 'How conflicts are avoided and disputes resolved.'),
  element('m', 'Information sharing protocols', 'What partners share, on what terms.'),
  element('n', "Amendments to the partnership's rules", 'How the rules are changed, and from when a change takes effect.'),
  element('o', 'Exit strategy and arrangements for dissolution', 'How a partner leaves and how the partnership ends.'),
];

const section = (key: string, group: SectionGroup, title: string, hint: string, clause: string): GovernanceSectionDescription => ({ key, group, title, hint, clause });

/** Appendix 1.4–1.6 and protocol 2.6, 2.10–2.12 and 2.17: the arrangements for running the partnership. */
export const RUNNING_ARRANGEMENTS: readonly GovernanceSectionDescription[] = [
  section('conduct', 'running', 'General principles of conduct', 'The principles and standards of conduct the partners agree to.', 'R-A1.4'),
  section('partner-roles', 'running', "Partners' roles, duties and responsibilities", 'What each partner does for the partnership.', 'R-A1.4'),
  section('resource-commitments', 'running', 'Resource commitment for each partner', 'Money, staff, assets or time each partner commits.', 'R-A1.4'),
  section('asset-ownership', 'running', 'The ownership of assets', 'Who owns what the partnership uses or creates.', 'R-A1.4'),
  section('monitoring', 'running', 'Monitoring and evaluation', 'How the partnership will monitor and evaluate its activities.', 'R-A1.4'),
  section('structure', 'running', 'Organisational structure and reporting', 'How often, to whom and on what the partnership reports.', 'R-A1.4'),
  section('complaints', 'running', 'Complaints handling', 'How complaints will be handled.', 'R-A1.4'),
  section('member-involvement', 'running', 'Member involvement', 'Roles and responsibilities, democratic accountability, declaration of interests.', 'R-A1.4'),
  section('finance-capital', 'finance', 'Partnership capital', 'Where applicable: the capital each partner puts in.', 'R-A1.5'),
  section('finance-income-expenditure', 'finance', 'Income and expenditure', 'Where applicable: how income and expenditure are managed.', 'R-A1.5'),
  section('finance-profits-liabilities', 'finance', 'Profits and liabilities apportionment', 'Where applicable: how profits and liabilities are shared.', 'R-A1.5'),
  section('finance-funding', 'finance', 'Grants and other sources of funding', 'Where applicable: the grants and other funding the partnership relies on.', 'R-A1.5'),
  section('finance-banking', 'finance', 'Banking and financial arrangements', 'Where applicable: who banks for the partnership and how.', 'R-A1.5'),
  section('finance-accounting', 'finance', 'Accounting arrangements', 'Where applicable: whose accounts, audited by whom.', 'R-A1.5'),
  section('finance-tax', 'finance', 'Provisions for tax payments and VAT', 'Where applicable: tax and VAT.', 'R-A1.5'),
  section('media', 'other', 'Dealing with the media and other stakeholders', 'Who speaks for the partnership, and how stakeholders are kept informed.', 'R-A1.6'),
  section('suspension', 'other', 'Suspension, exclusion and removal of a partner', 'The circumstances, and who decides.', 'R-A1.6'),
  section('disputes', 'other', 'Resolving conflicts and disputes', 'The steps partners take when they disagree.', 'R-A1.6'),
  section('whistleblowing', 'other', 'Whistleblowing and fraud', 'The procedures for whistleblowing and for suspected fraud.', 'R-A1.6'),
  section('audit-access', 'other', 'Right of access for audit bodies', "Including the council's Business Assurance.", 'R-A1.6'),
  section('performance-information', 'protocol', 'Information shared for performance monitoring and option appraisal', 'What each partner shares so performance can be monitored and options appraised.', 'R-2.6.9'),
  section('accountability-channels', 'protocol', 'Channels and processes for accountability', 'Through whom and how the partnership is held to account.', 'R-2.6.13'),
  section('communications', 'protocol', 'Communications strategy and lead agency', 'The strategy agreed with partners, and which partner leads on communications.', 'R-2.10'),
  section('information-sharing', 'protocol', 'Information sharing protocol', 'Data protection and freedom of information policies that apply, and existing data sharing statements referenced.', 'R-2.11'),
  section('standards-of-conduct', 'protocol', 'Agreed standards of conduct', 'The standards of conduct the partners have agreed.', 'R-2.12'),
  section('scrutiny', 'protocol', 'The scrutiny arrangement', "How the council's Overview and Scrutiny function oversees the partnership.", 'R-2.17'),
];

/** Every section, in the order the Governance page shows them. */
export const GOVERNANCE_SECTIONS: readonly GovernanceSectionDescription[] = [...FRAMEWORK_ELEMENTS, ...RUNNING_ARRANGEMENTS];
export const GOVERNANCE_SECTION_KEYS = GOVERNANCE_SECTIONS.map((s) => s.key);
const BY_KEY = new Map(GOVERNANCE_SECTIONS.map((s) => [s.key, s]));
export function governanceSection(key: string): GovernanceSectionDescription | undefined {
  return BY_KEY.get(key);
}

/** each element's status. */
export const SECTION_STATUSES = ['not-started', 'draft', 'agreed'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];
export const SECTION_STATUS_LABELS: Readonly<Record<SectionStatus, string>> = {
  'not-started': 'Not started',
  draft: 'Draft',
  agreed: 'Agreed',
};

/**
 * R-2.7doc: the kinds of governance document (2.7's examples a–j), with the terms of reference a joint
 * committee or board works to, the business case's evidence (R-2.6.3) and anything else.
 */
export const DOCUMENT_TYPES = [
  'articles-of-association',
  'contract',
  'partnership-agreement',
  'shareholders-agreement',
  'reporting-procedures',
  'directors-terms',
  'officers-members-on-boards',
  'scrutiny-oversight',
  'shareholder-reference-board',
  'operating-protocols',
  'terms-of-reference',
  'business-case-evidence',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  'articles-of-association': 'Articles of association',
  contract: 'Contract for services or commissioning agreement',
  'partnership-agreement': 'Partnership agreement',
  'shareholders-agreement': "Shareholders' agreement",
  'reporting-procedures': 'Reporting processes and procedures',
  'directors-terms': "Directors' or trustees' terms of reference or service contracts",
  'officers-members-on-boards': 'Use of council officers or members on boards',
  'scrutiny-oversight': 'Oversight by Overview and Scrutiny',
  'shareholder-reference-board': "Council shareholder's reference board",
  'operating-protocols': 'Agreed operating protocols and procedures',
  'terms-of-reference': 'Terms of reference',
  'business-case-evidence': 'Business case evidence',
  other: 'Other document',
};

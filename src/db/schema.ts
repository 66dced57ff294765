// Row types as stored. Dialect-neutral: ids and timestamps are text (ISO-8601 UTC),
// booleans 0/1, money integer pence, JSON as text. Repositories map rows to domain types.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  /** lower-cased, trimmed: the unique key, so email is case-insensitive. */
  email_normalised: string;
  name: string;
  password_hash: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
  /** 1 after an administrator sets the password: the user must choose their own before anything else. */
  must_change_password: Generated<number>;
  /** Single sign-on (migration 0018): the provider's issuer and its subject for this person; null when never linked. */
  sso_issuer?: string | null;
  sso_subject?: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database backup holds no usable session. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface SignInThrottleTable {
  /** "account:<normalised email>" or "address:<ip>". */
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AuditEventsTable {
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string;
  request_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  /** JSON text: { before: {...} | null, after: {...} | null }, exactly as hashed. */
  changes: string;
  prev_hash: string;
  hash: string;
  /** 1: SHA-256 chain only (before migration 0003); 2: also an HMAC of hash with the audit key, in mac. */
  hash_version: Generated<number>;
  mac: string | null;
  /** The partnership the event concerns (migration 0007), hashed when not null; null before 0007 and for events of no partnership. */
  partnership_id: string | null;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  name_folded: string;
  sector: string;
  is_this_council: number;
  company_number: string | null;
  charity_number: string | null;
  address: string | null;
  website: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable {
  id: string;
  name: string;
  name_folded: string;
  job_title: string | null;
  organisation_id: string;
  email: string | null;
  council_role: string | null;
  user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CorporatePrioritiesTable {
  id: string;
  title: string;
  description: string | null;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ReferenceCountersTable {
  year: number;
  last_number: number;
}

export interface PartnershipsTable {
  id: string;
  reference: string;
  reference_year: number;
  reference_number: number;
  name: string;
  name_folded: string;
  purpose: string;
  expected_outcomes: string;
  /** JSON text: array of rationale keys. */
  rationale: string;
  /** JSON text: array of well-being dimensions. */
  wellbeing: string;
  legal_form: string;
  status: string;
  start_date: string | null;
  expected_end_date: string | null;
  duration_description: string | null;
  council_contribution_pence: number | null;
  within_approved_budget: number | null;
  resources_staff: string | null;
  resources_assets: string | null;
  resources_in_kind: string | null;
  sponsoring_officer_id: string | null;
  accountable_officer_id: string | null;
  created_at: string;
  updated_at: string;
  /** When and why the partnership was withdrawn (status 'withdrawn'), else null (optional: rows built whole, as bench/seed.ts does, may leave them out). */
  withdrawn_at?: string | null;
  withdrawal_reason?: string | null;
}

export interface PartnershipPartnersTable {
  partnership_id: string;
  organisation_id: string;
  role: string;
  member_status: string;
  position: number;
  /** the partner's own priorities the outcomes serve, who at the partner confirmed it, and when (yyyy-mm-dd). */
  own_priorities: string | null;
  confirmed_by: string | null;
  confirmed_on: string | null;
  /** the partner's organisational plan and where the partnership's actions sit in it. */
  organisational_plan_reference: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** What the link is for: 'reset' (forgotten password) or 'invitation' (a new account's first password). */
  purpose: Generated<string>;
}

/** A user's authenticator for two-factor sign-in (migration 0020). */
export interface TwoFactorTable {
  user_id: string;
  /** The TOTP secret in use, encrypted (src/app/two-factor.ts): a stolen backup cannot make codes. Null until confirmed. */
  secret: string | null;
  confirmed_at: string | null;
  /** The last TOTP time step accepted: a code at or before it is refused (no replay). */
  last_step: number | null;
  /** A new secret being set up (encrypted); it replaces `secret` when a code from it is typed. */
  pending_secret: string | null;
  pending_at: string | null;
}

export interface RecoveryCodesTable {
  user_id: string;
  /** SHA-256 of the code: they are random, so a plain hash suffices, and they are shown only once. */
  code_hash: string;
  used_at: string | null;
}

/** A sign-in whose password was right and that waits for the second factor (for minutes). */
export interface SignInChallengesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}

export interface PartnershipRepresentativesTable {
  partnership_id: string;
  person_id: string;
  capacity: string;
  position: number;
  /** when they acknowledged the council's Codes of Conduct (yyyy-mm-dd). */
  codes_acknowledged_on: string | null;
}

/** R-2.8a: a partnership's member seats: who votes, for which partner, with what weight, and a named substitute. */
export interface MemberSeatsTable {
  partnership_id: string;
  person_id: string;
  organisation_id: string;
  status: string;
  weight: Generated<number>;
  substitute_id: string | null;
  position: number;
}

/** R-2.8a: a partnership's voting rule for one type of decision. */
export interface VotingRulesTable {
  partnership_id: string;
  decision_type: string;
  method: string;
  fallback: string | null;
  fraction_numerator: number | null;
  fraction_denominator: number | null;
  qualified_base: string | null;
  abstentions_count: string;
  casting_vote: string;
  on_tie: string;
  position: number;
}

/** R-2.8b: one condition of a partnership's quorum (all are met at once). */
export interface QuorumConditionsTable {
  partnership_id: string;
  kind: string;
  members: number | null;
  fraction_numerator: number | null;
  fraction_denominator: number | null;
  position: number;
}

/** a person's registered interest or fiduciary role. */
export interface InterestsTable {
  id: string;
  person_id: string;
  kind: string;
  body: string;
  organisation_id: string | null;
  role: string | null;
  details: string | null;
  starts_on: string;
  ends_on: string | null;
  sensitive: Generated<number>;
  sensitive_agreed_by: string | null;
  created_at: string;
  updated_at: string;
}

/** R-2.8g: a partnership's meeting. */
export interface MeetingsTable {
  id: string;
  partnership_id: string;
  title: string;
  meets_on: string;
  starts_at: string | null;
  location: string | null;
  notice_days: number;
  notice_sent_on: string | null;
  status: string;
  minutes: string | null;
  previous_minutes: string;
  created_at: string;
  updated_at: string;
}

/** R-2.8g: who attended a meeting in each seat. */
export interface MeetingAttendanceTable {
  meeting_id: string;
  person_id: string;
  attendance: string;
}

/** R-2.8g, R-2.8a: an item of a meeting's agenda, and the vote on its motion once taken. */
export interface AgendaItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  decision_type: string | null;
  key_decision: Generated<number>;
  confidential: Generated<number>;
  motion: string | null;
  concerns_id: string | null;
  voting: string | null;
  counted_for: number | null;
  counted_against: number | null;
  counted_abstain: number | null;
  consensus_reached: number | null;
  casting_vote: string | null;
  lot: string | null;
  outcome: string | null;
  explanation: string | null;
  decided_at: string | null;
  /** R-2.8f: the planned decision on the forward plan the item takes. */
  forward_plan_id: string | null;
  /** R-2.8e: the sum, in pence, the decision commits the partners to. */
  amount_pence: number | null;
}

/** R-2.8a: a named vote on an item. */
export interface ItemVotesTable {
  item_id: string;
  person_id: string;
  vote: string;
}

/** R-2.8c: a member not present told of a decision, when and how. */
export interface DecisionNoticesTable {
  item_id: string;
  person_id: string;
  told_on: string;
  how: string;
}

/** an interest declared at an item, and what followed. */
export interface ItemDeclarationsTable {
  item_id: string;
  person_id: string;
  kind: string;
  consequence: string;
  dispensation_by: string | null;
  dispensation_until: string | null;
}

/** R-2.8d: an action arising from a partnership's decisions. */
export interface PartnershipActionsTable {
  id: string;
  partnership_id: string;
  title: string;
  owner_id: string;
  organisation_id: string;
  due_on: string;
  status: string;
  completed_on: string | null;
  progress: string | null;
  position: number;
  /** R-2.8d: the agenda item it arose from, if any. */
  item_id: string | null;
}

/** R-2.8f: a decision on a partnership's forward plan. */
export interface ForwardPlanEntriesTable {
  id: string;
  partnership_id: string;
  title: string;
  decision_type: string;
  implications: string;
  planned_on: string;
  published_on: string | null;
  notice_days: number;
  position: number;
}

/** R-2.8e: what a representative may decide for their organisation, for a type of decision (or any). */
export interface DelegatedAuthoritiesTable {
  id: string;
  partnership_id: string;
  person_id: string;
  decision_type: string;
  scope: string;
  limit_pence: number | null;
  ratifier: string | null;
  position: number;
}

/** R-2.8e: a partner that must ratify a carried decision, and when it did. */
export interface ItemRatificationsTable {
  item_id: string;
  organisation_id: string;
  ratifier: string;
  explanation: string;
  ratified_on: string | null;
  note: string | null;
}

/** R-2.7(n): a change to a partnership's rules for decisions, from a day, with the rules as they stood (JSON). */
export interface RuleChangesTable {
  id: string;
  partnership_id: string;
  in_force_from: string;
  agreed_item_id: string | null;
  reason: string;
  previous_voting_rules: string;
  previous_quorum: string;
  recorded_at: string;
}

/** A user's secret calendar link (R-2.8g): its hash. */
export interface CalendarLinksTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

/** R-A1.3: a partnership's strategic objective. */
export interface PerformanceObjectivesTable {
  id: string;
  partnership_id: string;
  title: string;
  outcome: string | null;
  position: number;
}

/** R-A1.3, R-2.9: an outcome indicator measuring an objective. */
export interface OutcomeIndicatorsTable {
  id: string;
  partnership_id: string;
  objective_id: string;
  name: string;
  definition: string;
  unit: string;
  polarity: string;
  baseline: number | null;
  target: number | null;
  tolerance: number;
  frequency: string;
  organisation_id: string;
  data_quality: string | null;
  position: number;
}

/** an indicator's measurement for one period. */
export interface IndicatorMeasurementsTable {
  id: string;
  partnership_id: string;
  indicator_id: string;
  period_ending: string;
  value: number;
  target: number | null;
  commentary: string | null;
  attested: number;
  entered_by_user_id: string | null;
  entered_by: string | null;
  entered_at: string;
}

/** Migration 0033: to whom a partnership reports its performance, and how often. */
export interface ReportingLinesTable {
  id: string;
  partnership_id: string;
  /** A key of REPORTING_BODIES. */
  body: string;
  body_name: string | null;
  /** A key of REPORTING_FREQUENCIES. */
  frequency: string;
  first_due_on: string;
  notes: string | null;
  position: number;
}

/** Migration 0033: a report a partnership submitted on one of its reporting lines. */
export interface PerformanceReportsTable {
  id: string;
  partnership_id: string;
  reporting_line_id: string;
  title: string;
  submitted_on: string;
  document_id: string | null;
  summary: string | null;
}

/** Migration 0034: an action of a partnership's action plan, owned by a person for a partner. */
export interface PlanActionsTable {
  id: string;
  partnership_id: string;
  title: string;
  objective_id: string | null;
  /** Migration 0041: the partnership's risk the action addresses, if any (optional: rows built whole may leave it out). */
  risk_id?: string | null;
  owner_id: string;
  organisation_id: string;
  starts_on: string;
  due_on: string;
  /** A key of PLAN_ACTION_STATUSES. */
  status: string;
  plan_reference: string | null;
  progress: string | null;
  position: number;
}

/** Migration 0034: a partner's annual refresh of the partnership's action plan. */
export interface PlanRefreshesTable {
  id: string;
  partnership_id: string;
  organisation_id: string;
  confirmed_by: string;
  confirmed_on: string;
  notes: string | null;
}

/** Migration 0035: a risk on the partnership's shared register. */
export interface RisksTable {
  id: string;
  partnership_id: string;
  title: string;
  cause: string;
  event: string;
  consequence: string;
  /** A key of RISK_CATEGORIES. */
  category: string;
  owner_id: string;
  organisation_id: string;
  identified_on: string;
  inherent_likelihood: number;
  inherent_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  target_score: number | null;
  /** A key of RISK_RESPONSES. */
  response: string;
  status: string;
  position: number;
  /** Migration 0043 (2.4(h)): the funding proposal whose risk assessment it is part of, if any (optional: rows built whole may leave it out). */
  funding_proposal_id?: string | null;
}

/** Migration 0043 (2.4(h)): a funding proposal of the partnership; its risks name it. */
export interface FundingProposalsTable {
  id: string;
  partnership_id: string;
  title: string;
  source: string;
  amount_pence: number | null;
  proposed_on: string;
  /** A key of FUNDING_PROPOSAL_STATUSES. */
  status: string;
  decided_on: string | null;
  notes: string | null;
  position: number;
}

/** Migration 0044: a partnership's termination provisions, one a party (NOTICE_PARTIES). */
export interface TerminationProvisionsTable {
  partnership_id: string;
  party: string;
  notice_length: number;
  /** A key of NOTICE_UNITS. */
  notice_unit: string;
  /** A key of NOTICE_STARTS. */
  runs_from: string;
  /** A key of EFFECTIVE_POINTS. */
  effective_at: string;
  /** MM-DD. */
  municipal_year_ends: string | null;
  who_may_shorten: string | null;
  /** One a line. */
  conditions: string | null;
  position: number;
}

/** Migration 0044: one arrangement of a partnership's exit strategy, one a topic (EXIT_TOPICS). */
export interface ExitArrangementsTable {
  partnership_id: string;
  topic: string;
  arrangement: string;
  agreed_on: string | null;
  position: number;
}

/** Migration 0045: one item of a partnership's dissolution checklist (DISSOLUTION_ITEMS), done or an exception. */
export interface DissolutionItemsTable {
  partnership_id: string;
  item: string;
  outcome: string;
  completed_on: string;
  /** What was done; for an exception, required: why. */
  note: string | null;
  position: number;
}

/** Migration 0046: a partnership published on the council's public register. */
export interface PublicationsTable {
  partnership_id: string;
  register: string;
  published_on: string;
  summary: string | null;
  contact_public: Generated<number>;
}

/** Migration 0035: a review of a risk, with the score it found. */
export interface RiskReviewsTable {
  id: string;
  partnership_id: string;
  risk_id: string;
  reviewed_on: string;
  likelihood: number;
  impact: number;
  reviewed_by: string;
  notes: string | null;
}

export interface RiskControlsTable {
  id: string;
  partnership_id: string;
  risk_id: string;
  title: string;
  owner_id: string;
  /** A key of CONTROL_EFFECTIVENESS. */
  effectiveness: string;
  assessed_on: string | null;
  notes: string | null;
  position: number;
}

export interface PerformanceIssuesTable {
  id: string;
  partnership_id: string;
  title: string;
  /** A key of ISSUE_TRIGGERS. */
  trigger: string;
  indicator_id: string | null;
  reporting_line_id: string | null;
  owner_id: string;
  opened_on: string;
  /** A key of ESCALATION_LEVELS. */
  level: string;
  actions: string;
  status: string;
  closed_on: string | null;
  resolution: string | null;
  position: number;
}

export interface PerformanceChallengesTable {
  id: string;
  partnership_id: string;
  organisation_id: string;
  raised_by: string;
  raised_on: string;
  /** A key of CHALLENGE_SUBJECTS. */
  subject: string;
  challenge: string;
  assignee_id: string | null;
  response: string | null;
  answered_on: string | null;
  position: number;
}

export interface AnnualReviewsTable {
  id: string;
  partnership_id: string;
  reviewed_on: string;
  added_value: string;
  /** A key of RECOMMENDATIONS. */
  recommendation: string;
  reasons: string;
  approved_by: string | null;
  approved_on: string | null;
  position: number;
}

export interface ObjectiveEvaluationsTable {
  id: string;
  partnership_id: string;
  annual_review_id: string;
  objective_id: string;
  /** A key of FINDINGS. */
  finding: string;
  evaluation: string;
  position: number;
}

export interface ContributionEvaluationsTable {
  id: string;
  partnership_id: string;
  annual_review_id: string;
  organisation_id: string;
  evaluation: string;
  feedback_sent_on: string | null;
  position: number;
}

export interface PartnershipPrioritiesTable {
  partnership_id: string;
  priority_id: string;
  how: string;
}

export interface PartnershipSearchTable {
  token: string;
  partnership_id: string;
}

/** R-2.4b: the content words of a partnership's name, purpose and outcomes, as the overlap rule counts them. */
export interface PartnershipWordsTable {
  word: string;
  partnership_id: string;
}

export interface PartnershipDecisionsTable {
  id: string;
  partnership_id: string;
  /** 'partnership' | 'unbudgeted-commitment' (R-2.5c). */
  subject: string;
  /** 'approved' | 'rejected' | 'withdrawn'. */
  outcome: string;
  /** 'cabinet' | 'cabinet-member' | 'full-council' | 'officer-delegation' | 'other-body'. */
  decision_maker: string;
  decision_maker_name: string | null;
  /** The day of the decision, YYYY-MM-DD. */
  decided_on: string;
  /** The minute or decision reference. */
  reference: string | null;
  conditions: string | null;
  reason: string | null;
  recorded_at: string;
}

export interface PartnershipTransitionsTable {
  partnership_id: string;
  /** 1, 2, … within the partnership. */
  seq: number;
  /** A row of lifecycle_actions. */
  action: string;
  from_status: string;
  /** The status after the action: equal to from_status for a step that keeps it. */
  to_status: string;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string;
  note: string | null;
  decision_id: string | null;
}

/** Every screening of a partnership (migration 0009, R-1.1, R-1.2, R-2.2); the latest is current. */
export interface ScreeningsTable {
  id: string;
  partnership_id: string;
  /** ScreeningAnswers as JSON. */
  answers: string;
  /** 'applies' | 'does-not-apply'. */
  outcome: string;
  /** ScreeningReason[] as JSON. */
  reasons: string;
  screened_by: string | null;
  screened_by_label: string;
  screened_at: string;
}

/** A user's answers so far on the screening pages: a working copy, not audited (decision 39). */
export interface ScreeningDraftsTable {
  partnership_id: string;
  user_id: string;
  /** Partial ScreeningAnswers as JSON. */
  answers: string;
  updated_at: string;
}

/** A partnership's entering assessment and business case (migration 0010); one row, changed over time. */
export interface BusinessCasesTable {
  partnership_id: string;
  existing_commitments: string | null;
  legal_power: string | null;
  /** 0 or 1; null: not answered. */
  bar_identified: number | null;
  bar_details: string | null;
  legal_form_reason: string | null;
  business_case: string | null;
  evidence_base: string | null;
  updated_by_label: string;
  updated_at: string;
}

/** Migration 0012: a governance section of a partnership, once started. */
export interface GovernanceSectionsTable {
  partnership_id: string;
  section_key: string;
  /** not-started, draft or agreed. */
  status: string;
  summary: string | null;
  /** yyyy-mm-dd; not null when agreed. */
  agreed_on: string | null;
  updated_by_label: string;
  updated_at: string;
}

/** Migration 0014: a statement evidencing a requirement Accord does not yet compute, valid until a date. */
export interface ComplianceAttestationsTable {
  id: string;
  partnership_id: string;
  requirement_id: string;
  statement: string;
  document_id: string | null;
  attested_by: string;
  /** yyyy-mm-dd */
  attested_on: string;
  valid_until: string;
  created_at: string;
}

/** Migration 0014: an agreed departure from a requirement that gates operating, until a date. */
export interface ComplianceExceptionsTable {
  id: string;
  partnership_id: string;
  requirement_id: string;
  reason: string;
  agreed_by: string;
  recorded_by: string;
  /** yyyy-mm-dd */
  recorded_on: string;
  until: string;
  created_at: string;
}

/** Migration 0011: a partnership's document (R-2.7doc); its versions below. */
export interface DocumentsTable {
  id: string;
  partnership_id: string;
  title: string;
  /** A key of DOCUMENT_TYPES. */
  type: string;
  /** A key of GOVERNANCE_SECTIONS, or null. */
  section: string | null;
  created_by_label: string;
  created_at: string;
}

/** Migration 0011: a version of a document (R-2.7(n)); numbered 1, 2, … within it. */
export interface DocumentVersionsTable {
  id: string;
  document_id: string;
  number: number;
  /** yyyy-mm-dd: from when it takes effect. */
  effective_from: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** 'database' (document_chunks) or 'directory' (DOCUMENTS_DIR). */
  storage: string;
  uploaded_by: string | null;
  uploaded_by_label: string;
  uploaded_at: string;
}

/** Migration 0011: a version's bytes kept in the database, in order. */
export interface DocumentChunksTable {
  version_id: string;
  seq: number;
  bytes: Buffer;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Null: made before tokens expired, and never expires. */
  expires_at: string | null;
}

/** Migration 0040: a user's What's due digest claimed for a day (London); the primary key sends it once. */
export interface DigestSendsTable {
  user_id: string;
  day: string;
  claimed_at: string;
  items: number;
}

export interface RiskMatricesTable {
  /** Always 'council': the one matrix the council scores on. */
  id: string;
  /** JSON: the likelihood scale's names, lowest first. */
  likelihood: string;
  /** JSON: the impact scale's names, lowest first. */
  impact: string;
  /** JSON: the bands, lowest scores first ({ name, from, to, reviewMonths }). */
  bands: string;
  updated_at: string;
}

export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  roles: { name: string; label: string };
  organisations: OrganisationsTable;
  people: PeopleTable;
  corporate_priorities: CorporatePrioritiesTable;
  reference_counters: ReferenceCountersTable;
  partnerships: PartnershipsTable;
  partnership_partners: PartnershipPartnersTable;
  partnership_representatives: PartnershipRepresentativesTable;
  member_seats: MemberSeatsTable;
  interests: InterestsTable;
  meetings: MeetingsTable;
  partnership_actions: PartnershipActionsTable;
  performance_objectives: PerformanceObjectivesTable;
  outcome_indicators: OutcomeIndicatorsTable;
  indicator_measurements: IndicatorMeasurementsTable;
  reporting_lines: ReportingLinesTable;
  performance_reports: PerformanceReportsTable;
  plan_actions: PlanActionsTable;
  plan_refreshes: PlanRefreshesTable;
  risks: RisksTable;
  risk_reviews: RiskReviewsTable;
  risk_controls: RiskControlsTable;
  performance_issues: PerformanceIssuesTable;
  performance_challenges: PerformanceChallengesTable;
  annual_reviews: AnnualReviewsTable;
  digest_sends: DigestSendsTable;
  risk_matrices: RiskMatricesTable;
  funding_proposals: FundingProposalsTable;
  termination_provisions: TerminationProvisionsTable;
  exit_arrangements: ExitArrangementsTable;
  dissolution_items: DissolutionItemsTable;
  publications: PublicationsTable;
  objective_evaluations: ObjectiveEvaluationsTable;
  contribution_evaluations: ContributionEvaluationsTable;
  forward_plan_entries: ForwardPlanEntriesTable;
  delegated_authorities: DelegatedAuthoritiesTable;
  item_ratifications: ItemRatificationsTable;
  calendar_links: CalendarLinksTable;
  meeting_attendance: MeetingAttendanceTable;
  agenda_items: AgendaItemsTable;
  item_votes: ItemVotesTable;
  item_declarations: ItemDeclarationsTable;
  decision_notices: DecisionNoticesTable;
  voting_rules: VotingRulesTable;
  quorum_conditions: QuorumConditionsTable;
  rule_changes: RuleChangesTable;
  password_resets: PasswordResetsTable;
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  partnership_priorities: PartnershipPrioritiesTable;
  partnership_search: PartnershipSearchTable;
  partnership_words: PartnershipWordsTable;
  api_tokens: ApiTokensTable;
  lifecycle_actions: { name: string };
  partnership_decisions: PartnershipDecisionsTable;
  partnership_transitions: PartnershipTransitionsTable;
  screenings: ScreeningsTable;
  screening_drafts: ScreeningDraftsTable;
  business_cases: BusinessCasesTable;
  governance_sections: GovernanceSectionsTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  document_chunks: DocumentChunksTable;
  compliance_attestations: ComplianceAttestationsTable;
  compliance_exceptions: ComplianceExceptionsTable;
}

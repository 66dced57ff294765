// What the compliance checks look at for one partnership: its details, records and evidence, loaded in
// batches for a whole council (app/queries/compliance.queries.ts) and given to pure functions.
import type { Assessment } from '../business-case/assessment.ts';
import type { AnnualReviewInput } from '../performance/annual-review.ts';
import type { PerformanceChallengeInput } from '../performance/challenge.ts';
import type { PerformanceIssueInput } from '../performance/issue.ts';
import type { IndicatorRules, PeriodValue } from '../performance/series.ts';
import type { GovernanceDocument } from '../governance/completeness.ts';
import type { SectionRecord } from '../governance/section.ts';
import type { DecisionOutcome, DecisionSubject } from '../lifecycle/decisions.ts';
import type { LegalForm, Status } from '../register/vocabulary.ts';
import type { Attestation, ComplianceException } from './types.ts';
import type { ReportingLine } from '../performance/reporting.ts';
import type { PlanActionInput, PlanRefreshInput } from '../performance/action-plan.ts';
import type { Risk, RiskReviewInput } from '../risk/risk.ts';
import type { RiskMatrix } from '../risk/matrix.ts';
import type { ChecklistEntry } from '../exit/dissolution.ts';
import type { TerminationProvision } from '../exit/provisions.ts';

export interface PartnershipSnapshot {
  id: string;
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  purpose: string;
  expectedOutcomes: string;
  rationale: readonly string[];
  startDate: string | null;
  expectedEndDate: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  sponsoringOfficer: string | null;
  accountableOfficer: string | null;
  partners: ReadonlyArray<{
    organisationId: string;
    name: string;
    isThisCouncil: boolean;
    ownPriorities: string | null;
    confirmedBy: string | null;
    confirmedOn: string | null;
    organisationalPlanReference: string | null;
  }>;
  representatives: ReadonlyArray<{ name: string; codesAcknowledgedOn: string | null }>;
  priorities: ReadonlyArray<{ title: string; how: string }>;
  /** the latest screening. */
  screening: { applies: boolean; screenedOn: string; reasons: readonly string[] } | null;
  assessment: Assessment | null;
  decisions: ReadonlyArray<{ subject: DecisionSubject; outcome: DecisionOutcome; decidedOn: string; body: string | null }>;
  governance: { sections: Readonly<Record<string, SectionRecord>>; documents: readonly GovernanceDocument[] };
  attestations: readonly Attestation[];
  exceptions: readonly ComplianceException[];
  /** R-2.8a, R-2.8b: how much of its decision rules is recorded. */
  decisionRules: DecisionRulesRecorded;
  /** R-2.8c: one for each member not present at a meeting and each decision it took that they have not been told of. */
  untold: number;
  /** R-2.8e: its representatives' authority. */
  authority: AuthorityRecorded;
  /** R-2.8d: its actions arising from decisions, and how many are overdue. */
  actions: ActionsRecorded;
  /** R-2.8g: its meetings held in the twelve months to the day of the evaluation, oldest first. */
  meetings: readonly HeldMeeting[];
  /**
   * R-2.8f: the key decisions taken in the twelve months to the day of the evaluation (with the entry of
   * the forward plan each took, if any), and the entries not yet taken nor published.
   */
  forwardPlan: readonly PlannedDecision[];
  /** R-2.8f: the clear days its forward plan asks (its last entry's), 28 when it has none. */
  forwardPlanDays: number;
  /** R-A1.3: its strategic objectives in order, each with how many outcome indicators measure it. */
  objectives: readonly ObjectiveMeasured[];
  /** to whom it reports its performance, how often, and how many reports each line has had. */
  reporting: readonly ReportingLine[];
  /** R-2.6.7: its action plan in brief (each action's days and status) and the partners' refreshes of it. */
  actionPlan: PlanInBrief;
  /** its risk register in brief (each risk's residual score and status) and the reviews of its risks. */
  riskRegister: RegisterInBrief;
  /** each outcome indicator with what rates it and its measured periods, and the performance issues. */
  poorPerformance: IssuesInBrief;
  /** R-2.6.15: the partners' challenges of its performance and added value, in brief. */
  challenges: ReadonlyArray<{ partnerName: string } & Pick<PerformanceChallengeInput, 'raisedOn' | 'answeredOn' | 'subject'>>;
  /** R-2.4e: its annual reviews, oldest first, each with how many partners it evaluated and those not yet fed back. */
  annualReviews: ReadonlyArray<Pick<AnnualReviewInput, 'reviewedOn' | 'approvedOn'> & { contributions: number; feedbackOwed: readonly string[] }>;
  /** its termination provisions and the topics of its exit strategy that have an arrangement. */
  exit: ExitInBrief;
}

/** what its end being provided for is judged on, and (exiting) how far its dissolution checklist has gone. */
export interface ExitInBrief {
  provisions: readonly TerminationProvision[];
  topics: readonly string[];
  checklist: ReadonlyArray<Pick<ChecklistEntry, 'item' | 'outcome'>>;
}

export const NO_EXIT: ExitInBrief = Object.freeze({ provisions: [], topics: [], checklist: [] });

/** what poor performance being tackled is judged on. */
export interface IssuesInBrief {
  indicators: ReadonlyArray<{ id: string; name: string; rules: IndicatorRules; periods: readonly PeriodValue[] }>;
  issues: ReadonlyArray<Pick<PerformanceIssueInput, 'title' | 'indicatorId' | 'reportingLineId' | 'openedOn' | 'level' | 'status' | 'closedOn'>>;
}

/** what a risk's review being due is judged on. */
export interface RegisterInBrief {
  /** The council's risk matrix the risks are scored on: their bands, and so when each is reviewed. */
  matrix: RiskMatrix;
  risks: ReadonlyArray<Pick<Risk, 'id' | 'title' | 'identifiedOn' | 'residualLikelihood' | 'residualImpact' | 'targetScore' | 'status'>>;
  reviews: ReadonlyArray<Pick<RiskReviewInput, 'riskId' | 'reviewedOn' | 'likelihood' | 'impact'>>;
}

/** what the plan's annual refresh is judged on. */
export interface PlanInBrief {
  actions: ReadonlyArray<Pick<PlanActionInput, 'title' | 'startsOn' | 'dueOn' | 'status'>>;
  refreshes: ReadonlyArray<Pick<PlanRefreshInput, 'organisationId' | 'confirmedBy' | 'confirmedOn'>>;
}

/** R-A1.3: a strategic objective, as the compliance check reads it. */
export interface ObjectiveMeasured {
  title: string;
  indicators: number;
}

/** R-2.8f: a key decision taken (takenOn, its meeting's day) or an entry of the plan waiting to be published. */
export interface PlannedDecision {
  title: string;
  takenOn: string | null;
  entry: { title: string; plannedOn: string; publishedOn: string | null; noticeDays: number } | null;
}

/** R-2.8e: voting members with no limit of authority recorded, and decisions awaiting a partner's ratification. */
export interface AuthorityRecorded {
  withoutAuthority: number;
  awaitingRatification: number;
}

export interface ActionsRecorded {
  actions: number;
  overdueActions: number;
}

/** R-2.8g: a meeting held, as the compliance check reads it. */
export interface HeldMeeting {
  title: string;
  meetsOn: string;
  noticeDays: number;
  noticeSentOn: string | null;
  hasMinutes: boolean;
  /** Seats whose attendance is recorded. */
  attendance: number;
}

export interface DecisionRulesRecorded {
  /** Voting and co-opted voting seats. */
  votingSeats: number;
  votingRules: number;
  /** Whether ordinary business has a voting rule. */
  ordinaryRule: boolean;
  quorumConditions: number;
}

export const NO_DECISION_RULES: DecisionRulesRecorded = Object.freeze({ votingSeats: 0, votingRules: 0, ordinaryRule: false, quorumConditions: 0 });

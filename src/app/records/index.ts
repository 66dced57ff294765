// The kinds of record a partnership holds, each described once (record-kind.ts). Adding a kind is its
// description, its rules and repository, and one line here: its pages, API operations and History follow.
import { actions } from './actions.record.ts';
import { annualReviews } from './annual-reviews.record.ts';
import { contributionEvaluations } from './contribution-evaluations.record.ts';
import { objectiveEvaluations } from './objective-evaluations.record.ts';
import { authorities } from './authorities.record.ts';
import { dissolutionChecklist } from './dissolution-checklist.record.ts';
import { exitStrategy } from './exit-strategy.record.ts';
import { forwardPlan } from './forward-plan.record.ts';
import { fundingProposals } from './funding-proposals.record.ts';
import { indicators } from './indicators.record.ts';
import { measurements } from './measurements.record.ts';
import { meetings } from './meetings.record.ts';
import { objectives } from './objectives.record.ts';
import { partners } from './partners.record.ts';
import { performanceChallenges } from './performance-challenges.record.ts';
import { performanceIssues } from './performance-issues.record.ts';
import { planActions } from './plan-actions.record.ts';
import { planRefreshes } from './plan-refreshes.record.ts';
import { publication } from './publication.record.ts';
import { reportingLines } from './reporting-lines.record.ts';
import { riskControls } from './risk-controls.record.ts';
import { riskReviews } from './risk-reviews.record.ts';
import { risks } from './risks.record.ts';
import { reports } from './reports.record.ts';
import { representatives } from './representatives.record.ts';
import { quorum } from './quorum.record.ts';
import type { AnyRecordKind } from './record-kind.ts';
import { seats } from './seats.record.ts';
import { terminationProvisions } from './termination-provisions.record.ts';
import { votingRules } from './voting-rules.record.ts';

export const PARTNERSHIP_RECORD_KINDS: readonly AnyRecordKind[] = [partners, representatives, meetings, actions, forwardPlan, seats, votingRules, quorum, authorities, objectives, indicators, measurements, reportingLines, reports, performanceIssues, performanceChallenges, annualReviews, objectiveEvaluations, contributionEvaluations, planActions, planRefreshes, risks, riskControls, riskReviews, fundingProposals, terminationProvisions, exitStrategy, dissolutionChecklist, publication];

export { actions, annualReviews, authorities, contributionEvaluations, dissolutionChecklist, exitStrategy, forwardPlan, fundingProposals, indicators, measurements, meetings, objectiveEvaluations, objectives, partners, performanceChallenges, performanceIssues, planActions, planRefreshes, publication, quorum, reportingLines, reports, representatives, riskControls, riskReviews, risks, seats, terminationProvisions, votingRules };

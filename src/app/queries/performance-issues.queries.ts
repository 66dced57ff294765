// a partnership's performance issues as its Performance page and the API read them, for a
// principal: each issue with where it stands against the escalation rule today, and the poor performance
// (an indicator red the council's periods in a row, a report overdue) that no open issue tackles yet; and
// the partners' challenges of its performance and added value, each with when its answer is due (R-2.6.15).
import { escalationOf, poorPerformance, untackled, type Escalation, type PerformanceIssue, type PoorPerformance, type PoorPerformanceRule } from '../../domain/performance/issue.ts';
import { challengeStanding, type ChallengeStanding, type PerformanceChallenge } from '../../domain/performance/challenge.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { performanceChallenges, performanceIssues } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';
import type { ObjectivePerformance } from './performance.queries.ts';
import type { PartnershipReporting } from './reporting.queries.ts';

export interface PartnershipIssues {
  rule: PoorPerformanceRule;
  issues: Array<{ issue: PerformanceIssue; escalation: Escalation }>;
  untackled: PoorPerformance[];
}

/** The partnership's issues, judged against what its performance and reporting show (read already by the page). */
export async function partnershipIssues(deps: AppDeps, principal: Principal, partnershipId: string, today: string, rule: PoorPerformanceRule, objectives: readonly ObjectivePerformance[], reporting: PartnershipReporting): Promise<PartnershipIssues> {
  const issues = await listRecords(deps, principal, performanceIssues, partnershipId);
  const red = objectives.flatMap((o) => o.indicators.map((x) => ({ id: x.indicator.id, name: x.indicator.name, redPeriods: x.standing.redPeriods })));
  const lines = reporting.lines.map((l) => ({ id: l.line.id, title: l.title, overdueSince: l.standing.overdueSince }));
  return { rule, issues: issues.map((issue) => ({ issue, escalation: escalationOf(issue, rule, today) })), untackled: untackled(poorPerformance(red, lines, rule), issues) };
}

/** the partnership's challenges, each with where its answer stands on `today`. */
export async function partnershipChallenges(deps: AppDeps, principal: Principal, partnershipId: string, today: string, answerDays: number): Promise<Array<{ challenge: PerformanceChallenge; standing: ChallengeStanding }>> {
  return (await listRecords(deps, principal, performanceChallenges, partnershipId)).map((challenge) => ({ challenge, standing: challengeStanding(challenge, answerDays, today) }));
}

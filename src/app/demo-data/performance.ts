// The operating examples' performance (R-A1.3, R-2.9): two strategic objectives, each with an outcome
// indicator reported quarterly for the last four quarters to have ended: one on target, one that slipped
// to red twice in a row, so the Performance page, the council's view and the charts have
// something to show; and, in some examples, a third objective with no indicator yet, the gap at R-A1.3.
import type { IndicatorInput, MeasurementInput, ObjectiveInput } from '../../domain/performance/indicator.ts';
import { lastEndedPeriod, monthEndAfter } from '../../domain/performance/periods.ts';
import { dueOn, type ReportInput, type ReportingLineInput } from '../../domain/performance/reporting.ts';
import { addDays } from '../../domain/decisions/notice.ts';
import type { PlanActionInput, PlanRefreshInput } from '../../domain/performance/action-plan.ts';
import type { RiskControlInput } from '../../domain/risk/control.ts';
import type { RiskInput, RiskReviewInput } from '../../domain/risk/risk.ts';
import type { FundingProposalInput } from '../../domain/finance/funding-proposal.ts';
import type { PerformanceIssueInput } from '../../domain/performance/issue.ts';
import type { PerformanceChallengeInput } from '../../domain/performance/challenge.ts';
import type { AnnualReviewInput, ContributionEvaluationInput, ObjectiveEvaluationInput } from '../../domain/performance/annual-review.ts';

export interface DemoObjective {
  objective: ObjectiveInput;
  indicators: Array<{ indicator: Omit<IndicatorInput, 'objectiveId' | 'organisationId'> & { supplier: 'council' | 'partner' }; values: number[] }>;
}

export function demoPerformance(withGap: boolean): DemoObjective[] {
  const quarterly = { unit: '%', polarity: 'higher', tolerance: 5, frequency: 'quarterly', dataQuality: null } as const;
  return [
    {
      objective: { title: 'Residents supported to live independently for longer', outcome: 'Fewer residents need long-term care after a hospital stay.' },
      indicators: [
        { indicator: { ...quarterly, name: 'Still at home 91 days after leaving hospital', definition: 'Residents aged 65 and over discharged to reablement who are still at home 91 days later, as a share of all discharged to it.', baseline: 78, target: 82, supplier: 'partner' }, values: [79, 81, 83, 84] },
      ],
    },
    {
      objective: { title: 'Help reaches people sooner', outcome: 'People get advice in the week they ask for it.' },
      indicators: [
        { indicator: { ...quarterly, name: 'Advice appointments within 5 working days', definition: 'First advice appointments offered within 5 working days of the request, as a share of all requests.', baseline: 70, target: 80, supplier: 'council', dataQuality: 'From the case system; requests logged by phone are entered the next day.' }, values: [81, 78, 72, 70] },
      ],
    },
    ...(withGap ? [{ objective: { title: 'Volunteers recruited and kept', outcome: null }, indicators: [] }] : []),
  ];
}

/** The quarters the values are of: the last four to have ended before `today`, oldest first. */
export function demoQuarters(today: string, n: number): string[] {
  const last = lastEndedPeriod('quarterly', today);
  return Array.from({ length: n }, (_, i) => monthEndAfter(last, -3 * (n - 1 - i)));
}

export function demoMeasurement(indicatorId: string, periodEnding: string, value: number): MeasurementInput {
  return { indicatorId, periodEnding, value, target: null, commentary: null, attested: true };
}

export interface DemoReportingLine {
  line: ReportingLineInput;
  reports: Array<Omit<ReportInput, 'reportingLineId'>>;
}

/**
 * the operating examples report the quarters measured to the Cabinet Member each
 * quarter, the month after it ends, and to scrutiny every six months; each report due before `today` was
 * submitted a few days before its day, but where `withGap` the Cabinet Member's latest is still owed.
 */
export function demoReporting(today: string, withGap: boolean): DemoReportingLine[] {
  const first = demoQuarters(today, 4)[0]!;
  const lines: Array<{ line: ReportingLineInput; title: (n: number) => string }> = [
    { line: { body: 'cabinet-member', bodyName: 'Cabinet Member for Adults and Health', frequency: 'quarterly', firstDueOn: monthEndAfter(first, 1), notes: 'The quarter’s indicators, with commentary from each partner.' }, title: (n) => `Quarterly performance report ${n + 1}` },
    { line: { body: 'overview-scrutiny', bodyName: 'Health and Wellbeing Scrutiny Panel', frequency: 'six-monthly', firstDueOn: monthEndAfter(first, 2), notes: null }, title: (n) => `Six-monthly report to scrutiny ${n + 1}` },
  ];
  return lines.map(({ line, title }, l) => {
    const due: string[] = [];
    for (let n = 0; dueOn(line, n) < today; n++) due.push(dueOn(line, n));
    const sent = withGap && l === 0 ? due.slice(0, -1) : due;
    return { line, reports: sent.map((d, n) => ({ title: title(n), submittedOn: addDays(d, -3), documentId: null, summary: l === 1 ? 'Noted by the panel.' : null })) };
  });
}

/** An owner of the demo's actions: a partner, and a person acting for it. */
export interface DemoOwner {
  organisationId: string;
  personId: string;
}

/**
 * R-2.6.6, R-2.6.7: the operating examples' action plan, begun fourteen months before `today`: an action
 * for each objective and owner, each referenced in its owner's own plan, the first done; every partner
 * refreshed it two months ago, but where `withGap` the last partner never has (its refresh overdue since
 * the plan's first anniversary) and an open action has slipped past its due day.
 */
export function demoActionPlan(today: string, withGap: boolean, owners: readonly DemoOwner[], objectiveIds: readonly string[], partners: readonly { organisationId: string; name: string }[]): { actions: PlanActionInput[]; refreshes: PlanRefreshInput[] } {
  const began = monthEndAfter(lastEndedPeriod('monthly', today), -13);
  const [first, second] = owners;
  const actions: PlanActionInput[] = [];
  if (first) {
    actions.push({ title: 'Set up the joint discharge-to-assess team', objectiveId: objectiveIds[0] ?? null, riskId: null, ownerId: first.personId, organisationId: first.organisationId, startsOn: began, dueOn: monthEndAfter(began, 6), status: 'complete', planReference: 'Adult Social Care Service Plan, action A2', progress: 'Team in place; first referrals taken.' });
    actions.push({ title: 'Open a second advice hub in the town centre', objectiveId: objectiveIds[1] ?? null, riskId: null, ownerId: first.personId, organisationId: first.organisationId, startsOn: began, dueOn: withGap ? monthEndAfter(lastEndedPeriod('monthly', today), -1) : monthEndAfter(today, 4), status: withGap ? 'off-track' : 'on-track', planReference: 'Council Plan 2026–30, priority 3', progress: withGap ? 'The lease is still with legal.' : 'Premises agreed; opening in the spring.' });
  }
  if (second) {
    actions.push({ title: 'Train reablement staff in the new referral pathway', objectiveId: objectiveIds[0] ?? null, riskId: null, ownerId: second.personId, organisationId: second.organisationId, startsOn: monthEndAfter(began, 2), dueOn: monthEndAfter(today, 6), status: 'on-track', planReference: withGap ? null : 'Workforce plan 2026/27, item 7', progress: null });
  }
  const refreshedOn = addDays(today, -61);
  const refreshing = withGap ? partners.slice(0, -1) : partners;
  return { actions, refreshes: refreshing.map((p) => ({ organisationId: p.organisationId, confirmedBy: `Director, ${p.name}`, confirmedOn: refreshedOn, notes: 'Reviewed at the partnership board; dates confirmed.' })) };
}

/**
 * R-2.6.8: the operating examples' risk register, begun when the plan did: a high risk reviewed every two
 * months and brought down, the last review last month; a low one reviewed once; where `withGap`, a very
 * high risk identified three months ago and never reviewed (due a month after it was identified). Each
 * risk's controls, one of them found only partly effective, and the gap's not yet assessed.
 */
export function demoRiskRegister(today: string, withGap: boolean, owners: readonly DemoOwner[]): { risks: RiskInput[]; reviews: Array<Omit<RiskReviewInput, 'riskId'> & { risk: number }>; controls: Array<Omit<RiskControlInput, 'riskId'> & { risk: number }> } {
  const [first, second] = owners;
  if (!first) return { risks: [], reviews: [], controls: [] };
  const began = monthEndAfter(lastEndedPeriod('monthly', today), -13);
  const lastMonth = lastEndedPeriod('monthly', today);
  const by = (o: DemoOwner) => ({ ownerId: o.personId, organisationId: o.organisationId });
  const risks: RiskInput[] = [
    { title: 'Winter demand outstrips places', cause: 'A cold winter and rising evictions', event: 'More people need help than the services can take', consequence: 'People go without support when they most need it', category: 'operational', ...by(first), identifiedOn: began, inherentLikelihood: 4, inherentImpact: 4, residualLikelihood: 3, residualImpact: 4, targetScore: 6, response: 'treat', status: 'open', fundingProposalId: null },
    { title: 'Data shared without a lawful basis', cause: 'Referral forms copied between partners by email', event: 'Personal data is shared beyond the information-sharing agreement', consequence: 'A breach reported to the Information Commissioner', category: 'information', ...by(second ?? first), identifiedOn: began, inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 1, residualImpact: 4, targetScore: 4, response: 'treat', status: 'open', fundingProposalId: null },
  ];
  if (withGap) risks.push({ title: 'Grant funding ends early', cause: 'The funder reviews its programme', event: 'The grant that pays for the advice hub stops before March', consequence: 'The hub closes and its clients lose their adviser', category: 'financial', ...by(first), identifiedOn: monthEndAfter(lastMonth, -3), inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 4, residualImpact: 4, targetScore: 8, response: 'treat', status: 'open', fundingProposalId: null });
  const reviews = [
    { risk: 0, reviewedOn: monthEndAfter(lastMonth, -4), likelihood: 3, impact: 4, reviewedBy: 'Partnership board', notes: 'Extra places agreed with two providers.' },
    { risk: 0, reviewedOn: monthEndAfter(lastMonth, -2), likelihood: 3, impact: 4, reviewedBy: 'Partnership board', notes: null },
    { risk: 0, reviewedOn: lastMonth, likelihood: 2, impact: 4, reviewedBy: 'Partnership board', notes: 'Overflow beds open; likelihood down.' },
    { risk: 1, reviewedOn: monthEndAfter(lastMonth, -2), likelihood: 1, impact: 4, reviewedBy: 'Information governance lead', notes: 'Secure referral portal in use by all partners.' },
  ];
  const controls = [
    { risk: 0, title: 'Overflow beds agreed with two churches', ownerId: first.personId, effectiveness: 'effective' as const, assessedOn: lastMonth, notes: 'Used on eleven nights last winter.' },
    { risk: 0, title: 'Weekly count of places shared by the partners', ownerId: first.personId, effectiveness: 'partly-effective' as const, assessedOn: monthEndAfter(lastMonth, -2), notes: 'Two partners report late.' },
    { risk: 1, title: 'Secure referral portal, no email referrals', ownerId: (second ?? first).personId, effectiveness: 'effective' as const, assessedOn: monthEndAfter(lastMonth, -2), notes: null },
    ...(withGap ? [{ risk: 2, title: 'Second funder approached', ownerId: first.personId, effectiveness: 'not-assessed' as const, assessedOn: null, notes: null }] : []),
  ];
  return { risks, reviews, controls };
}

/**
 * R-2.6.14: the operating examples' poor performance tackled: the advice indicator, red the last two
 * quarters, has an issue opened the day the second ended, with the board; an earlier slip, closed. Where
 * `withGap` neither: the red indicator and the owed report are the gaps the Compliance page shows.
 */
export function demoPerformanceIssues(today: string, withGap: boolean, ownerId: string | undefined, redIndicatorId: string | undefined): PerformanceIssueInput[] {
  if (withGap || !ownerId || !redIndicatorId) return [];
  const lastQuarter = lastEndedPeriod('quarterly', today);
  const began = monthEndAfter(lastEndedPeriod('monthly', today), -13);
  return [
    { title: 'Advice appointments slipping to red', trigger: 'indicator', indicatorId: redIndicatorId, reportingLineId: null, ownerId, openedOn: lastQuarter, level: 'board', actions: 'Two advisers moved from the phone line to appointments; weekly figures to the board until it is green.', status: 'open', closedOn: null, resolution: null },
    { title: 'Referrals to the joint team slow to start', trigger: 'other', indicatorId: null, reportingLineId: null, ownerId, openedOn: monthEndAfter(began, 2), level: 'board', actions: 'Referral form simplified; a named contact in each hospital ward.', status: 'closed', closedOn: monthEndAfter(began, 4), resolution: 'Referrals back to the expected level for two months running.' },
  ];
}

/**
 * R-2.6.15: the operating examples' challenges by a partner: one of the value the partnership adds,
 * answered inside its days; where `withGap`, one of its performance, assigned but unanswered past them.
 */
export function demoChallenges(today: string, withGap: boolean, partner: { organisationId: string; name: string } | undefined, assigneeId: string | undefined): PerformanceChallengeInput[] {
  if (!partner) return [];
  const raisedBy = `Director, ${partner.name}`;
  if (withGap) return [{ organisationId: partner.organisationId, raisedBy, raisedOn: addDays(today, -40), subject: 'performance', challenge: 'Advice appointments have been red for two quarters and nothing has changed.', assigneeId: assigneeId ?? null, response: null, answeredOn: null }];
  const raisedOn = addDays(today, -90);
  return [{ organisationId: partner.organisationId, raisedBy, raisedOn, subject: 'added-value', challenge: 'Would residents be supported as well if each partner ran its own service?', assigneeId: assigneeId ?? null, response: 'The joint team halves the handoffs between hospital and home; the comparison goes to the annual review.', answeredOn: addDays(raisedOn, 21) }];
}

/**
 * R-2.6.4, R-2.4e: the operating examples' annual review, held two months ago and approved by the board,
 * evaluating each objective and each partner's contribution, every partner fed back; where `withGap`, a
 * review begun three weeks ago, its first objective evaluated and nothing else yet, not approved.
 */
export function demoAnnualReview(today: string, withGap: boolean, objectiveIds: readonly string[], partners: readonly { organisationId: string; name: string }[]): { review: AnnualReviewInput; objectives: Array<Omit<ObjectiveEvaluationInput, 'annualReviewId'>>; contributions: Array<Omit<ContributionEvaluationInput, 'annualReviewId'>> } {
  const reviewedOn = addDays(today, withGap ? -21 : -60);
  const findings = [
    { finding: 'progressing' as const, evaluation: 'More residents still at home at 91 days each quarter, now above target.' },
    { finding: 'not-achieved' as const, evaluation: 'Appointments within 5 working days fell to red for two quarters; a performance issue is open.' },
    { finding: 'progressing' as const, evaluation: 'Recruitment begun; no indicator agreed yet.' },
  ];
  return {
    review: { reviewedOn, addedValue: 'One joint team where there were three, and a single referral route for the partners.', recommendation: withGap ? 'continue' : 'change', reasons: 'Outcomes improving overall; the advice service needs a recovery plan.', approvedBy: withGap ? null : 'Partnership board', approvedOn: withGap ? null : addDays(reviewedOn, 10) },
    objectives: (withGap ? objectiveIds.slice(0, 1) : objectiveIds).map((objectiveId, i) => ({ objectiveId, ...findings[i % findings.length]! })),
    contributions: withGap ? [] : partners.map((p) => ({ organisationId: p.organisationId, evaluation: `${p.name} gave the staff and data it agreed.`, feedbackSentOn: addDays(reviewedOn, 14) })),
  };
}

/**
 * Protocol 2.4(h): a funding proposal for more winter places, proposed two months ago. Where the example is
 * complete its risks were assessed (the winter demand risk names it) and it was accepted last month; where
 * it has a gap it is still proposed, its risks not yet assessed.
 */
export function demoFundingProposal(today: string, withGap: boolean): { proposal: FundingProposalInput; accepted: FundingProposalInput | null; namedBy: number | null } {
  const lastMonth = lastEndedPeriod('monthly', today);
  const proposal: FundingProposalInput = { title: 'Winter overflow beds grant', source: 'Ministry of Housing, Communities and Local Government', amountPence: 12_000_000, proposedOn: monthEndAfter(lastMonth, -2), status: 'proposed', decidedOn: null, notes: 'Forty overflow beds from December to March; 20% match funding from the partners.' };
  if (withGap) return { proposal, accepted: null, namedBy: null };
  return { proposal, accepted: { ...proposal, status: 'accepted', decidedOn: lastMonth }, namedBy: 0 };
}

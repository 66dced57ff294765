// Performance on the API (R-A1.3, R-2.9): GET /api/v1/partnerships/{id}/performance, its objectives each
// with its outcome indicators rated as its Performance page rates them, and GET /api/v1/performance, the
// council's performance view across every partnership the token may see, with the page's filters. The
// records themselves (objectives, indicators, measurements) are kept through their own operations.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { councilPerformance, partnershipPerformance, type IndicatorPerformance } from '../../app/queries/performance.queries.ts';
import { single, type QueryError } from '../../domain/query/query-params.ts';
import { FREQUENCIES, POLARITIES } from '../../domain/performance/indicator.ts';
import { RAGS } from '../../domain/performance/rag.ts';
import { REPORTING_FREQUENCIES } from '../../domain/performance/reporting.ts';
import { partnershipReporting } from '../../app/queries/reporting.queries.ts';
import { partnershipActionPlan } from '../../app/queries/action-plan.queries.ts';
import { PLAN_ACTION_STATUSES } from '../../domain/performance/action-plan.ts';
import { partnershipRiskRegister } from '../../app/queries/risk-register.queries.ts';
import { RISK_STATUSES } from '../../domain/risk/risk.ts';
import { CONTROL_EFFECTIVENESS } from '../../domain/risk/control.ts';
import { ESCALATION_LEVELS, ISSUE_STATUSES, ISSUE_TRIGGERS } from '../../domain/performance/issue.ts';
import { CHALLENGE_SUBJECTS } from '../../domain/performance/challenge.ts';
import { feedbackOwed, RECOMMENDATIONS } from '../../domain/performance/annual-review.ts';
import { partnershipAnnualReviews } from '../../app/queries/annual-reviews.queries.ts';
import { partnershipChallenges, partnershipIssues } from '../../app/queries/performance-issues.queries.ts';
import { protocolOf } from '../../app/protocol-config.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { EXAMPLE_ID, ID_PARAMETER } from './partnerships.api.ts';
import { invalidRequest } from './problem.ts';
import { dateOut, idOut, responseComponent, UUID } from './schemas/common.ts';

const TAG = 'Performance';
const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const STATUSES = [...RAGS, 'none'] as const;

const ratingOut = responseComponent(
  z.strictObject({
    periodEnding: described(dateOut, 'The last day of the period measured.'),
    period: described(z.string(), 'The period in words: Q2 2026/27 (July to September 2026).'),
    value: z.number(),
    target: described(z.number().nullable(), 'The target it was rated against: the period’s own, else the indicator’s; null for none.'),
    status: described(z.enum(STATUSES), 'red, amber, green, or none (no target, so not rated).'),
    amberLimit: described(z.number().nullable(), 'The worst value still amber; null without an amber band.'),
    rule: described(z.string(), 'The rule it was rated by, in words.'),
    reason: described(z.string(), 'Why, in words, citing the clause (R-2.9).'),
    clause: z.string(),
    direction: described(z.enum(['improving', 'worsening', 'unchanged', 'none']), 'Against the period before, as the polarity reads it; none for the first.'),
  }),
  { id: 'IndicatorRating', description: 'One period of an outcome indicator, rated against its target (R-2.9).' },
);

const indicatorOut = responseComponent(
  z.strictObject({
    id: idOut,
    name: z.string(),
    objectiveId: idOut,
    unit: z.string(),
    polarity: z.enum(POLARITIES),
    frequency: z.enum(FREQUENCIES),
    supplierName: described(z.string(), 'The partner that supplies the data.'),
    latest: described(ratingOut.nullable(), 'The latest period measured, rated; null when nothing is measured yet.'),
    redPeriods: described(z.int().min(0), 'R-2.6.14: the latest periods in a row rated red.'),
    next: described(
      z.strictObject({ periodEnding: dateOut, period: z.string(), dueBy: dateOut, overdue: z.boolean() }),
      'The next period to be measured and the day its measurement is due by (the last day of the month after the period ends).',
    ),
  }),
  { id: 'IndicatorPerformance', description: 'An outcome indicator and where it stands (R-2.9).' },
);

responseComponent(
  z.strictObject({
    objectives: z.array(
      z.strictObject({
        id: idOut,
        title: z.string(),
        outcome: z.string().nullable(),
        indicators: described(z.array(indicatorOut), 'R-A1.3: the outcome indicators measuring it; none is a gap.'),
      }),
    ),
    reporting: described(
      z.strictObject({
        lines: z.array(
          z.strictObject({
            id: idOut,
            title: described(z.string(), 'The body it reports to, in words: Overview and Scrutiny: Communities Scrutiny Panel.'),
            frequency: z.enum(REPORTING_FREQUENCIES),
            reports: z.int().min(0),
            lastSubmittedOn: dateOut.nullable(),
            nextDueOn: described(dateOut, 'R-2.6.2: the earliest due day no report has answered.'),
            overdue: described(z.int().min(0), 'R-2.6.2: how many due days before today no report has answered.'),
            overdueSince: described(dateOut.nullable(), 'R-2.6.2: the day the earliest report owed fell due; null when none is owed.'),
            words: described(z.string(), 'Where it stands, in words, citing the clause.'),
          }),
        ),
        oversightMissing: described(z.array(z.string()), 'R-2.6.12: the oversight the protocol names (Cabinet or a Cabinet Member; Overview and Scrutiny) that no line records; empty when both are.'),
      }),
      'R-2.6.2, R-2.6.12: to whom the partnership reports its performance, how often, and what is due. The lines and reports themselves are …/reporting-lines and …/performance-reports.',
    ),
    actionPlan: described(
      z.strictObject({
        actions: z.array(
          z.strictObject({
            id: idOut,
            title: z.string(),
            ownerName: z.string(),
            partnerName: z.string(),
            status: z.enum(PLAN_ACTION_STATUSES),
            dueOn: dateOut,
            planReference: described(z.string().nullable(), 'R-2.6.6: where it sits in its owner’s own organisational plan; null while not yet referenced.'),
            overdue: described(z.boolean(), 'R-2.6.6: past its due day and neither complete nor cancelled.'),
            words: described(z.string(), 'Where it stands, in words.'),
          }),
        ),
        refreshes: described(
          z.array(
            z.strictObject({
              organisationId: idOut,
              partnerName: z.string(),
              lastOn: described(dateOut.nullable(), 'R-2.6.7: the day of the partner’s latest refresh; null for none.'),
              dueOn: described(dateOut, 'R-2.6.7: a year after its latest refresh, or after the plan began (its earliest action’s start).'),
              overdue: z.boolean(),
              words: described(z.string(), 'Where it stands, in words, citing the clause.'),
            }),
          ),
          'R-2.6.7: each current partner’s annual refresh of the plan; empty while the plan has no actions.',
        ),
      }),
      'R-2.6.6, R-2.6.7: the action plan, each action and where it stands, and each partner’s refresh. The records themselves are …/plan-actions and …/plan-refreshes.',
    ),
    performanceIssues: described(
      z.strictObject({
        issues: z.array(
          z.strictObject({
            id: idOut,
            title: z.string(),
            trigger: z.enum(ISSUE_TRIGGERS),
            status: z.enum(ISSUE_STATUSES),
            level: z.enum(ESCALATION_LEVELS),
            expectedLevel: described(z.enum(ESCALATION_LEVELS), 'R-2.6.14: the level it should be at today, from how long it has been open.'),
            escalationOverdue: z.boolean(),
            escalationDueOn: described(dateOut.nullable(), 'R-2.6.14: the day it was due at the expected level (when overdue) or is due at the next; null at the top or once closed.'),
            words: described(z.string(), 'Where it stands, in words, citing the clause.'),
          }),
        ),
        untackled: described(z.array(z.strictObject({ kind: z.enum(['indicator', 'report']), id: idOut, words: z.string() })), 'R-2.6.14: indicators red the council’s periods in a row, and reports overdue, that no open issue names.'),
      }),
      'R-2.6.14: poor performance tackled: the performance issues with their escalation, and what still needs one. The records themselves are …/performance-issues.',
    ),
    challenges: described(
      z.array(
        z.strictObject({
          id: idOut,
          partnerName: z.string(),
          subject: z.enum(CHALLENGE_SUBJECTS),
          raisedOn: dateOut,
          answeredOn: dateOut.nullable(),
          dueBy: described(dateOut, 'R-2.6.15: the day an answer is due by: the council’s days (compliance.challengeAnswerDays) after it was raised.'),
          overdue: described(z.boolean(), 'R-2.6.15: unanswered past the day its answer was due.'),
          words: described(z.string(), 'Where it stands, in words, citing the clause.'),
        }),
      ),
      'R-2.6.15: the partners’ challenges of its performance and added value, each with when its answer is due. The records themselves are …/performance-challenges.',
    ),
    annualReview: described(
      z.strictObject({
        lastOn: described(dateOut.nullable(), 'R-2.6.4: the day of the latest approved annual review; null for none.'),
        dueBy: described(dateOut.nullable(), 'R-2.6.4: the next is due by: a year after the latest approved review, or after the start date; null with neither.'),
        overdue: z.boolean(),
        words: described(z.string(), 'Where it stands, in words, citing the clause.'),
        reviews: z.array(
          z.strictObject({
            id: idOut,
            reviewedOn: dateOut,
            recommendation: z.enum(RECOMMENDATIONS),
            approvedOn: dateOut.nullable(),
            objectivesLeft: described(z.array(z.string()), 'R-2.6.4: the objectives a review still to approve has yet to evaluate.'),
            partnersLeft: described(z.array(z.string()), 'R-2.4e: the partners whose contribution it has yet to evaluate.'),
            feedbackOwed: described(z.array(z.string()), 'R-2.4e: the partners evaluated but not yet fed back.'),
          }),
        ),
      }),
      'R-2.6.4, R-2.4e: the annual reviews, newest first, and when the next is due. The records themselves are …/annual-reviews, …/objective-evaluations and …/contribution-evaluations.',
    ),
    riskRegister: described(
      z.strictObject({
        risks: z.array(
          z.strictObject({
            id: idOut,
            title: z.string(),
            ownerName: z.string(),
            partnerName: z.string(),
            status: z.enum(RISK_STATUSES),
            likelihood: described(z.int(), 'R-2.6.8: its current likelihood: the latest review’s, or its residual likelihood before any review.'),
            impact: described(z.int(), 'R-2.6.8: its current impact, as its likelihood.'),
            score: described(z.int(), 'R-2.6.8: likelihood × impact.'),
            band: described(z.string(), 'R-2.6.8: the band of the risk matrix its score is in (GET /api/v1/risk-matrix).'),
            targetScore: z.int().nullable(),
            aboveTarget: z.boolean(),
            trend: described(z.enum(['rising', 'falling', 'steady']).nullable(), 'R-2.6.8: its score at the latest review against the one before (or its residual score); null before any review.'),
            lastReviewedOn: dateOut.nullable(),
            nextReviewOn: described(dateOut.nullable(), 'R-2.6.8: the band’s interval after its last review, or after it was identified; null once closed.'),
            overdue: z.boolean(),
            words: described(z.string(), 'Where it stands, in words, citing the clause.'),
            scores: described(z.array(z.strictObject({ reviewedOn: dateOut, score: z.int() })), 'R-2.6.8: its score at each review, oldest first.'),
            controls: described(
              z.array(z.strictObject({ id: idOut, title: z.string(), ownerName: z.string(), effectiveness: z.enum(CONTROL_EFFECTIVENESS), assessedOn: dateOut.nullable() })),
              'R-2.6.8: the controls its residual score leans on, in the order they were added (the records are …/risk-controls).',
            ),
          }),
        ),
        heatMap: described(
          z.array(z.array(z.strictObject({ likelihood: z.int(), impact: z.int(), score: z.int(), band: z.string(), riskIds: z.array(idOut) }))),
          'R-2.6.8: the open risks at their current likelihood and impact: one row per likelihood, highest first, each cell by impact, lowest first.',
        ),
      }),
      'R-2.6.8: the shared risk register, each risk’s band, trend and next review, and its heat map. The records themselves are …/risks, …/risk-controls and …/risk-reviews.',
    ),
  }),
  { id: 'PartnershipPerformance', description: 'A partnership’s objectives with their outcome indicators, rated (R-A1.3, R-2.9), its reporting (R-2.6.2, R-2.6.12), its action plan (R-2.6.6, R-2.6.7), its performance issues (R-2.6.14) and its risk register (R-2.6.8).' },
);

const councilItemOut = responseComponent(
  z.strictObject({
    partnership: z.strictObject({ id: idOut, reference: z.string(), name: z.string() }),
    objectiveTitle: z.string(),
    indicator: indicatorOut,
  }),
  { id: 'CouncilIndicator', description: 'An outcome indicator in the council’s performance view, with its partnership (R-2.9).' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(councilItemOut), 'By partnership name, then in each partnership’s order.'),
    counts: described(z.strictObject({ red: z.int(), amber: z.int(), green: z.int(), none: z.int() }), 'Latest ratings of every indicator the priority filter picks, before the rating filter.'),
  }),
  { id: 'CouncilPerformance', description: 'The council’s performance view (R-2.9).' },
);

const FILTER_DOCS: ParameterDoc[] = [
  { name: 'priority', in: 'query', description: 'Only partnerships serving this corporate priority (its id).', schema: { type: 'string', pattern: UUID.source }, example: EXAMPLE_ID },
  { name: 'rag', in: 'query', description: 'Only indicators whose latest rating is this: red, amber, green, or none (not rated or not measured).', schema: { type: 'string', enum: [...STATUSES] } },
];

function toIndicator(x: IndicatorPerformance): z.output<typeof indicatorOut> {
  const { indicator: i, standing } = x;
  const l = standing.latest;
  return {
    id: i.id,
    name: i.name,
    objectiveId: i.objectiveId,
    unit: i.unit,
    polarity: i.polarity,
    frequency: i.frequency,
    supplierName: i.supplierName,
    latest: l && { periodEnding: l.periodEnding, period: l.period, value: l.value, target: l.target, status: l.rag.status, amberLimit: l.rag.amberLimit, rule: l.rag.rule, reason: l.rag.reason, clause: l.rag.clause, direction: l.direction },
    redPeriods: standing.redPeriods,
    next: { ...standing.next },
  };
}

/** The view's filters, read strictly: every problem at its parameter. */
export function parsePerformanceQuery(params: Readonly<Record<string, unknown>>) {
  const errors: QueryError[] = [];
  for (const key of Object.keys(params)) if (key !== 'priority' && key !== 'rag') errors.push({ field: key, message: `Unknown parameter ${key}` });
  const priority = single('priority', params.priority, errors);
  if (priority !== undefined && !UUID.test(priority)) errors.push({ field: 'priority', message: 'Priority must be the id of a corporate priority' });
  const rag = single('rag', params.rag, errors);
  if (rag !== undefined && !(STATUSES as readonly string[]).includes(rag)) errors.push({ field: 'rag', message: 'Rating must be red, amber, green or none' });
  return { filter: { priorityId: priority && UUID.test(priority) ? priority : null, rag: (rag && (STATUSES as readonly string[]).includes(rag) ? rag : null) as (typeof STATUSES)[number] | null }, errors };
}

export function performanceOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/performance',
      operationId: 'getPartnershipPerformance',
      tag: TAG,
      summary: 'Read a partnership’s performance',
      description: 'R-A1.3, R-2.9: the partnership’s strategic objectives in order, each with its outcome indicators: the latest period rated against its target with the reason, the direction of travel, red periods in a row (R-2.6.14) and the next measurement due; R-2.6.2, R-2.6.12: its reporting lines, each with the next report due and any overdue; R-2.6.6, R-2.6.7: its action plan, each action overdue or not, and each partner’s annual refresh due; R-2.6.8: its risk register, each risk’s band, trend and next review, and the heat map; R-2.6.14: its performance issues and what still needs one; R-2.6.15: the partners’ challenges, each with when its answer is due; and R-2.6.4, R-2.4e: its annual reviews and when the next is due.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'Its objectives and their indicators, rated.', component: 'PartnershipPerformance' } },
      handler: async (request) => {
        const today = londonToday(deps.clock.now());
        const id = request.partnership!.id;
        const [objectives, reporting, plan, register] = await Promise.all([
          partnershipPerformance(deps, principalOf(request), id, today),
          partnershipReporting(deps, principalOf(request), id, today),
          partnershipActionPlan(deps, principalOf(request), id, today),
          partnershipRiskRegister(deps, principalOf(request), id, today),
        ]);
        const [issues, challenges, reviews] = await Promise.all([
          partnershipIssues(deps, principalOf(request), id, today, protocolOf(deps).compliance.poorPerformance, objectives, reporting),
          partnershipChallenges(deps, principalOf(request), id, today, protocolOf(deps).compliance.challengeAnswerDays),
          partnershipAnnualReviews(deps, principalOf(request), id, today),
        ]);
        return {
          objectives: objectives.map((o) => ({ id: o.objective.id, title: o.objective.title, outcome: o.objective.outcome, indicators: o.indicators.map(toIndicator) })),
          reporting: {
            lines: reporting.lines.map((x) => ({ id: x.line.id, title: x.title, frequency: x.line.frequency, reports: x.line.reports, lastSubmittedOn: x.line.lastSubmittedOn, nextDueOn: x.standing.nextDueOn, overdue: x.standing.overdue, overdueSince: x.standing.overdueSince, words: x.standing.words })),
            oversightMissing: reporting.oversight.missing,
          },
          actionPlan: {
            actions: plan.actions.map(({ action: a, standing }) => ({ id: a.id, title: a.title, ownerName: a.ownerName, partnerName: a.partnerName, status: a.status, dueOn: a.dueOn, planReference: a.planReference, overdue: standing.overdue, words: standing.words })),
            refreshes: plan.standings.map((x) => ({ organisationId: x.organisationId, partnerName: x.partnerName, lastOn: x.lastOn, dueOn: x.dueOn, overdue: x.overdue, words: x.words })),
          },
          performanceIssues: {
            issues: issues.issues.map(({ issue: x, escalation: e }) => ({ id: x.id, title: x.title, trigger: x.trigger, status: x.status, level: x.level, expectedLevel: e.expected, escalationOverdue: e.overdue, escalationDueOn: e.dueOn, words: e.words })),
            untackled: issues.untackled.map((u) => ({ ...u })),
          },
          annualReview: {
            lastOn: reviews.standing.lastOn,
            dueBy: reviews.standing.dueBy,
            overdue: reviews.standing.overdue,
            words: reviews.standing.words,
            reviews: reviews.reviews.map((x) => ({ id: x.review.id, reviewedOn: x.review.reviewedOn, recommendation: x.review.recommendation, approvedOn: x.review.approvedOn, objectivesLeft: x.objectivesLeft, partnersLeft: x.partnersLeft, feedbackOwed: feedbackOwed(x.contributions) })),
          },
          challenges: challenges.map(({ challenge: c, standing: x }) => ({ id: c.id, partnerName: c.partnerName, subject: c.subject, raisedOn: c.raisedOn, answeredOn: c.answeredOn, dueBy: x.dueBy, overdue: x.overdue, words: x.words })),
          riskRegister: {
            risks: register.risks.map(({ risk: k, standing: x, reviews, controls }) => ({
              id: k.id,
              title: k.title,
              ownerName: k.ownerName,
              partnerName: k.partnerName,
              status: k.status,
              likelihood: x.likelihood,
              impact: x.impact,
              score: x.score,
              band: x.band,
              targetScore: k.targetScore,
              aboveTarget: x.aboveTarget,
              trend: x.trend,
              lastReviewedOn: x.lastReviewedOn,
              nextReviewOn: x.nextReviewOn,
              overdue: x.overdue,
              words: x.words,
              scores: [...reviews].sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)).map((v) => ({ reviewedOn: v.reviewedOn, score: v.likelihood * v.impact })),
              controls: controls.map((c) => ({ id: c.id, title: c.title, ownerName: c.ownerName, effectiveness: c.effectiveness, assessedOn: c.assessedOn })),
            })),
            heatMap: register.heatMap.map((row) => row.map((c) => ({ likelihood: c.likelihood, impact: c.impact, score: c.score, band: c.band, riskIds: c.ids }))),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/v1/performance',
      operationId: 'listCouncilPerformance',
      tag: TAG,
      summary: 'List every partnership’s outcome indicators, rated',
      description: 'R-2.9: the council’s performance view: every outcome indicator of the partnerships the token may see, with its latest rating, filtered as the Performance page filters (a corporate priority, the latest rating).',
      access: 'register.view',
      parameters: FILTER_DOCS,
      responses: { '200': { description: 'The indicators, with the counts of their latest ratings.', component: 'CouncilPerformance' } },
      handler: async (request) => {
        const { filter, errors } = parsePerformanceQuery((request.query ?? {}) as Record<string, unknown>);
        if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const result = await councilPerformance(deps, principalOf(request), filter, londonToday(deps.clock.now()));
        return {
          items: result.indicators.map((x) => ({ partnership: { id: x.indicator.partnershipId, reference: x.indicator.reference, name: x.indicator.partnershipName }, objectiveTitle: x.indicator.objectiveTitle, indicator: toIndicator(x) })),
          counts: result.counts,
        };
      },
    },
  ];
}

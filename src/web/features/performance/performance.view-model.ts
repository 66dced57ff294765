// What the performance pages show (R-A1.3, R-2.9, R-2.6.14): each indicator's latest rating, the
// direction of travel, red periods in a row and the next measurement due, in words with their clauses;
// an indicator's periods with the reason for each rating; its reporting, its action plan and its risk register.
import type { CouncilIndicator, IndicatorPerformance, ObjectivePerformance } from '../../../app/queries/performance.queries.ts';
import { amountInWords, FREQUENCY_LABELS, POLARITY_LABELS } from '../../../domain/performance/indicator.ts';
import { DIRECTION_LABELS, RAG_LABELS, type RagStatus } from '../../../domain/performance/rag.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { trendChart } from './trend-chart.ts';
import type { PartnershipReporting } from '../../../app/queries/reporting.queries.ts';
import { REPORTING_FREQUENCY_LABELS } from '../../../domain/performance/reporting.ts';
import type { PartnershipActionPlan } from '../../../app/queries/action-plan.queries.ts';
import { PLAN_ACTION_STATUS_LABELS } from '../../../domain/performance/action-plan.ts';
import type { PartnershipRiskRegister } from '../../../app/queries/risk-register.queries.ts';
import { scoreOf } from '../../../domain/risk/matrix.ts';
import { CONTROL_EFFECTIVENESS_LABELS } from '../../../domain/risk/control.ts';
import { RISK_CATEGORY_LABELS, RISK_RESPONSE_LABELS, TREND_LABELS } from '../../../domain/risk/risk.ts';
import { bandsView, heatMapView, toneOf } from './heat-map.ts';

/** A rating as a GOV.UK tag: the colour repeats the word, never replaces it. */
export const RAG_TAG: Readonly<Record<RagStatus | 'none', string>> = { red: 'govuk-tag--red', amber: 'govuk-tag--orange', green: 'govuk-tag--green', none: 'govuk-tag--grey' };
const tag = (status: RagStatus | 'none') => ({ text: RAG_LABELS[status], classes: RAG_TAG[status] });

/** One indicator's line on the performance page and in the council's view. */
export function indicatorSummary(x: IndicatorPerformance, href: string) {
  const { indicator: i, standing } = x;
  const latest = standing.latest;
  return {
    name: i.name,
    href,
    latest: latest ? { period: latest.period, value: amountInWords(latest.value, i.unit), target: latest.target === null ? 'None' : amountInWords(latest.target, i.unit), tag: tag(latest.rag.status), reason: latest.rag.reason, direction: DIRECTION_LABELS[latest.direction] } : null,
    // red in the latest periods in a row.
    redPeriods: standing.redPeriods > 1 ? `Red for ${standing.redPeriods} periods in a row (R-2.6.14)` : null,
    next: `${standing.next.period}, due by ${dateInWords(standing.next.dueBy)}${standing.next.overdue ? ' (overdue)' : ''}`,
    overdue: standing.next.overdue,
    supplier: i.supplierName,
    frequency: FREQUENCY_LABELS[i.frequency],
  };
}

export function performancePage(partnershipId: string, objectives: readonly ObjectivePerformance[], submittable: ReadonlySet<string> = new Set()) {
  const base = `/partnerships/${partnershipId}`;
  return {
    // a partner's representative submits the measurements of the indicators their organisation supplies.
    submits: objectives.flatMap((o) => o.indicators.filter((x) => submittable.has(x.indicator.id)).map((x) => x.indicator.name)),
    objectives: objectives.map((o) => ({
      title: o.objective.title,
      outcome: o.objective.outcome,
      href: `${base}/objectives/${o.objective.id}`,
      // R-A1.3: an objective with no indicator is a gap.
      gap: o.indicators.length === 0 ? 'No outcome indicator measures this objective yet (R-A1.3)' : null,
      indicators: o.indicators.map((x) => indicatorSummary(x, `${base}/indicators/${x.indicator.id}`)),
    })),
    links: {
      objectives: `${base}/objectives`,
      addObjective: `${base}/objectives/new`,
      indicators: `${base}/indicators`,
      addIndicator: `${base}/indicators/new`,
      measurements: `${base}/measurements`,
      addMeasurement: `${base}/measurements/new`,
    },
  };
}

/** An indicator's own page: what it is, where it stands, its trend and every period rated. */
export function indicatorView(partnershipId: string, x: IndicatorPerformance) {
  const i = x.indicator;
  const byPeriod = new Map(x.measurements.map((m) => [m.periodEnding, m]));
  return {
    summary: indicatorSummary(x, ''),
    about: [
      { label: 'Which way is better', text: POLARITY_LABELS[i.polarity] },
      { label: 'Baseline', text: i.baseline === null ? 'None' : amountInWords(i.baseline, i.unit) },
      { label: 'Target', text: i.target === null ? 'None: not rated' : amountInWords(i.target, i.unit) },
      { label: 'Amber', text: `Within ${i.tolerance}% of the target (R-2.6.14)` },
    ],
    chart: trendChart(x.series, i.unit, i.name),
    periods: [...x.series].reverse().map((s) => {
      const m = byPeriod.get(s.periodEnding)!;
      return {
        period: s.period,
        value: amountInWords(s.value, i.unit),
        target: s.target === null ? 'None' : amountInWords(s.target, i.unit),
        tag: tag(s.rag.status),
        reason: s.rag.reason,
        direction: DIRECTION_LABELS[s.direction],
        commentary: m.commentary,
        entered: `${m.enteredBy ?? 'Accord'}, ${dateInWords(m.enteredAt.slice(0, 10))}${m.attested ? '; data quality confirmed' : ''}`,
        href: `/partnerships/${partnershipId}/measurements/${m.id}`,
      };
    }),
    addMeasurement: `/partnerships/${partnershipId}/measurements/new`,
  };
}

/** A line of the council's performance view, with its partnership. */
export function councilRow(x: CouncilIndicator) {
  const i = x.indicator;
  return { ...indicatorSummary(x, `/partnerships/${i.partnershipId}/indicators/${i.id}`), partnership: `${i.partnershipName} (${i.reference})`, partnershipHref: `/partnerships/${i.partnershipId}/performance`, objective: i.objectiveTitle };
}

/** the Performance page's reporting: each line and where it stands, the latest reports, the oversight missing. */
export function reportingSection(partnershipId: string, r: PartnershipReporting) {
  const base = `/partnerships/${partnershipId}`;
  return {
    lines: r.lines.map((x) => ({
      title: x.title,
      href: `${base}/reporting-lines/${x.line.id}`,
      frequency: REPORTING_FREQUENCY_LABELS[x.line.frequency],
      reports: x.line.reports,
      last: x.line.lastSubmittedOn ? dateInWords(x.line.lastSubmittedOn) : 'None yet',
      standing: x.standing.words,
      overdue: x.standing.overdue > 0,
    })),
    // The five latest; the rest are on the reports' own list.
    reports: r.reports.slice(0, 5).map((x) => ({ title: x.title, href: `${base}/performance-reports/${x.id}`, to: x.lineTitle, on: dateInWords(x.submittedOn), document: x.documentId ? { text: x.documentTitle, href: `${base}/documents/${x.documentId}` } : null })),
    moreReports: r.reports.length > 5 ? r.reports.length : 0,
    // the oversight the protocol names and the lines do not record.
    oversightGap: r.oversight.gap,
    links: { lines: `${base}/reporting-lines`, addLine: `${base}/reporting-lines/new`, reports: `${base}/performance-reports`, addReport: `${base}/performance-reports/new` },
  };
}

/** the Performance page's action plan: each action and where it stands, overdue first; each partner's refresh. */
export function actionPlanSection(partnershipId: string, plan: PartnershipActionPlan) {
  const base = `/partnerships/${partnershipId}`;
  // Overdue first, then by due day: what needs chasing is at the top.
  const actions = [...plan.actions].sort((a, b) => Number(b.standing.overdue) - Number(a.standing.overdue) || a.action.dueOn.localeCompare(b.action.dueOn));
  return {
    actions: actions.map(({ action: a, standing }) => ({
      title: a.title,
      href: `${base}/plan-actions/${a.id}`,
      owner: `${a.ownerName}, ${a.partnerName}`,
      objective: a.objectiveTitle,
      risk: a.riskTitle,
      riskHref: a.riskId ? `${base}/risks/${a.riskId}` : null,
      status: PLAN_ACTION_STATUS_LABELS[a.status],
      standing: standing.words,
      overdue: standing.overdue,
      // where it sits in its owner's own plan.
      planReference: a.planReference ?? 'Not yet referenced (R-2.6.6)',
    })),
    overdueActions: plan.actions.filter((x) => x.standing.overdue).length,
    refreshes: plan.standings.map((x) => ({ partner: x.partnerName, words: x.words, overdue: x.overdue })),
    links: { actions: `${base}/plan-actions`, addAction: `${base}/plan-actions/new`, refreshes: `${base}/plan-refreshes`, addRefresh: `${base}/plan-refreshes/new`, csv: `${base}/action-plan.csv`, xlsx: `${base}/action-plan.xlsx` },
  };
}

/** the Performance page's risk register: the heat map of open risks, then each risk, overdue first. */
export function riskRegisterSection(partnershipId: string, r: PartnershipRiskRegister) {
  const base = `/partnerships/${partnershipId}`;
  const href = (id: string) => `${base}/risks/${id}`;
  // Overdue first, then the highest score: what needs looking at is at the top; closed risks last.
  const rank = (x: PartnershipRiskRegister['risks'][number]) => (x.risk.status === 'closed' ? 2 : x.standing.overdue ? 0 : 1);
  const ordered = [...r.risks].sort((a, b) => rank(a) - rank(b) || b.standing.score - a.standing.score);
  return {
    heatMap: heatMapView(r.matrix, r.heatMap, new Map(r.risks.map((x) => [x.risk.id, { title: x.risk.title, href: href(x.risk.id) }]))),
    bands: bandsView(r.matrix),
    risks: ordered.map(({ risk: k, standing: s, reviews, controls, controlsInBrief: c }) => ({
      title: k.title,
      href: href(k.id),
      owner: `${k.ownerName}, ${k.partnerName}`,
      category: RISK_CATEGORY_LABELS[k.category],
      response: RISK_RESPONSE_LABELS[k.response],
      inherent: scoreOf(k.inherentLikelihood, k.inherentImpact),
      score: s.score,
      band: s.band,
      tone: toneOf(s.rank, r.matrix.bands.length),
      target: k.targetScore,
      aboveTarget: s.aboveTarget,
      trend: s.trend ? TREND_LABELS[s.trend] : 'Not yet reviewed',
      // the score at each review, oldest first: the risk's trend in figures.
      history: [...reviews].sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)).map((v) => `${dateInWords(v.reviewedOn)}: ${scoreOf(v.likelihood, v.impact)}`),
      standing: s.words,
      overdue: s.overdue,
      closed: k.status === 'closed',
      // the controls the residual score leans on, each with its owner and effectiveness.
      controls: { words: c.words, doubtful: c.doubtful, items: controls.map((x) => ({ title: x.title, href: `${base}/risk-controls/${x.id}`, owner: x.ownerName, effectiveness: CONTROL_EFFECTIVENESS_LABELS[x.effectiveness] })) },
    })),
    overdue: r.risks.filter((x) => x.standing.overdue).length,
    open: r.risks.filter((x) => x.risk.status === 'open').length,
    links: { risks: `${base}/risks`, addRisk: `${base}/risks/new`, controls: `${base}/risk-controls`, addControl: `${base}/risk-controls/new`, reviews: `${base}/risk-reviews`, addReview: `${base}/risk-reviews/new`, fundingProposals: `${base}/funding-proposals`, addFundingProposal: `${base}/funding-proposals/new` },
  };
}

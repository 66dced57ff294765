// A partnership's performance (R-A1.3, R-2.9) under /partnerships/:id/performance: its strategic
// objectives, each with the outcome indicators measuring it, rated against their targets; the records
// themselves are kept on their own pages (objectives, indicators, measurements). And the council's
// performance view across every partnership the user may see (R-2.9), filtered and downloadable.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { councilPerformance, partnershipPerformance, performancePriorities, submittableIndicators, type CouncilPerformanceFilter } from '../../../app/queries/performance.queries.ts';
import { RAG_LABELS, RAGS } from '../../../domain/performance/rag.ts';
import { principalOf } from '../../context.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { actionPlanSection, councilRow, performancePage, reportingSection, riskRegisterSection } from './performance.view-model.ts';
import { challengesSection, issuesSection } from './issues.view-model.ts';
import { annualReviewSection, reviewView } from './annual-review.view-model.ts';
import { annualReviewPdf } from './annual-review.pdf.ts';
import { PageNotFoundError } from '../../errors.ts';
import { partnershipAnnualReviews } from '../../../app/queries/annual-reviews.queries.ts';
import { mayOn } from '../../../domain/access/scope.ts';
import { partnershipChallenges, partnershipIssues } from '../../../app/queries/performance-issues.queries.ts';
import { protocolOf } from '../../../app/protocol-config.ts';
import { partnershipRiskRegister } from '../../../app/queries/risk-register.queries.ts';
import { partnershipActionPlan } from '../../../app/queries/action-plan.queries.ts';
import { partnershipReporting } from '../../../app/queries/reporting.queries.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { measurementExport, performanceExport } from '../../../app/exports/performance-export.ts';
import { planActionExport } from '../../../app/exports/plan-action-export.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageCount } from '../../shared/paging.ts';

type Params = { id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The view's filters from the address; anything else is ignored (a filter nobody could choose). */
const filterSchema = z.object({
  priority: z.string().regex(UUID).optional().catch(undefined),
  rag: z.enum([...RAGS, 'none']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});
/** The page of the view asked for (1 when none, or one that cannot be read). */
const pageOf = (query: unknown): number => filterSchema.parse(typeof query === 'object' && query !== null ? query : {}).page ?? 1;
export function councilFilter(query: unknown): CouncilPerformanceFilter {
  const f = filterSchema.parse(typeof query === 'object' && query !== null ? query : {});
  return { priorityId: f.priority ?? null, rag: f.rag ?? null };
}

export function performanceRoutes(deps: AppDeps, councilName: string) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };

    // R-2.6.4, R-2.4e: an annual review as a PDF for the Audit or Governance committee: what its page shows.
    app.get<{ Params: Params & { annualReviewId: string } }>('/partnerships/:id/annual-reviews/:annualReviewId/review.pdf', view, async (request, reply) => {
      const p = request.partnership!;
      const all = await partnershipAnnualReviews(deps, principalOf(request), p.id, londonToday(deps.clock.now()));
      const found = all.reviews.find((x) => x.review.id === request.params.annualReviewId);
      if (!found) throw new PageNotFoundError();
      const pdf = await annualReviewPdf({ councilName, partnership: p, standing: all.standing.words }, reviewView(p.id, found));
      return reply.type('application/pdf').header('content-disposition', attachment(`${p.reference.replace(/[^A-Za-z0-9-]/g, '')}-${found.review.reviewedOn}-annual-review.pdf`)).send(pdf);
    });

    // R-2.6.6, R-2.6.7, R-2.6.11: the partnership's action plan as CSV and as a workbook.
    for (const format of ['csv', 'xlsx'] as const) {
      app.get<{ Params: Params }>(`/partnerships/:id/action-plan.${format}`, view, async (request, reply) => {
        const p = request.partnership!;
        const now = deps.clock.now();
        const plan = await partnershipActionPlan(deps, principalOf(request), p.id, londonToday(now));
        return reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(exportFilename(`${p.reference.replace(/[^A-Za-z0-9-]/g, "")}-action-plan`, now, format)))
          .send(await planActionExport(p, plan, format, now));
      });
    }

    app.get<{ Params: Params }>('/partnerships/:id/performance', view, async (request, reply) => {
      const p = request.partnership!;
      const today = londonToday(deps.clock.now());
      const [objectives, reporting, plan, register] = await Promise.all([
        partnershipPerformance(deps, principalOf(request), p.id, today),
        partnershipReporting(deps, principalOf(request), p.id, today),
        partnershipActionPlan(deps, principalOf(request), p.id, today),
        partnershipRiskRegister(deps, principalOf(request), p.id, today),
      ]);
      const rules = protocolOf(deps).compliance;
      const [theirs, issues, challenges, reviews] = await Promise.all([
        p.withdrawn ? new Set<string>() : submittableIndicators(deps, principalOf(request), p.id, objectives.flatMap((o) => o.indicators.map((x) => x.indicator))),
        partnershipIssues(deps, principalOf(request), p.id, today, rules.poorPerformance, objectives, reporting),
        partnershipChallenges(deps, principalOf(request), p.id, today, rules.challengeAnswerDays),
        partnershipAnnualReviews(deps, principalOf(request), p.id, today),
      ]);
      // R-2.6.15: a partner's representative raises a challenge for their organisation, as the keepers may.
      const mayChallenge = !p.withdrawn && (keepsPartnership(request) || mayOn(principalOf(request), 'performance.submit', p.id));
      return reply.view('performance/show', { title: `Performance: ${p.name}`, ...performancePage(p.id, objectives, theirs), issues: issuesSection(p.id, issues), challenges: { ...challengesSection(p.id, rules.challengeAnswerDays, challenges), mayRaise: mayChallenge }, review: annualReviewSection(p.id, reviews), reporting: reportingSection(p.id, reporting), plan: actionPlanSection(p.id, plan), risks: riskRegisterSection(p.id, register), canChange: keepsPartnership(request) && !p.withdrawn });
    });

    app.get('/performance', view, async (request, reply) => {
      const filter = councilFilter(request.query);
      const [result, priorities] = await Promise.all([councilPerformance(deps, principalOf(request), filter, londonToday(deps.clock.now())), performancePriorities(deps)]);
      const query = new URLSearchParams({ ...(filter.priorityId ? { priority: filter.priorityId } : {}), ...(filter.rag ? { rag: filter.rag } : {}) }).toString();
      // Every indicator is rated to count the ratings; a page of them is shown (past the last page, the last).
      const total = result.indicators.length;
      const page = Math.min(pageOf(request.query), pageCount(total));
      const shown = result.indicators.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
      return reply.view('performance/council', {
        title: page > 1 ? `Performance across the partnerships (page ${page})` : 'Performance across the partnerships',
        rows: shown.map(councilRow),
        ...listView(page, total, (n) => listHref('/performance', { priority: filter.priorityId, rag: filter.rag, page: n })),
        counts: (['red', 'amber', 'green', 'none'] as const).map((k) => ({ text: RAG_LABELS[k], n: result.counts[k] })),
        priorities: [{ value: '', text: 'All corporate priorities' }, ...priorities.map((x) => ({ value: x.id, text: x.title, selected: x.id === filter.priorityId }))],
        rags: [{ value: '', text: 'Any rating' }, ...(['red', 'amber', 'green', 'none'] as const).map((k) => ({ value: k, text: k === 'none' ? 'Not rated' : RAG_LABELS[k], selected: k === filter.rag }))],
        filtered: Boolean(query),
        downloads: { csv: `/performance.csv${query ? `?${query}` : ''}`, xlsx: `/performance.xlsx${query ? `?${query}` : ''}`, measurementsCsv: `/performance/measurements.csv${query ? `?${query}` : ''}`, measurementsXlsx: `/performance/measurements.xlsx${query ? `?${query}` : ''}` },
      });
    });

    // R-2.6.11: the view as CSV and as a workbook, every indicator the filters pick with its latest rating.
    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`/performance.${format}`, view, async (request, reply) => {
        const now = deps.clock.now();
        const result = await councilPerformance(deps, principalOf(request), councilFilter(request.query), londonToday(now));
        return reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(exportFilename('partnership-performance', now, format)))
          .send(await performanceExport(result.indicators, format, now));
      });
      // R-2.9, R-2.6.11: every measurement of the indicators the filters pick, one row per period.
      app.get(`/performance/measurements.${format}`, view, async (request, reply) => {
        const now = deps.clock.now();
        const result = await councilPerformance(deps, principalOf(request), councilFilter(request.query), londonToday(now));
        return reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(exportFilename('partnership-measurements', now, format)))
          .send(await measurementExport(result.indicators, format, now));
      });
    }
  };
}

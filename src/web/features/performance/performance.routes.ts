// A partnership's performance (R-A1.3, R-2.9) under /partnerships/:id/performance: its strategic
// objectives, each with the outcome indicators measuring it, rated against their targets; the records
// themselves are kept on their own pages (objectives, indicators, measurements). And the council's
// performance view across every partnership the user may see (R-2.9), filtered and downloadable.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { councilPerformance, partnershipPerformance, performancePriorities, type CouncilPerformanceFilter } from '../../../app/queries/performance.queries.ts';
import { RAG_LABELS, RAGS } from '../../../domain/performance/rag.ts';
import { principalOf } from '../../context.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { councilRow, performancePage } from './performance.view-model.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { performanceExport } from '../../../app/exports/performance-export.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';

type Params = { id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The view's filters from the address; anything else is ignored (a filter nobody could choose). */
const filterSchema = z.object({
  priority: z.string().regex(UUID).optional().catch(undefined),
  rag: z.enum([...RAGS, 'none']).optional().catch(undefined),
});
export function councilFilter(query: unknown): CouncilPerformanceFilter {
  const f = filterSchema.parse(typeof query === 'object' && query !== null ? query : {});
  return { priorityId: f.priority ?? null, rag: f.rag ?? null };
}

export function performanceRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };

    app.get<{ Params: Params }>('/partnerships/:id/performance', view, async (request, reply) => {
      const p = request.partnership!;
      const objectives = await partnershipPerformance(deps, principalOf(request), p.id, londonToday(deps.clock.now()));
      return reply.view('performance/show', { title: `Performance: ${p.name}`, ...performancePage(p.id, objectives), canChange: keepsPartnership(request) && !p.withdrawn });
    });

    app.get('/performance', view, async (request, reply) => {
      const filter = councilFilter(request.query);
      const [result, priorities] = await Promise.all([councilPerformance(deps, principalOf(request), filter, londonToday(deps.clock.now())), performancePriorities(deps)]);
      const query = new URLSearchParams({ ...(filter.priorityId ? { priority: filter.priorityId } : {}), ...(filter.rag ? { rag: filter.rag } : {}) }).toString();
      return reply.view('performance/council', {
        title: 'Performance across the partnerships',
        rows: result.indicators.map(councilRow),
        counts: (['red', 'amber', 'green', 'none'] as const).map((k) => ({ text: RAG_LABELS[k], n: result.counts[k] })),
        priorities: [{ value: '', text: 'All corporate priorities' }, ...priorities.map((x) => ({ value: x.id, text: x.title, selected: x.id === filter.priorityId }))],
        rags: [{ value: '', text: 'Any rating' }, ...(['red', 'amber', 'green', 'none'] as const).map((k) => ({ value: k, text: k === 'none' ? 'Not rated' : RAG_LABELS[k], selected: k === filter.rag }))],
        filtered: Boolean(query),
        downloads: { csv: `/performance.csv${query ? `?${query}` : ''}`, xlsx: `/performance.xlsx${query ? `?${query}` : ''}` },
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
    }
  };
}

// R-2.6.8: the council's view of the partnerships' risk registers at /risks: every open risk of the
// partnerships the user may see, counted by band, on one heat map whose cells drill down to their risks,
// filtered by band, by cell and to the overdue, a page at a time; and the same list as CSV and XLSX.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { riskExport } from '../../../app/exports/risk-export.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { councilRiskRegister, riskMatrixInForce, type CouncilRiskFilter } from '../../../app/queries/risk-register.queries.ts';
import type { RiskMatrix } from '../../../domain/risk/matrix.ts';
import { principalOf } from '../../context.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageCount } from '../../shared/paging.ts';
import { bandsView, heatMapView } from './heat-map.ts';
import { councilRiskRow } from './risks.view-model.ts';

/** The view's filters from the address; one nobody could choose (a band not on the matrix, a cell off it) is ignored. */
function filterOf(m: RiskMatrix, query: unknown): CouncilRiskFilter & { page: number } {
  const scale = (size: number) => z.coerce.number().int().min(1).max(size).optional().catch(undefined);
  const f = z
    .object({
      band: z.enum(m.bands.map((b) => b.name) as [string, ...string[]]).optional().catch(undefined),
      likelihood: scale(m.likelihood.length),
      impact: scale(m.impact.length),
      overdue: z.literal('yes').optional().catch(undefined),
      page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
    })
    .parse(typeof query === 'object' && query !== null ? query : {});
  return { band: f.band ?? null, likelihood: f.likelihood ?? null, impact: f.impact ?? null, overdue: f.overdue === 'yes' ? true : null, page: f.page ?? 1 };
}
const paramsOf = (f: CouncilRiskFilter) => ({ band: f.band, likelihood: f.likelihood, impact: f.impact, overdue: f.overdue ? 'yes' : null });

export function riskRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };

    app.get('/risks', view, async (request, reply) => {
      const m = await riskMatrixInForce(deps);
      const filter = filterOf(m, request.query);
      const result = await councilRiskRegister(deps, principalOf(request), m, filter, londonToday(deps.clock.now()));
      // Past the last page, the last.
      const total = result.risks.length;
      const page = Math.min(filter.page, pageCount(total));
      const shown = result.risks.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
      const params = paramsOf(filter);
      const query = listHref('', params).replace(/^\?/, '');
      const cell = filter.likelihood !== null || filter.impact !== null;
      return reply.view('performance/risks', {
        title: page > 1 ? `Risks across the partnerships (page ${page})` : 'Risks across the partnerships',
        rows: shown.map((x) => councilRiskRow(m, x)),
        ...listView(page, total, (n) => listHref('/risks', { ...params, page: n })),
        columns: 'full',
        map: heatMapView(m, result.heatMap, new Map()),
        bands: bandsView(m).map((b) => ({ ...b, n: result.counts.bands.find((c) => c.name === b.name)?.n ?? 0, href: listHref('/risks', { band: b.name }) })),
        counts: result.counts,
        cellHref: (likelihood: number, impact: number) => listHref('/risks', { likelihood, impact }),
        bandItems: [{ value: '', text: 'Any band' }, ...m.bands.map((b) => ({ value: b.name, text: b.name, selected: b.name === filter.band }))],
        overdueOnly: filter.overdue === true,
        cell: cell ? `${filter.likelihood !== null ? `likelihood ${filter.likelihood} (${m.likelihood[filter.likelihood - 1]})` : 'any likelihood'}, ${filter.impact !== null ? `impact ${filter.impact} (${m.impact[filter.impact - 1]})` : 'any impact'}` : null,
        hidden: { likelihood: filter.likelihood, impact: filter.impact },
        filtered: Boolean(query),
        downloads: { csv: `/risks.csv${query ? `?${query}` : ''}`, xlsx: `/risks.xlsx${query ? `?${query}` : ''}` },
      });
    });

    // R-2.6.11: the view as CSV and as a workbook, every open risk the filters pick.
    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`/risks.${format}`, view, async (request, reply) => {
        const now = deps.clock.now();
        const m = await riskMatrixInForce(deps);
        const result = await councilRiskRegister(deps, principalOf(request), m, filterOf(m, request.query), londonToday(now));
        return reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(exportFilename('partnership-risks', now, format)))
          .send(await riskExport(result.risks, format, now));
      });
    }
  };
}

// The council-wide compliance dashboard at /compliance and its downloads: every
// partnership the user may see against the protocol's requirement groups, the gaps by clause, filters in
// the address (a GET form that works without JavaScript), paging; the same filters in the CSV and XLSX.
// A filter value the page cannot use (an old or edited link) is left out rather than refused, as the
// register does; the API answers 400 at it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { complianceExportFilename } from '../../../app/exports/compliance-export.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { complianceDashboard, complianceDownload } from '../../../app/queries/compliance-dashboard.queries.ts';
import { parseComplianceQuery } from '../../../domain/compliance/dashboard-query.ts';
import { principalOf } from '../../context.ts';
import { DASHBOARD_PATH, dashboardView } from './dashboard.view-model.ts';

const queryOf = (request: FastifyRequest) => parseComplianceQuery((request.query ?? {}) as Record<string, unknown>).query;

export function complianceDashboardRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get(DASHBOARD_PATH, { config: { access: 'register.view' } }, async (request, reply) => {
      const query = queryOf(request);
      const dashboard = await complianceDashboard(deps, principalOf(request), query);
      return reply.view('compliance-dashboard/dashboard', { title: 'Compliance', columns: 'full', ...dashboardView(query, dashboard) });
    });

    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`${DASHBOARD_PATH}/export.${format}`, { config: { access: 'register.view' } }, async (request, reply) => {
        const now = deps.clock.now();
        const stream = await complianceDownload(deps, principalOf(request), queryOf(request), format, now);
        return reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(complianceExportFilename(now, format)))
          .send(stream);
      });
    }
  };
}

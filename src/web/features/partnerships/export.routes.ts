// the register list as CSV and XLSX. The same search, filters and sort as the list page
// (a value the list ignores is ignored here too), every matching row rather than one page, streamed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { registerExport } from '../../../app/queries/register.queries.ts';
import { CSV_CONTENT_TYPE, registerExportFilename, XLSX_CONTENT_TYPE } from '../../../app/register-export.ts';
import { principalOf } from '../../context.ts';
import { parseRegisterQuery } from '../../../domain/register/register-query.ts';

function exportQuery(request: FastifyRequest) {
  return parseRegisterQuery(request.query as Record<string, unknown>).query;
}

export function exportRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/partnerships/export.csv', { config: { access: 'register.view' } }, async (request, reply) => {
      const stream = await registerExport(deps, principalOf(request), exportQuery(request), 'csv', deps.clock.now());
      return reply.type(CSV_CONTENT_TYPE).header('content-disposition', attachment(registerExportFilename(deps.clock.now(), 'csv'))).send(stream);
    });

    app.get('/partnerships/export.xlsx', { config: { access: 'register.view' } }, async (request, reply) => {
      const now = deps.clock.now();
      const stream = await registerExport(deps, principalOf(request), exportQuery(request), 'xlsx', now);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachment(registerExportFilename(now, 'xlsx'))).send(stream);
    });
  };
}

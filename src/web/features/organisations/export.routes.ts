// the organisations list as CSV and XLSX, with the list's search and sector filter.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { organisationsExport } from '../../../app/exports/directory-export.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { SECTORS, type Sector } from '../../../domain/register/vocabulary.ts';
import { param, searchParam } from '../../shared/params.ts';

export function organisationExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/organisations/export.${format}`, { config: { access: 'directory.view' } }, async (request, reply) => {
      const sector = param(request.query, 'sector');
      const filter = { q: searchParam(request.query), sector: (SECTORS as readonly string[]).includes(sector) ? (sector as Sector) : null };
      const now = deps.clock.now();
      const stream = await organisationsExport(deps.database.db, filter, format, now);
      return reply
        .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(exportFilename('organisations', now, format)))
        .send(stream);
    });
  }
}

// the people list as CSV and XLSX, with the list's search and filters.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { peopleExport } from '../../../app/exports/directory-export.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { idParamOrNull, param, searchParam } from '../../shared/params.ts';

export function peopleExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/people/export.${format}`, { config: { access: 'directory.view' } }, async (request, reply) => {
      const filter = {
        q: searchParam(request.query),
        organisationId: idParamOrNull(request.query, 'organisation'),
        councilOnly: param(request.query, 'council') === 'yes',
      };
      const now = deps.clock.now();
      const stream = await peopleExport(deps.database.db, filter, format, now);
      return reply
        .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(exportFilename('people', now, format)))
        .send(stream);
    });
  }
}

// the public register, for residents, without signing in: the partnerships the council has
// published (/public), each one's page (/public/partnerships/:reference), and the open data of the same
// as CSV and JSON with its schema and licence (/public/open-data). What may be shown is the domain's
// publicPartnership; a partnership not published answers the same 404 as one that does not exist, so the
// public learns nothing of it, not even that it exists.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { attachment, exportFilename } from '../../../app/exports/filename.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { openDataTable, openDataJson, publicPartnershipOf, publicRegister } from '../../../app/queries/public-register.queries.ts';
import { OPEN_DATA_FIELDS, OPEN_DATA_LICENCE, OPEN_DATA_SCHEMA_VERSION } from '../../../domain/export/open-data-columns.ts';
import { PageNotFoundError } from '../../errors.ts';

export const PUBLIC_PATH = '/public';
export const OPEN_DATA_PATH = '/public/open-data';
const REFERENCE = /^P-\d{4}-\d{3,6}$/;
const anyone = { config: { access: 'public' as const } };

export function publicRoutes(deps: AppDeps, councilName: string) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get(PUBLIC_PATH, anyone, async (_request, reply) => {
      const partnerships = await publicRegister(deps);
      return reply.view('public/register', { title: 'Partnerships register', publicPage: true, columns: 'full', partnerships, openDataPath: OPEN_DATA_PATH });
    });

    app.get<{ Params: { reference: string } }>(`${PUBLIC_PATH}/partnerships/:reference`, anyone, async (request, reply) => {
      const reference = request.params.reference;
      const partnership = REFERENCE.test(reference) ? await publicPartnershipOf(deps, reference) : undefined;
      if (!partnership) throw new PageNotFoundError();
      return reply.view('public/partnership', { title: partnership.name, publicPage: true, partnership, backLink: PUBLIC_PATH });
    });

    app.get(OPEN_DATA_PATH, anyone, async (_request, reply) =>
      reply.view('public/open-data', { title: 'Open data: partnerships', publicPage: true, columns: 'full', fields: OPEN_DATA_FIELDS, licence: OPEN_DATA_LICENCE, version: OPEN_DATA_SCHEMA_VERSION, backLink: PUBLIC_PATH }),
    );

    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`${OPEN_DATA_PATH}/partnerships.${format}`, anyone, async (_request, reply) =>
        reply
          .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
          .header('content-disposition', attachment(exportFilename('public-partnerships', deps.clock.now(), format)))
          .send(await openDataTable(deps, format)),
      );
    }

    app.get(`${OPEN_DATA_PATH}/partnerships.json`, anyone, async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        // Open data: anyone's page or program may read it (CORS), loaded from any site.
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(await openDataJson(deps, councilName, OPEN_DATA_PATH)),
    );
  };
}

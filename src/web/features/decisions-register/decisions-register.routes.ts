// The decisions register (R-2.8a): one partnership's at /partnerships/:id/decisions, under its
// sub-navigation, and the council's at /decisions, across every partnership the user may see; each with
// its CSV and XLSX download taking the same filters. Reading them is reading the partnership's
// meetings (register.view); the partnership scope hook answers 404 for a partnership outside the user's
// reach before these handlers run, and the council-wide reads are filtered by the register's own scope.
// The filters are a GET form that works without JavaScript; a day that cannot be read is a 400 with the
// error summary and the list shown without it, as the partnership register does with an amount.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { decisionsExportFilename } from '../../../app/exports/decisions-export.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { decisionPartnerships, decisionsRegisterExport, decisionsRegisterPage } from '../../../app/queries/decisions-register.queries.ts';
import { principalOf } from '../../context.ts';
import { parseDecisionsParams } from './decisions-register.params.ts';
import { COUNCIL_DECISIONS_PATH, decisionsView, partnershipDecisionsPath } from './decisions-register.view-model.ts';

const paramsOf = (request: FastifyRequest) => (request.query ?? {}) as Record<string, unknown>;
/** The address's query as sent, encoded again: a download with a day that cannot be read goes back to the page with it. */
const sentQuery = (request: FastifyRequest) => {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(paramsOf(request))) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.append(key, v);
  }
  return out.size ? `?${out}` : '';
};

export function decisionsRegisterRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const read = { config: { access: 'register.view' as const } };

    app.get(COUNCIL_DECISIONS_PATH, read, async (request, reply) => {
      const parsed = parseDecisionsParams(paramsOf(request), null);
      const principal = principalOf(request);
      const [result, partnerships] = await Promise.all([decisionsRegisterPage(deps, principal, parsed.query), decisionPartnerships(deps, principal)]);
      const view = decisionsView({ ...parsed, result, partnerships, path: COUNCIL_DECISIONS_PATH, apiPath: '/api/v1/decisions' });
      return reply.code(parsed.errors.length ? 400 : 200).view('decisions-register/council', { title: 'Decisions register', columns: 'full', ...view });
    });

    app.get<{ Params: { id: string } }>('/partnerships/:id/decisions', read, async (request, reply) => {
      const p = request.partnership!;
      const parsed = parseDecisionsParams(paramsOf(request), p.id);
      const result = await decisionsRegisterPage(deps, principalOf(request), parsed.query);
      const view = decisionsView({ ...parsed, result, partnerships: null, path: partnershipDecisionsPath(p.id), apiPath: `/api/v1/partnerships/${p.id}/decisions` });
      return reply.code(parsed.errors.length ? 400 : 200).view('decisions-register/partnership', { title: `Decisions: ${p.name}`, columns: 'full', ...view });
    });

    const download = async (request: FastifyRequest, reply: FastifyReply, format: 'csv' | 'xlsx', partnership: { id: string; reference: string } | null) => {
      const page = partnership ? partnershipDecisionsPath(partnership.id) : COUNCIL_DECISIONS_PATH;
      const parsed = parseDecisionsParams(paramsOf(request), partnership?.id ?? null);
      // The page offers downloads only for filters it can read; an edited link is sent back to the page, which says why.
      if (parsed.errors.length) return reply.redirect(`${page}${sentQuery(request)}`, 303);
      const now = deps.clock.now();
      const stream = await decisionsRegisterExport(deps, principalOf(request), parsed.query, format, now);
      return reply
        .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(decisionsExportFilename(now, format, partnership?.reference ?? null)))
        .send(stream);
    };

    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`${COUNCIL_DECISIONS_PATH}.${format}`, read, (request, reply) => download(request, reply, format, null));
      app.get<{ Params: { id: string } }>(`/partnerships/:id/decisions.${format}`, read, (request, reply) => download(request, reply, format, request.partnership!));
    }
  };
}

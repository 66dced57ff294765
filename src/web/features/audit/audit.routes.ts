// The whole audit trail, newest first, for administrators and internal audit: filtered by
// user, record type, record and a range of days, in plain words, each record named and linked; and
// the filtered trail as CSV and XLSX, streamed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { trailPage, type AuditEvent } from '../../../app/audit-trail.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { auditCsv, auditExportFilename, auditXlsx } from '../../../app/exports/audit-export.ts';
import { CSV_CONTENT_TYPE } from '../../../app/exports/csv.ts';
import { XLSX_CONTENT_TYPE } from '../../../app/exports/xlsx.ts';
import { ENTITY_TYPE_LABELS } from '../../../domain/audit/describe.ts';
import { parseTrailFilter, trailFilterParams, type ParsedTrailFilter } from '../../../domain/audit/trail-filter.ts';
import { users as allUsers } from '../../../app/queries/directory.queries.ts';
import { principalOf } from '../../context.ts';
import { errorView } from '../../forms/form.ts';
import { selectItems, userItems as selectUsers } from '../../shared/select-lists.ts';
import { trailRows } from './trail-rows.ts';

const PAGE_SIZE = 50;

function href(path: string, params: Array<[string, string]>): string {
  const text = new URLSearchParams(params).toString();
  return text ? `${path}?${text}` : path;
}

/** Every user: to name and link who acted, and to choose whose actions to show. */
async function trailUsers(deps: AppDeps, request: FastifyRequest, parsed: ParsedTrailFilter) {
  const users = await allUsers(deps, principalOf(request));
  const userItems = selectUsers(users, parsed.input.user, 'Anyone');
  return { users, userItems };
}

export function auditRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const parse = (request: FastifyRequest) => parseTrailFilter(request.query as Record<string, unknown>);

    app.get('/audit', { config: { access: 'audit.view' } }, async (request, reply) => {
      const parsed = parse(request);
      const kept = trailFilterParams(parsed.input);
      const { users, userItems } = await trailUsers(deps, request, parsed);
      const common = {
        title: 'Audit trail',
        columns: 'full',
        input: parsed.input,
        userItems,
        typeItems: selectItems(Object.keys(ENTITY_TYPE_LABELS), ENTITY_TYPE_LABELS, parsed.input.type, 'Any kind of record'),
        filtered: kept.length > 0,
        csvHref: href('/audit/export.csv', kept),
        xlsxHref: href('/audit/export.xlsx', kept),
        recordOnly: null as null | { type: string; name: string; clearHref: string },
      };
      if (parsed.errors.length) {
        // A date that cannot be read: say so at the field and show nothing rather than the wrong events.
        return reply.code(400).view('audit/list', { ...common, ...errorView(parsed.errors), events: [], olderHref: null, newestHref: null });
      }
      const { events, more } = await trailPage(deps.database, parsed.filter, PAGE_SIZE);
      const rows = await trailRows(deps.database, events, users, (extra) => href('/audit', [...kept.filter(([k]) => !(k in extra)), ...Object.entries(extra)]));
      const last = events.at(-1);
      const recordRow = parsed.filter.entityId ? rows.find((r) => r.recordTrailHref) : undefined;
      return reply.view('audit/list', {
        ...common,
        events: rows,
        recordOnly: parsed.filter.entityId
          ? { type: recordRow?.recordType ?? '', name: recordRow?.recordName ?? parsed.filter.entityId, clearHref: href('/audit', kept.filter(([k]) => k !== 'record')) }
          : null,
        olderHref: more && last ? href('/audit', [...kept, ['before', String(last.seq)]]) : null,
        newestHref: parsed.filter.beforeSeq !== null ? href('/audit', kept) : null,
      });
    });

    const download = async (request: FastifyRequest, reply: FastifyReply, extension: 'csv' | 'xlsx') => {
      const parsed = parse(request);
      if (parsed.errors.length) {
        // The export link is only offered for readable filters; a hand-edited one is sent back to the page.
        return reply.redirect(href('/audit', trailFilterParams(parsed.input)), 303);
      }
      const { users } = await trailUsers(deps, request, parsed);
      const describe = (events: readonly AuditEvent[]) => trailRows(deps.database, events, users, () => '');
      const now = deps.clock.now();
      const stream = extension === 'csv' ? await auditCsv(deps.database, parsed.filter, describe) : await auditXlsx(deps.database, parsed.filter, describe, now);
      return reply
        .type(extension === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(auditExportFilename(now, extension)))
        .send(stream);
    };

    app.get('/audit/export.csv', { config: { access: 'audit.view' } }, (request, reply) => download(request, reply, 'csv'));
    app.get('/audit/export.xlsx', { config: { access: 'audit.view' } }, (request, reply) => download(request, reply, 'xlsx'));
  };
}

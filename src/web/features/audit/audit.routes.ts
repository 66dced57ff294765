// The whole audit trail, newest first, for administrators and internal audit.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { recentEvents } from '../../../app/audit-trail.ts';
import { actionLabel, describeChanges } from '../../../domain/audit/describe.ts';

const PAGE_SIZE = 50;

export function auditRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/audit', { config: { access: 'audit.view' } }, async (request, reply) => {
      const raw = (request.query as Record<string, unknown>).before;
      const before = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
      const events = await recentEvents(deps.database, PAGE_SIZE + 1, before);
      const page = events.slice(0, PAGE_SIZE);
      const last = page.at(-1);
      return reply.view('audit/list', {
        title: 'Audit trail',
        columns: 'full',
        events: page.map((e) => ({ ...e, actionText: actionLabel(e.action), lines: describeChanges(e) })),
        olderHref: events.length > PAGE_SIZE && last ? `/audit?before=${last.seq}` : null,
        newestHref: before !== undefined ? '/audit' : null,
      });
    });
  };
}

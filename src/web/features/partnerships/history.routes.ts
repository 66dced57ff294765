// A partnership's History: everything that happened to it and to its records, newest first,
// a page at a time ("Older events" carries ?before=<seq>; a value that is not a sequence number is ignored).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { partnershipHistory } from '../../../app/queries/partnership.queries.ts';
import { principalOf } from '../../context.ts';
import { LIST_PAGE_SIZE } from '../../shared/paging.ts';
import { seqParam } from '../../shared/params.ts';
import { historyEntries } from './history.view-model.ts';

export function historyRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/partnerships/:id/history', { config: { access: 'register.view' } }, async (request, reply) => {
      const p = request.partnership!;
      const beforeSeq = seqParam(request.query, 'before');
      const page = await partnershipHistory(deps, principalOf(request), p.id, { beforeSeq, size: LIST_PAGE_SIZE });
      const last = page.events.at(-1);
      const here = `/partnerships/${p.id}/history`;
      return reply.view('partnerships/history', {
        title: `History: ${p.name}`,
        history: await historyEntries(deps, page.events),
        olderHref: page.more && last ? `${here}?before=${last.seq}` : null,
        newestHref: beforeSeq !== null ? here : null,
      });
    });
  };
}

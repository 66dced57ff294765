// R-2.8d: What's due. /due: what falls to the signed-in
// user (through the records under People linked to their account), overdue first. /due/council: all of it
// across the partnerships, for administrators, sponsoring officers and internal audit (council-due.view).
// Filtered by how far ahead and by kind, a page at a time; every filter is a plain GET form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { whatsDueFor, type DueView } from '../../../app/queries/whats-due.queries.ts';
import { can } from '../../../domain/access/roles.ts';
import { DUE_KIND_LABELS, DUE_KINDS, DUE_WITHIN_CHOICES, DUE_WITHIN_DAYS } from '../../../domain/due/whats-due.ts';
import { principalOf } from '../../context.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageCount } from '../../shared/paging.ts';
import { dueRow } from './due.view-model.ts';

/** The filters from the address; one nobody could choose is ignored. */
export function dueFilterOf(query: unknown) {
  const f = z
    .object({
      within: z.coerce.number().int().refine((n) => (DUE_WITHIN_CHOICES as readonly number[]).includes(n)).optional().catch(undefined),
      kind: z.enum(DUE_KINDS).optional().catch(undefined),
      page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
    })
    .parse(typeof query === 'object' && query !== null ? query : {});
  return { within: f.within ?? DUE_WITHIN_DAYS, kind: f.kind ?? null, page: f.page ?? 1 };
}

export function dueRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    async function page(request: FastifyRequest, reply: FastifyReply, view: DueView) {
      const path = view === 'council' ? '/due/council' : '/due';
      const filter = dueFilterOf(request.query);
      const found = await whatsDueFor(deps, principalOf(request), view, londonToday(deps.clock.now()), filter);
      const { items } = found;
      const shown = Math.min(filter.page, pageCount(items.length));
      const params = { within: filter.within === DUE_WITHIN_DAYS ? null : filter.within, kind: filter.kind };
      const heading = view === 'council' ? 'What’s due across the partnerships' : 'What’s due for you';
      return reply.view('due/due', {
        title: shown > 1 ? `${heading} (page ${shown})` : heading,
        heading,
        view,
        path,
        mayCouncil: can(request.user!.role, 'council-due.view'),
        linked: found.linked,
        counts: found.counts,
        within: filter.within,
        rows: items.slice((shown - 1) * LIST_PAGE_SIZE, shown * LIST_PAGE_SIZE).map(dueRow),
        ...listView(shown, items.length, (n) => listHref(path, { ...params, page: n })),
        columns: 'full',
        withinItems: DUE_WITHIN_CHOICES.map((n) => ({ value: String(n), text: `The next ${n} days`, selected: n === filter.within })),
        kindItems: [{ value: '', text: 'Any kind' }, ...DUE_KINDS.map((k) => ({ value: k, text: DUE_KIND_LABELS[k], selected: k === filter.kind }))],
        filtered: filter.kind !== null || filter.within !== DUE_WITHIN_DAYS,
      });
    }
    app.get('/due', { config: { access: 'dashboard.view' } }, (request, reply) => page(request, reply, 'mine'));
    app.get('/due/council', { config: { access: 'council-due.view' } }, (request, reply) => page(request, reply, 'council'));
  };
}

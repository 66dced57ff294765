// The partnership scope hook. Every route under a partnership (/partnerships/:id…, and the API's
// /api/v1/partnerships/:id…) is scoped, by its address alone: there is no opt-out to forget. After the
// access and CSRF checks, and before the handler, the hook reads the partnership's header once, for the
// user's principal; a partnership that does not exist, or that the principal may not see, answers 404
// (the page, or problem+json on the API) and the handler never runs; one they may read, but that the
// route's own grant does not reach, answers 403. Otherwise request.partnership is
// the header, and every page rendered for the request has it as `partnership`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import { NotFoundError } from '../../app/errors.ts';
import { partnershipHeader } from '../../app/queries/partnership.queries.ts';
import { isPermission } from '../../domain/access/roles.ts';
import { mayOn } from '../../domain/access/scope.ts';
import { principalOf } from '../context.ts';
import { ForbiddenError } from '../errors.ts';
import { idParam } from '../shared/params.ts';

export type RouteScope = 'partnership' | null;

const SCOPED_PREFIXES = ['/partnerships/:id', '/api/v1/partnerships/:id'] as const;

/** A route's scope, from its address: the partnership, for the partnership's address and all below it. */
export function scopeOf(url: string): RouteScope {
  return SCOPED_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`)) ? 'partnership' : null;
}

export function setupPartnershipScope(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('partnership', null);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (request.is404 || scopeOf(request.routeOptions.url ?? '') === null) return;
    // An id of the wrong shape is not looked up: it is simply not found, as before.
    const id = idParam((request.params as { id?: unknown }).id);
    const header = await partnershipHeader(deps, principalOf(request), id);
    // Out of scope is 404, not 403: whether a partnership exists is itself not for everyone to learn.
    if (!header) throw new NotFoundError('No such partnership');
    // A partnership they may read but whose records their grant does not reach (a sponsoring officer's
    // grant reaches their own partnerships): 403, since they know it exists.
    const access = request.routeOptions.config.access;
    if (isPermission(access) && !mayOn(principalOf(request), access, header.id)) throw new ForbiddenError();
    request.partnership = header;
  });
}

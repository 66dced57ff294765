// Authorization on the server for every route, denied by default: each route declares its access
// in its options; a route that declares nothing answers 403 (and a test fails for it).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { allows } from '../../domain/access/roles.ts';
import { ForbiddenError, SignInRequiredError } from '../errors.ts';
import { scopeOf, type RouteScope } from './partnership-scope.ts';

export interface RouteDeclaration {
  method: string;
  url: string;
  access: string | undefined;
  /** 'partnership': under a partnership, checked by the scope hook (partnership-scope.ts). */
  scope: RouteScope;
}

export function setupAccess(app: FastifyInstance): RouteDeclaration[] {
  const routes: RouteDeclaration[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access: route.config?.access, scope: scopeOf(route.url) });
    }
  });
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (!access) {
      request.log.error({ url: request.routeOptions.url }, 'route declares no access: denied');
      throw new ForbiddenError();
    }
    if (allows(access, request.user?.role ?? null, scopeOf(request.routeOptions.url ?? '') === 'partnership')) return;
    if (!request.user) throw new SignInRequiredError();
    throw new ForbiddenError();
  });
  return routes;
}

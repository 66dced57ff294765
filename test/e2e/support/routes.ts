// Which route answers an address, and which routes are pages a person visits: read from the routes the
// app itself declared (app.routeDeclarations), so a page added tomorrow is expected without editing a list.
import type { RouteDeclaration } from '../../../src/web/plugins/access.ts';

interface Matcher {
  url: string;
  regex: RegExp;
  /** Fixed segments win over parameters, as in Fastify: /partnerships/new before /partnerships/:id. */
  params: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcher(url: string): Matcher {
  const parts = url.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : escape(segment)));
  return { url, regex: new RegExp(`^${parts.join('/')}$`), params: url.split(/[:*]/).length - 1 };
}

/** Returns a function naming the GET route ("/partnerships/:id") that answers a path, or undefined. */
export function routeMatcher(routes: readonly RouteDeclaration[]): (pathname: string) => string | undefined {
  const matchers = routes
    .filter((r) => r.method === 'GET')
    .map((r) => matcher(r.url))
    .sort((a, b) => a.params - b.params);
  return (pathname) => matchers.find((m) => m.regex.test(pathname))?.url;
}

/**
 * The GET routes that answer an HTML page: not the JSON API, health checks, static files or downloads
 * (an address ending in a file extension, such as /partnerships/export.csv or /api/openapi.json).
 */
export function pageRoutes(routes: readonly RouteDeclaration[]): RouteDeclaration[] {
  return routes.filter(
    (r) => r.method === 'GET' && !/^\/(api\/v\d+|health|static)\//.test(r.url) && !/\.[a-z0-9]+$/i.test(r.url),
  );
}

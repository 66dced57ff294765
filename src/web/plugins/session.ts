// Recognises the signed-in user from the session cookie on every request but the JSON API's, where
// only a bearer token counts (src/web/api/bearer.ts): a cookie sent there is not looked up, so it
// neither costs a query nor keeps its session alive.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import { resolveSession } from '../../app/sessions.service.ts';

export const SESSION_COOKIE = 'accord_session';

export function setupSession(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    request.user = null;
    if (request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await resolveSession(deps, token);
  });
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  // No Max-Age: the cookie ends with the browser; the server enforces idle and absolute limits.
  reply.setCookie(SESSION_COOKIE, token, reply.server.cookieDefaults);
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, reply.server.cookieDefaults);
}

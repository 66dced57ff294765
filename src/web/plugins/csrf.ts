// CSRF tokens on every state-changing form: signed double-submit, bound to the session, checked
// after the body is parsed. The JSON API takes bearer tokens only (never cookies), so it needs none.
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Tokens are bound to the session, so a token from before signing in is useless after. */
export function csrfUserInfo(request: FastifyRequest): string {
  return request.user?.sessionHash ?? 'anonymous';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function setupCsrf(app: FastifyInstance, secret: string): Promise<void> {
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'accord_csrf',
    cookieOpts: { ...app.cookieDefaults, signed: true },
    getUserInfo: csrfUserInfo,
    csrfOpts: { hmacKey: secret, userInfo: true },
  });
  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSAFE.has(request.method) || request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
}

// After an administrator sets someone's password, the administrator knows it: until the user chooses
// their own, every page sends them to "Change your password" (signing out still works).
import type { FastifyInstance } from 'fastify';

export const CHANGE_PASSWORD_PATH = '/account/password';
// What still opens: the change itself, signing in and out, and pages with no data (assets, health,
// the accessibility statement). The home page is public but shows the register to the signed-in.
const STILL_OPEN = new Set([CHANGE_PASSWORD_PATH, '/sign-in', '/sign-out', '/accessibility', '/static/:name']);

export function setupPasswordChangeRequired(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.user?.mustChangePassword || request.is404) return;
    // The API acts for a token, not a session (and the user's tokens were revoked with the reset).
    if (request.url.startsWith('/api/')) return;
    const route = request.routeOptions.url ?? '';
    if (STILL_OPEN.has(route) || route.startsWith('/health/')) return;
    return reply.redirect(CHANGE_PASSWORD_PATH, 303);
  });
}

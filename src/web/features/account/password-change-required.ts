// After an administrator sets someone's password, the administrator knows it: until the user chooses
// their own, every page sends them to "Change your password" (signing out still works).
import type { FastifyInstance } from 'fastify';

export const CHANGE_PASSWORD_PATH = '/account/password';
// What opens while an account must do something first (change its password, set up two-factor
// sign-in): signing in and out, and pages with no data (assets, health, the accessibility statement).
// The home page is public but shows the register to the signed-in.
const ALWAYS_OPEN = new Set(['/sign-in', '/sign-out', '/accessibility', '/static/:name']);
export const alwaysOpen = (route: string) => ALWAYS_OPEN.has(route) || route.startsWith('/health/');

export function setupPasswordChangeRequired(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.user?.mustChangePassword || request.is404) return;
    // The API acts for a token, not a session (and the user's tokens were revoked with the reset).
    if (request.url.startsWith('/api/')) return;
    const route = request.routeOptions.url ?? '';
    if (route === CHANGE_PASSWORD_PATH || alwaysOpen(route)) return;
    return reply.redirect(CHANGE_PASSWORD_PATH, 303);
  });
}

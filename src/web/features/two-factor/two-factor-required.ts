// Two-factor sign-in's settings on the app (the key that seals secrets, the roles that must use it), and
// the rule that a password session of a required role without an authenticator opens only "Set up
// two-factor sign-in" (and signing out) until it is set up. Single sign-on sessions are exempt.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SecretBox } from '../../../app/two-factor.ts';
import { ROLE_LABELS, type Role } from '../../../domain/access/roles.ts';
import { twoFactorStanding, type TwoFactorStanding } from '../../../domain/accounts/two-factor.ts';
import { isSingleSignOnSession } from '../single-sign-on/single-sign-on-session.ts';
import { alwaysOpen } from '../account/password-change-required.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Two-factor sign-in: the key that seals secrets, the roles that must use it, the name apps show. */
    twoFactor: { box: SecretBox; requiredRoles: readonly Role[]; issuer: string };
  }
}

export const SET_UP_PATH = '/account/two-factor';

export function standingOf(request: FastifyRequest): TwoFactorStanding {
  const user = request.user!;
  const standing = twoFactorStanding(user.role, ROLE_LABELS[user.role], request.server.twoFactor.requiredRoles, user.twoFactorOn === true);
  // Signed in with single sign-on: the council's provider applies its own second factor.
  return standing.mustSetUp && isSingleSignOnSession(request) ? { ...standing, mustSetUp: false } : standing;
}

// What still opens: setting it up, and what always does (password-change-required.ts).
const SET_UP_PAGES = new Set([SET_UP_PATH, `${SET_UP_PATH}/start`, `${SET_UP_PATH}/set-up`]);

export function setupTwoFactor(app: FastifyInstance, settings: FastifyInstance['twoFactor']): void {
  app.decorate('twoFactor', settings);
  app.addHook('preHandler', async (request, reply) => {
    // A password an administrator set is changed first (password-change-required.ts), then this.
    if (!request.user || request.user.mustChangePassword || request.is404) return;
    if (request.url.startsWith('/api/')) return;
    const route = request.routeOptions.url ?? '';
    if (SET_UP_PAGES.has(route) || alwaysOpen(route)) return;
    if (standingOf(request).mustSetUp) return reply.redirect(SET_UP_PATH, 303);
  });
}

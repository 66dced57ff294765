// Whether this browser's session was opened with single sign-on, so signing out also signs out at the
// provider. A signed cookie naming the session's hash (not its token): it counts only for that session,
// so a later password sign-in in the same browser is not sent to the provider. Kept in the browser rather
// than on the session row so the sessions table, which every sign-in shares, stays as it is.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SingleSignOn } from '../../../app/single-sign-on.ts';

const MARKER_COOKIE = 'accord_sso';

declare module 'fastify' {
  interface FastifyInstance {
    /** Single sign-on (OIDC_ISSUER), or null when it is off. */
    singleSignOn: SingleSignOn | null;
  }
}

export function setupSingleSignOn(app: FastifyInstance, sso: SingleSignOn | null): void {
  app.decorate('singleSignOn', sso);
}

export function rememberSingleSignOn(reply: FastifyReply, sessionHash: string): void {
  reply.setCookie(MARKER_COOKIE, sessionHash, { ...reply.server.cookieDefaults, signed: true });
}

/** Whether this request's session was opened with single sign-on (the provider applies its own second factor). */
export function isSingleSignOnSession(request: FastifyRequest): boolean {
  const raw = request.cookies[MARKER_COOKIE];
  if (raw === undefined || !request.user) return false;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value === request.user.sessionHash;
}

/** The page a single sign-on session's sign-out ends at, offering the provider's sign-out. */
export const SIGNED_OUT_PAGE = '/sign-in/sso/signed-out';

/**
 * Signing out: where to send the browser once Accord's session has ended. For a single sign-on session,
 * a page of Accord's offering the provider's sign-out (a link, not a redirect: the Content-Security-Policy's
 * form-action 'self' stops a browser following the sign-out form's redirect to another site, and signing
 * out at the provider also signs the person out of the council's email and everything else it serves).
 * Otherwise null. The marker is cleared either way.
 */
export function providerSignOut(request: FastifyRequest, reply: FastifyReply, sessionHash: string | null): string | null {
  const raw = request.cookies[MARKER_COOKIE];
  if (raw === undefined) return null;
  reply.clearCookie(MARKER_COOKIE, { ...reply.server.cookieDefaults, signed: true });
  const unsigned = request.unsignCookie(raw);
  if (!request.server.singleSignOn || !sessionHash || !unsigned.valid || unsigned.value !== sessionHash) return null;
  return SIGNED_OUT_PAGE;
}

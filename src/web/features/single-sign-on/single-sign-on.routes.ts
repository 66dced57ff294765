// Single sign-on's two steps (issue 10): /sign-in/sso sends the browser to the provider, remembering the
// sign-in's state, nonce and PKCE verifier in a short-lived signed cookie; /sign-in/sso/callback checks
// them against the provider's answer, clears the cookie and opens the session. Whatever comes back (no
// cookie, a forged state, error=access_denied, a code used twice, a bad token) is a GOV.UK error on the
// sign-in page, never a 500. With no OIDC_ISSUER both pages are 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { signInWithSingleSignOn } from '../../../app/single-sign-on.service.ts';
import { SingleSignOnFailed, type PendingSignIn } from '../../../app/single-sign-on.ts';
import { REFUSAL_MESSAGES } from '../../../domain/accounts/single-sign-on.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView } from '../../forms/form.ts';
import { setSessionCookie } from '../../plugins/session.ts';
import { safeReturnTo } from '../sign-in/return-to.ts';
import { rememberSingleSignOn, SIGNED_OUT_PAGE } from './single-sign-on-session.ts';

const PENDING_COOKIE = 'accord_sso_pending';
const PENDING_PATH = '/sign-in/sso';
/** Long enough to sign in at the provider (with its own two-factor step), short enough not to linger. */
const PENDING_MINUTES = 10;

interface Pending extends PendingSignIn {
  returnTo: string;
  startedAt: number;
}

const DID_NOT_COMPLETE = 'Signing in with your council account did not work. Try again, or ask an administrator for help';
const CANCELLED = 'You did not finish signing in with your council account. Try again';
const UNAVAILABLE = 'Signing in with your council account is not working at the moment. Try again later, or sign in with your email address and password';

function readPending(request: FastifyRequest, now: number): Pending | null {
  const raw = request.cookies[PENDING_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const p = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Partial<Pending>;
    const fresh = typeof p.startedAt === 'number' && now - p.startedAt >= 0 && now - p.startedAt <= PENDING_MINUTES * 60_000;
    if (!fresh || typeof p.state !== 'string' || typeof p.nonce !== 'string' || typeof p.verifier !== 'string') return null;
    return { state: p.state, nonce: p.nonce, verifier: p.verifier, returnTo: safeReturnTo(p.returnTo), startedAt: p.startedAt! };
  } catch {
    return null;
  }
}

export function singleSignOnRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const sso = app.singleSignOn;
    const refused = (reply: FastifyReply, message: string, returnTo = '/', status = 400) =>
      reply.code(status).view('sign-in/sign-in', { title: 'Sign in', input: { email: '', returnTo }, ...errorView([{ field: 'sso', message }]) });
    const pendingCookie = { ...app.cookieDefaults, path: PENDING_PATH, signed: true };

    app.get('/sign-in/sso', { config: { access: 'public' } }, async (request, reply) => {
      if (!sso) throw new PageNotFoundError();
      const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo);
      let started;
      try {
        started = await sso.begin();
      } catch (error) {
        request.log.error({ err: error }, 'single sign-on: the provider could not be reached');
        return refused(reply, UNAVAILABLE, returnTo, 503);
      }
      const pending: Pending = { ...started.pending, returnTo, startedAt: deps.clock.now().getTime() };
      reply.setCookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), { ...pendingCookie, maxAge: PENDING_MINUTES * 60 });
      return reply.redirect(started.url.href, 303);
    });

    app.get('/sign-in/sso/callback', { config: { access: 'public' } }, async (request, reply) => {
      if (!sso) throw new PageNotFoundError();
      const pending = readPending(request, deps.clock.now().getTime());
      // Single use: whatever happens next, this sign-in's state cannot be presented again.
      reply.clearCookie(PENDING_COOKIE, pendingCookie);
      if (!pending) return refused(reply, DID_NOT_COMPLETE);
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      let answer;
      try {
        answer = await sso.finish(query, pending);
      } catch (error) {
        const denied = error instanceof SingleSignOnFailed && error.denied;
        request.log.warn({ err: error }, 'single sign-on: the provider’s answer was refused');
        return refused(reply, denied ? CANCELLED : DID_NOT_COMPLETE, pending.returnTo);
      }
      const result = await signInWithSingleSignOn(deps, requestContext(request), sso, answer, {
        address: request.ip,
        replacesSessionHash: request.user?.sessionHash ?? null,
      });
      if (!result.ok) return refused(reply, REFUSAL_MESSAGES[result.reason], pending.returnTo, 403);
      setSessionCookie(reply, result.token);
      rememberSingleSignOn(reply, result.user.sessionHash);
      return reply.redirect(pending.returnTo, 303);
    });

    // After signing out of a single sign-on session: the provider's sign-out, offered. Anyone may open it:
    // it holds nothing but a link to the provider's own page.
    app.get(SIGNED_OUT_PAGE, { config: { access: 'public' } }, async (request, reply) => {
      if (!sso) throw new PageNotFoundError();
      let endSession: string | null = null;
      try {
        endSession = (await sso.endSessionUrl())?.href ?? null;
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on: the provider’s sign-out address could not be found');
      }
      if (!endSession) return reply.redirect('/sign-in', 303);
      return reply.view('single-sign-on/signed-out', { title: 'You have signed out of Accord', endSession, buttonLabel: sso.buttonLabel });
    });
  };
}

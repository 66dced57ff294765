// Signing in and out. Messages never reveal whether an email address has an account.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { signIn, signOut } from '../../../app/sessions.service.ts';
import { anyUsers } from '../../../app/queries/directory.queries.ts';
import { requestContext } from '../../context.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session.ts';
import { safeReturnTo } from './return-to.ts';
import { CODE_PATH, setCodeCookie } from '../two-factor/sign-in-code.routes.ts';
import { providerSignOut } from '../single-sign-on/single-sign-on-session.ts';
import { refusePasswordSignIn } from '../../../app/single-sign-on.service.ts';
import { mustUseSingleSignOn, requiredSsoMessage } from '../../../domain/accounts/single-sign-on.ts';
import { waitInMinutes } from '../../../domain/accounts/sign-in-throttle.ts';

const schema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(320, 'Enter a correct email address and password')
    // No account has such an address; and it is stored in the audit trail and the throttle, where a
    // NUL is refused by PostgreSQL and a lone surrogate would be stored unlike it was hashed.
    .refine((v) => v.isWellFormed() && !/[\u0000-\u001F\u007F]/.test(v), 'Enter a correct email address and password'),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(1024, 'Enter a correct email address and password'),
  returnTo: z.unknown().optional(),
});

export function signInRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const render = (reply: FastifyReply, input: { email: string; returnTo: string }, errors: FieldError[] = []) =>
      reply.view('sign-in/sign-in', { title: 'Sign in', input, ...errorView(errors) });

    app.get('/sign-in', { config: { access: 'public' } }, async (request, reply) => {
      const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo);
      if (request.user) return reply.redirect(returnTo, 303);
      if (!(await anyUsers(deps))) return reply.redirect('/setup', 303);
      return render(reply, { email: '', returnTo });
    });

    app.post('/sign-in', { config: { access: 'public' } }, async (request, reply) => {
      const form = parseForm(schema, request.body);
      const returnTo = safeReturnTo(form.input.returnTo);
      // The password is never sent back to the browser.
      const input = { email: form.input.email ?? '', returnTo };
      if (!form.ok) return render(reply.code(400), input, form.errors);
      // OIDC_REQUIRED_DOMAINS (single sign-on): these addresses may not use a password at all.
      const sso = app.singleSignOn;
      if (sso && mustUseSingleSignOn(form.value.email, sso.requiredDomains)) {
        await refusePasswordSignIn(deps, requestContext(request), form.value.email, request.ip);
        return render(reply.code(400), input, [{ field: 'sso', message: requiredSsoMessage(sso.buttonLabel) }]);
      }
      const result = await signIn(deps, requestContext(request), {
        email: form.value.email,
        password: form.value.password,
        address: request.ip,
        replacesSessionHash: request.user?.sessionHash ?? null,
      });
      if (!result.ok) {
        const message =
          result.reason === 'wrong-credentials'
            ? 'Enter a correct email address and password'
            : result.reason === 'locked'
              ? `Too many attempts to sign in. Wait ${waitInMinutes(result.retryAfterSeconds)} and try again`
              : `Too many attempts to sign in. Wait ${result.retryAfterSeconds === 1 ? '1 second' : `${result.retryAfterSeconds} seconds`} and try again`;
        if (result.reason !== 'wrong-credentials') reply.header('retry-after', String(result.retryAfterSeconds));
        return render(reply.code(result.reason === 'wrong-credentials' ? 400 : 429), input, [{ field: 'email', message }]);
      }
      if ('awaitingCode' in result) {
        // Two-factor sign-in: the code next; no session until it is right.
        setCodeCookie(reply, result.challengeToken);
        return reply.redirect(returnTo === '/' ? CODE_PATH : `${CODE_PATH}?returnTo=${encodeURIComponent(returnTo)}`, 303);
      }
      setSessionCookie(reply, result.token);
      return reply.redirect(returnTo, 303);
    });

    app.post('/sign-out', { config: { access: 'signed-in' } }, async (request, reply) => {
      if (request.user) await signOut(deps, requestContext(request), request.user);
      clearSessionCookie(reply);
      setFlash(reply, 'You have signed out');
      // A single sign-on session's sign-out also offers the provider's, which comes back to /sign-in.
      return reply.redirect(providerSignOut(request, reply, request.user?.sessionHash ?? null) ?? '/sign-in', 303);
    });
  };
}

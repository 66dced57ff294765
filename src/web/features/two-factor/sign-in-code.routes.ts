// Signing in, step two (two-factor sign-in): after a right password, the code from the authenticator
// app or a recovery code. The waiting sign-in is a cookie naming a row (src/app/two-factor.service.ts):
// no session exists until the code is right, so nothing else opens meanwhile.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { challengeUser, signInWithCode, tooManyCodes } from '../../../app/two-factor.service.ts';
import { requestContext } from '../../context.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';
import { setSessionCookie } from '../../plugins/session.ts';
import { safeReturnTo } from '../sign-in/return-to.ts';

export const CODE_COOKIE = 'accord_sign_in_code';
export const CODE_PATH = '/sign-in/two-factor';

const schema = z.object({
  code: z.string({ error: 'Enter the code from your authenticator app' }).trim().min(1, 'Enter the code from your authenticator app').max(40, 'Enter the 6-digit code from your authenticator app, or a recovery code'),
  returnTo: z.unknown().optional(),
});

export function setCodeCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(CODE_COOKIE, token, reply.server.cookieDefaults);
}

export function signInCodeRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const render = (reply: FastifyReply, returnTo: string, errors: FieldError[] = []) =>
      reply.view('two-factor/code', { title: 'Enter the code from your authenticator app', returnTo, ...errorView(errors) });
    const startAgain = (reply: FastifyReply) => {
      reply.clearCookie(CODE_COOKIE, reply.server.cookieDefaults);
      setFlash(reply, 'Sign in again: that sign-in waited too long for its code');
      return reply.redirect('/sign-in', 303);
    };

    app.get(CODE_PATH, { config: { access: 'public' } }, async (request, reply) => {
      const returnTo = safeReturnTo((request.query as Record<string, unknown>).returnTo);
      if (request.user) return reply.redirect(returnTo, 303);
      if (!(await challengeUser(deps, request.cookies[CODE_COOKIE]))) return reply.redirect('/sign-in', 303);
      return render(reply, returnTo);
    });

    app.post(CODE_PATH, { config: { access: 'public' } }, async (request, reply) => {
      const form = parseForm(schema, request.body);
      const returnTo = safeReturnTo(form.input.returnTo);
      if (!form.ok) return render(reply.code(400), returnTo, form.errors);
      const result = await signInWithCode(deps, requestContext(request), app.twoFactor.box, {
        challengeToken: request.cookies[CODE_COOKIE],
        typed: form.value.code,
        address: request.ip,
        replacesSessionHash: request.user?.sessionHash ?? null,
      });
      if (!result.ok) {
        if (result.reason === 'expired') return startAgain(reply);
        if (result.reason === 'locked') {
          reply.header('retry-after', String(result.retryAfterSeconds));
          return render(reply.code(429), returnTo, [{ field: 'code', message: tooManyCodes(result.retryAfterSeconds) }]);
        }
        return render(reply.code(400), returnTo, [{ field: 'code', message: 'Enter the 6-digit code from your authenticator app, or a recovery code' }]);
      }
      reply.clearCookie(CODE_COOKIE, reply.server.cookieDefaults);
      setSessionCookie(reply, result.token);
      return reply.redirect(returnTo, 303);
    });
  };
}

// "Forgotten your password?" (issue 10): ask for a link by email, then choose a new password through it.
// With no SMTP_URL there is no mailer, and the page says to ask an administrator. The answer to asking is
// the same whether or not the address has an account; the email is sent after it.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { UserFacingError } from '../../../app/errors.ts';
import { requestPasswordReset, resetLink, resetPassword } from '../../../app/password-reset.service.ts';
import { RESET_LINK_MINUTES, RESET_LINK_PROBLEM, type ResetLinkState } from '../../../domain/accounts/password-reset.ts';
import { requestContext } from '../../context.ts';
import { sendLater } from '../../shared/send-later.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';
import { newPasswordSchema } from './new-password.schema.ts';

const askSchema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(320, 'Enter an email address in the correct format, like name@example.gov.uk')
    .refine((v) => v.isWellFormed() && /^[^\s@\u0000-\u001F\u007F]+@[^\s@\u0000-\u001F\u007F]+$/.test(v), 'Enter an email address in the correct format, like name@example.gov.uk'),
});

export function passwordResetRoutes(deps: AppDeps) {
  const mailer = deps.mailer ?? null;
  return async function routes(app: FastifyInstance): Promise<void> {
    const ask = (reply: FastifyReply, email: string, errors: FieldError[] = []) =>
      reply.view('password-reset/ask', { title: 'Forgotten your password', email, mailOff: mailer === null, backLink: '/sign-in', ...errorView(errors) });

    app.get('/forgot-password', { config: { access: 'public' } }, async (_request, reply) => ask(reply, ''));

    app.post('/forgot-password', { config: { access: 'public' } }, async (request, reply) => {
      if (!mailer) return ask(reply.code(400), '', [{ field: 'email', message: 'Accord sends no email here: ask an Accord administrator to set a new password' }]);
      const form = parseForm(askSchema, request.body);
      if (!form.ok) return ask(reply.code(400), form.input.email ?? '', form.errors);
      sendLater(request, await requestPasswordReset(deps, requestContext(request), mailer, form.value.email));
      return reply.view('password-reset/check-email', { title: 'Check your email', email: form.value.email, minutes: RESET_LINK_MINUTES });
    });

    const problem = (reply: FastifyReply, state: Exclude<ResetLinkState, 'valid'>) =>
      // Gone for a link that was real; not found for one that never was.
      reply.code(state === 'unknown' ? 404 : 410).view('password-reset/link-problem', { title: 'This link does not work', problem: RESET_LINK_PROBLEM[state], mailOff: mailer === null });

    const form = (reply: FastifyReply, token: string, errors: FieldError[] = []) =>
      reply.view('password-reset/reset', { title: 'Choose a new password', action: `/reset-password/${encodeURIComponent(token)}`, ...errorView(errors) });

    app.get<{ Params: { token: string } }>('/reset-password/:token', { config: { access: 'public' } }, async (request, reply) => {
      const { state } = await resetLink(deps, request.params.token);
      if (state !== 'valid') return problem(reply, state);
      // The token is in the address: it must not leave in a Referer to any other site (same-origin already) nor be cached.
      return form(reply, request.params.token);
    });

    app.post<{ Params: { token: string } }>('/reset-password/:token', { config: { access: 'public' } }, async (request, reply) => {
      const token = request.params.token;
      const parsed = parseForm(newPasswordSchema, request.body);
      if (!parsed.ok) {
        const { state } = await resetLink(deps, token);
        return state === 'valid' ? form(reply.code(400), token, parsed.errors) : problem(reply, state);
      }
      try {
        const result = await resetPassword(deps, requestContext(request), mailer, token, parsed.value.newPassword);
        if (!result.ok) return problem(reply, result.state);
        sendLater(request, result.notice);
      } catch (error) {
        if (error instanceof UserFacingError) return form(reply.code(400), token, [{ field: error.field ?? 'newPassword', message: error.message }]);
        throw error;
      }
      setFlash(reply, 'Your password has been changed. Sign in with your new password.');
      return reply.redirect('/sign-in', 303);
    });
  };
}

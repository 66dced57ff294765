// Invitations (issue 10): an officer invites someone from a partner organisation from their page under
// People; the person follows the emailed link and chooses their password. With no SMTP_URL nothing can be
// sent, and the page says how an administrator gives the account instead.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { UserFacingError } from '../../../app/errors.ts';
import { invitation, invite } from '../../../app/invitations.service.ts';
import { resetLink, resetPassword } from '../../../app/password-reset.service.ts';
import { INVITATION_LINK_DAYS } from '../../../domain/accounts/invitation.ts';
import { RESET_LINK_PROBLEM, type ResetLinkState } from '../../../domain/accounts/password-reset.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';
import { idParam } from '../../shared/params.ts';
import { newPasswordSchema } from '../password-reset/new-password.schema.ts';

const LINK_PROBLEM: Readonly<Record<Exclude<ResetLinkState, 'valid'>, string>> = {
  ...RESET_LINK_PROBLEM,
  expired: `This invitation has expired: invitations work for ${INVITATION_LINK_DAYS} days. Ask the person who invited you to send a new one.`,
  used: 'This invitation has been used already: your account is set up. Sign in with your email address and password.',
};

export function invitationsRoutes(deps: AppDeps, councilName: string) {
  const mailer = deps.mailer ?? null;
  return async function routes(app: FastifyInstance): Promise<void> {
    const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const view = await invitation(deps, principalOf(request), idParam(request.params.id));
      if (!view) throw new PageNotFoundError();
      return view;
    };
    const page = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, errors: FieldError[] = []) => {
      const view = await load(request);
      return reply.view('invitations/invite', {
        title: `Invite ${view.person.name} to Accord`,
        ...view,
        mailOff: mailer === null,
        days: INVITATION_LINK_DAYS,
        backLink: `/people/${view.person.id}`,
        ...errorView(errors),
      });
    };

    app.get<{ Params: { id: string } }>('/people/:id/invite', { config: { access: 'people.invite' } }, async (request, reply) => page(request, reply));

    app.post<{ Params: { id: string } }>('/people/:id/invite', { config: { access: 'people.invite' } }, async (request, reply) => {
      const { person } = await load(request);
      if (!mailer) return page(request, reply.code(400), [{ field: 'send', message: 'Accord sends no email here, so it cannot send an invitation' }]);
      let sent;
      try {
        sent = await invite(deps, requestContext(request), mailer, person.id, { councilName });
      } catch (error) {
        if (error instanceof UserFacingError) return page(request, reply.code(400), [{ field: 'send', message: error.message }]);
        throw error;
      }
      // Sent before the answer, unlike a reset link: the officer must know whether it went.
      try {
        await sent.send?.();
      } catch (error) {
        request.log.error({ err: error }, 'an invitation could not be sent');
        return page(request, reply.code(503), [{ field: 'send', message: `The email to ${sent.email} could not be sent: the mail server did not take it. Try again in a while` }]);
      }
      setFlash(reply, `${sent.again ? 'A new invitation has been' : 'An invitation has been'} sent to ${person.name} at ${sent.email}. The link works for ${INVITATION_LINK_DAYS} days.`);
      return reply.redirect(`/people/${person.id}`, 303);
    });

    const problem = (reply: FastifyReply, state: Exclude<ResetLinkState, 'valid'>) =>
      reply.code(state === 'unknown' ? 404 : 410).view('invitations/link-problem', { title: 'This invitation does not work', problem: LINK_PROBLEM[state] });

    const form = (reply: FastifyReply, token: string, account: { name: string; email: string }, errors: FieldError[] = []) =>
      reply.view('invitations/accept', { title: 'Set up your Accord account', action: `/invitation/${encodeURIComponent(token)}`, account, ...errorView(errors) });

    app.get<{ Params: { token: string } }>('/invitation/:token', { config: { access: 'public' } }, async (request, reply) => {
      const link = await resetLink(deps, request.params.token, 'invitation');
      if (link.state !== 'valid' || !link.account) return problem(reply, link.state === 'valid' ? 'unknown' : link.state);
      return form(reply, request.params.token, link.account);
    });

    app.post<{ Params: { token: string } }>('/invitation/:token', { config: { access: 'public' } }, async (request, reply) => {
      const token = request.params.token;
      const link = await resetLink(deps, token, 'invitation');
      if (link.state !== 'valid' || !link.account) return problem(reply, link.state === 'valid' ? 'unknown' : link.state);
      const parsed = parseForm(newPasswordSchema, request.body);
      if (!parsed.ok) return form(reply.code(400), token, link.account, parsed.errors);
      try {
        const result = await resetPassword(deps, requestContext(request), mailer, token, parsed.value.newPassword, 'invitation');
        if (!result.ok) return problem(reply, result.state);
      } catch (error) {
        if (error instanceof UserFacingError) return form(reply.code(400), token, link.account, [{ field: error.field ?? 'newPassword', message: error.message }]);
        throw error;
      }
      setFlash(reply, 'Your Accord account is ready. Sign in with your email address and the password you chose.');
      return reply.redirect('/sign-in', 303);
    });
  };
}

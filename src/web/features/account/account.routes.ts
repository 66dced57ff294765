// Your account: your details, and changing your own password.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { changeOwnPassword } from '../../../app/users.service.ts';
import { passwordChangedNotice } from '../../../app/password-reset.service.ts';
import { sendLater } from '../../shared/send-later.ts';
import { user } from '../../../app/queries/directory.queries.ts';
import { principalOf, requestContext } from '../../context.ts';
import { password } from '../../../app/schemas/fields.ts';
import { errorView, parseForm } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';

const changePasswordForm = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(1024, 'Your current password is not correct'),
    newPassword: password({ missing: 'Enter a new password' }),
    confirmPassword: z.string({ error: 'Enter the new password again' }).min(1, 'Enter the new password again'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] });

export function accountRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/account', { config: { access: 'account.manage-own' } }, async (request, reply) => {
      const principal = principalOf(request);
      return reply.view('account/show', { title: 'Your account', account: await user(deps, principal, principal.userId!), twoFactorOn: request.user!.twoFactorOn === true });
    });

    // No password is ever shown again: the form is drawn with its errors only.
    const changePassword = (request: FastifyRequest): FormPage<unknown, z.infer<typeof changePasswordForm>, void> => ({
      read: (body) => body,
      parse: (body) => parseForm(changePasswordForm, body),
      render: (reply, _body, errors) => {
        // Until a password an administrator set is changed, there is nowhere else to go back to.
        const mustChange = request.user?.mustChangePassword === true;
        return reply.view('account/password', { title: 'Change your password', mustChange, ...(mustChange ? {} : { backLink: '/account' }), ...errorView(errors) });
      },
      command: async (value) => {
        await changeOwnPassword(deps, requestContext(request), {
          userId: request.user!.id,
          currentPassword: value.currentPassword,
          newPassword: value.newPassword,
          keepSessionHash: request.user!.sessionHash,
        });
        // Told to the account's address, so a change made from a stolen session is seen.
        const mailer = deps.mailer;
        if (mailer) sendLater(request, () => passwordChangedNotice(mailer, request.user!));
      },
      fieldOf: (p) => p.field || 'newPassword',
      done: () => ({ flash: 'Your password has been changed. You have been signed out on other devices', to: '/account' }),
    });

    app.get('/account/password', { config: { access: 'account.manage-own' } }, async (request, reply) => showForm(reply, changePassword(request), {}));

    app.post('/account/password', { config: { access: 'account.manage-own' } }, async (request, reply) => submitForm(request, reply, changePassword(request)));
  };
}

// Your account: your details, and changing your own password.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { UserFacingError } from '../../../app/errors.ts';
import { changeOwnPassword } from '../../../app/users.service.ts';
import { findUserById, withoutHash } from '../../../db/repositories/users.repo.ts';
import { requestContext } from '../../context.ts';
import { password } from '../../../app/schemas/fields.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';

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
      const found = await findUserById(deps.database.db, request.user!.id);
      return reply.view('account/show', { title: 'Your account', account: found && withoutHash(found) });
    });

    const render = (reply: FastifyReply, errors: FieldError[] = []) => {
      // Until a password an administrator set is changed, there is nowhere else to go back to.
      const mustChange = reply.request.user?.mustChangePassword === true;
      return reply.view('account/password', { title: 'Change your password', mustChange, ...(mustChange ? {} : { backLink: '/account' }), ...errorView(errors) });
    };

    app.get('/account/password', { config: { access: 'account.manage-own' } }, async (_request, reply) => render(reply));

    app.post('/account/password', { config: { access: 'account.manage-own' } }, async (request, reply) => {
      const user = request.user!;
      const form = parseForm(changePasswordForm, request.body);
      if (!form.ok) return render(reply.code(400), form.errors);
      try {
        await changeOwnPassword(deps, requestContext(request), {
          userId: user.id,
          currentPassword: form.value.currentPassword,
          newPassword: form.value.newPassword,
          keepSessionHash: user.sessionHash,
        });
      } catch (error) {
        if (error instanceof UserFacingError) return render(reply.code(400), [{ field: error.field ?? 'newPassword', message: error.message }]);
        throw error;
      }
      setFlash(reply, 'Your password has been changed. You have been signed out on other devices');
      return reply.redirect('/account', 303);
    });
  };
}

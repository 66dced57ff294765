// The one-time "Create the first administrator" page: open only while there are no users.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { type AppDeps } from '../../../app/deps.ts';
import { UserFacingError } from '../../../app/errors.ts';
import { createFirstAdministrator, FirstAdministratorExists } from '../../../app/users.service.ts';
import { signIn } from '../../../app/sessions.service.ts';
import { countUsers } from '../../../db/repositories/users.repo.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { email, password, text } from '../../../app/schemas/fields.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { setFlash } from '../../plugins/flash.ts';
import { setSessionCookie } from '../../plugins/session.ts';

const schema = z
  .object({
    name: text({ missing: 'Enter your full name', label: 'Full name', max: 200 }),
    email: email({ missing: 'Enter your email address' }),
    password: password({ missing: 'Enter a password' }),
    confirmPassword: z.string({ error: 'Enter the password again' }).min(1, 'Enter the password again'),
  })
  .refine((v) => v.password === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] });

export function setupRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const render = (reply: FastifyReply, input: Record<string, string>, errors: FieldError[] = []) =>
      reply.view('setup/first-administrator', { title: 'Create the first administrator', input, ...errorView(errors) });

    app.get('/setup', { config: { access: 'public' } }, async (_request, reply) => {
      if ((await countUsers(deps.database.db)) > 0) throw new PageNotFoundError();
      return render(reply, {});
    });

    app.post('/setup', { config: { access: 'public' } }, async (request, reply) => {
      if ((await countUsers(deps.database.db)) > 0) throw new PageNotFoundError();
      const form = parseForm(schema, request.body);
      const input = { name: form.input.name ?? '', email: form.input.email ?? '' };
      if (!form.ok) return render(reply.code(400), input, form.errors);
      try {
        await createFirstAdministrator(deps, requestContext(request), form.value);
      } catch (error) {
        if (error instanceof FirstAdministratorExists) throw new PageNotFoundError();
        if (error instanceof UserFacingError) {
          return render(reply.code(400), input, [{ field: error.field ?? 'name', message: error.message }]);
        }
        throw error;
      }
      const result = await signIn(deps, requestContext(request), { email: form.value.email, password: form.value.password, address: request.ip });
      if (result.ok) setSessionCookie(reply, result.token);
      setFlash(reply, 'You are the first administrator. Add the people who will use Accord from Users.');
      return reply.redirect(result.ok ? '/' : '/sign-in', 303);
    });
  };
}

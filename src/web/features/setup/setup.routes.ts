// The one-time "Create the first administrator" page: open only while there are no users.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AppDeps } from '../../../app/deps.ts';
import { anyUsers } from '../../../app/queries/directory.queries.ts';
import { createFirstAdministrator, FirstAdministratorExists } from '../../../app/users.service.ts';
import { signIn } from '../../../app/sessions.service.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { email, password, text } from '../../../app/schemas/fields.ts';
import { errorView, formInput, parseForm } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
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
    const firstAdministrator = (request: FastifyRequest, reply: FastifyReply): FormPage<unknown, z.infer<typeof schema>, { signedIn: boolean }> => ({
      read: (body) => body,
      parse: (body) => parseForm(schema, body),
      render: (reply, body, errors) => {
        // Only the name and email are shown again, never a password.
        const typed = formInput(body);
        return reply.view('setup/first-administrator', { title: 'Create the first administrator', input: { name: typed.name ?? '', email: typed.email ?? '' }, ...errorView(errors) });
      },
      async command(value) {
        try {
          await createFirstAdministrator(deps, requestContext(request), value);
        } catch (error) {
          // Someone else was first, a moment ago: the page has closed.
          if (error instanceof FirstAdministratorExists) throw new PageNotFoundError();
          throw error;
        }
        const result = await signIn(deps, requestContext(request), { email: value.email, password: value.password, address: request.ip });
        // A new administrator has no authenticator yet: signing in opens a session (and the set-up, if required).
        const signedIn = result.ok && 'token' in result;
        if (signedIn) setSessionCookie(reply, result.token);
        return { signedIn };
      },
      fieldOf: (p) => p.field || 'name',
      done: (made) => ({ flash: 'You are the first administrator. Add the people who will use Accord from Users.', to: made.signedIn ? '/' : '/sign-in' }),
    });

    app.get('/setup', { config: { access: 'public' } }, async (request, reply) => {
      if (await anyUsers(deps)) throw new PageNotFoundError();
      return showForm(reply, firstAdministrator(request, reply), {});
    });

    app.post('/setup', { config: { access: 'public' } }, async (request, reply) => {
      if (await anyUsers(deps)) throw new PageNotFoundError();
      return submitForm(request, reply, firstAdministrator(request, reply));
    });
  };
}

// User administration: administrators add, edit, deactivate users and set roles; internal audit reads.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { historyOf } from '../../../app/audit-trail.ts';
import { user as findUser, users } from '../../../app/queries/directory.queries.ts';
import { createUser, setPassword, updateUser } from '../../../app/users.service.ts';
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '../../../domain/access/roles.ts';
import { actionLabel, describeChanges } from '../../../domain/audit/describe.ts';
import { twoFactorState } from '../../../app/two-factor.service.ts';
import { emailChangedNotice } from '../../../app/password-reset.service.ts';
import { normaliseEmail } from '../../../domain/accounts/email.ts';
import { sendLater } from '../../shared/send-later.ts';
import type { User } from '../../../db/repositories/users.repo.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, formInput, parseForm } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { idParam } from '../../shared/params.ts';
import { radioItems } from '../../shared/select-lists.ts';
import { editUserForm, newUserForm, setPasswordForm } from './users.forms.ts';

const USER_FIELDS = { name: 'Name', email: 'Email', role: 'Role', active: 'Can sign in' };
const describeValue = (field: string, value: unknown) =>
  field === 'role' ? (ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value)) : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value === null || value === undefined ? '(blank)' : String(value);

/** A use case's refusal that names no field is shown at the name. */
const fieldOf = (p: { field: string }) => p.field || 'name';

export function usersRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const found = await findUser(deps, principalOf(request), idParam(request.params.id));
      if (!found) throw new PageNotFoundError();
      return found;
    };

    // The body is parsed as sent (a repeated field is refused, not read as its first value); what was
    // typed is shown again, never a password.
    const newUser = (request: FastifyRequest): FormPage<unknown, z.infer<typeof newUserForm>, User> => ({
      read: (body) => body,
      parse: (body) => parseForm(newUserForm, body),
      render: (reply, body, errors) => {
        const { password: _p, ...input } = formInput(body);
        return reply.view('users/new', { title: 'Add a user', input, roleItems: roleItems(input.role), backLink: '/users', ...errorView(errors) });
      },
      command: (value) => createUser(deps, requestContext(request), value),
      fieldOf,
      done: (user) => ({ flash: `${user.name} can now sign in as ${ROLE_LABELS[user.role]}`, to: `/users/${user.id}` }),
    });

    const editUser = (request: FastifyRequest, user: User): FormPage<unknown, z.infer<typeof editUserForm>, User> => ({
      read: (body) => body,
      parse: (body) => parseForm(editUserForm, body),
      render: (reply, body, errors) => {
        const input = formInput(body);
        return reply.view('users/edit', { title: 'Change user details', id: user.id, input, roleItems: roleItems(input.role), backLink: `/users/${user.id}`, ...errorView(errors) });
      },
      command: async (value) => {
        const updated = await updateUser(deps, requestContext(request), user.id, value);
        // Told to both addresses, after the answer has gone (src/web/shared/send-later.ts).
        const mailer = deps.mailer;
        if (mailer && normaliseEmail(updated.email) !== normaliseEmail(user.email)) {
          sendLater(request, () => emailChangedNotice(mailer, { name: updated.name, from: user.email, to: updated.email }));
        }
        return updated;
      },
      fieldOf,
      done: (updated) => ({ flash: `${updated.name}’s details have been saved`, to: `/users/${user.id}` }),
    });

    const newPassword = (request: FastifyRequest, user: User): FormPage<unknown, z.infer<typeof setPasswordForm>, void> => ({
      read: (body) => body,
      parse: (body) => parseForm(setPasswordForm, body),
      render: (reply, _body, errors) =>
        reply.view('users/password', { title: `Set a new password for ${user.name}`, shownUser: user, backLink: `/users/${user.id}`, ...errorView(errors) }),
      command: (value) => setPassword(deps, requestContext(request), user.id, value.password),
      fieldOf,
      done: () => ({
        flash: `${user.name}’s password has been set and their API tokens revoked. Tell them the password: they must change it when they sign in`,
        to: `/users/${user.id}`,
      }),
    });

    app.get('/users', { config: { access: 'users.view' } }, async (request, reply) => {
      const list = await users(deps, principalOf(request));
      return reply.view('users/list', { title: 'Users', columns: 'full', users: list, canManage: can(request.user!.role, 'users.manage') });
    });

    app.get('/users/new', { config: { access: 'users.manage' } }, async (request, reply) => showForm(reply, newUser(request), {}));

    app.post('/users', { config: { access: 'users.manage' } }, async (request, reply) => submitForm(request, reply, newUser(request)));

    app.get<{ Params: { id: string } }>('/users/:id', { config: { access: 'users.view' } }, async (request, reply) => {
      const user = await load(request);
      const history = (await historyOf(deps.database, 'user', user.id)).map((e) => ({
        when: e.occurredAt,
        who: e.actorLabel,
        action: actionLabel(e.action),
        lines: describeChanges(e, { labels: USER_FIELDS, value: describeValue }),
      }));
      return reply.view('users/show', {
        title: user.name,
        shownUser: user,
        history,
        twoFactor: await twoFactorState(deps, user.id),
        canManage: can(request.user!.role, 'users.manage'),
        backLink: '/users',
      });
    });

    app.get<{ Params: { id: string } }>('/users/:id/edit', { config: { access: 'users.manage' } }, async (request, reply) => {
      const user = await load(request);
      return showForm(reply, editUser(request, user), { name: user.name, email: user.email, role: user.role, active: user.active ? 'yes' : 'no' });
    });

    app.post<{ Params: { id: string } }>('/users/:id', { config: { access: 'users.manage' } }, async (request, reply) =>
      submitForm(request, reply, editUser(request, await load(request))),
    );

    app.get<{ Params: { id: string } }>('/users/:id/password', { config: { access: 'users.manage' } }, async (request, reply) =>
      showForm(reply, newPassword(request, await load(request)), {}),
    );

    app.post<{ Params: { id: string } }>('/users/:id/password', { config: { access: 'users.manage' } }, async (request, reply) =>
      submitForm(request, reply, newPassword(request, await load(request))),
    );
  };
}

function roleItems(selected: string | undefined) {
  return radioItems(ROLES, ROLE_LABELS, selected, ROLE_DESCRIPTIONS);
}

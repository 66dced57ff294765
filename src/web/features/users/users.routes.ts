// User administration: administrators add, edit, deactivate users and set roles; internal audit reads.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { UserFacingError } from '../../../app/errors.ts';
import { historyOf } from '../../../app/audit-trail.ts';
import { createUser, setPassword, updateUser } from '../../../app/users.service.ts';
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from '../../../domain/access/roles.ts';
import { actionLabel, describeChanges } from '../../../domain/audit/describe.ts';
import { findUserById, listUsers, withoutHash } from '../../../db/repositories/users.repo.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import { editUserForm, newUserForm, setPasswordForm } from './users.forms.ts';

const roleItems = (selected: string | undefined) =>
  ROLES.map((r) => ({ value: r, text: ROLE_LABELS[r], hint: { text: ROLE_DESCRIPTIONS[r] }, checked: r === selected }));

const USER_FIELDS = { name: 'Name', email: 'Email', role: 'Role', active: 'Can sign in' };
const describeValue = (field: string, value: unknown) =>
  field === 'role' ? (ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value)) : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value === null || value === undefined ? '(blank)' : String(value);

function errorsFrom(error: unknown): FieldError[] {
  if (error instanceof UserFacingError) return [{ field: error.field ?? 'name', message: error.message }];
  throw error;
}

export function usersRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const db = deps.database.db;
    const load = async (id: string) => {
      const user = await findUserById(db, idParam(id));
      if (!user) throw new PageNotFoundError();
      return withoutHash(user);
    };

    app.get('/users', { config: { access: 'users.view' } }, async (request, reply) => {
      const users = await listUsers(db);
      return reply.view('users/list', { title: 'Users', columns: 'full', users, canManage: can(request.user!.role, 'users.manage') });
    });

    const renderNew = (reply: FastifyReply, input: Record<string, string>, errors: FieldError[] = []) =>
      reply.view('users/new', { title: 'Add a user', input, roleItems: roleItems(input.role), backLink: '/users', ...errorView(errors) });

    app.get('/users/new', { config: { access: 'users.manage' } }, async (_request, reply) => renderNew(reply, {}));

    app.post('/users', { config: { access: 'users.manage' } }, async (request, reply) => {
      const form = parseForm(newUserForm, request.body);
      const { password: _p, ...input } = form.input;
      if (!form.ok) return renderNew(reply.code(400), input, form.errors);
      try {
        const user = await createUser(deps, requestContext(request), form.value);
        setFlash(reply, `${user.name} can now sign in as ${ROLE_LABELS[user.role]}`);
        return reply.redirect(`/users/${user.id}`, 303);
      } catch (error) {
        return renderNew(reply.code(400), input, errorsFrom(error));
      }
    });

    app.get<{ Params: { id: string } }>('/users/:id', { config: { access: 'users.view' } }, async (request, reply) => {
      const user = await load(request.params.id);
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
        canManage: can(request.user!.role, 'users.manage'),
        backLink: '/users',
      });
    });

    const renderEdit = (reply: FastifyReply, id: string, input: Record<string, string>, errors: FieldError[] = []) =>
      reply.view('users/edit', { title: 'Change user details', id, input, roleItems: roleItems(input.role), backLink: `/users/${id}`, ...errorView(errors) });

    app.get<{ Params: { id: string } }>('/users/:id/edit', { config: { access: 'users.manage' } }, async (request, reply) => {
      const user = await load(request.params.id);
      return renderEdit(reply, user.id, { name: user.name, email: user.email, role: user.role, active: user.active ? 'yes' : 'no' });
    });

    app.post<{ Params: { id: string } }>('/users/:id', { config: { access: 'users.manage' } }, async (request, reply) => {
      const user = await load(request.params.id);
      const form = parseForm(editUserForm, request.body);
      if (!form.ok) return renderEdit(reply.code(400), user.id, form.input, form.errors);
      try {
        const updated = await updateUser(deps, requestContext(request), user.id, form.value);
        setFlash(reply, `${updated.name}’s details have been saved`);
        return reply.redirect(`/users/${user.id}`, 303);
      } catch (error) {
        return renderEdit(reply.code(400), user.id, form.input, errorsFrom(error));
      }
    });

    const renderPassword = (reply: FastifyReply, user: { id: string; name: string }, errors: FieldError[] = []) =>
      reply.view('users/password', { title: `Set a new password for ${user.name}`, shownUser: user, backLink: `/users/${user.id}`, ...errorView(errors) });

    app.get<{ Params: { id: string } }>('/users/:id/password', { config: { access: 'users.manage' } }, async (request, reply) =>
      renderPassword(reply, await load(request.params.id)),
    );

    app.post<{ Params: { id: string } }>('/users/:id/password', { config: { access: 'users.manage' } }, async (request, reply) => {
      const user = await load(request.params.id);
      const form = parseForm(setPasswordForm, request.body);
      if (!form.ok) return renderPassword(reply.code(400), user, form.errors);
      try {
        await setPassword(deps, requestContext(request), user.id, form.value.password);
      } catch (error) {
        return renderPassword(reply.code(400), user, errorsFrom(error));
      }
      setFlash(reply, `${user.name}’s password has been set and their API tokens revoked. Tell them the password: they must change it when they sign in`);
      return reply.redirect(`/users/${user.id}`, 303);
    });
  };
}

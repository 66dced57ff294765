// People in the register: council officers and councillors, and partners' representatives. The list,
// adding a person, their page and changing them.
import { interestsOf } from '../../../app/queries/interests.queries.ts';
import { interestRows } from '../interests/interest-rows.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { invitation } from '../../../app/invitations.service.ts';
import { createPerson, personProblems, updatePerson } from '../../../app/people.service.ts';
import { organisation, organisationList, partsOfPerson, peoplePage, person as findPerson, user, users } from '../../../app/queries/directory.queries.ts';
import { can } from '../../../domain/access/roles.ts';
import type { Person } from '../../../domain/register/records.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { besideSchemaErrors } from '../../forms/every-error.ts';
import { errorView, formInput } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type PersonInput } from '../../schemas/person.schema.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageWithin } from '../../shared/paging.ts';
import { idParam, idParamOrNull, pageParam, param, searchParam } from '../../shared/params.ts';
import { organisationItems, radioItems, userItems } from '../../shared/select-lists.ts';
import { historyView } from '../organisations/history.ts';
import { parsePersonForm, personToForm } from './person.form.ts';
import { peopleExportRoutes } from './export.routes.ts';
import { PERSON_HIDDEN_FIELDS, personDescriber } from './person.history.ts';
import { keepsRegister } from '../../shared/keeper.ts';

const roleText = (p: Person) => (p.councilRole ? COUNCIL_ROLE_LABELS[p.councilRole] : null);

export function peopleRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    peopleExportRoutes(app, deps);

    const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const found = await findPerson(deps, principalOf(request), idParam(request.params.id));
      if (!found) throw new PageNotFoundError();
      return found;
    };

    /** Adding one (existing: null) or changing one. */
    const form = (request: FastifyRequest, existing: Person | null): FormPage<Record<string, string>, PersonInput, Person> => ({
      read: (body) => formInput(body),
      async parse(typed) {
        const parsed = parsePersonForm(typed);
        if (parsed.ok) return parsed;
        // The register's rules on the answers that are valid, beside the form's errors: every problem at once.
        const rules = await personProblems(deps.database.db, parsed.known, existing?.id ?? null);
        return { ok: false, errors: besideSchemaErrors(parsed.errors, rules.problems) };
      },
      async render(reply, input, errors) {
        const principal = principalOf(request);
        const [organisations, accounts] = await Promise.all([organisationList(deps, principal), users(deps, principal)]);
        return reply.view('people/form', {
          title: existing ? `Change ${existing.name}` : 'Add a person',
          id: existing?.id ?? null,
          name: existing?.name ?? null,
          input,
          organisationItems: organisationItems(organisations, input.organisationId, 'Select an organisation'),
          councilRoleItems: radioItems(COUNCIL_ROLES, COUNCIL_ROLE_LABELS, input.councilRole),
          userItems: userItems(accounts, input.userId, 'No user account'),
          backLink: existing ? `/people/${existing.id}` : '/people',
          ...errorView(errors),
        });
      },
      command: (value) => (existing ? updatePerson(deps, requestContext(request), existing.id, value, principalOf(request)) : createPerson(deps, requestContext(request), value)),
      done: (saved) => ({
        flash: existing ? `${saved.name}’s details have been saved` : `${saved.name} has been added to the register`,
        to: `/people/${saved.id}`,
      }),
    });

    app.get('/people', { config: { access: 'directory.view' } }, async (request, reply) => {
      const q = searchParam(request.query);
      const organisationId = idParamOrNull(request.query, 'organisation');
      const councilOnly = param(request.query, 'council') === 'yes';
      const principal = principalOf(request);
      const [{ page, items, total }, organisations] = await Promise.all([
        pageWithin(pageParam(request.query), (p) => peoplePage(deps, principal, { q, organisationId, councilOnly, limit: LIST_PAGE_SIZE, offset: (p - 1) * LIST_PAGE_SIZE })),
        organisationList(deps, principal),
      ]);
      const filter = { q, organisation: organisationId, council: councilOnly ? 'yes' : null };
      return reply.view('people/list', {
        title: 'People',
        columns: 'full',
        q,
        councilOnly,
        filtered: Boolean(q || organisationId || councilOnly),
        people: items.map((p) => ({ ...p, roleText: roleText(p) })),
        organisationItems: organisationItems(organisations, organisationId, 'Any organisation'),
        ...listView(page, total, (p) => listHref('/people', { ...filter, page: p })),
        // the list as filtered, downloadable.
        exportHrefs: { csv: listHref('/people/export.csv', filter), xlsx: listHref('/people/export.xlsx', filter) },
        canManage: keepsRegister(request.user!.role),
      });
    });

    app.get('/people/new', { config: { access: 'register.manage' } }, async (request, reply) => {
      // Reached from an organisation's page: that organisation is chosen already.
      const preselected = idParamOrNull(request.query, 'organisation');
      const chosen = preselected ? await organisation(deps, principalOf(request), preselected) : undefined;
      return showForm(reply, form(request, null), chosen ? { organisationId: chosen.id } : {});
    });

    app.post('/people', { config: { access: 'register.manage' } }, async (request, reply) => submitForm(request, reply, form(request, null)));

    app.get<{ Params: { id: string } }>('/people/:id', { config: { access: 'directory.view' } }, async (request, reply) => {
      const person = await load(request);
      const principal = principalOf(request);
      const [employer, linkedUser, roles, accounts, interests] = await Promise.all([
        organisation(deps, principal, person.organisationId),
        person.userId ? user(deps, principal, person.userId) : undefined,
        partsOfPerson(deps, principal, person.id),
        users(deps, principal),
        interestsOf(deps, principal, person.id),
      ]);
      const userNames = new Map(accounts.map((u) => [u.id, `${u.name} (${u.email})`]));
      // Someone from a partner may be invited to sign in (issue 10); the invitation page says why not when they may not.
      const invite = can(request.user!.role, 'people.invite') && employer && !employer.isThisCouncil ? await invitation(deps, principal, person.id) : undefined;
      const history = await historyView(deps.database, 'person', person.id, personDescriber(userNames), PERSON_HIDDEN_FIELDS);
      return reply.view('people/show', {
        title: person.name,
        person,
        isCouncil: employer?.isThisCouncil ?? false,
        roleText: roleText(person),
        linkedUser: linkedUser ? { id: linkedUser.id, name: linkedUser.name, email: linkedUser.email, active: linkedUser.active } : null,
        canSeeUsers: can(request.user!.role, 'users.view'),
        roles,
        hasRoles: roles.sponsor.length + roles.accountable.length + roles.representative.length > 0,
        history,
        // the register of interests, a sensitive one's details withheld from whoever may not read them.
        interests: interestRows(interests, can(request.user!.role, 'interests.manage')),
        canManageInterests: can(request.user!.role, 'interests.manage'),
        canManage: keepsRegister(request.user!.role),
        invite: invite?.verdict.may ? { again: invite.invitedAt !== null, invitedAt: invite.invitedAt } : null,
        backLink: '/people',
      });
    });

    app.get<{ Params: { id: string } }>('/people/:id/edit', { config: { access: 'register.manage' } }, async (request, reply) => {
      const person = await load(request);
      return showForm(reply, form(request, person), personToForm(person));
    });

    app.post<{ Params: { id: string } }>('/people/:id', { config: { access: 'register.manage' } }, async (request, reply) =>
      submitForm(request, reply, form(request, await load(request))),
    );
  };
}

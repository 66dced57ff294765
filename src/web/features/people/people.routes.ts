// People in the register: council officers and councillors, and partners' representatives. The list,
// adding a person, their page and changing them.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { createPerson, personProblems, updatePerson } from '../../../app/people.service.ts';
import { can } from '../../../domain/access/roles.ts';
import type { Person } from '../../../domain/register/records.ts';
import { allOrganisations, findOrganisation } from '../../../db/repositories/organisations.repo.ts';
import { findPerson, listPeople, rolesOfPerson } from '../../../db/repositories/people.repo.ts';
import { findUserById, listUsers } from '../../../db/repositories/users.repo.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { besideSchemaErrors } from '../../forms/every-error.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import { idParam, idParamOrNull, pageParam, param, searchParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES } from '../../schemas/person.schema.ts';
import { historyView } from '../organisations/history.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageCount } from '../../shared/paging.ts';
import { parsePersonForm, personToForm } from './person.form.ts';
import { peopleExportRoutes } from './export.routes.ts';
import { PERSON_HIDDEN_FIELDS, personDescriber } from './person.history.ts';

const roleText = (p: Person) => (p.councilRole ? COUNCIL_ROLE_LABELS[p.councilRole] : null);

export function peopleRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const db = deps.database.db;
    peopleExportRoutes(app, deps);

    const load = async (id: string) => {
      const person = await findPerson(db, idParam(id));
      if (!person) throw new PageNotFoundError();
      return person;
    };

    app.get('/people', { config: { access: 'register.view' } }, async (request, reply) => {
      const q = searchParam(request.query);
      const organisationId = idParamOrNull(request.query, 'organisation');
      const councilOnly = param(request.query, 'council') === 'yes';
      let page = pageParam(request.query);
      const fetch = (p: number) => listPeople(db, { q, organisationId, councilOnly, limit: LIST_PAGE_SIZE, offset: (p - 1) * LIST_PAGE_SIZE });
      let result = await fetch(page);
      // Past the last page: show the last page instead.
      if (result.items.length === 0 && result.total > 0 && page > 1) {
        page = pageCount(result.total);
        result = await fetch(page);
      }
      const organisations = await allOrganisations(db);
      const href = (p: number) => listHref('/people', { q, organisation: organisationId, council: councilOnly ? 'yes' : null, page: p });
      return reply.view('people/list', {
        title: 'People',
        columns: 'full',
        q,
        councilOnly,
        filtered: Boolean(q || organisationId || councilOnly),
        people: result.items.map((p) => ({ ...p, roleText: roleText(p) })),
        organisationItems: [
          { value: '', text: 'Any organisation' },
          ...organisations.map((o) => ({ value: o.id, text: o.name + (o.isThisCouncil ? ' (this council)' : ''), selected: o.id === organisationId })),
        ],
        ...listView(page, result.total, href),
        // the list as filtered, downloadable.
        exportHrefs: {
          csv: listHref('/people/export.csv', { q, organisation: organisationId, council: councilOnly ? 'yes' : null }),
          xlsx: listHref('/people/export.xlsx', { q, organisation: organisationId, council: councilOnly ? 'yes' : null }),
        },
        canManage: can(request.user!.role, 'register.manage'),
      });
    });

    const renderForm = async (reply: FastifyReply, opts: { input: Record<string, string>; id?: string; name?: string; errors?: FieldError[] }) => {
      const [organisations, users] = await Promise.all([allOrganisations(db), listUsers(db)]);
      const input = opts.input;
      return reply.view('people/form', {
        title: opts.id ? `Change ${opts.name}` : 'Add a person',
        id: opts.id ?? null,
        name: opts.name ?? null,
        input,
        organisationItems: [
          { value: '', text: 'Select an organisation' },
          ...organisations.map((o) => ({ value: o.id, text: o.name + (o.isThisCouncil ? ' (this council)' : ''), selected: o.id === input.organisationId })),
        ],
        councilRoleItems: COUNCIL_ROLES.map((value) => ({ value, text: COUNCIL_ROLE_LABELS[value], checked: value === input.councilRole })),
        userItems: [
          { value: '', text: 'No user account' },
          ...users.map((u) => ({ value: u.id, text: `${u.name} (${u.email})${u.active ? '' : ', deactivated'}`, selected: u.id === input.userId })),
        ],
        backLink: opts.id ? `/people/${opts.id}` : '/people',
        ...errorView(opts.errors ?? []),
      });
    };

    /** Shared by add and change: check the form, save, and go to the person's page. */
    const submit = async (
      reply: FastifyReply,
      body: unknown,
      opts: { id?: string; name?: string; save: (value: Parameters<typeof createPerson>[2]) => Promise<Person> },
    ) => {
      const input = formInput(body);
      const parsed = parsePersonForm(input);
      // The register's rules on the answers that are valid, beside the form's errors: every problem at once.
      if (!parsed.ok) return renderForm(reply.code(400), { ...opts, input, errors: besideSchemaErrors(parsed.errors, (await personProblems(db, parsed.known, opts.id ?? null)).problems) });
      try {
        const saved = await opts.save(parsed.value);
        setFlash(reply, opts.id ? `${saved.name}’s details have been saved` : `${saved.name} has been added to the register`);
        return reply.redirect(`/people/${saved.id}`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return renderForm(reply.code(400), { ...opts, input, errors: [...error.problems] });
        throw error;
      }
    };

    app.get('/people/new', { config: { access: 'register.manage' } }, async (request, reply) => {
      // Reached from an organisation's page: that organisation is chosen already.
      const preselected = idParamOrNull(request.query, 'organisation');
      const organisation = preselected ? await findOrganisation(db, preselected) : undefined;
      return renderForm(reply, { input: organisation ? { organisationId: organisation.id } : {} });
    });

    app.post('/people', { config: { access: 'register.manage' } }, async (request, reply) =>
      submit(reply, request.body, { save: (value) => createPerson(deps, requestContext(request), value) }),
    );

    app.get<{ Params: { id: string } }>('/people/:id', { config: { access: 'register.view' } }, async (request, reply) => {
      const person = await load(request.params.id);
      const [organisation, user, roles, users] = await Promise.all([
        findOrganisation(db, person.organisationId),
        person.userId ? findUserById(db, person.userId) : undefined,
        rolesOfPerson(db, person.id),
        listUsers(db),
      ]);
      const userNames = new Map(users.map((u) => [u.id, `${u.name} (${u.email})`]));
      const history = await historyView(deps.database, 'person', person.id, personDescriber(userNames), PERSON_HIDDEN_FIELDS);
      return reply.view('people/show', {
        title: person.name,
        person,
        isCouncil: organisation?.isThisCouncil ?? false,
        roleText: roleText(person),
        linkedUser: user ? { id: user.id, name: user.name, email: user.email, active: user.active } : null,
        canSeeUsers: can(request.user!.role, 'users.view'),
        roles,
        hasRoles: roles.sponsor.length + roles.accountable.length + roles.representative.length > 0,
        history,
        canManage: can(request.user!.role, 'register.manage'),
        backLink: '/people',
      });
    });

    app.get<{ Params: { id: string } }>('/people/:id/edit', { config: { access: 'register.manage' } }, async (request, reply) => {
      const person = await load(request.params.id);
      return renderForm(reply, { input: personToForm(person), id: person.id, name: person.name });
    });

    app.post<{ Params: { id: string } }>('/people/:id', { config: { access: 'register.manage' } }, async (request, reply) => {
      const person = await load(request.params.id);
      return submit(reply, request.body, {
        id: person.id,
        name: person.name,
        save: (value) => updatePerson(deps, requestContext(request), person.id, value),
      });
    });
  };
}

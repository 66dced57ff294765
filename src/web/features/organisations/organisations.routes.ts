// Organisations (partners): the list, adding one, its page and changing it. The council itself is
// the organisation marked "this council".
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { createOrganisation, organisationProblems, updateOrganisation } from '../../../app/organisations.service.ts';
import { can } from '../../../domain/access/roles.ts';
import { SECTOR_LABELS, SECTORS, type Sector } from '../../../domain/register/vocabulary.ts';
import { findOrganisation, listOrganisations, partnershipsOfOrganisation } from '../../../db/repositories/organisations.repo.ts';
import { listPeople } from '../../../db/repositories/people.repo.ts';
import { requestContext } from '../../context.ts';
import { COUNCIL_ROLE_LABELS } from '../../schemas/person.schema.ts';
import { PageNotFoundError } from '../../errors.ts';
import { besideSchemaErrors } from '../../forms/every-error.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import { idParam, param, pageParam, searchParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import { organisationExportRoutes } from './export.routes.ts';
import { historyView } from './history.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageCount } from '../../shared/paging.ts';
import { organisationToForm, parseOrganisationForm } from './organisation.form.ts';
import { organisationDescriber } from './organisation.history.ts';

/** How many of an organisation's people its page lists before linking to the full list. */
const PEOPLE_SHOWN = 50;

function sectorParam(query: unknown): Sector | null {
  const value = param(query, 'sector');
  return (SECTORS as readonly string[]).includes(value) ? (value as Sector) : null;
}

const sectorItems = (selected: string | undefined) => SECTORS.map((value) => ({ value, text: SECTOR_LABELS[value], checked: value === selected }));

export function organisationsRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const db = deps.database.db;
    organisationExportRoutes(app, deps);

    const load = async (id: string) => {
      const organisation = await findOrganisation(db, idParam(id));
      if (!organisation) throw new PageNotFoundError();
      return organisation;
    };

    app.get('/organisations', { config: { access: 'register.view' } }, async (request, reply) => {
      const q = searchParam(request.query);
      const sector = sectorParam(request.query);
      let page = pageParam(request.query);
      const fetch = (p: number) => listOrganisations(db, { q, sector, limit: LIST_PAGE_SIZE, offset: (p - 1) * LIST_PAGE_SIZE });
      let result = await fetch(page);
      // Past the last page (an old link, a hand-typed number): show the last page instead.
      if (result.items.length === 0 && result.total > 0 && page > 1) {
        page = pageCount(result.total);
        result = await fetch(page);
      }
      const href = (p: number) => listHref('/organisations', { q, sector, page: p });
      return reply.view('organisations/list', {
        title: 'Organisations',
        columns: 'full',
        q,
        sector,
        filtered: Boolean(q || sector),
        organisations: result.items,
        sectors: [{ value: '', text: 'Any sector' }, ...SECTORS.map((value) => ({ value, text: SECTOR_LABELS[value], selected: value === sector }))],
        ...listView(page, result.total, href),
        // the list as filtered, downloadable.
        exportHrefs: { csv: listHref('/organisations/export.csv', { q, sector }), xlsx: listHref('/organisations/export.xlsx', { q, sector }) },
        canManage: can(request.user!.role, 'register.manage'),
      });
    });

    const renderForm = (reply: FastifyReply, opts: { input: Record<string, string>; id?: string; name?: string; errors?: FieldError[] }) =>
      reply.view('organisations/form', {
        title: opts.id ? `Change ${opts.name}` : 'Add an organisation',
        id: opts.id ?? null,
        name: opts.name ?? null,
        input: opts.input,
        sectorItems: sectorItems(opts.input.sector),
        backLink: opts.id ? `/organisations/${opts.id}` : '/organisations',
        ...errorView(opts.errors ?? []),
      });

    /** Shared by add and change: check the form, save, and go to the organisation's page. */
    const submit = async (
      reply: FastifyReply,
      body: unknown,
      opts: { id?: string; name?: string; save: (value: Parameters<typeof createOrganisation>[2]) => Promise<{ id: string; name: string }> },
    ) => {
      const input = formInput(body);
      const parsed = parseOrganisationForm(input);
      // The register's rules on the answers that are valid, beside the form's errors: every problem at once.
      if (!parsed.ok) return renderForm(reply.code(400), { ...opts, input, errors: besideSchemaErrors(parsed.errors, await organisationProblems(db, parsed.known, opts.id ?? null)) });
      try {
        const saved = await opts.save(parsed.value);
        setFlash(reply, opts.id ? `${saved.name} has been updated` : `${saved.name} has been added to the register`);
        return reply.redirect(`/organisations/${saved.id}`, 303);
      } catch (error) {
        if (error instanceof ValidationError) return renderForm(reply.code(400), { ...opts, input, errors: [...error.problems] });
        throw error;
      }
    };

    app.get('/organisations/new', { config: { access: 'register.manage' } }, async (_request, reply) => renderForm(reply, { input: {} }));

    app.post('/organisations', { config: { access: 'register.manage' } }, async (request, reply) =>
      submit(reply, request.body, { save: (value) => createOrganisation(deps, requestContext(request), value) }),
    );

    app.get<{ Params: { id: string } }>('/organisations/:id', { config: { access: 'register.view' } }, async (request, reply) => {
      const organisation = await load(request.params.id);
      const [partnerships, people, history] = await Promise.all([
        partnershipsOfOrganisation(db, organisation.id),
        listPeople(db, { organisationId: organisation.id, limit: PEOPLE_SHOWN, offset: 0 }),
        historyView(deps.database, 'organisation', organisation.id, organisationDescriber),
      ]);
      return reply.view('organisations/show', {
        title: organisation.name,
        organisation,
        websiteLink: organisation.website && /^https?:\/\//i.test(organisation.website) ? organisation.website : null,
        partnerships,
        people: people.items.map((p) => ({ ...p, councilRoleText: p.councilRole ? COUNCIL_ROLE_LABELS[p.councilRole] : 'Not recorded' })),
        peopleTotal: people.total,
        history,
        canManage: can(request.user!.role, 'register.manage'),
        backLink: '/organisations',
      });
    });

    app.get<{ Params: { id: string } }>('/organisations/:id/edit', { config: { access: 'register.manage' } }, async (request, reply) => {
      const organisation = await load(request.params.id);
      return renderForm(reply, { input: organisationToForm(organisation), id: organisation.id, name: organisation.name });
    });

    app.post<{ Params: { id: string } }>('/organisations/:id', { config: { access: 'register.manage' } }, async (request, reply) => {
      const organisation = await load(request.params.id);
      return submit(reply, request.body, {
        id: organisation.id,
        name: organisation.name,
        save: (value) => updateOrganisation(deps, requestContext(request), organisation.id, value),
      });
    });
  };
}

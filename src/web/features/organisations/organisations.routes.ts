// Organisations (partners): the list, adding one, its page and changing it. The council itself is
// the organisation marked "this council".
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { createOrganisation, organisationProblems, updateOrganisation } from '../../../app/organisations.service.ts';
import { organisation as findOrganisation, organisationsPage, partnershipsOfOrganisation, peoplePage } from '../../../app/queries/directory.queries.ts';
import type { Organisation } from '../../../domain/register/records.ts';
import { SECTOR_LABELS, SECTORS } from '../../../domain/register/vocabulary.ts';
import { principalOf, requestContext } from '../../context.ts';
import { COUNCIL_ROLE_LABELS } from '../../schemas/person.schema.ts';
import type { OrganisationInput } from '../../schemas/organisation.schema.ts';
import { PageNotFoundError } from '../../errors.ts';
import { besideSchemaErrors } from '../../forms/every-error.ts';
import { errorView, formInput } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { LIST_PAGE_SIZE, listHref, listView, pageWithin } from '../../shared/paging.ts';
import { choiceParam, idParam, pageParam, searchParam } from '../../shared/params.ts';
import { radioItems, selectItems } from '../../shared/select-lists.ts';
import { organisationExportRoutes } from './export.routes.ts';
import { historyView } from './history.ts';
import { organisationToForm, parseOrganisationForm } from './organisation.form.ts';
import { organisationDescriber } from './organisation.history.ts';
import { keepsRegister } from '../../shared/keeper.ts';

/** How many of an organisation's people its page lists before linking to the full list. */
const PEOPLE_SHOWN = 50;

export function organisationsRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    organisationExportRoutes(app, deps);

    const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const found = await findOrganisation(deps, principalOf(request), idParam(request.params.id));
      if (!found) throw new PageNotFoundError();
      return found;
    };

    /** Adding one (existing: null) or changing one. */
    const form = (request: FastifyRequest, existing: Organisation | null): FormPage<Record<string, string>, OrganisationInput, Organisation> => ({
      read: (body) => formInput(body),
      async parse(typed) {
        const parsed = parseOrganisationForm(typed);
        if (parsed.ok) return parsed;
        // The register's rules on the answers that are valid, beside the form's errors: every problem at once.
        return { ok: false, errors: besideSchemaErrors(parsed.errors, await organisationProblems(deps.database.db, parsed.known, existing?.id ?? null)) };
      },
      render: (reply, input, errors) =>
        reply.view('organisations/form', {
          title: existing ? `Change ${existing.name}` : 'Add an organisation',
          id: existing?.id ?? null,
          name: existing?.name ?? null,
          input,
          sectorItems: radioItems(SECTORS, SECTOR_LABELS, input.sector),
          backLink: existing ? `/organisations/${existing.id}` : '/organisations',
          ...errorView(errors),
        }),
      command: (value) =>
        existing ? updateOrganisation(deps, requestContext(request), existing.id, value) : createOrganisation(deps, requestContext(request), value),
      done: (saved) => ({
        flash: existing ? `${saved.name} has been updated` : `${saved.name} has been added to the register`,
        to: `/organisations/${saved.id}`,
      }),
    });

    app.get('/organisations', { config: { access: 'directory.view' } }, async (request, reply) => {
      const q = searchParam(request.query);
      const sector = choiceParam(request.query, 'sector', SECTORS);
      const principal = principalOf(request);
      const { page, items, total } = await pageWithin(pageParam(request.query), (p) =>
        organisationsPage(deps, principal, { q, sector, limit: LIST_PAGE_SIZE, offset: (p - 1) * LIST_PAGE_SIZE }),
      );
      const href = (p: number) => listHref('/organisations', { q, sector, page: p });
      return reply.view('organisations/list', {
        title: 'Organisations',
        columns: 'full',
        q,
        sector,
        filtered: Boolean(q || sector),
        organisations: items,
        sectors: selectItems(SECTORS, SECTOR_LABELS, sector, 'Any sector'),
        ...listView(page, total, href),
        // the list as filtered, downloadable.
        exportHrefs: { csv: listHref('/organisations/export.csv', { q, sector }), xlsx: listHref('/organisations/export.xlsx', { q, sector }) },
        canManage: keepsRegister(request.user!.role),
      });
    });

    app.get('/organisations/new', { config: { access: 'register.manage' } }, async (request, reply) => showForm(reply, form(request, null), {}));

    app.post('/organisations', { config: { access: 'register.manage' } }, async (request, reply) => submitForm(request, reply, form(request, null)));

    app.get<{ Params: { id: string } }>('/organisations/:id', { config: { access: 'directory.view' } }, async (request, reply) => {
      const organisation = await load(request);
      const principal = principalOf(request);
      const [partnerships, people, history] = await Promise.all([
        partnershipsOfOrganisation(deps, principal, organisation.id),
        peoplePage(deps, principal, { organisationId: organisation.id, limit: PEOPLE_SHOWN, offset: 0 }),
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
        canManage: keepsRegister(request.user!.role),
        backLink: '/organisations',
      });
    });

    app.get<{ Params: { id: string } }>('/organisations/:id/edit', { config: { access: 'register.manage' } }, async (request, reply) => {
      const organisation = await load(request);
      return showForm(reply, form(request, organisation), organisationToForm(organisation));
    });

    app.post<{ Params: { id: string } }>('/organisations/:id', { config: { access: 'register.manage' } }, async (request, reply) =>
      submitForm(request, reply, form(request, await load(request))),
    );
  };
}

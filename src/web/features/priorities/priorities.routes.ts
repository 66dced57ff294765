// The council's corporate priorities (R-2.5b): everyone reads the list and how many partnerships
// serve each; administrators keep it. A priority no longer current stays on the partnerships that
// named it, marked as such.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createPriority, updatePriority } from '../../../app/priorities.service.ts';
import { priorities, priority as findPriority } from '../../../app/queries/directory.queries.ts';
import { can } from '../../../domain/access/roles.ts';
import type { Describer } from '../../../domain/audit/describe.ts';
import type { CorporatePriority } from '../../../domain/register/records.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, formInput, parseForm } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { idParam } from '../../shared/params.ts';
import { prioritySchema } from '../../schemas/priority.schema.ts';
import { historyView, plainValue } from '../organisations/history.ts';
import { yesNo } from '../organisations/organisation.form.ts';

const priorityDescriber: Describer = {
  labels: { title: 'Title', description: 'Description', active: 'Current priority', position: 'Place in the list' },
  value: (field, value) => (field === 'active' && typeof value === 'boolean' ? (value ? 'Yes' : 'No, no longer current') : plainValue(value)),
};

const partnershipsHref = (id: string) => `/partnerships?priority=${encodeURIComponent(id)}`;

function priorityToForm(p: CorporatePriority): Record<string, string> {
  return { title: p.title, description: p.description ?? '', active: p.active ? 'yes' : 'no' };
}

export function prioritiesRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const found = await findPriority(deps, principalOf(request), idParam(request.params.id));
      if (!found) throw new PageNotFoundError();
      return found;
    };

    /** Adding one (existing: null) or changing one. */
    const form = (request: FastifyRequest, existing: CorporatePriority | null): FormPage<Record<string, string>, z.infer<typeof prioritySchema>, CorporatePriority> => ({
      read: (body) => formInput(body),
      parse: (typed) => parseForm(prioritySchema, { title: typed.title ?? '', description: typed.description ?? '', active: yesNo(typed.active) }),
      render: (reply, input, errors) =>
        reply.view('priorities/form', {
          title: existing ? `Change ${existing.title}` : 'Add a corporate priority',
          id: existing?.id ?? null,
          name: existing?.title ?? null,
          input,
          backLink: existing ? `/priorities/${existing.id}` : '/priorities',
          ...errorView(errors),
        }),
      command: (value) => (existing ? updatePriority(deps, requestContext(request), existing.id, value) : createPriority(deps, requestContext(request), value)),
      done: (saved) => ({
        flash: existing ? `${saved.title} has been updated` : `${saved.title} has been added to the council’s priorities`,
        to: `/priorities/${saved.id}`,
      }),
    });

    app.get('/priorities', { config: { access: 'directory.view' } }, async (request, reply) => {
      const list = await priorities(deps, principalOf(request));
      return reply.view('priorities/list', {
        title: 'Corporate priorities',
        columns: 'full',
        priorities: list.map((p) => ({ ...p, partnershipsHref: partnershipsHref(p.id) })),
        canManage: can(request.user!.role, 'priorities.manage'),
      });
    });

    app.get('/priorities/new', { config: { access: 'priorities.manage' } }, async (request, reply) => showForm(reply, form(request, null), { active: 'yes' }));

    app.post('/priorities', { config: { access: 'priorities.manage' } }, async (request, reply) => submitForm(request, reply, form(request, null)));

    app.get<{ Params: { id: string } }>('/priorities/:id', { config: { access: 'directory.view' } }, async (request, reply) => {
      const priority = await load(request);
      const history = await historyView(deps.database, 'corporate-priority', priority.id, priorityDescriber);
      return reply.view('priorities/show', {
        title: priority.title,
        priority,
        partnerships: priority.partnerships,
        partnershipsHref: partnershipsHref(priority.id),
        history,
        canManage: can(request.user!.role, 'priorities.manage'),
        backLink: '/priorities',
      });
    });

    app.get<{ Params: { id: string } }>('/priorities/:id/edit', { config: { access: 'priorities.manage' } }, async (request, reply) => {
      const priority = await load(request);
      return showForm(reply, form(request, priority), priorityToForm(priority));
    });

    app.post<{ Params: { id: string } }>('/priorities/:id', { config: { access: 'priorities.manage' } }, async (request, reply) =>
      submitForm(request, reply, form(request, await load(request))),
    );
  };
}

// The council's corporate priorities (R-2.5b): everyone reads the list and how many partnerships
// serve each; administrators keep it. A priority no longer current stays on the partnerships that
// named it, marked as such.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { createPriority, updatePriority } from '../../../app/priorities.service.ts';
import { can } from '../../../domain/access/roles.ts';
import type { Describer } from '../../../domain/audit/describe.ts';
import type { CorporatePriority } from '../../../domain/register/records.ts';
import { countPartnershipsServing, findPriority, listPriorities } from '../../../db/repositories/priorities.repo.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, formInput, parseForm, type FieldError } from '../../forms/form.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
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
    const db = deps.database.db;

    const load = async (id: string) => {
      const priority = await findPriority(db, idParam(id));
      if (!priority) throw new PageNotFoundError();
      return priority;
    };

    app.get('/priorities', { config: { access: 'register.view' } }, async (request, reply) => {
      const priorities = await listPriorities(db);
      const counts = await Promise.all(priorities.map((p) => countPartnershipsServing(db, p.id)));
      return reply.view('priorities/list', {
        title: 'Corporate priorities',
        columns: 'full',
        priorities: priorities.map((p, i) => ({ ...p, partnerships: counts[i] ?? 0, partnershipsHref: partnershipsHref(p.id) })),
        canManage: can(request.user!.role, 'priorities.manage'),
      });
    });

    const renderForm = (reply: FastifyReply, opts: { input: Record<string, string>; id?: string; name?: string; errors?: FieldError[] }) =>
      reply.view('priorities/form', {
        title: opts.id ? `Change ${opts.name}` : 'Add a corporate priority',
        id: opts.id ?? null,
        name: opts.name ?? null,
        input: opts.input,
        backLink: opts.id ? `/priorities/${opts.id}` : '/priorities',
        ...errorView(opts.errors ?? []),
      });

    const submit = async (
      reply: FastifyReply,
      body: unknown,
      opts: { id?: string; name?: string; save: (value: Parameters<typeof createPriority>[2]) => Promise<CorporatePriority> },
    ) => {
      const input = formInput(body);
      const parsed = parseForm(prioritySchema, { title: input.title ?? '', description: input.description ?? '', active: yesNo(input.active) });
      if (!parsed.ok) return renderForm(reply.code(400), { ...opts, input, errors: parsed.errors });
      const saved = await opts.save(parsed.value);
      setFlash(reply, opts.id ? `${saved.title} has been updated` : `${saved.title} has been added to the council’s priorities`);
      return reply.redirect(`/priorities/${saved.id}`, 303);
    };

    app.get('/priorities/new', { config: { access: 'priorities.manage' } }, async (_request, reply) => renderForm(reply, { input: { active: 'yes' } }));

    app.post('/priorities', { config: { access: 'priorities.manage' } }, async (request, reply) =>
      submit(reply, request.body, { save: (value) => createPriority(deps, requestContext(request), value) }),
    );

    app.get<{ Params: { id: string } }>('/priorities/:id', { config: { access: 'register.view' } }, async (request, reply) => {
      const priority = await load(request.params.id);
      const [partnerships, history] = await Promise.all([
        countPartnershipsServing(db, priority.id),
        historyView(deps.database, 'corporate-priority', priority.id, priorityDescriber),
      ]);
      return reply.view('priorities/show', {
        title: priority.title,
        priority,
        partnerships,
        partnershipsHref: partnershipsHref(priority.id),
        history,
        canManage: can(request.user!.role, 'priorities.manage'),
        backLink: '/priorities',
      });
    });

    app.get<{ Params: { id: string } }>('/priorities/:id/edit', { config: { access: 'priorities.manage' } }, async (request, reply) => {
      const priority = await load(request.params.id);
      return renderForm(reply, { input: priorityToForm(priority), id: priority.id, name: priority.title });
    });

    app.post<{ Params: { id: string } }>('/priorities/:id', { config: { access: 'priorities.manage' } }, async (request, reply) => {
      const priority = await load(request.params.id);
      return submit(reply, request.body, {
        id: priority.id,
        name: priority.title,
        save: (value) => updatePriority(deps, requestContext(request), priority.id, value),
      });
    });
  };
}

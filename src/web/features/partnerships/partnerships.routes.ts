// The partnership register: the list, registering a partnership, its page and changing it.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { createPartnership, loadPartnership, registerProblems, updatePartnership } from '../../../app/partnerships.service.ts';
import { parseRegisterQuery } from '../../../domain/register/register-query.ts';
import type { Problem } from '../../../domain/register/partnership.ts';
import { formOptions, partnershipRuleContext, registerPage } from '../../../app/queries/register.queries.ts';
import { filteredId, registerFilterOptions, typedFilters } from '../../../app/queries/register-filters.queries.ts';
import { TYPED_FILTERS, typedParam } from './typed-filter.params.ts';
import { principalOf, requestContext } from '../../context.ts';
import { errorView, type FieldError } from '../../forms/form.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import {
  formActionSchema,
  formFieldOf,
  parseChangeForm,
  parsePartnershipForm,
  partnershipToForm,
  readPartnershipForm,
  MAX_ROWS,
  withRuleProblems,
  type PartnershipFormInput,
  type PartnershipFormResult,
} from './partnership.form.ts';
import { VOCABULARY } from './partnership.options.ts';
import { registerListView } from './register.view-model.ts';
import { deleteRoutes } from './delete.routes.ts';
import { historyRoutes } from './history.routes.ts';
import { summaryRoutes } from './summary.routes.ts';
import { withdrawRoutes } from './withdraw.routes.ts';
import { keepsRegister } from '../../shared/keeper.ts';

export function partnershipsRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const db = deps.database.db;

    app.get('/partnerships', { config: { access: 'register.view' } }, async (request, reply) => {
      // A value the list cannot use is left out rather than refused: the register still shows. An amount
      // typed into the filter that cannot be read is shown as an error at the field (400) instead.
      const params = request.query as Record<string, unknown>;
      // `partner` and `sponsoringOfficer` are the page's own (typed); the list's query names them by id.
      const { [TYPED_FILTERS.partner.param]: _partner, [TYPED_FILTERS.sponsor.param]: _sponsor, ...listParams } = params;
      const { query, errors } = parseRegisterQuery(listParams);
      const principal = principalOf(request);
      // Typed names are resolved first: the list is filtered by the one each names, if one.
      const typed = { partner: typedParam(params, 'partner'), sponsor: typedParam(params, 'sponsor') };
      const input = { partner: { typed: typed.partner.text, id: query.organisation }, sponsor: { typed: typed.sponsor.text, id: query.sponsor } };
      const filters = await typedFilters(deps, principal, input);
      const listQuery = { ...query, organisation: filteredId(filters.partner, input.partner), sponsor: filteredId(filters.sponsor, input.sponsor) };
      const [result, options] = await Promise.all([registerPage(deps, principal, listQuery), registerFilterOptions(deps)]);
      const view = registerListView(listQuery, result, options, { errors: [...errors, ...typed.partner.errors, ...typed.sponsor.errors], params }, filters);
      return reply.code(view.errorList.length ? 400 : 200).view('partnerships/list', {
        title: 'Partnership register',
        columns: 'full',
        ...view,
        canManage: keepsRegister(request.user!.role),
      });
    });

    const renderForm = async (
      reply: FastifyReply,
      form: PartnershipFormInput,
      opts: { id?: string; reference?: string; errors?: FieldError[] },
    ) => {
      const options = await formOptions(deps, principalOf(reply.request));
      return reply.view('partnerships/form', {
        title: opts.id ? `Change ${form.fields.name || 'partnership'}` : 'Register a partnership',
        id: opts.id ?? null,
        reference: opts.reference ?? null,
        form,
        options,
        vocabulary: VOCABULARY,
        partnerRowIndexes: [...Array(form.partnerRows).keys()],
        representativeRowIndexes: [...Array(form.representativeRows).keys()],
        maxRows: MAX_ROWS,
        backLink: opts.id ? `/partnerships/${opts.id}` : '/partnerships',
        ...errorView(opts.errors ?? []),
      });
    };

    /** Shared by register and change: add a row (registering only), or save and go to the partnership. */
    const submit = async <T>(
      reply: FastifyReply,
      body: unknown,
      opts: {
        id?: string;
        reference?: string;
        parse: (form: PartnershipFormInput) => Promise<PartnershipFormResult<T>>;
        save: (value: T) => Promise<{ id: string; reference: string; name: string }>;
      },
    ) => {
      const form = readPartnershipForm(body);
      const action = formActionSchema.parse((body as Record<string, unknown> | null)?.action);
      if (action === 'add-partner' || action === 'add-representative') {
        // The change form has no rows (partners and representatives are records of their own, issue 8): a
        // page from before that presses "Add another" gets the form back, saying where they change, unsaved.
        if (opts.id) return renderForm(reply, form, opts);
        if (action === 'add-partner') form.partnerRows = Math.min(form.partnerRows + 1, MAX_ROWS);
        else form.representativeRows = Math.min(form.representativeRows + 1, MAX_ROWS);
        return renderForm(reply, form, opts);
      }
      const parsed = await opts.parse(form);
      // The register's rules on the records named (R-2.16 among them), beside the form's errors: every problem at once.
      if (!parsed.ok) return renderForm(reply.code(400), form, { ...opts, errors: withRuleProblems(parsed.errors, await registerProblems(db, parsed.known), parsed.rows) });
      try {
        const saved = await opts.save(parsed.value);
        setFlash(reply, opts.id ? `${saved.name} has been updated` : `${saved.name} has been registered as ${saved.reference}`);
        return reply.redirect(`/partnerships/${saved.id}`, 303);
      } catch (error) {
        if (error instanceof ValidationError) {
          const errors = (error.problems as ReadonlyArray<Problem>).map((p) => ({ field: formFieldOf(p, parsed.rows), message: p.message }));
          return renderForm(reply.code(400), form, { ...opts, errors });
        }
        throw error;
      }
    };

    app.get('/partnerships/new', { config: { access: 'register.manage' } }, async (_request, reply) => renderForm(reply, partnershipToForm(null), {}));

    app.post('/partnerships', { config: { access: 'register.manage' } }, async (request, reply) =>
      submit(reply, request.body, {
        parse: async (form) => parsePartnershipForm(form, await partnershipRuleContext(deps, principalOf(request))),
        save: (value) => createPartnership(deps, requestContext(request), value),
      }),
    );

    app.get<{ Params: { id: string } }>('/partnerships/:id/edit', { config: { access: 'register.manage' } }, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      // Withdrawn is final: there is nothing to change; its page says why.
      if (partnership.status === 'withdrawn') return reply.redirect(`/partnerships/${partnership.id}`, 303);
      return renderForm(reply, partnershipToForm(partnership), { id: partnership.id, reference: partnership.reference });
    });

    app.post<{ Params: { id: string } }>('/partnerships/:id', { config: { access: 'register.manage' } }, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      return submit(reply, request.body, {
        id: partnership.id,
        reference: partnership.reference,
        parse: async (form) => parseChangeForm(form),
        save: (value) => updatePartnership(deps, requestContext(request), partnership.id, value),
      });
    });

    await app.register(summaryRoutes(deps));
    await app.register(historyRoutes(deps));
    await app.register(withdrawRoutes(deps));
    await app.register(deleteRoutes(deps));
  };
}

// The pages of a kind of partnership record, built from its description: the list, adding one, its
// page, changing it and removing it (a confirmation that shows why it cannot be removed instead of the
// button when a rule says so), under /partnerships/:id/<segment>. The scope hook has already read the
// partnership (request.partnership) and answered 404 for one the user may not see. A withdrawn
// partnership keeps its records as they were (decision 24): its forms say so instead.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import type { PartnershipHeader } from '../../app/queries/partnership.queries.ts';
import { PARTNERSHIP_RECORD_KINDS } from '../../app/records/index.ts';
import { addRecord, changeRecord, removeRecord, WITHDRAWN_PROBLEM } from '../../app/records/record-commands.ts';
import { keyParamOf, keyShaped, type AnyRecordKind, type Choice, type Vocabulary } from '../../app/records/record-kind.ts';
import { PageNotFoundError } from '../errors.ts';
import { findRecord, listRecords, recordChoices, recordProblems, recordVocabulary } from '../../app/records/record-queries.ts';
import { can } from '../../domain/access/roles.ts';
import { mayOn } from '../../domain/access/scope.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { principalOf, requestContext } from '../context.ts';
import type { FieldError } from '../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../forms/pipeline.ts';
import { auditName, fieldWords, RECORD_PAGES } from './record-describer.ts';
import { besideFormErrors, formFieldOf, inFormOrder, parseRecordForm, readRecordForm, recordFormView, recordToForm, type FormMode, type RecordForm } from './record-form.ts';
import { keepsPartnership } from '../shared/keeper.ts';

type Params = { id: string } & Record<string, string>;

/** One value of a record as its pages show it: in words, linked to the register's record it names (for those who may open it). */
function cell(kind: AnyRecordKind, name: string, record: unknown, linked: boolean, vocabulary: Vocabulary | undefined) {
  const f = kind.fields[name]!;
  const input = kind.inputOf(record) as Record<string, string>;
  const text = fieldWords(kind, name, kind.audited(record)[auditName(name, f)], vocabulary);
  // A record field left unchosen (a seat's substitute) names no record to link to.
  const id = input[name];
  return { text, href: linked && f.input.kind === 'record' && typeof id === 'string' && id !== '' ? RECORD_PAGES[f.input.of].href(id) : null };
}

/**
 * A record's page of its own in place of the generic one (a meeting's: its notice, attendance and agenda):
 * its template, and what it shows besides the generic page's data.
 */
export interface OwnRecordPage {
  view: string;
  data(deps: AppDeps, request: FastifyRequest, partnership: PartnershipHeader, record: any): Promise<Record<string, unknown>>;
  /** Links the list page offers besides its records (the meetings as a calendar file). */
  listLinks?(partnership: PartnershipHeader): Array<{ text: string; href: string }>;
}

export function recordRoutes(deps: AppDeps, kind: AnyRecordKind, page?: OwnRecordPage) {
  const base = `/partnerships/:id/${kind.segment}`;
  const param = keyParamOf(kind);
  const one = `${base}/:${param}`;
  const listHref = (p: PartnershipHeader) => `/partnerships/${p.id}/${kind.segment}`;
  const recordHref = (p: PartnershipHeader, key: string) => `${listHref(p)}/${key}`;
  const read = { config: { access: 'register.view' as const } };
  const manage = { config: { access: 'register.manage' as const } };
  // Adding is open to a kind's contributors too; the command checks the record they add.
  const add = { config: { access: kind.contributor?.permission ?? ('register.manage' as const) } };

  const partnershipOf = (request: FastifyRequest) => request.partnership!;
  const keyOf = (request: FastifyRequest<{ Params: Params }>) => {
    const value = request.params[param];
    if (!keyShaped(kind, value)) throw new PageNotFoundError();
    return value;
  };
  const load = (request: FastifyRequest<{ Params: Params }>) => findRecord(deps, principalOf(request), kind, partnershipOf(request).id, keyOf(request));
  const mayChange = (request: FastifyRequest) => keepsPartnership(request) && !partnershipOf(request).withdrawn;
  /** Whether they add records of the kind as a contributor rather than as a keeper. */
  const contributes = (request: FastifyRequest) => Boolean(kind.contributor) && !keepsPartnership(request);
  const mayAdd = (request: FastifyRequest) =>
    mayChange(request) || (Boolean(kind.contributor) && !partnershipOf(request).withdrawn && mayOn(principalOf(request), kind.contributor!.permission, partnershipOf(request).id));

  /** A withdrawn partnership's record pages: why nothing can change, instead of the form. */
  const withdrawn = (reply: FastifyReply, p: PartnershipHeader, heading: string, posted: boolean) =>
    (posted ? reply.code(400) : reply).view('records/remove', {
      title: heading,
      backLink: listHref(p),
      heading,
      refusal: [WITHDRAWN_PROBLEM],
      refusalId: 'status',
      returnHref: listHref(p),
      ...(posted ? { errorList: [{ text: WITHDRAWN_PROBLEM.message, href: '#status' }] } : {}),
    });

  /** The choices a contributor may take (the indicators their organisation supplies); a keeper's, all. */
  const offered = async (request: FastifyRequest, choices: Partial<Record<string, readonly Choice[]>>) => {
    if (!contributes(request)) return choices;
    const out: Partial<Record<string, readonly Choice[]>> = {};
    for (const [field, list] of Object.entries(choices)) out[field] = await kind.contributor!.offers(deps.database.db, principalOf(request), partnershipOf(request).id, field, list ?? []);
    return out;
  };

  /** Adding (record: null) or changing a record, through the one form pipeline. */
  const formPage = (request: FastifyRequest<{ Params: Params }>, record: unknown | null): FormPage<RecordForm, Record<string, unknown>, unknown> => {
    const p = partnershipOf(request);
    const mode: FormMode = record === null ? { kind: 'add' } : { kind: 'change', key: kind.keyOf(record) };
    const principal = principalOf(request);
    const heading = record === null ? kind.names.add : `Change ${kind.names.one} ${kind.title(record)}`;
    return {
      read: (body) => readRecordForm(kind, mode, body),
      async parse(typed) {
        const parsed = parseRecordForm(kind, mode, typed);
        if (parsed.ok) return parsed;
        // The kind's rules on the answers that parsed, beside the schema's errors: every problem in one round.
        const value = mode.kind === 'add' ? parsed.known! : { ...kind.inputOf(record), ...parsed.known };
        const change = mode.kind === 'add' ? { kind: 'add' as const, value } : { kind: 'change' as const, key: mode.key, value };
        const refusal = mode.kind === 'add' && contributes(request) ? await kind.contributor!.refusal(deps.database.db, principal, p.id, value) : null;
        const rules = [...(refusal ? [refusal] : []), ...(await recordProblems(deps, principal, kind, p.id, change))].map((x) => ({ field: x.field, message: x.message }));
        // A rule's problem at a date shows at its day box, beside the schema's (one message a field).
        return { ok: false, errors: inFormOrder(kind, besideFormErrors(kind, parsed.errors, rules.map((x) => ({ ...x, field: formFieldOf(kind, mode, x.field) })))) };
      },
      async render(reply, typed, errors) {
        const choices = await offered(request, await recordChoices(deps, kind, p.id));
        return reply.view('records/form', {
          title: heading,
          backLink: record === null ? listHref(p) : recordHref(p, kind.keyOf(record)),
          heading,
          names: kind.names,
          formAction: record === null ? listHref(p) : recordHref(p, kind.keyOf(record)),
          submit: record === null ? kind.names.add : 'Save changes',
          cancelHref: listHref(p),
          ...recordFormView(kind, mode, typed, errors, choices, record ?? undefined),
        });
      },
      command: (value) =>
        record === null
          ? addRecord(deps, requestContext(request), principal, kind, p.id, value)
          : changeRecord(deps, requestContext(request), principal, kind, p.id, kind.keyOf(record), value),
      // A rule at a field the form does not ask (the fixed key, the partnership's status) is shown at its first field.
      // A date's at its day box.
      fieldOf: (problem: Problem) => formFieldOf(kind, mode, problem.field),
      done: (saved) => ({
        flash: record === null ? `${kind.title(saved)} has been added as ${/^[aeiou]/i.test(kind.names.one) ? 'an' : 'a'} ${kind.names.one}` : `${kind.title(saved)} has been changed`,
        to: listHref(p),
      }),
    };
  };

  /** The confirmation of removing a record, or why it cannot be removed. */
  const removePage = (request: FastifyRequest<{ Params: Params }>, record: unknown, refusal: readonly Problem[]): FormPage<RecordForm, Record<string, never>, unknown> => {
    const p = partnershipOf(request);
    const key = kind.keyOf(record);
    const title = kind.title(record);
    return {
      read: () => ({}),
      parse: () => ({ ok: true, value: {} }),
      render: (reply, _typed, errors: readonly FieldError[]) => {
        const reasons = errors.length ? errors : refusal;
        return reply.view('records/remove', {
          title: reasons.length ? `${title} cannot be removed` : `Remove ${title}?`,
          backLink: recordHref(p, key),
          heading: reasons.length ? `${title} cannot be removed` : `Are you sure you want to remove ${title} from the ${kind.names.many}?`,
          refusal: reasons,
          refusalId: param,
          returnHref: recordHref(p, key),
          formAction: `${recordHref(p, key)}/remove`,
          submit: `Remove ${kind.names.one}`,
          ...(errors.length ? { errorList: errors.map((e) => ({ text: e.message, href: `#${param}` })) } : {}),
        });
      },
      command: () => removeRecord(deps, requestContext(request), principalOf(request), kind, p.id, key),
      done: () => ({ flash: `${title} has been removed from the ${kind.names.many}`, to: listHref(p) }),
    };
  };

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: Params }>(base, read, async (request, reply) => {
      const p = partnershipOf(request);
      const [records, vocabulary] = await Promise.all([listRecords(deps, principalOf(request), kind, p.id), recordVocabulary(deps, kind)]);
      const columns = Object.keys(kind.fields).filter((f) => kind.fields[f]!.list);
      return reply.view('records/list', {
        title: `${kind.names.heading}: ${p.name}`,
        backLink: `/partnerships/${p.id}`,
        names: kind.names,
        clause: kind.clause,
        headers: columns.map((f) => kind.fields[f]!.label),
        rows: records.map((r) => ({
          title: kind.title(r),
          href: recordHref(p, kind.keyOf(r)),
          cells: columns.map((f) => cell(kind, f, r, can(request.user!.role, 'directory.view'), vocabulary)),
        })),
        keyColumn: kind.keyField ? columns.indexOf(kind.keyField) : 0,
        addHref: `${listHref(p)}/new`,
        canChange: mayChange(request),
        canAdd: mayAdd(request),
        links: page?.listLinks?.(p) ?? [],
      });
    });

    app.get<{ Params: Params }>(`${base}/new`, add, async (request, reply) => {
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, kind.names.add, false);
      return showForm(reply, formPage(request, null), (await kind.startsWith?.(deps.database.db, p.id)) ?? {});
    });

    app.post<{ Params: Params }>(base, add, async (request, reply) => {
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, kind.names.add, true);
      return submitForm(request, reply, formPage(request, null));
    });

    app.get<{ Params: Params }>(one, read, async (request, reply) => {
      const p = partnershipOf(request);
      const record = await load(request);
      const key = kind.keyOf(record);
      const related = kind.related && can(request.user!.role, kind.relatedNeeds ?? 'directory.view') ? await kind.related(deps.database.db, principalOf(request), record) : null;
      const own = page ? await page.data(deps, request, p, record) : {};
      const vocabulary = await recordVocabulary(deps, kind);
      return reply.view(page?.view ?? 'records/show', {
        ...own,
        related,
        title: `${kind.title(record)}: ${p.name}`,
        backLink: listHref(p),
        heading: kind.title(record),
        names: kind.names,
        rows: Object.keys(kind.fields).map((f) => ({ label: kind.fields[f]!.label, ...cell(kind, f, record, can(request.user!.role, 'directory.view'), vocabulary) })),
        changeHref: `${recordHref(p, key)}/edit`,
        removeHref: `${recordHref(p, key)}/remove`,
        canChange: mayChange(request),
      });
    });

    app.get<{ Params: Params }>(`${one}/edit`, manage, async (request, reply) => {
      const record = await load(request);
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, `Change ${kind.names.one} ${kind.title(record)}`, false);
      return showForm(reply, formPage(request, record), recordToForm(kind, record));
    });

    app.post<{ Params: Params }>(one, manage, async (request, reply) => {
      const record = await load(request);
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, `Change ${kind.names.one} ${kind.title(record)}`, true);
      return submitForm(request, reply, formPage(request, record));
    });

    app.get<{ Params: Params }>(`${one}/remove`, manage, async (request, reply) => {
      const record = await load(request);
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, `Remove ${kind.title(record)}`, false);
      const refusal = await recordProblems(deps, principalOf(request), kind, p.id, { kind: 'remove', key: kind.keyOf(record) });
      return showForm(reply, removePage(request, record, refusal), {});
    });

    app.post<{ Params: Params }>(`${one}/remove`, manage, async (request, reply) => {
      const record = await load(request);
      const p = partnershipOf(request);
      if (p.withdrawn) return withdrawn(reply, p, `Remove ${kind.title(record)}`, true);
      return submitForm(request, reply, removePage(request, record, []));
    });
  };
}

/** Every kind's pages. */
export function recordPages(deps: AppDeps, kinds: readonly AnyRecordKind[] = PARTNERSHIP_RECORD_KINDS, ownPages: Readonly<Record<string, OwnRecordPage>> = {}) {
  return async function routes(app: FastifyInstance): Promise<void> {
    for (const kind of kinds) await app.register(recordRoutes(deps, kind, ownPages[kind.segment]));
  };
}

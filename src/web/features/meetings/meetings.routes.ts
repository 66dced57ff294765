// A meeting's own forms under /partnerships/:id/meetings/:meetingId (R-2.8g): who attended each seat, the
// agenda's items (each form drawn from the item's description by the record form), the interests declared
// at an item (R-2.13) and the vote on its motion, whose outcome the domain computes and keeps (R-2.8a,
// R-2.8b). The meeting itself is a record kind (its list, schedule, change and remove pages are the
// records'). Every form goes through the one form pipeline, and every journey works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import {
  recordTold,
  toldInputProblems,
  ratifiedInputProblems,
  recordRatified,
  type RatifiedInput,
  type ToldInput,
  addAgendaItem,
  addDeclaration,
  agendaItemInputProblems,
  changeAgendaItem,
  clearVote,
  declarationInputProblems,
  recordAttendance,
  recordVote,
  removeAgendaItemOf,
  removeDeclaration,
} from '../../../app/meetings.service.ts';
import { agendaItemForm } from '../../../app/meetings/agenda-item.description.ts';
import { toldSchema } from '../../../app/meetings/told.schema.ts';
import { ratificationForm } from '../../../app/meetings/ratification.description.ts';
import { TOLD_HOW, TOLD_HOW_LABELS } from '../../../domain/meetings/communication.ts';
import { dateError, dateFromParts, dateItems } from '../../forms/date-input.ts';
import { declarationForm, type DeclarationInput } from '../../../app/meetings/declaration.description.ts';
import { decisionRulesFor } from '../../../app/queries/decision-rules.queries.ts';
import { meetings } from '../../../app/records/index.ts';
import { findRecord, recordChoices } from '../../../app/records/record-queries.ts';
import type { SeatRecord } from '../../../domain/decisions/records.ts';
import { ATTENDANCES, votes, type Attendance } from '../../../domain/decisions/rules.ts';
import type { AgendaItem, AgendaItemInput } from '../../../domain/meetings/agenda-item.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { besideFormErrors, formFieldOf, inFormOrder, parseRecordForm, readRecordForm, recordFormView, recordToForm, type RecordForm } from '../../records/record-form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { idParam } from '../../shared/params.ts';
import { motionFormView, radios, sentMotion, VOTE_LABELS } from '../decision-making/check.form.ts';
import { ATTENDANCE_LABELS, itemHref, itemView, meetingView } from './meeting.view-model.ts';
import { meetingPapersPdf } from './meeting-papers.pdf.ts';
import { attachment } from '../../../app/exports/filename.ts';
import { agendaItemOf, attendanceOf, meetingFacts } from '../../../app/queries/meeting.queries.ts';
import { actionsOfItem } from '../../../app/queries/actions.queries.ts';
import { ACTION_STATUS_LABELS, actionInWords } from '../../../domain/actions/action.ts';

type MeetingParams = { id: string; meetingId: string };
type ItemParams = MeetingParams & { itemId: string };
type DeclarationParams = ItemParams & { personId: string };

const ADD = { kind: 'add' } as const;

export function meetingsRoutes(deps: AppDeps, councilName: string) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const read = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };
    const meetingHref = (request: FastifyRequest, m: Meeting) => `/partnerships/${request.partnership!.id}/meetings/${m.id}`;

    const meetingOf = (request: FastifyRequest<{ Params: MeetingParams }>): Promise<Meeting> =>
      findRecord(deps, principalOf(request), meetings, request.partnership!.id, idParam(request.params.meetingId));
    const itemOf = async (request: FastifyRequest<{ Params: ItemParams }>): Promise<{ meeting: Meeting; item: AgendaItem }> => {
      const meeting = await meetingOf(request);
      const item = await agendaItemOf(deps, meeting, idParam(request.params.itemId));
      if (!item) throw new PageNotFoundError();
      return { meeting, item };
    };
    const seatsOf = async (request: FastifyRequest) => (await decisionRulesFor(deps, principalOf(request), request.partnership!.id)).seats;
    const caption = (m: Meeting) => meetings.title(m);

    // R-2.8g: attendance, one answer per seat.
    const attendancePage = (request: FastifyRequest, meeting: Meeting, seats: readonly SeatRecord[]): FormPage<Record<string, string>, Record<string, string>, unknown> => ({
      read: (body) => formInput(body),
      parse: (typed) => ({ ok: true, value: Object.fromEntries(seats.map((s) => [s.personId, typed[`attendance-${s.personId}`] ?? ''])) }),
      render: (reply: FastifyReply, typed, errors: readonly FieldError[]) => {
        const view = errorView(errors);
        return reply.view('meetings/attendance', {
          title: `Attendance: ${caption(meeting)}`,
          caption: caption(meeting),
          backLink: meetingHref(request, meeting),
          formAction: `${meetingHref(request, meeting)}/attendance`,
          cancelHref: meetingHref(request, meeting),
          attendanceError: view.errors.attendance,
          seats: seats.map((s) => ({
            id: s.personId,
            name: s.name,
            detail: `${votes(s.status) ? 'Voting member' : 'Does not vote'} for ${s.partnerName}${s.substituteName ? `; named substitute ${s.substituteName}` : ''}`,
            items: radios(s.substituteName ? ATTENDANCES : ATTENDANCES.filter((a) => a !== 'substitute'), ATTENDANCE_LABELS, typed[`attendance-${s.personId}`]),
            errorMessage: view.errors[`attendance-${s.personId}`],
          })),
          ...view,
        });
      },
      command: (sent) => recordAttendance(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, sent),
      done: () => ({ flash: 'Attendance has been recorded', to: `${meetingHref(request, meeting)}#attendance` }),
    });

    app.get<{ Params: MeetingParams }>('/partnerships/:id/meetings/:meetingId/attendance', manage, async (request, reply) => {
      const [meeting, seats] = await Promise.all([meetingOf(request), seatsOf(request)]);
      const kept = await attendanceOf(deps, meeting);
      // Everyone present to begin with, as a clerk usually finds them.
      const typed = Object.fromEntries(seats.map((s) => [`attendance-${s.personId}`, kept.get(s.personId) ?? 'present']));
      return attendancePage(request, meeting, seats).render(reply, typed, []);
    });
    app.post<{ Params: MeetingParams }>('/partnerships/:id/meetings/:meetingId/attendance', manage, async (request, reply) => {
      const [meeting, seats] = await Promise.all([meetingOf(request), seatsOf(request)]);
      return submitForm(request, reply, attendancePage(request, meeting, seats));
    });

    // R-2.8g: an agenda item, added or changed.
    const itemPage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem | null): FormPage<RecordForm, AgendaItemInput, AgendaItem> => {
      const heading = item ? `Change agenda item ${item.title}` : 'Add an agenda item';
      const back = item ? itemHref(request.partnership!, meeting.id, item.id) : `${meetingHref(request, meeting)}#agenda`;
      return {
        read: (body) => readRecordForm(agendaItemForm, ADD, body),
        async parse(typed) {
          const parsed = parseRecordForm(agendaItemForm, ADD, typed);
          if (parsed.ok) return { ok: true, value: parsed.value as unknown as AgendaItemInput };
          const rules = (await agendaItemInputProblems(deps, request.partnership!.id, parsed.known as Partial<AgendaItemInput>)).map((p) => ({ field: formFieldOf(agendaItemForm, ADD, p.field), message: p.message }));
          return { ok: false, errors: inFormOrder(agendaItemForm, besideFormErrors(agendaItemForm, parsed.errors, rules)) };
        },
        async render(reply, typed, errors) {
          return reply.view('records/form', {
            title: heading,
            heading,
            backLink: back,
            formAction: item ? itemHref(request.partnership!, meeting.id, item.id) : `${meetingHref(request, meeting)}/items`,
            submit: item ? 'Save changes' : 'Add the item',
            cancelHref: back,
            ...recordFormView(agendaItemForm, ADD, typed, errors, await recordChoices(deps, agendaItemForm, request.partnership!.id)),
          });
        },
        command: (value) =>
          item
            ? changeAgendaItem(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, value)
            : addAgendaItem(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, value),
        fieldOf: (problem) => formFieldOf(agendaItemForm, ADD, problem.field),
        done: (saved) => ({ flash: `${saved.title} has been ${item ? 'changed' : 'added to the agenda'}`, to: item ? itemHref(request.partnership!, meeting.id, saved.id) : `${meetingHref(request, meeting)}#agenda` }),
      };
    };

    app.get<{ Params: MeetingParams }>('/partnerships/:id/meetings/:meetingId/items/new', manage, async (request, reply) =>
      itemPage(request, await meetingOf(request), null).render(reply, { decisionType: 'ordinary', keyDecision: 'false', confidential: 'false' }, []),
    );
    app.post<{ Params: MeetingParams }>('/partnerships/:id/meetings/:meetingId/items', manage, async (request, reply) => submitForm(request, reply, itemPage(request, await meetingOf(request), null)));

    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId', read, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      const [facts, arising] = await Promise.all([meetingFacts(deps, principalOf(request), request.partnership!.id, meeting), actionsOfItem(deps, item)]);
      const number = facts.decided.findIndex((x) => x.item.id === item.id);
      return reply.view('meetings/item', {
        title: `${item.title}: ${caption(meeting)}`,
        backLink: `${meetingHref(request, meeting)}#agenda`,
        caption: caption(meeting),
        meetingHref: meetingHref(request, meeting),
        item: itemView(request.partnership!, meeting, item, facts.decided[number]!.decision, number + 1),
        attendanceRecorded: facts.attendance.size > 0,
        // R-2.8d: the actions arising from its decision.
        actions: arising.map((a) => ({ text: actionInWords(a), status: ACTION_STATUS_LABELS[a.status], href: `/partnerships/${request.partnership!.id}/actions/${a.id}` })),
        addAction: `/partnerships/${request.partnership!.id}/actions/new`,
        canChange: keepsPartnership(request) && !request.partnership!.withdrawn,
      });
    });
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/edit', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return itemPage(request, meeting, item).render(reply, recordToForm(agendaItemForm, item), []);
    });
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, itemPage(request, meeting, item));
    });

    const confirmPage = (
      request: FastifyRequest,
      o: { title: string; heading: string; action: string; submit: string; back: string; run: () => Promise<unknown>; flash: string; to: string },
    ): FormPage<Record<string, never>, Record<string, never>, unknown> => ({
      read: () => ({}),
      parse: () => ({ ok: true, value: {} }),
      render: (reply, _typed, errors) =>
        reply.view('records/remove', {
          title: o.title,
          backLink: o.back,
          heading: o.heading,
          refusal: errors,
          refusalId: 'confirm',
          returnHref: o.back,
          formAction: o.action,
          submit: o.submit,
          ...(errors.length ? { errorList: errors.map((e) => ({ text: e.message, href: '#confirm' })) } : {}),
        }),
      command: o.run,
      done: () => ({ flash: o.flash, to: o.to }),
    });

    const removeItemPage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem) =>
      confirmPage(request, {
        title: `Remove ${item.title}?`,
        heading: `Are you sure you want to remove ${item.title} from the agenda?`,
        action: `${itemHref(request.partnership!, meeting.id, item.id)}/remove`,
        submit: 'Remove agenda item',
        back: itemHref(request.partnership!, meeting.id, item.id),
        run: () => removeAgendaItemOf(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id),
        flash: `${item.title} has been removed from the agenda`,
        to: `${meetingHref(request, meeting)}#agenda`,
      });
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/remove', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return removeItemPage(request, meeting, item).render(reply, {}, []);
    });
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/remove', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, removeItemPage(request, meeting, item));
    });

    // R-2.13: a declaration at an item.
    const declarationPage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem, seats: readonly SeatRecord[]): FormPage<RecordForm, DeclarationInput, unknown> => {
      const back = itemHref(request.partnership!, meeting.id, item.id);
      return {
        read: (body) => readRecordForm(declarationForm, ADD, body),
        async parse(typed) {
          const parsed = parseRecordForm(declarationForm, ADD, typed);
          if (parsed.ok) return { ok: true, value: parsed.value as unknown as DeclarationInput };
          const rules = (await declarationInputProblems(deps, request.partnership!.id, meeting.id, item.id, parsed.known as Partial<DeclarationInput>)).map((p) => ({
            field: formFieldOf(declarationForm, ADD, p.field),
            message: p.message,
          }));
          return { ok: false, errors: inFormOrder(declarationForm, besideFormErrors(declarationForm, parsed.errors, rules)) };
        },
        render: (reply, typed, errors) =>
          reply.view('records/form', {
            title: `Record a declaration: ${item.title}`,
            heading: `Record a declaration at ${item.title}`,
            backLink: back,
            formAction: `${back}/declarations`,
            submit: 'Record the declaration',
            cancelHref: back,
            // The members are the partnership's seats, not the whole register.
            ...recordFormView(declarationForm, ADD, typed, errors, { personId: seats.map((s) => ({ value: s.personId, text: s.name })) }),
          }),
        command: (value) => addDeclaration(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, value),
        fieldOf: (problem) => formFieldOf(declarationForm, ADD, problem.field),
        done: () => ({ flash: 'The declaration has been recorded', to: `${back}#declarations` }),
      };
    };
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/declarations/new', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return declarationPage(request, meeting, item, await seatsOf(request)).render(reply, {}, []);
    });
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/declarations', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, declarationPage(request, meeting, item, await seatsOf(request)));
    });

    const removeDeclarationPage = (request: FastifyRequest<{ Params: DeclarationParams }>, meeting: Meeting, item: AgendaItem) => {
      const d = item.declarations.find((x) => x.personId === request.params.personId);
      if (!d) throw new PageNotFoundError();
      const back = itemHref(request.partnership!, meeting.id, item.id);
      return confirmPage(request, {
        title: `Remove ${d.name}’s declaration?`,
        heading: `Are you sure you want to remove ${d.name}’s declaration at ${item.title}?`,
        action: `${back}/declarations/${d.personId}/remove`,
        submit: 'Remove declaration',
        back,
        run: () => removeDeclaration(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, d.personId),
        flash: `${d.name}’s declaration has been removed`,
        to: `${back}#declarations`,
      });
    };
    app.get<{ Params: DeclarationParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId/remove', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return removeDeclarationPage(request, meeting, item).render(reply, {}, []);
    });
    app.post<{ Params: DeclarationParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId/remove', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, removeDeclarationPage(request, meeting, item));
    });

    // R-2.8a: the vote on the item's motion, decided from the meeting's attendance and the item's declarations.
    const votePage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem, seats: readonly SeatRecord[], attendance: ReadonlyMap<string, Attendance>): FormPage<Record<string, string>, Record<string, string>, unknown> => {
      const back = itemHref(request.partnership!, meeting.id, item.id);
      const sitting = seats.filter((s) => votes(s.status) && (attendance.get(s.personId) === 'present' || attendance.get(s.personId) === 'substitute'));
      return {
        read: (body) => formInput(body),
        parse: (typed) => ({ ok: true, value: typed }),
        render: (reply, typed, errors) => {
          const view = errorView(errors);
          return reply.view('meetings/vote', {
            title: `Record the vote: ${item.title}`,
            caption: caption(meeting),
            heading: `Record the vote on ${item.title}`,
            motion: item.motion,
            backLink: back,
            formAction: `${back}/vote`,
            cancelHref: back,
            seats: sitting.map((s) => ({
              id: s.personId,
              name: attendance.get(s.personId) === 'substitute' && s.substituteName ? `${s.substituteName} (substitute for ${s.name})` : s.name,
              vote: { items: radios(['for', 'against', 'abstain', 'none'] as const, VOTE_LABELS, typed[`vote-${s.personId}`] || 'none'), errorMessage: view.errors[`vote-${s.personId}`] },
            })),
            ...motionFormView(typed, view.errors),
            ...view,
          });
        },
        command: (f) =>
          recordVote(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, sentMotion(seats.map((s) => s.personId), f)),
        done: () => ({ flash: 'The vote has been recorded', to: `${back}#outcome` }),
      };
    };
    const voteFacts = async (request: FastifyRequest<{ Params: ItemParams }>) => {
      const { meeting, item } = await itemOf(request);
      const [seats, attendance] = await Promise.all([seatsOf(request), attendanceOf(deps, meeting)]);
      return votePage(request, meeting, item, seats, attendance);
    };
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/vote', manage, async (request, reply) => (await voteFacts(request)).render(reply, {}, []));
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/vote', manage, async (request, reply) => submitForm(request, reply, await voteFacts(request)));

    // R-2.8c: members not present told of the decision.
    type ToldForm = { fields: Record<string, string>; personIds: string[] };
    const toldPage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem, due: ReadonlyArray<{ personId: string; name: string }>): FormPage<ToldForm, ToldInput, unknown> => {
      const back = itemHref(request.partnership!, meeting.id, item.id);
      return {
        read: (body) => {
          const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).personIds : undefined;
          return { fields: formInput(body, ['personIds']), personIds: (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v !== '') };
        },
        async parse(typed) {
          const errors: FieldError[] = [];
          const toldOn = dateFromParts(typed.fields, 'toldOn', 'The date they were told', errors);
          const parsed = toldSchema.safeParse({ personIds: typed.personIds, ...(toldOn ? { toldOn } : {}), ...(typed.fields.how ? { how: typed.fields.how } : {}) });
          const rules = await toldInputProblems(deps, request.partnership!.id, meeting, item, { personIds: typed.personIds, ...(toldOn ? { toldOn } : {}) });
          if (parsed.success && !errors.length && !rules.length) return { ok: true, value: parsed.data };
          const schemaErrors = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: String(i.path[0]) === 'toldOn' ? 'toldOn-day' : String(i.path[0]), message: i.message }));
          const all = [...errors, ...schemaErrors, ...rules.map((p) => ({ field: p.field === 'toldOn' ? 'toldOn-day' : p.field, message: p.message }))];
          const order = ['personIds', 'toldOn-day', 'toldOn-month', 'toldOn-year', 'how'];
          const once = all.filter((e, i) => all.findIndex((x) => x.field.replace(/-(day|month|year)$/, '') === e.field.replace(/-(day|month|year)$/, '')) === i);
          return { ok: false, errors: once.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field)) };
        },
        render: (reply, typed, errors) => {
          const view = errorView(errors);
          return reply.view('meetings/told', {
            title: `Members told of the decision: ${item.title}`,
            caption: caption(meeting),
            heading: `Record who was told of the decision on ${item.title}`,
            backLink: back,
            formAction: `${back}/told`,
            cancelHref: back,
            members: due.map((d) => ({ value: d.personId, text: d.name, checked: typed.personIds.includes(d.personId) })),
            dateItems: dateItems(typed.fields, 'toldOn', dateError(view.errors, 'toldOn')).map((i) => ({ ...i, value: i.value ?? '' })),
            how: radios(TOLD_HOW, TOLD_HOW_LABELS, typed.fields.how),
            ...view,
          });
        },
        command: (value) => recordTold(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, value),
        fieldOf: (problem) => (problem.field === 'toldOn' ? 'toldOn-day' : problem.field),
        done: () => ({ flash: 'Who was told of the decision has been recorded', to: `${back}#told` }),
      };
    };
    const toldFacts = async (request: FastifyRequest<{ Params: ItemParams }>) => {
      const { meeting, item } = await itemOf(request);
      const facts = await meetingFacts(deps, principalOf(request), request.partnership!.id, meeting);
      const decided = facts.decided.find((x) => x.item.id === item.id)!;
      return toldPage(request, meeting, item, decided.decision.communication.members.filter((m) => !m.told));
    };
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/told', manage, async (request, reply) => (await toldFacts(request)).render(reply, { fields: {}, personIds: [] }, []));
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/told', manage, async (request, reply) => submitForm(request, reply, await toldFacts(request)));

    // R-2.8e: a partner's ratification of a carried decision beyond its members' authority.
    const ratifyPage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem): FormPage<RecordForm, RatifiedInput, AgendaItem> => {
      const form = ratificationForm(item.ratifications);
      const back = itemHref(request.partnership!, meeting.id, item.id);
      return {
        read: (body) => readRecordForm(form, ADD, body),
        async parse(typed) {
          const parsed = parseRecordForm(form, ADD, typed);
          const rules = ratifiedInputProblems(meeting, item, (parsed.ok ? parsed.value : parsed.known) as Partial<RatifiedInput>).map((p) => ({ field: formFieldOf(form, ADD, p.field), message: p.message }));
          if (parsed.ok && !rules.length) return { ok: true, value: parsed.value as unknown as RatifiedInput };
          return { ok: false, errors: inFormOrder(form, besideFormErrors(form, parsed.ok ? [] : parsed.errors, rules)) };
        },
        async render(reply, typed, errors) {
          const heading = `Record a ratification of the decision on ${item.title}`;
          return reply.view('records/form', {
            title: heading,
            heading,
            caption: caption(meeting),
            backLink: back,
            formAction: `${back}/ratify`,
            submit: 'Save',
            cancelHref: back,
            ...recordFormView(form, ADD, typed, errors, {}),
          });
        },
        command: (value) => recordRatified(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id, value),
        fieldOf: (problem) => formFieldOf(form, ADD, problem.field),
        done: () => ({ flash: 'The ratification has been recorded', to: `${back}#ratification` }),
      };
    };
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/ratify', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      if (!item.ratifications.some((r) => !r.ratifiedOn)) throw new PageNotFoundError();
      return ratifyPage(request, meeting, item).render(reply, {}, []);
    });
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/ratify', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, ratifyPage(request, meeting, item));
    });

    // R-2.8g: the meeting's papers as a PDF: what its page shows, for the agenda pack and the record.
    app.get<{ Params: MeetingParams }>('/partnerships/:id/meetings/:meetingId/papers.pdf', read, async (request, reply) => {
      const meeting = await meetingOf(request);
      const p = request.partnership!;
      const { seats, attendance, decided, inForce } = await meetingFacts(deps, principalOf(request), p.id, meeting);
      const pdf = await meetingPapersPdf({ councilName, partnership: p }, meetingView(p, meeting, seats, attendance, decided, inForce));
      return reply.type('application/pdf').header('content-disposition', attachment(`${p.reference.replace(/[^A-Za-z0-9-]/g, '')}-${meeting.meetsOn}-papers.pdf`)).send(pdf);
    });

    const clearVotePage = (request: FastifyRequest, meeting: Meeting, item: AgendaItem) =>
      confirmPage(request, {
        title: `Clear the vote on ${item.title}?`,
        heading: `Are you sure you want to clear the vote on ${item.title}? It can then be taken again; the audit trail keeps the one cleared.`,
        action: `${itemHref(request.partnership!, meeting.id, item.id)}/vote/clear`,
        submit: 'Clear the vote',
        back: itemHref(request.partnership!, meeting.id, item.id),
        run: () => clearVote(deps, requestContext(request), principalOf(request), request.partnership!.id, meeting.id, item.id),
        flash: `The vote on ${item.title} has been cleared`,
        to: itemHref(request.partnership!, meeting.id, item.id),
      });
    app.get<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/vote/clear', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return clearVotePage(request, meeting, item).render(reply, {}, []);
    });
    app.post<{ Params: ItemParams }>('/partnerships/:id/meetings/:meetingId/items/:itemId/vote/clear', manage, async (request, reply) => {
      const { meeting, item } = await itemOf(request);
      return submitForm(request, reply, clearVotePage(request, meeting, item));
    });
  };
}

// Screening's pages under /partnerships/:id/screening: the start page (every
// screening, newest first, and "Screen this arrangement" when it may be screened), one question a page,
// "Check your answers" with Change links, Confirm (which records it and takes its lifecycle step), and
// each screening's outcome panel. The answers between pages are the user's draft in the database
// (decision 39), never in the server's memory. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { screeningDraftFor, screeningsFor } from '../../../app/queries/screening.queries.ts';
import { screeningAnswersSchema } from '../../../app/schemas/screening.schema.ts';
import { recordScreening, saveScreeningDraft } from '../../../app/screening.service.ts';
import { mayBeScreened } from '../../../domain/lifecycle/transitions.ts';
import { outcomeSentence } from '../../../domain/screening/outcome.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { errorView, type FieldError } from '../../forms/form.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import { askedQuestions, answered, formOf, MAX_NOTE, NONE, nextAfter, parseQuestion, questionOf, readQuestionForm, type Draft, type Question, type QuestionForm } from './screening.questions.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string; question?: string; screeningId?: string };

const base = (id: string) => `/partnerships/${id}/screening`;
const questionHref = (id: string, q: Question, fromCheck = false) => `${base(id)}/questions/${q.slug}${fromCheck ? '?from=check' : ''}`;
const checkHref = (id: string) => `${base(id)}/check`;

/** What question.njk shows for one question: its items with what is ticked, and the errors. */
function questionView(id: string, q: Question, form: QuestionForm, errors: readonly FieldError[], fromCheck: boolean, draft: Draft) {
  const asked = askedQuestions(draft);
  const i = asked.findIndex((x) => x.slug === q.slug);
  const previous = i > 0 ? asked[i - 1] : undefined;
  return {
    title: q.legend,
    backLink: fromCheck ? checkHref(id) : previous ? questionHref(id, previous) : base(id),
    question: {
      field: q.field,
      kind: q.kind,
      legend: q.legend,
      hint: q.hint,
      clause: q.clause,
      maxLength: MAX_NOTE,
      items:
        q.kind === 'yes-no'
          ? [
              { value: 'yes', text: 'Yes', checked: form.value === 'yes' },
              { value: 'no', text: 'No', checked: form.value === 'no' },
            ]
          : [...(q.options ?? []), { value: NONE, text: 'None of these' }].map((o) => ({ ...o, checked: form.ticked.includes(o.value) })),
    },
    value: form.value,
    formAction: questionHref(id, q, fromCheck),
    // Always offered: the page lists what is answered so far, and links each question still to answer.
    checkHref: checkHref(id),
    ...errorView(errors),
  };
}

/** "Check your answers": each question asked, its answer, and its Change link. */
function checkRows(id: string, draft: Draft) {
  return askedQuestions(draft).map((q) => ({
    field: q.field,
    key: q.legend,
    clause: q.clause,
    value: answered(q, draft) ? q.shown(draft) || 'None' : 'Not answered yet',
    answered: answered(q, draft),
    href: questionHref(id, q, true),
  }));
}

export function screeningRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };

    app.get<{ Params: Params }>('/partnerships/:id/screening', view, async (request, reply) => {
      const p = request.partnership!;
      const principal = principalOf(request);
      const [screenings, draft] = await Promise.all([screeningsFor(deps, principal, p.id), screeningDraftFor(deps, principal, p.id)]);
      const canScreen = keepsPartnership(request) && mayBeScreened(p.status);
      return reply.view('screening/start', {
        title: `Screening: ${p.name}`,
        canScreen,
        // who may screen is told why they cannot, when past screening.
        cannotScreen: keepsPartnership(request) && !canScreen,
        startHref: questionHref(p.id, askedQuestions({})[0]!),
        continueHref: canScreen && Object.keys(draft).length ? checkHref(p.id) : null,
        screenings: screenings.map((s, i) => ({
          href: `${base(p.id)}/${s.id}`,
          current: i === 0,
          applies: s.applies,
          sentence: outcomeSentence(s),
          by: s.screenedByLabel,
          at: s.screenedAt,
        })),
      });
    });

    /** The question pages and Check your answers are for a partnership that may be screened now; otherwise its start page says why. */
    const screenable = (request: FastifyRequest, reply: FastifyReply): boolean => {
      if (mayBeScreened(request.partnership!.status)) return true;
      void reply.redirect(base(request.partnership!.id), 303);
      return false;
    };

    const questionPage = (request: FastifyRequest<{ Params: Params }>, q: Question, draft: Draft): FormPage<QuestionForm, Draft, Draft> => {
      const id = request.partnership!.id;
      const fromCheck = (request.query as { from?: unknown }).from === 'check';
      return {
        read: (body) => readQuestionForm(q, body),
        parse: (form) => parseQuestion(q, form),
        render: (reply, form, errors) => reply.view('screening/question', { ...questionView(id, q, form, errors, fromCheck, draft) }),
        command: async (answer) => {
          const next = { ...draft, ...answer };
          await saveScreeningDraft(deps, request.user!.id, id, next);
          return next;
        },
        done: (next) => {
          const after = nextAfter(q, next, fromCheck);
          // No banner between questions: the next page is the answer to "what now".
          return { flash: '', to: after ? questionHref(id, after, fromCheck) : checkHref(id) };
        },
      };
    };

    const loadQuestion = async (request: FastifyRequest<{ Params: Params }>) => {
      const q = questionOf(String(request.params.question));
      if (!q) throw new PageNotFoundError();
      return { q, draft: await screeningDraftFor(deps, principalOf(request), request.partnership!.id) };
    };

    app.get<{ Params: Params }>('/partnerships/:id/screening/questions/:question', manage, async (request, reply) => {
      const { q, draft } = await loadQuestion(request);
      if (!screenable(request, reply)) return reply;
      const page = questionPage(request, q, draft);
      return page.render(reply, formOf(q, draft), []);
    });

    app.post<{ Params: Params }>('/partnerships/:id/screening/questions/:question', manage, async (request, reply) => {
      const { q, draft } = await loadQuestion(request);
      if (!screenable(request, reply)) return reply;
      return submitForm(request, reply, questionPage(request, q, draft));
    });

    const renderCheck = (reply: FastifyReply, id: string, draft: Draft, errors: readonly FieldError[]) =>
      reply.view('screening/check', {
        title: 'Check your answers',
        backLink: base(id),
        rows: checkRows(id, draft),
        complete: screeningAnswersSchema.safeParse(draft).success,
        formAction: checkHref(id),
        ...errorView(errors),
      });

    app.get<{ Params: Params }>('/partnerships/:id/screening/check', manage, async (request, reply) => {
      if (!screenable(request, reply)) return reply;
      const id = request.partnership!.id;
      return renderCheck(reply, id, await screeningDraftFor(deps, principalOf(request), id), []);
    });

    app.post<{ Params: Params }>('/partnerships/:id/screening/check', manage, async (request, reply) => {
      const p = request.partnership!;
      const draft = await screeningDraftFor(deps, principalOf(request), p.id);
      const parsed = screeningAnswersSchema.safeParse(draft);
      // An answer missing: each at its row, whose Change link answers it.
      if (!parsed.success) {
        const errors = askedQuestions(draft)
          .filter((q) => parsed.error.issues.some((i) => i.path[0] === q.field))
          .map((q) => ({ field: q.field, message: parsed.error.issues.find((i) => i.path[0] === q.field)!.message }));
        return renderCheck(reply.code(400), p.id, draft, errors);
      }
      try {
        const recorded = await recordScreening(deps, requestContext(request), request.user!, p.id, parsed.data);
        setFlash(reply, `Screening recorded: ${recorded.sentence}`);
        return reply.redirect(`${base(p.id)}/${recorded.screening.id}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // Something changed since (another step, another screening): why it cannot be screened now.
        return renderCheck(reply.code(400), p.id, draft, error.problems.map((x) => ({ field: 'confirm', message: x.message })));
      }
    });

    app.get<{ Params: Params }>('/partnerships/:id/screening/:screeningId', view, async (request, reply) => {
      const p = request.partnership!;
      const wanted = idParam(request.params.screeningId);
      const screenings = await screeningsFor(deps, principalOf(request), p.id);
      const i = screenings.findIndex((s) => s.id === wanted);
      if (i < 0) throw new PageNotFoundError();
      const s = screenings[i]!;
      const draft: Draft = s.answers;
      return reply.view('screening/outcome', {
        title: `${s.applies ? 'The protocol applies' : 'The protocol does not apply'}: ${p.name}`,
        screening: { applies: s.applies, reasons: s.reasons, by: s.screenedByLabel, at: s.screenedAt, current: i === 0, note: s.answers.note },
        rows: askedQuestions(draft).filter((q) => q.field !== 'note').map((q) => ({ key: q.legend, clause: q.clause, value: q.shown(draft) || 'None' })),
        screeningHref: base(p.id),
        lifecycleHref: `/partnerships/${p.id}/lifecycle`,
      });
    });
  };
}

// A partnership's lifecycle (R-APPROVE): its timeline and the steps open from its status, each refused
// one with why and its clause; then each step's evidence form, whose POST takes the step.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { lifecycleOf, londonToday, transition, type Lifecycle } from '../../../app/lifecycle.service.ts';
import { decideTransition, isLifecycleAction, transitionOf, type LifecycleAction, type LifecycleProblem, type Transition } from '../../../domain/lifecycle/transitions.ts';
import { STATUS_LABELS } from '../../../domain/register/vocabulary.ts';
import { requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import type { FieldError } from '../../forms/form.ts';
import { fixHref } from '../../shared/fix-href.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';
import { formFieldOf, inFormOrder, newTransitionForm, parseTransitionForm, readTransitionForm, transitionFormView, type TransitionForm } from './transition.form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string; action?: string };

/** Where a step is taken: its evidence form, or for screening's steps the screening questions. */
const stepHref = (id: string, t: Transition) => (t.evidence.kind === 'screening' ? `/partnerships/${id}/screening` : `/partnerships/${id}/transitions/${t.action}`);

/** R-APPROVE: each refusal with the address of the page that puts it right, when it names one. */
const withFixes = (id: string, reasons: readonly LifecycleProblem[]) => reasons.map((r) => ({ ...r, fixHref: r.fix ? fixHref(id, r.fix) : null }));

/** What timeline.njk shows: the timeline, and (for whoever keeps the register) the steps open and refused. */
function lifecycleView(life: Lifecycle, canAct: boolean) {
  const id = life.partnership.id;
  // The header above it is the scope hook's (request.partnership), as on every page of the partnership.
  return {
    timeline: life.timeline,
    canAct,
    open: life.actions
      .filter(({ decision }) => decision.allowed)
      .map(({ transition: t }) => ({ label: t.label, hint: t.hint, clause: t.clause, href: stepHref(id, t), warning: t.action === 'withdraw' }))
      // screening's two steps are one journey (its outcome picks the step): one button for both.
      .filter((step, i, all) => all.findIndex((other) => other.href === step.href) === i),
    refused: life.actions.flatMap(({ transition: t, decision }) => (decision.allowed ? [] : [{ label: t.label, reasons: withFixes(id, decision.reasons) }])),
  };
}

/** After a step: what it did, in the banner. Withdrawing keeps decision 24's words. */
function flashOf(t: Transition, name: string): string {
  if (t.action === 'withdraw') return `${name} has been withdrawn. It stays on the register, marked withdrawn, with your reason`;
  return t.to ? `${t.label}: ${name} is now ${STATUS_LABELS[t.to].toLowerCase()}` : `${t.label}: recorded on ${name}’s timeline`;
}

export interface TransitionPageOptions {
  /** The page's address: /partnerships/:id/transitions/:action, or a step's own (/partnerships/:id/withdraw). */
  url: string;
  /** The step, when the address names it rather than :action. */
  action?: LifecycleAction;
  /** Where a step taken leads. */
  after: (partnershipId: string) => string;
}

/** A step's evidence form (GET) and taking it (POST). An action the table does not have is not found. */
export function transitionPages(deps: AppDeps, opts: TransitionPageOptions) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const access = { config: { access: 'register.manage' as const } };

    const load = async (request: FastifyRequest<{ Params: Params }>) => {
      const action = opts.action ?? request.params.action;
      if (!isLifecycleAction(action)) throw new PageNotFoundError();
      const life = await lifecycleOf(deps, request.user!, idParam(request.params.id));
      return { life, t: transitionOf(action), decision: decideTransition(request.user!.role, life.facts, action) };
    };

    const render = (reply: FastifyReply, life: Lifecycle, t: Transition, form: TransitionForm, errors: readonly FieldError[], refusal: readonly LifecycleProblem[] = []) => {
      const p = life.partnership;
      return reply.view('lifecycle/transition', {
        title: `${t.label}: ${p.name}`,
        backLink: `/partnerships/${p.id}/lifecycle`,
        partnership: p,
        formAction: opts.action ? opts.url.replace(':id', p.id) : `/partnerships/${p.id}/transitions/${t.action}`,
        refusal: withFixes(p.id, refusal),
        ...transitionFormView(t, form, errors),
      });
    };
    // A refused step shows why instead of the form; after a POST, the summary links to the reasons.
    const refused = (reply: FastifyReply, life: Lifecycle, t: Transition, reasons: readonly LifecycleProblem[], posted: boolean) =>
      render(posted ? reply.code(400) : reply, life, t, {}, posted ? reasons.map((r) => ({ field: 'action', message: r.message })) : [], reasons);

    app.get<{ Params: Params }>(opts.url, access, async (request, reply) => {
      const { life, t, decision } = await load(request);
      // screening's steps are taken by answering its questions, not with a note.
      if (t.evidence.kind === 'screening') return reply.redirect(stepHref(life.partnership.id, t), 303);
      if (!decision.allowed) return refused(reply, life, t, decision.reasons, false);
      return render(reply, life, t, newTransitionForm(t, londonToday(deps.clock.now())), []);
    });

    app.post<{ Params: Params }>(opts.url, access, async (request, reply) => {
      const { life, t, decision } = await load(request);
      if (t.evidence.kind === 'screening') return reply.redirect(stepHref(life.partnership.id, t), 303);
      if (!decision.allowed) return refused(reply, life, t, decision.reasons, true);
      const form = readTransitionForm(request.body);
      const parsed = parseTransitionForm(t, form, londonToday(deps.clock.now()));
      if (!parsed.ok) return render(reply.code(400), life, t, form, parsed.errors);
      try {
        await transition(deps, requestContext(request), request.user!, life.partnership.id, parsed.value);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const problems = error.problems as readonly LifecycleProblem[];
        // Something changed since the page was shown (another step, the budget): say why it is refused now.
        if (problems.some((p) => p.field === 'action')) return refused(reply, life, t, problems.filter((p) => p.field === 'action'), true);
        return render(reply.code(400), life, t, form, inFormOrder(problems.map((p) => ({ field: formFieldOf(p.field), message: p.message }))));
      }
      setFlash(reply, flashOf(t, life.partnership.name));
      return reply.redirect(opts.after(life.partnership.id), 303);
    });
  };
}

export function lifecycleRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { id: string } }>('/partnerships/:id/lifecycle', { config: { access: 'register.view' } }, async (request, reply) => {
      const life = await lifecycleOf(deps, request.user!, request.partnership!.id);
      return reply.view('lifecycle/timeline', {
        title: `Lifecycle: ${life.partnership.name}`,
        backLink: `/partnerships/${life.partnership.id}`,
        ...lifecycleView(life, keepsPartnership(request)),
      });
    });

    await app.register(transitionPages(deps, { url: '/partnerships/:id/transitions/:action', after: (id) => `/partnerships/${id}/lifecycle` }));
  };
}

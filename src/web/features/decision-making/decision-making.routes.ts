// A partnership's decision making (R-2.8a, R-2.8b) under /partnerships/:id/decision-making: the rules as
// the partnership keeps them (member seats, voting rules, quorum; each kept on its record pages) in words,
// and "Check a decision": would this item be quorate, and would the motion carry? It saves nothing, and
// decides by the functions a real meeting is decided by. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { decisionRulesFor, type DecisionRulesView } from '../../../app/queries/decision-rules.queries.ts';
import { checkDecision, type DecisionCheck } from '../../../domain/decisions/check.ts';
import type { ItemAttendance, Motion } from '../../../domain/decisions/rules.ts';
import type { FieldError } from '../../forms/form.ts';
import { principalOf } from '../../context.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { interestsOfPeople } from '../../../app/queries/interests.queries.ts';
import { authorities, partners } from '../../../app/records/index.ts';
import { listRecords } from '../../../app/records/record-queries.ts';
import { partnerConflicts } from '../../../domain/interests/conflicts.ts';
import { can } from '../../../domain/access/roles.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { checkFormView, freshCheckForm, parseCheckForm, readCheckForm, type CheckForm } from './check.form.ts';
import { checkResultView, decisionRulesPage } from './decision-making.view-model.ts';
import { ruleVersionsView } from './rule-changes.view-model.ts';

type Params = { id: string };
type CheckFacts = { item: ItemAttendance; motion: Motion };

const base = (id: string) => `/partnerships/${id}/decision-making`;

export function decisionMakingRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const rulesOf = (request: FastifyRequest<{ Params: Params }>) => decisionRulesFor(deps, principalOf(request), request.partnership!.id);

    app.get<{ Params: Params }>('/partnerships/:id/decision-making', view, async (request, reply) => {
      const p = request.partnership!;
      const principal = principalOf(request);
      const [rules, partnerRecords, limits] = await Promise.all([rulesOf(request), listRecords(deps, principal, partners, p.id), listRecords(deps, principal, authorities, p.id)]);
      // members with a registered interest in another partner, from what this reader may see of their
      // registers: people's registers are the council's directory, not a partner representative's.
      const interests = can(principal.role, 'directory.view') ? await interestsOfPeople(deps, principal, rules.seats.map((s) => s.personId)) : [];
      const conflicts = partnerConflicts(rules.seats, partnerRecords.map((x) => ({ organisationId: x.organisationId, name: x.name })), interests, londonToday(deps.clock.now()));
      return reply.view('decision-making/show', {
        title: `Decision making: ${p.name}`,
        ...decisionRulesPage(rules),
        // R-2.7(n): which version these rules are, and the earlier ones changes kept.
        versions: ruleVersionsView(rules, londonToday(deps.clock.now()), base(p.id)),
        // R-2.8e: what each member may decide for their organisation.
        authority: limits.map((a) => authorities.title(a)),
        conflicts: conflicts.map((c) => ({ text: c.message, href: `/people/${c.personId}#interests` })),
        canChange: keepsPartnership(request) && !p.withdrawn,
        links: { seats: `/partnerships/${p.id}/seats`, votingRules: `/partnerships/${p.id}/voting-rules`, quorum: `/partnerships/${p.id}/quorum`, authority: `/partnerships/${p.id}/authority`, check: `${base(p.id)}/check`, changes: `${base(p.id)}/changes/new` },
      });
    });

    const checkPage = (request: FastifyRequest<{ Params: Params }>, rules: DecisionRulesView): FormPage<CheckForm, CheckFacts, DecisionCheck> => {
      const p = request.partnership!;
      const data = (form: CheckForm, errors: readonly FieldError[], result: DecisionCheck | null) => ({
        title: `Check a decision: ${p.name}`,
        backLink: base(p.id),
        formAction: `${base(p.id)}/check`,
        rulesHref: base(p.id),
        noSeats: rules.seats.length === 0,
        result: result && checkResultView(result),
        ...checkFormView(rules.seats, form, errors),
      });
      let typed = freshCheckForm(rules.seats);
      return {
        read: (body) => (typed = readCheckForm(body)),
        parse: (form) => parseCheckForm(rules.seats, form),
        render: (reply: FastifyReply, form, errors) => reply.view('decision-making/check', data(form, errors, null)),
        // Nothing is saved: the answer is the same page, the computed result above the facts as sent.
        command: async ({ item, motion }) => checkDecision(rules.rules, item, motion),
        done: (checked) => ({ view: 'decision-making/check', data: data(typed, [], checked) }),
      };
    };

    app.get<{ Params: Params }>('/partnerships/:id/decision-making/check', view, async (request, reply) => {
      const rules = await rulesOf(request);
      return checkPage(request, rules).render(reply, freshCheckForm(rules.seats), []);
    });

    app.post<{ Params: Params }>('/partnerships/:id/decision-making/check', view, async (request, reply) => submitForm(request, reply, checkPage(request, await rulesOf(request))));
  };
}

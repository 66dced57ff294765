// R-2.7(n): changes to a partnership's rules for decisions, under /partnerships/:id/decision-making/changes:
// recording one (the day the changed rules apply from, the decision that agreed it, what changed), correcting
// its day, decision or reason, and each earlier version of the rules as a change kept it. The form is the
// record form, drawn from the change's description.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ruleChangeForm } from '../../../app/meetings/rule-change.description.ts';
import { decisionRulesFor } from '../../../app/queries/decision-rules.queries.ts';
import { recordChoices } from '../../../app/records/record-queries.ts';
import { correctRuleChange, recordRuleChange, ruleChangeInputProblems } from '../../../app/rule-changes.service.ts';
import { addDays, dateInWords } from '../../../domain/decisions/notice.ts';
import type { RuleChange, RuleChangeInput } from '../../../domain/decisions/rule-changes.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { besideFormErrors, formFieldOf, inFormOrder, parseRecordForm, readRecordForm, recordFormView, recordToForm, type RecordForm } from '../../records/record-form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { idParam } from '../../shared/params.ts';
import { decisionRulesPage } from './decision-making.view-model.ts';
import { ruleChangeView } from './rule-changes.view-model.ts';

type Params = { id: string };
type ChangeParams = Params & { changeId: string };

const ADD = { kind: 'add' } as const;
const base = (id: string) => `/partnerships/${id}/decision-making`;

export function ruleChangesRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };

    const changeOf = async (request: FastifyRequest<{ Params: ChangeParams }>): Promise<RuleChange> => {
      const id = idParam(request.params.changeId);
      const change = (await decisionRulesFor(deps, principalOf(request), request.partnership!.id)).changes.find((c) => c.id === id);
      if (!change) throw new PageNotFoundError();
      return change;
    };

    const changePage = (request: FastifyRequest, change: RuleChange | null): FormPage<RecordForm, RuleChangeInput, RuleChange> => {
      const p = request.partnership!;
      const back = change ? `${base(p.id)}/changes/${change.id}` : `${base(p.id)}#changes`;
      const heading = change ? 'Correct the change to the rules' : 'Record a change to the rules';
      return {
        read: (body) => readRecordForm(ruleChangeForm, ADD, body),
        async parse(typed) {
          const parsed = parseRecordForm(ruleChangeForm, ADD, typed);
          if (parsed.ok) return { ok: true, value: parsed.value as unknown as RuleChangeInput };
          const rules = (await ruleChangeInputProblems(deps, p.id, parsed.known as Partial<RuleChangeInput>, change?.id)).map((x) => ({ field: formFieldOf(ruleChangeForm, ADD, x.field), message: x.message }));
          return { ok: false, errors: inFormOrder(ruleChangeForm, besideFormErrors(ruleChangeForm, parsed.errors, rules)) };
        },
        async render(reply, typed, errors) {
          return reply.view('records/form', {
            title: heading,
            heading,
            intro: change
              ? ['Correct the day the changed rules apply from, the decision that agreed the change, or what it says. The earlier rules it kept stay as they stood when it was recorded.']
              : [
                  'Recording a change keeps the voting rules and quorum as they stand now, for meetings before the day the change applies from (R-2.7(n)). Then change the rules under Decision making: the rules you change apply to meetings from that day.',
                  'To correct a mistake in the rules instead, change them under Decision making without recording a change.',
                ],
            backLink: back,
            formAction: change ? `${base(p.id)}/changes/${change.id}/edit` : `${base(p.id)}/changes`,
            submit: change ? 'Save changes' : 'Record the change',
            cancelHref: back,
            ...recordFormView(ruleChangeForm, ADD, typed, errors, await recordChoices(deps, ruleChangeForm, p.id)),
          });
        },
        command: (value) =>
          change
            ? correctRuleChange(deps, requestContext(request), principalOf(request), p.id, change.id, value)
            : recordRuleChange(deps, requestContext(request), principalOf(request), p.id, value),
        fieldOf: (problem) => formFieldOf(ruleChangeForm, ADD, problem.field),
        done: (saved) => ({
          flash: change ? 'The change to the rules has been corrected' : `The change has been recorded: change the rules below for meetings from ${dateInWords(saved.inForceFrom)}`,
          to: change ? `${base(p.id)}/changes/${saved.id}` : base(p.id),
        }),
      };
    };

    app.get<{ Params: Params }>('/partnerships/:id/decision-making/changes/new', manage, async (request, reply) => changePage(request, null).render(reply, {}, []));
    app.post<{ Params: Params }>('/partnerships/:id/decision-making/changes', manage, async (request, reply) => submitForm(request, reply, changePage(request, null)));

    // The version of the rules a change kept: in force until the day before it.
    app.get<{ Params: ChangeParams }>('/partnerships/:id/decision-making/changes/:changeId', view, async (request, reply) => {
      const p = request.partnership!;
      const change = await changeOf(request);
      const rules = await decisionRulesFor(deps, principalOf(request), p.id, addDays(change.inForceFrom, -1));
      const shown = ruleChangeView(change, rules.inForce);
      return reply.view('decision-making/change', {
        title: `${shown.heading}: ${p.name}`,
        ...shown,
        ...decisionRulesPage(rules),
        canChange: keepsPartnership(request) && !p.withdrawn,
        links: { correct: `${base(p.id)}/changes/${change.id}/edit`, rules: base(p.id) },
      });
    });

    app.get<{ Params: ChangeParams }>('/partnerships/:id/decision-making/changes/:changeId/edit', manage, async (request, reply) => {
      const change = await changeOf(request);
      return changePage(request, change).render(reply, recordToForm(ruleChangeForm, change), []);
    });
    app.post<{ Params: ChangeParams }>('/partnerships/:id/decision-making/changes/:changeId/edit', manage, async (request, reply) => submitForm(request, reply, changePage(request, await changeOf(request))));
  };
}

// Changes to a partnership's rules for decisions on the API (R-2.7(n)): each change, from the day it applies,
// with the earlier rules it kept; recording one and correcting one, by the use cases the pages use. Which
// version decides a meeting is on its agenda (rulesInForce); an evaluation can ask for a day's rules.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { RULE_CHANGE_FIELDS, ruleChangeSchema } from '../../app/meetings/rule-change.description.ts';
import { decisionRulesFor } from '../../app/queries/decision-rules.queries.ts';
import { quorum, votingRules } from '../../app/records/index.ts';
import { correctRuleChange, recordRuleChange, ruleChangeInputProblems } from '../../app/rule-changes.service.ts';
import { addDays } from '../../domain/decisions/notice.ts';
import { rulesInForceOn, type RuleChange, type RuleChangeInput, type RulesInForce } from '../../domain/decisions/rule-changes.ts';
import { principalOf } from '../context.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { EXAMPLE_ID, ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, zodProblems } from './problem.ts';
import { dateOut, idOut, requestComponent, responseComponent, UUID } from './schemas/common.ts';
import { uuidParam, uuidPathParameter } from './path-params.ts';

const TAG = 'Decision making';
const apiOf = <T extends z.ZodType>(schema: T, text: string) => schema.meta({ description: text });

/** Which rules decide on a day, and why (R-2.7(n)): the meeting's agenda and a change's earlier rules say it. */
export const rulesInForceOut = responseComponent(
  z.strictObject({
    from: dateOut.nullable().meta({ description: 'The first day these rules applied; null from the partnership’s start.' }),
    until: dateOut.nullable().meta({ description: 'The last day they applied; null while they still apply (the rules kept now).' }),
    endedBy: idOut.nullable().meta({ description: 'The change that ended them (its earlierRules are these rules); null for the rules kept now.' }),
    explanation: z.string(),
    clause: z.literal('R-2.7(n)'),
  }),
  { id: 'RulesInForce', description: 'R-2.7(n): which version of the partnership’s voting rules and quorum applies, and why.' },
);

export const rulesInForceResource = (v: RulesInForce) => ({ from: v.from, until: v.until, endedBy: v.endedBy, explanation: v.explanation, clause: v.clause });

const changeOut = responseComponent(
  z.strictObject({
    id: idOut,
    inForceFrom: dateOut.meta({ description: 'The changed rules apply from this day.' }),
    agreedItemId: idOut.nullable().meta({ description: 'The agenda item whose decision agreed the change; null where none is recorded.' }),
    agreedAt: z.string().nullable().meta({ description: 'That item in words: its title, meeting and day.' }),
    reason: z.string(),
    recordedAt: z.iso.datetime(),
    earlierRules: z
      .strictObject({ inForce: rulesInForceOut, votingRules: z.array(votingRules.resource), quorum: z.array(quorum.resource) })
      .meta({ description: 'The voting rules and quorum as they stood before the change: in force until the day before it, and deciding the meetings then.' }),
  }),
  { id: 'RuleChange', description: 'R-2.7(n): a change to a partnership’s rules for decisions, from a day, with the rules it replaced.' },
);

responseComponent(z.strictObject({ items: z.array(changeOut) }), { id: 'RuleChangeList', description: 'A partnership’s changes to its rules for decisions, oldest first (R-2.7(n)).' });

const changeIn = requestComponent(
  z.strictObject({
    inForceFrom: apiOf(ruleChangeSchema.shape.inForceFrom, RULE_CHANGE_FIELDS.inForceFrom.api!),
    agreedItemId: apiOf(z.string().regex(UUID).nullable().optional().transform((v) => v ?? null), RULE_CHANGE_FIELDS.agreedItemId.api!),
    reason: apiOf(ruleChangeSchema.shape.reason, RULE_CHANGE_FIELDS.reason.api!),
  }),
  { id: 'RuleChangeInput', description: 'A change to the rules for decisions, from a day (R-2.7(n)): recording one keeps the rules as they stand for the meetings before it.' },
);

requestComponent(changeIn.partial(), { id: 'RuleChangePatch', description: 'A correction of a change to the rules (R-2.7(n)): only the fields corrected.' });

const CHANGE_ID = uuidPathParameter('changeId', 'The change’s id.');

function changeResource(changes: readonly RuleChange[], c: RuleChange) {
  const earlier = rulesInForceOn(changes, { votingRules: [], quorum: [] }, addDays(c.inForceFrom, -1));
  return {
    id: c.id,
    inForceFrom: c.inForceFrom,
    agreedItemId: c.agreedItemId,
    agreedAt: c.agreedAt,
    reason: c.reason,
    recordedAt: c.recordedAt,
    earlierRules: { inForce: rulesInForceResource(earlier), votingRules: c.previous.votingRules.map(votingRules.toResource), quorum: c.previous.quorum.map(quorum.toResource) },
  };
}

const EXAMPLE = { inForceFrom: '2027-04-01', agreedItemId: EXAMPLE_ID, reason: 'The quorum becomes one third of the voting members, rounded up, as the board agreed.' };

export function ruleChangeOperations(deps: AppDeps): ApiOperation[] {
  const path = '/api/v1/partnerships/{id}/rule-changes';
  const refusal = 'A rule refuses it (errors lists every problem, at its field): a day not after the change before it, a decision not the partnership’s or not carried, no rules to change; or the partnership has been withdrawn (at status).';
  const changesOf = async (request: FastifyRequest) => (await decisionRulesFor(deps, principalOf(request), idOf(request))).changes;
  const found = async (request: FastifyRequest, id: string) => {
    const changes = await changesOf(request);
    const change = changes.find((c) => c.id === id);
    if (!change) throw new ApiProblem({ status: 404, detail: 'There is no change to the rules with this id.' });
    return { changes, change };
  };
  const one = async (request: FastifyRequest, id: string) => {
    const { changes, change } = await found(request, id);
    return changeResource(changes, change);
  };
  // A correction sends only what it corrects: the rest is the change as it stands.
  const parsed = async (request: FastifyRequest, kept?: RuleChange): Promise<RuleChangeInput> => {
    const sent = kept && request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? { inForceFrom: kept.inForceFrom, agreedItemId: kept.agreedItemId, reason: kept.reason, ...request.body } : request.body;
    const body = changeIn.safeParse(sent);
    if (body.success) return body.data;
    const rules = await ruleChangeInputProblems(deps, idOf(request), fieldsThatParse(changeIn, sent) as Partial<RuleChangeInput>, kept?.id);
    throw invalidRequest(besideSchemaErrors(zodProblems(body.error), rules));
  };

  return [
    {
      method: 'GET',
      path,
      operationId: 'listRuleChanges',
      tag: TAG,
      summary: 'List the changes to a partnership’s rules for decisions',
      description: 'R-2.7(n): each change in the order they apply, with the voting rules and quorum it replaced. The rules kept now (the voting-rules and quorum records) apply from the latest change on.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The changes, oldest first.', component: 'RuleChangeList' } },
      handler: async (request) => {
        const changes = await changesOf(request);
        return { items: changes.map((c) => changeResource(changes, c)) };
      },
    },
    {
      method: 'POST',
      path,
      operationId: 'recordRuleChange',
      tag: TAG,
      summary: 'Record a change to the rules, from a day',
      description:
        'R-2.7(n): keeps the voting rules and quorum as they stand now for the meetings before inForceFrom; the rules then changed (PUT on the voting-rules and quorum records) decide the meetings from that day. To correct a mistake in the rules, change them without recording a change.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'RuleChangeInput', description: 'The day, the decision that agreed it, and what changed.', example: EXAMPLE },
      refusal,
      responses: { '201': { description: 'Recorded.', component: 'RuleChange' } },
      handler: async (request, reply) => {
        const input = await parsed(request);
        const change = await write(() => recordRuleChange(deps, apiRequestContext(request), principalOf(request), idOf(request), input));
        reply.code(201);
        return one(request, change.id);
      },
    },
    {
      method: 'GET',
      path: `${path}/{changeId}`,
      operationId: 'getRuleChange',
      tag: TAG,
      summary: 'Read a change to the rules',
      description: 'R-2.7(n): one change, with the voting rules and quorum it replaced and when they were in force.',
      access: 'register.view',
      parameters: [ID_PARAMETER, CHANGE_ID],
      responses: { '200': { description: 'The change.', component: 'RuleChange' } },
      handler: async (request) => one(request, uuidParam(request, 'changeId', 'change to the rules')),
    },
    {
      method: 'PATCH',
      path: `${path}/{changeId}`,
      operationId: 'correctRuleChange',
      tag: TAG,
      summary: 'Correct a change to the rules',
      description:
        'R-2.7(n): its day (still after the change before it and before the one after it), the decision that agreed it, or what it says; the fields left out stay as they are. The earlier rules it kept are never changed: they decided the meetings before it.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, CHANGE_ID],
      requestBody: { component: 'RuleChangePatch', description: 'What is corrected.', example: { inForceFrom: '2027-05-01' } },
      refusal,
      responses: { '200': { description: 'Corrected.', component: 'RuleChange' } },
      handler: async (request) => {
        const id = uuidParam(request, 'changeId', 'change to the rules');
        const { change } = await found(request, id);
        const input = await parsed(request, change);
        await write(() => correctRuleChange(deps, apiRequestContext(request), principalOf(request), idOf(request), id, input));
        return one(request, id);
      },
    },
  ];
}

// A meeting's agenda on the API (R-2.8g, R-2.8a, R-2.8b, R-2.13), beside the meeting itself (a partnership
// record: /api/v1/partnerships/{id}/meetings): who attended each seat, the agenda's items with each one's
// declarations, quorum and outcome computed as its page shows them, and the writes the pages make, by the
// same use cases: attendance, items, declarations and the vote.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { addAgendaItem, addDeclaration, agendaItemInputProblems, changeAgendaItem, clearVote, declarationInputProblems, ratifiedInputProblems, recordAttendance, recordRatified, recordTold, type RatifiedInput, recordVote, removeAgendaItemOf, removeDeclaration } from '../../app/meetings.service.ts';
import { toldSchema } from '../../app/meetings/told.schema.ts';
import { RATIFICATION_FIELDS, ratificationSchema } from '../../app/meetings/ratification.description.ts';
import { TOLD_HOW } from '../../domain/meetings/communication.ts';
import { AGENDA_ITEM_FIELDS, agendaItemSchema } from '../../app/meetings/agenda-item.description.ts';
import { DECLARATION_FIELDS, declarationSchema } from '../../app/meetings/declaration.description.ts';
import { meetings } from '../../app/records/index.ts';
import { findRecord } from '../../app/records/record-queries.ts';
import { agendaItemOf, meetingFacts } from '../../app/queries/meeting.queries.ts';
import { CASTING_CHOICES, LOT_CHOICES } from '../../domain/decisions/facts.ts';
import { OUTCOMES } from '../../domain/decisions/outcome.ts';
import { ATTENDANCES, DECISION_TYPES, VOTE_CHOICES } from '../../domain/decisions/rules.ts';
import type { AgendaItem } from '../../domain/meetings/agenda-item.ts';
import { CONSEQUENCES, DECLARATION_KINDS } from '../../domain/meetings/declarations.ts';
import type { ItemDecision } from '../../domain/meetings/item-decision.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import { principalOf } from '../context.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { EXAMPLE_ID, ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, zodProblems } from './problem.ts';
import { uuidParam, uuidPathParameter } from './path-params.ts';
import { rulesInForceOut, rulesInForceResource } from './rule-changes.api.ts';
import { idOut, requestComponent, responseComponent, UUID } from './schemas/common.ts';

const TAG = 'Meetings';
const apiOf = <T extends z.ZodType>(schema: T, text: string) => schema.meta({ description: text });

const declarationOut = z.strictObject({
  personId: idOut,
  name: z.string(),
  kind: apiOf(z.enum(DECLARATION_KINDS), DECLARATION_FIELDS.kind.api),
  consequence: apiOf(z.enum(CONSEQUENCES), DECLARATION_FIELDS.consequence.api),
  dispensationBy: apiOf(z.string().nullable(), DECLARATION_FIELDS.dispensationBy.api),
  dispensationUntil: apiOf(z.iso.date().nullable(), DECLARATION_FIELDS.dispensationUntil.api),
  excluded: z.boolean().meta({ description: 'R-2.13: whether it takes the member out of the item’s vote and quorum.' }),
  explanation: z.string().meta({ description: 'What it does to the member’s part in the item, in words, with its clause.' }),
});

const itemOut = responseComponent(
  z.strictObject({
    id: idOut,
    number: z.number().int().meta({ description: 'Its place on the agenda, from 1.' }),
    title: apiOf(z.string(), AGENDA_ITEM_FIELDS.title.api),
    decisionType: apiOf(z.enum(DECISION_TYPES).nullable(), AGENDA_ITEM_FIELDS.decisionType.api),
    keyDecision: apiOf(z.boolean(), AGENDA_ITEM_FIELDS.keyDecision.api),
    confidential: apiOf(z.boolean(), AGENDA_ITEM_FIELDS.confidential.api),
    motion: apiOf(z.string().nullable(), AGENDA_ITEM_FIELDS.motion.api),
    concernsId: apiOf(idOut.nullable(), AGENDA_ITEM_FIELDS.concernsId.api),
    concernsName: z.string().nullable(),
    forwardPlanId: apiOf(idOut.nullable(), AGENDA_ITEM_FIELDS.forwardPlanId.api),
    forwardPlanTitle: z.string().nullable().meta({ description: 'R-2.8f: the planned decision it takes, as the forward plan words it; null for none.' }),
    amountPence: apiOf(z.number().int().nullable(), AGENDA_ITEM_FIELDS.amountPence.api),
    ratifications: z
      .array(
        z.strictObject({
          organisationId: idOut,
          partnerName: z.string(),
          ratifier: z.string(),
          explanation: z.string(),
          ratifiedOn: z.iso.date().nullable(),
          note: z.string().nullable(),
        }),
      )
      .meta({ description: 'R-2.8e: the partners that must ratify the carried decision, no member of theirs present having the authority, as computed when the vote was recorded; each pending until ratifiedOn.' }),
    forwardPlan: z
      .strictObject({ onPlan: z.boolean(), sufficient: z.boolean(), explanation: z.string(), clause: z.literal('R-2.8f') })
      .nullable()
      .meta({ description: 'R-2.8f: for a key decision or an item on the forward plan, whether it is on the plan and the plan gave it the notice required before this meeting, explained; null otherwise.' }),
    declarations: z.array(declarationOut),
    undeclared: z.array(z.string()).meta({ description: 'R-2.13: members present with a registered interest in the partner the item concerns who declared nothing (for readers of the directories).' }),
    quorum: z.strictObject({ quorate: z.boolean(), present: z.number().int(), required: z.number().int(), explanation: z.string(), clause: z.literal('R-2.8b') }).meta({ description: 'R-2.8b: the item’s quorum, from the meeting’s attendance less whoever a declaration takes out.' }),
    vote: z
      .strictObject({
        voting: z.enum(['named', 'counted']),
        votes: z.record(z.string(), z.enum(VOTE_CHOICES)).meta({ description: 'By seat (the member’s person id), for a vote by name.' }),
        counted: z.strictObject({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() }).nullable(),
        consensusReached: z.boolean(),
        castingVote: z.string().nullable(),
        lot: z.string().nullable(),
        outcome: z.enum(OUTCOMES),
        explanation: z.string().meta({ description: 'R-2.8a: the outcome explained, as computed when the vote was recorded and kept with it.' }),
        decidedAt: z.iso.datetime(),
      })
      .nullable()
      .meta({ description: 'R-2.8a: the vote as recorded, with its outcome; null until one is.' }),
    told: z
      .strictObject({
        members: z.array(z.strictObject({ personId: idOut, name: z.string(), toldOn: z.iso.date().nullable(), how: z.enum(TOLD_HOW).nullable() })),
        outstanding: z.number().int(),
        explanation: z.string(),
      })
      .meta({ description: 'R-2.8c: the members not present (once a vote is recorded), each with when and how they were told of the decision; null dates for those still to be.' }),
    current: z
      .strictObject({ outcome: z.enum(OUTCOMES), explanation: z.string() })
      .nullable()
      .meta({ description: 'The outcome the recorded vote has on the attendance and declarations as they stand now; differs from vote.outcome only when they changed after it.' }),
  }),
  { id: 'AgendaItem', description: 'An item of a meeting’s agenda (R-2.8g) and what the domain decides of it.' },
);

responseComponent(
  z.strictObject({
    meetingId: idOut,
    attendance: z.array(z.strictObject({ personId: idOut, name: z.string(), partnerName: z.string(), attendance: z.enum(ATTENDANCES).nullable() })).meta({ description: 'R-2.8g: each seat, and who attended it; null where not recorded.' }),
    items: z.array(itemOut),
    rulesInForce: rulesInForceOut.meta({ description: 'R-2.7(n): the version of the voting rules and quorum in force on the meeting’s day, which decides its items.' }),
  }),
  { id: 'MeetingAgenda', description: 'A meeting’s attendance and agenda (R-2.8g), each item decided (R-2.8a, R-2.8b, R-2.13).' },
);

const attendanceInput = requestComponent(
  z.strictObject({ attendance: z.record(z.string().regex(UUID), z.enum(ATTENDANCES)).meta({ description: 'R-2.8g: per seat (the member’s person id): present, substitute, apologies or absent. Every seat is answered.' }) }),
  { id: 'AttendanceInput', description: 'Who attended a meeting in each seat (R-2.8g).' },
);
const itemInput = requestComponent(agendaItemSchema, { id: 'AgendaItemInput', description: 'An agenda item (R-2.8g). Unknown fields are refused (400).' });
const itemPatch = requestComponent(agendaItemSchema.partial(), { id: 'AgendaItemPatch', description: 'Changes to an agenda item: send only the fields to change.' });
const declarationInput = requestComponent(declarationSchema, { id: 'DeclarationInput', description: 'An interest declared at an agenda item (R-2.13).' });
const toldInput = requestComponent(toldSchema, { id: 'ToldInput', description: 'Members not present told of a decision (R-2.8c).' });
const ratifiedInput = requestComponent(
  z.strictObject({
    organisationId: apiOf(ratificationSchema.shape.organisationId, RATIFICATION_FIELDS.organisationId.api),
    ratifiedOn: apiOf(ratificationSchema.shape.ratifiedOn, RATIFICATION_FIELDS.ratifiedOn.api),
    note: apiOf(ratificationSchema.shape.note, RATIFICATION_FIELDS.note.api),
  }),
  { id: 'RatificationInput', description: 'A partner’s ratification of a carried decision beyond its members’ authority (R-2.8e).' },
);
const voteInput = requestComponent(
  z.strictObject({
    mode: z.enum(['named', 'counted']).meta({ description: 'By name (votes) or on a show of hands (counted).' }),
    votes: z.record(z.string().regex(UUID), z.enum(VOTE_CHOICES)).optional().meta({ description: 'By seat: for, against or abstain; a seat left out did not vote.' }),
    counted: z.strictObject({ for: z.number().int().min(0), against: z.number().int().min(0), abstain: z.number().int().min(0) }).optional(),
    consensusReached: z.boolean().optional(),
    castingVote: z.enum(CASTING_CHOICES).optional(),
    lot: z.enum(LOT_CHOICES).optional(),
  }),
  { id: 'VoteInput', description: 'The vote on an item’s motion (R-2.8a); the outcome is computed from the partnership’s rules, the meeting’s attendance and the item’s declarations.' },
);

const param = uuidPathParameter;
const MEETING_ID = param('meetingId', 'The meeting’s id.');
const ITEM_ID = param('itemId', 'The agenda item’s id.');
const PERSON_ID = param('personId', 'The declaring member’s person id.');


function itemResource(item: AgendaItem, decision: ItemDecision, number: number) {
  const live = decision.check?.outcome ?? null;
  return {
    id: item.id,
    number,
    title: item.title,
    decisionType: item.decisionType,
    keyDecision: item.keyDecision,
    confidential: item.confidential,
    motion: item.motion,
    concernsId: item.concernsId,
    concernsName: item.concernsName,
    forwardPlanId: item.forwardPlanId,
    forwardPlanTitle: item.forwardPlanTitle,
    amountPence: item.amountPence,
    ratifications: item.ratifications,
    forwardPlan: decision.forwardPlan,
    declarations: item.declarations.map((d) => {
      const e = decision.declarations.find((x) => x.personId === d.personId)!;
      return { ...d, excluded: e.excluded, explanation: e.explanation };
    }),
    undeclared: decision.undeclared,
    told: {
      members: decision.communication.members.map((m) => ({ personId: m.personId, name: m.name, toldOn: m.told?.toldOn ?? null, how: m.told?.how ?? null })),
      outstanding: decision.communication.outstanding,
      explanation: decision.communication.explanation,
    },
    quorum: { quorate: decision.quorum.quorate, present: decision.quorum.present, required: decision.quorum.required, explanation: decision.quorum.explanation, clause: decision.quorum.clause },
    vote: item.vote
      ? {
          voting: item.vote.voting,
          votes: Object.fromEntries(item.vote.named),
          counted: item.vote.counted,
          consensusReached: item.vote.consensusReached,
          castingVote: item.vote.castingVote,
          lot: item.vote.lot,
          outcome: item.vote.outcome,
          explanation: item.vote.explanation,
          decidedAt: item.vote.decidedAt,
        }
      : null,
    current: live ? { outcome: live.outcome, explanation: live.explanation } : null,
  };
}

const EXAMPLE_ITEM = { title: 'Grant funding for the winter programme', decisionType: 'financial-commitment', keyDecision: true, confidential: false, motion: 'That the board approves a grant of £25,000.', amountPence: 2_500_000, concernsId: null };

export function meetingOperations(deps: AppDeps): ApiOperation[] {
  const meetingOf = (request: FastifyRequest): Promise<Meeting> => findRecord(deps, principalOf(request), meetings, idOf(request), uuidParam(request, 'meetingId', 'meeting'));
  const agenda = async (request: FastifyRequest, meeting: Meeting) => {
    const facts = await meetingFacts(deps, principalOf(request), idOf(request), meeting);
    return {
      meetingId: meeting.id,
      attendance: facts.seats.map((s) => ({ personId: s.personId, name: s.name, partnerName: s.partnerName, attendance: facts.attendance.get(s.personId) ?? null })),
      items: facts.decided.map(({ item, decision }, i) => itemResource(item, decision, i + 1)),
      rulesInForce: rulesInForceResource(facts.inForce),
    };
  };
  const itemIn = async (request: FastifyRequest, meeting: Meeting, itemId: string) => {
    const found = (await agenda(request, meeting)).items.find((i) => i.id === itemId);
    if (!found) throw new ApiProblem({ status: 404, detail: 'There is no agenda item with this id.' });
    return found;
  };
  const itemIdOf = (request: FastifyRequest) => uuidParam(request, 'itemId', 'agenda item');
  const base = '/api/v1/partnerships/{id}/meetings/{meetingId}';
  const items = `${base}/items`;
  const refusal = 'A rule refuses it (errors lists every problem, at its field), or the partnership has been withdrawn (at status).';

  return [
    {
      method: 'GET',
      path: `${base}/agenda`,
      operationId: 'getMeetingAgenda',
      tag: TAG,
      summary: 'Read a meeting’s attendance and agenda',
      description: 'R-2.8g: who attended each seat, and each agenda item with its declarations (R-2.13), its quorum (R-2.8b) and its vote and outcome (R-2.8a), computed as the meeting’s page shows them.',
      access: 'register.view',
      parameters: [ID_PARAMETER, MEETING_ID],
      responses: { '200': { description: 'The attendance and the agenda.', component: 'MeetingAgenda' } },
      handler: async (request) => agenda(request, await meetingOf(request)),
    },
    {
      method: 'PUT',
      path: `${base}/attendance`,
      operationId: 'setMeetingAttendance',
      tag: TAG,
      summary: 'Record who attended a meeting',
      description: 'R-2.8g: every seat’s attendance at once; a substitute only for a seat that names one (R-2.8a). Recorded in the audit trail.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID],
      requestBody: { component: 'AttendanceInput', description: 'Each seat’s attendance.', example: { attendance: { [EXAMPLE_ID]: 'present' } } },
      refusal,
      responses: { '200': { description: 'Recorded: the attendance and the agenda as they now stand.', component: 'MeetingAgenda' } },
      handler: async (request) => {
        const meeting = await meetingOf(request);
        const parsed = attendanceInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        await write(() => recordAttendance(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, parsed.data.attendance));
        return agenda(request, meeting);
      },
    },
    {
      method: 'POST',
      path: items,
      operationId: 'addAgendaItem',
      tag: TAG,
      summary: 'Add an item to a meeting’s agenda',
      description: 'R-2.8g: an item with its type of decision (null for information), key-decision and confidential flags, its motion and the partner it concerns. Recorded in the audit trail and the partnership’s History.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID],
      requestBody: { component: 'AgendaItemInput', description: 'The item.', example: EXAMPLE_ITEM },
      refusal,
      responses: { '201': { description: 'Added: the item as the agenda now holds it.', component: 'AgendaItem' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        const parsed = itemInput.safeParse(request.body);
        if (!parsed.success) {
          throw invalidRequest(besideSchemaErrors(zodProblems(parsed.error), await agendaItemInputProblems(deps, idOf(request), fieldsThatParse(agendaItemSchema, request.body))));
        }
        const added = await write(() => addAgendaItem(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, parsed.data));
        reply.code(201);
        return itemIn(request, meeting, added.id);
      },
    },
    {
      method: 'PATCH',
      path: `${items}/{itemId}`,
      operationId: 'changeAgendaItem',
      tag: TAG,
      summary: 'Change an agenda item',
      description: 'Send only the fields to change; the item is checked whole. Its type of decision stays while a vote on it is recorded (R-2.8a).',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      requestBody: { component: 'AgendaItemPatch', description: 'The fields to change.', example: { confidential: true } },
      refusal,
      responses: { '200': { description: 'Changed: the item as now recorded.', component: 'AgendaItem' } },
      handler: async (request) => {
        const meeting = await meetingOf(request);
        const current = await itemIn(request, meeting, itemIdOf(request));
        const kept = { title: current.title, decisionType: current.decisionType, keyDecision: current.keyDecision, confidential: current.confidential, motion: current.motion, concernsId: current.concernsId, forwardPlanId: current.forwardPlanId, amountPence: current.amountPence };
        const parsed = itemPatch.safeParse(request.body);
        const whole = parsed.success ? itemInput.safeParse({ ...kept, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) }) : parsed;
        if (!whole.success) {
          throw invalidRequest(besideSchemaErrors(zodProblems(whole.error), await agendaItemInputProblems(deps, idOf(request), { ...kept, ...fieldsThatParse(agendaItemSchema.partial(), request.body) })));
        }
        await write(() => changeAgendaItem(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, current.id, whole.data));
        return itemIn(request, meeting, current.id);
      },
    },
    {
      method: 'DELETE',
      path: `${items}/{itemId}`,
      operationId: 'removeAgendaItem',
      tag: TAG,
      summary: 'Remove an agenda item',
      description: 'Removes the item with its declarations and vote; the audit trail keeps them.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      refusal,
      responses: { '204': { description: 'Removed.' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        await write(() => removeAgendaItemOf(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemIdOf(request)));
        return reply.code(204).send();
      },
    },
    {
      method: 'POST',
      path: `${items}/{itemId}/declarations`,
      operationId: 'addDeclaration',
      tag: TAG,
      summary: 'Record a declaration of interest at an item',
      description: 'R-2.13: a member holding a seat declares an interest and what followed; a pecuniary or prejudicial interest without a dispensation in force takes them out of the item’s vote and quorum.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      requestBody: { component: 'DeclarationInput', description: 'The declaration.', example: { personId: EXAMPLE_ID, kind: 'prejudicial', consequence: 'left-the-room', dispensationBy: null, dispensationUntil: null } },
      refusal,
      responses: { '201': { description: 'Recorded: the item as it now stands.', component: 'AgendaItem' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        const itemId = itemIdOf(request);
        const parsed = declarationInput.safeParse(request.body);
        if (!parsed.success) {
          throw invalidRequest(besideSchemaErrors(zodProblems(parsed.error), await declarationInputProblems(deps, idOf(request), meeting.id, itemId, fieldsThatParse(declarationSchema, request.body))));
        }
        await write(() => addDeclaration(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemId, parsed.data));
        reply.code(201);
        return itemIn(request, meeting, itemId);
      },
    },
    {
      method: 'DELETE',
      path: `${items}/{itemId}/declarations/{personId}`,
      operationId: 'removeDeclaration',
      tag: TAG,
      summary: 'Remove a declaration of interest',
      description: 'Removes the member’s declaration at the item; the audit trail keeps it.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID, PERSON_ID],
      refusal,
      responses: { '204': { description: 'Removed.' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        await write(() => removeDeclaration(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemIdOf(request), uuidParam(request, 'personId', 'declaration')));
        return reply.code(204).send();
      },
    },
    {
      method: 'POST',
      path: `${items}/{itemId}/vote`,
      operationId: 'recordVote',
      tag: TAG,
      summary: 'Record the vote on an item’s motion',
      description:
        'R-2.8a, R-2.8b, R-2.13: the votes by name or as counts, with consensus, a casting vote and a lot where given. The outcome is computed from the partnership’s rules, the meeting’s attendance and the item’s declarations, by the function the check of a decision uses, and kept with its explanation. Recording again replaces it; the audit trail keeps each.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      requestBody: { component: 'VoteInput', description: 'The vote.', example: { mode: 'named', votes: { [EXAMPLE_ID]: 'for' } } },
      refusal,
      responses: { '200': { description: 'Recorded: the item with its outcome.', component: 'AgendaItem' } },
      handler: async (request) => {
        const meeting = await meetingOf(request);
        const itemId = itemIdOf(request);
        const parsed = voteInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const v = parsed.data;
        await write(() =>
          recordVote(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemId, {
            mode: v.mode,
            votes: v.votes ?? {},
            counted: v.counted ?? {},
            consensusReached: v.consensusReached ?? false,
            castingVote: v.castingVote ?? 'none',
            lot: v.lot ?? 'not-drawn',
          }),
        );
        return itemIn(request, meeting, itemId);
      },
    },
    {
      method: 'POST',
      path: `${items}/{itemId}/told`,
      operationId: 'recordMembersTold',
      tag: TAG,
      summary: 'Record that members not present were told of a decision',
      description: 'R-2.8c: the members not present at the meeting (apologies, absent, or a substitute in their seat) who were told of the item’s decision, the day and how. Each is told once; the item answers who is still to be.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      requestBody: { component: 'ToldInput', description: 'Who was told, when and how.', example: { personIds: [EXAMPLE_ID], toldOn: '2027-03-20', how: 'email' } },
      refusal,
      responses: { '201': { description: 'Recorded: the item as it now stands.', component: 'AgendaItem' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        const itemId = itemIdOf(request);
        const parsed = toldInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        await write(() => recordTold(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemId, parsed.data));
        reply.code(201);
        return itemIn(request, meeting, itemId);
      },
    },
    {
      method: 'POST',
      path: `${items}/{itemId}/ratifications`,
      operationId: 'recordRatification',
      tag: TAG,
      summary: 'Record a partner’s ratification of a decision',
      description:
        'R-2.8e: a carried decision beyond the authority of every member present for a partner awaits that partner’s ratification (the item’s ratifications). This records that the partner ratified it, on or after the meeting, once. 422 when the decision awaits no ratification by that partner.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      requestBody: { component: 'RatificationInput', description: 'Which partner ratified it, when, and where it is recorded.', example: { organisationId: EXAMPLE_ID, ratifiedOn: '2027-04-02', note: 'Northvale NHS Trust Board, minute 27/04' } },
      refusal,
      responses: { '201': { description: 'Recorded: the item as it now stands.', component: 'AgendaItem' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        const itemId = itemIdOf(request);
        const parsed = ratifiedInput.safeParse(request.body);
        if (!parsed.success) {
          const item = await agendaItemOf(deps, meeting, itemId);
          const rules = item ? ratifiedInputProblems(meeting, item, fieldsThatParse(ratificationSchema, request.body) as Partial<RatifiedInput>) : [];
          throw invalidRequest(besideSchemaErrors(zodProblems(parsed.error), rules));
        }
        await write(() => recordRatified(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemId, parsed.data));
        reply.code(201);
        return itemIn(request, meeting, itemId);
      },
    },
    {
      method: 'DELETE',
      path: `${items}/{itemId}/vote`,
      operationId: 'clearVote',
      tag: TAG,
      summary: 'Clear the vote on an item',
      description: 'So the vote can be taken again; the audit trail keeps the one cleared.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, MEETING_ID, ITEM_ID],
      refusal,
      responses: { '204': { description: 'Cleared.' } },
      handler: async (request, reply) => {
        const meeting = await meetingOf(request);
        await write(() => clearVote(deps, apiRequestContext(request), principalOf(request), idOf(request), meeting.id, itemIdOf(request)));
        return reply.code(204).send();
      },
    },
  ];
}

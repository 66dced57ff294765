// The decisions register on the API (R-2.8a): GET /api/v1/partnerships/{id}/decisions for one partnership
// and GET /api/v1/decisions across every partnership the token may see, with the register page's filters
// as query parameters (a search of the item's title and motion, types of decision, outcomes, key decision,
// a range of meeting days, and across the council a partnership), a page at a time, newest meeting first.
// Stricter than the page, which leaves out a value it cannot use: here each is a 400 at its parameter.
import { oneOf, paging, single, type QueryError } from '../../domain/query/query-params.ts';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { decisionsRegisterPage, type DecisionRegisterRow, type DecisionsQuery } from '../../app/queries/decisions-register.queries.ts';
import { OUTCOMES } from '../../domain/decisions/outcome.ts';
import { DECISION_TYPES, type DecisionType } from '../../domain/decisions/rules.ts';
import { outcomeInWords } from '../../domain/export/decision-columns.ts';
import { principalOf } from '../context.ts';
import { LIST_PAGE_SIZE } from '../shared/paging.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { EXAMPLE_ID, ID_PARAMETER } from './partnerships.api.ts';
import { invalidRequest } from './problem.ts';
import { dateOut, idOut, responseComponent, timeOut, UUID } from './schemas/common.ts';

const TAG = 'Decisions';
export const MAX_DECISIONS_PAGE_SIZE = 100;
const MAX_SEARCH = 200;
const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const FILTER_DOCS: ParameterDoc[] = [
  { name: 'q', in: 'query', description: `Only decisions whose item’s title or motion holds every word given (case and accents ignored), at most ${MAX_SEARCH} characters.`, schema: { type: 'string', maxLength: MAX_SEARCH }, example: 'grant' },
  { name: 'type', in: 'query', description: 'Only these types of decision (repeat, or separate with commas).', schema: { type: 'array', items: { type: 'string', enum: [...DECISION_TYPES] } }, explode: true, example: ['financial-commitment'] },
  { name: 'outcome', in: 'query', description: 'Only these outcomes, as kept when the vote was recorded (repeat, or separate with commas).', schema: { type: 'array', items: { type: 'string', enum: [...OUTCOMES] } }, explode: true, example: ['carried'] },
  { name: 'keyDecision', in: 'query', description: 'true: only key decisions; false: only the others.', schema: { type: 'string', enum: ['true', 'false'] } },
  { name: 'from', in: 'query', description: 'Only decisions of meetings on or after this day, YYYY-MM-DD.', schema: { type: 'string', format: 'date' }, example: '2026-04-01' },
  { name: 'to', in: 'query', description: 'Only decisions of meetings on or before this day, YYYY-MM-DD (not before from).', schema: { type: 'string', format: 'date' }, example: '2027-03-31' },
];
const PARTNERSHIP_DOC: ParameterDoc = { name: 'partnership', in: 'query', description: 'Only this partnership’s decisions (its id); one the token may not see has none.', schema: { type: 'string', pattern: UUID.source }, example: EXAMPLE_ID };
const PAGING_DOCS: ParameterDoc[] = [
  { name: 'page', in: 'query', description: 'The page to show, from 1 (default 1). A page past the last has no items.', schema: { type: 'integer', minimum: 1, maximum: 999999 } },
  { name: 'pageSize', in: 'query', description: `How many decisions per page, 1 to ${MAX_DECISIONS_PAGE_SIZE} (default ${LIST_PAGE_SIZE}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_DECISIONS_PAGE_SIZE } },
];

const isoDay = z.iso.date();

/** The query parameters, read strictly: every problem at its parameter. */
export function parseDecisionsApiQuery(params: Readonly<Record<string, unknown>>, partnershipId: string | null): { query: DecisionsQuery; errors: QueryError[] } {
  const errors: QueryError[] = [];
  const known = ['q', 'type', 'outcome', 'keyDecision', 'from', 'to', 'page', 'pageSize', ...(partnershipId === null ? ['partnership'] : [])];
  for (const key of Object.keys(params)) if (!known.includes(key)) errors.push({ field: key, message: `Unknown parameter ${key}` });
  const query: DecisionsQuery = { partnershipId, q: '', types: [], outcomes: [], keyDecision: null, from: null, to: null, page: 1, pageSize: LIST_PAGE_SIZE };

  const q = single('q', params.q, errors);
  if (q !== undefined) {
    if (q.length <= MAX_SEARCH) query.q = q;
    else errors.push({ field: 'q', message: `Search must be ${MAX_SEARCH} characters or fewer` });
  }
  query.types = oneOf<DecisionType>('type', 'Type', DECISION_TYPES, params.type, errors);
  query.outcomes = oneOf('outcome', 'Outcome', OUTCOMES, params.outcome, errors);
  const key = single('keyDecision', params.keyDecision, errors);
  if (key !== undefined) {
    if (key === 'true' || key === 'false') query.keyDecision = key === 'true';
    else errors.push({ field: 'keyDecision', message: 'Key decision must be true or false' });
  }
  for (const [field, label] of [['from', 'From'], ['to', 'To']] as const) {
    const day = single(field, params[field], errors);
    if (day === undefined) continue;
    if (isoDay.safeParse(day).success) query[field] = day;
    else errors.push({ field, message: `${label} must be a real date, YYYY-MM-DD` });
  }
  if (query.from && query.to && query.to < query.from) errors.push({ field: 'to', message: 'To must be the same day as from or after it' });
  if (partnershipId === null) {
    const chosen = single('partnership', params.partnership, errors);
    if (chosen !== undefined) {
      if (UUID.test(chosen)) query.partnershipId = chosen;
      else errors.push({ field: 'partnership', message: 'Partnership must be a partnership’s id' });
    }
  }
  Object.assign(query, paging(params, MAX_DECISIONS_PAGE_SIZE, errors));
  return { query, errors };
}

const decisionOut = responseComponent(
  z.strictObject({
    partnership: described(z.strictObject({ id: idOut, reference: z.string(), name: z.string() }), 'The partnership whose meeting took it.'),
    meeting: described(z.strictObject({ id: idOut, title: z.string(), meetsOn: dateOut }), 'The meeting that took it (R-2.8g), and its day.'),
    itemId: described(idOut, 'The agenda item’s id: its page is /partnerships/{partnership.id}/meetings/{meeting.id}/items/{itemId}.'),
    title: described(z.string(), 'R-2.8g: the item as the agenda words it.'),
    motion: described(z.string().nullable(), 'R-2.8a: the motion put to the vote.'),
    decisionType: described(z.enum(DECISION_TYPES).nullable(), 'R-2.8a: the type of decision, whose voting rule decided it.'),
    keyDecision: described(z.boolean(), 'R-2.8f: whether it is a key decision.'),
    confidential: described(z.boolean(), 'Whether the item was taken in private: shown to those who may read the partnership, and never published.'),
    outcome: described(z.enum(OUTCOMES), 'R-2.8a: the outcome as computed and kept when the vote was recorded.'),
    outcomeText: described(z.string(), 'The outcome in words, as the meeting’s page words it: “Carried on the casting vote”.'),
    explanation: described(z.string(), 'R-2.8a, R-2.8b: the outcome explained, as kept with it, each sentence citing its clause.'),
    decidedAt: described(timeOut, 'When the vote was recorded, in UTC.'),
  }),
  { id: 'RegisteredDecision', description: 'A decision of the decisions register (R-2.8a): an agenda item whose vote is recorded, with its outcome and explanation.' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(decisionOut), 'Newest meeting first, in agenda order within a meeting.'),
    total: described(z.int().min(0), 'How many decisions the filters pick, on every page.'),
    counts: described(
      z.strictObject({
        byOutcome: z.partialRecord(z.enum(OUTCOMES), z.int().min(0)).meta({ description: 'How many of them by outcome; an outcome none has is left out.' }),
        keyDecisions: z.int().min(0),
        confidential: z.int().min(0),
      }),
      'Of the decisions the filters pick: how many by outcome, how many key decisions and how many confidential.',
    ),
    page: z.int().min(1),
    pageSize: z.int().min(1),
  }),
  { id: 'DecisionRegisterPage', description: 'A page of the decisions register (R-2.8a).' },
);

function toDecision(d: DecisionRegisterRow): z.output<typeof decisionOut> {
  return {
    partnership: { id: d.partnershipId, reference: d.partnershipReference, name: d.partnershipName },
    meeting: { id: d.meetingId, title: d.meetingTitle, meetsOn: d.meetsOn },
    itemId: d.itemId,
    title: d.title,
    motion: d.motion,
    decisionType: d.decisionType,
    keyDecision: d.keyDecision,
    confidential: d.confidential,
    outcome: d.outcome as (typeof OUTCOMES)[number],
    outcomeText: outcomeInWords(d.outcome),
    explanation: d.explanation,
    decidedAt: d.decidedAt,
  };
}

export function decisionOperations(deps: AppDeps): ApiOperation[] {
  const answer = async (request: Parameters<ApiOperation['handler']>[0], partnershipId: string | null) => {
    const { query, errors } = parseDecisionsApiQuery((request.query ?? {}) as Record<string, unknown>, partnershipId);
    if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
    const page = await decisionsRegisterPage(deps, principalOf(request), query);
    return {
      items: page.items.map(toDecision),
      total: page.counts.total,
      counts: { byOutcome: page.counts.byOutcome, keyDecisions: page.counts.keyDecisions, confidential: page.counts.confidential },
      page: query.page,
      pageSize: query.pageSize,
    };
  };
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/decisions',
      operationId: 'listPartnershipDecisions',
      tag: TAG,
      summary: 'List a partnership’s decisions',
      description:
        'R-2.8a: the partnership’s decisions register: each item of its meetings whose vote is recorded, newest meeting first, with its type of decision, key-decision and confidential flags, and the outcome computed from its rules when the vote was recorded, with the explanation kept beside it, filtered as its Decisions page filters, a page at a time.',
      access: 'register.view',
      parameters: [ID_PARAMETER, ...FILTER_DOCS, ...PAGING_DOCS],
      responses: { '200': { description: 'A page of the partnership’s decisions.', component: 'DecisionRegisterPage' } },
      handler: (request) => answer(request, request.partnership!.id),
    },
    {
      method: 'GET',
      path: '/api/v1/decisions',
      operationId: 'listDecisions',
      tag: TAG,
      summary: 'List the decisions of every partnership',
      description:
        'R-2.8a: the council’s decisions register: the decisions of every partnership the token may see (each item of their meetings whose vote is recorded), newest meeting first, with the outcome and explanation kept when the vote was recorded, filtered as the Decisions register page filters (and by partnership), a page at a time.',
      access: 'register.view',
      parameters: [...FILTER_DOCS, PARTNERSHIP_DOC, ...PAGING_DOCS],
      responses: { '200': { description: 'A page of decisions.', component: 'DecisionRegisterPage' } },
      handler: (request) => answer(request, null),
    },
  ];
}

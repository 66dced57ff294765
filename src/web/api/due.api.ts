// What's due on the API: GET /api/v1/due, what falls to the token's user (through the records under People
// linked to their account), and GET /api/v1/due/council, everything due across the partnerships the token
// may see (council-due.view). Overdue first; filtered as the What's due page filters, read strictly.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { whatsDueFor, type DueView } from '../../app/queries/whats-due.queries.ts';
import { DUE_KINDS, DUE_WITHIN_CHOICES, DUE_WITHIN_DAYS, type DueKind } from '../../domain/due/whats-due.ts';
import { single, type QueryError } from '../../domain/query/query-params.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { invalidRequest } from './problem.ts';
import { dateOut, idOut, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const dueItemOut = responseComponent(
  z.strictObject({
    kind: described(z.enum(DUE_KINDS), 'What is due: a report (R-2.6.2), a measurement (R-2.9), a risk review (R-2.6.8), a partner’s plan refresh (R-2.6.7), an annual review (R-2.6.4), an action of the plan (R-2.6.6) or of a meeting (R-2.8d).'),
    partnership: z.strictObject({ id: idOut, reference: z.string(), name: z.string() }),
    recordId: described(idOut, 'The record it is due on: the reporting line, indicator, risk, partner organisation or action; the partnership itself for an annual review.'),
    title: z.string(),
    dueOn: dateOut,
    overdue: described(z.boolean(), 'True once its due day has passed.'),
    daysOverdue: z.int(),
    words: described(z.string(), 'When it is due, in words, citing the clause.'),
    clause: z.string(),
    owners: described(z.array(z.strictObject({ id: idOut, name: z.string() })), 'Whom it falls to (people under People); empty where no one is recorded.'),
  }),
  { id: 'DueItem', description: 'Something a partnership owes by a date, with whom it falls to.' },
);

responseComponent(
  z.strictObject({
    within: described(z.int(), 'How many days ahead the list looks; overdue items are always in it.'),
    items: described(z.array(dueItemOut), 'Overdue first (the longest overdue first), then the soonest due.'),
    counts: z.strictObject({ overdue: z.int(), due: z.int() }),
    linked: described(z.boolean(), 'Whether the user’s account is linked to anyone under People; nothing falls to an account linked to no one.'),
  }),
  { id: 'WhatsDue', description: 'What is due and overdue (R-2.6.2, R-2.9, R-2.6.8, R-2.6.7, R-2.6.4, R-2.6.6, R-2.8d).' },
);

const FILTER_DOCS: ParameterDoc[] = [
  { name: 'within', in: 'query', description: `How many days ahead to look (${DUE_WITHIN_DAYS} unless given).`, schema: { type: 'integer', enum: [...DUE_WITHIN_CHOICES] } },
  { name: 'kind', in: 'query', description: 'Only items of this kind.', schema: { type: 'string', enum: [...DUE_KINDS] } },
];
const KNOWN = new Set(FILTER_DOCS.map((d) => d.name));

/** The filters, read strictly: every problem at its parameter. */
export function parseDueQuery(params: Readonly<Record<string, unknown>>): { within: number; kind: DueKind | null; errors: QueryError[] } {
  const errors: QueryError[] = [];
  for (const key of Object.keys(params)) if (!KNOWN.has(key)) errors.push({ field: key, message: `Unknown parameter ${key}` });
  const within = single('within', params.within, errors);
  if (within !== undefined && !(DUE_WITHIN_CHOICES as readonly number[]).includes(Number(within))) errors.push({ field: 'within', message: `Within must be one of ${DUE_WITHIN_CHOICES.join(', ')}` });
  const kind = single('kind', params.kind, errors);
  if (kind !== undefined && !(DUE_KINDS as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: `Kind must be one of ${DUE_KINDS.join(', ')}` });
  return { within: within === undefined ? DUE_WITHIN_DAYS : Number(within), kind: (kind as DueKind | undefined) ?? null, errors };
}

export function dueOperations(deps: AppDeps): ApiOperation[] {
  const handler = (view: DueView) => async (request: Parameters<ApiOperation['handler']>[0]) => {
    const { within, kind, errors } = parseDueQuery((request.query ?? {}) as Record<string, unknown>);
    if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
    const found = await whatsDueFor(deps, principalOf(request), view, londonToday(deps.clock.now()), { within, kind });
    const { items } = found;
    return {
      within,
      items: items.map((i) => ({ kind: i.kind, partnership: i.partnership, recordId: i.recordId, title: i.title, dueOn: i.dueOn, overdue: i.overdue, daysOverdue: i.daysOverdue, words: i.words, clause: i.clause, owners: i.ownerIds.map((id, n) => ({ id, name: i.ownerNames[n]! })) })),
      counts: found.counts,
      linked: found.linked,
    };
  };
  return [
    {
      method: 'GET',
      path: '/api/v1/due',
      operationId: 'listWhatsDue',
      tag: 'Performance',
      summary: 'List what is due for the token’s user',
      description: 'What falls to the token’s user, through the records under People linked to their account: the risks and actions they own and, for the partnerships they lead or represent their organisation on, the reports, measurements, plan refreshes and annual reviews; due in the coming days or overdue.',
      access: 'dashboard.view',
      parameters: FILTER_DOCS,
      responses: { '200': { description: 'What is due, overdue first.', component: 'WhatsDue' } },
      handler: handler('mine'),
    },
    {
      method: 'GET',
      path: '/api/v1/due/council',
      operationId: 'listCouncilWhatsDue',
      tag: 'Performance',
      summary: 'List what is due across the partnerships',
      description: 'Everything due in the coming days, and everything overdue, across the partnerships the token may see, whoever it falls to: for administrators, sponsoring officers and internal audit.',
      access: 'council-due.view',
      parameters: FILTER_DOCS,
      responses: { '200': { description: 'What is due, overdue first.', component: 'WhatsDue' } },
      handler: handler('council'),
    },
  ];
}

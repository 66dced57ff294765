// /api/v1/partnerships/{id}/history: a partnership's History on the API, everything that
// happened to it and to its records, newest first, a page at a time, each event in the words the History
// page and the audit trail use (historyEntries) beside its raw values. Stricter than the page, which ignores
// a bad ?before (a link someone edited still shows History): here a bad before or limit is a 400 at it.
import { z } from 'zod';
import type { AuditEvent } from '../../app/audit-trail.ts';
import type { AppDeps } from '../../app/deps.ts';
import { partnershipHistory } from '../../app/queries/partnership.queries.ts';
import { principalOf } from '../context.ts';
import { historyEntries, type HistoryEntry } from '../features/partnerships/history.view-model.ts';
import { LIST_PAGE_SIZE } from '../shared/paging.ts';
import { queryParameters, type ApiOperation } from './openapi.ts';
import { queryProblems } from './organisations.api.ts';
import { ID_PARAMETER } from './partnerships.api.ts';
import { invalidRequest } from './problem.ts';
import { responseComponent, timeOut } from './schemas/common.ts';

export const MAX_HISTORY_LIMIT = 100;

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

/** The query: where the page starts and how long it is. Unknown parameters are refused (strict). */
export const historyQuerySchema = z
  .object({
    before: described(
      z.string({ error: 'Before must be an event’s number, given once' }).regex(/^[1-9]\d{0,14}$/, 'Before must be an event’s number (a whole number from 1), as the next link gives it').optional(),
      'Only events older than this one (its seq). The next link carries it; leave it out for the newest.',
    ),
    limit: described(
      z
        .string({ error: `Limit must be a whole number from 1 to ${MAX_HISTORY_LIMIT}, given once` })
        .regex(/^(100|[1-9]\d?)$/, `Limit must be a whole number from 1 to ${MAX_HISTORY_LIMIT}`)
        .optional(),
      `How many events, 1 to ${MAX_HISTORY_LIMIT} (default ${LIST_PAGE_SIZE}).`,
    ),
  })
  .strict();

const changedFields = (when: string) =>
  described(z.record(z.string(), z.unknown()).nullable(), `The record’s fields ${when}, as the audit trail keeps them (ids beside names, money in pence); null where there is none.`);

const historyEventOut = responseComponent(
  z.strictObject({
    seq: described(z.int().min(1), 'The event’s number in the audit trail; the next page starts before it.'),
    occurredAt: described(timeOut, 'When, in UTC.'),
    actor: described(z.string(), 'Who did it, as they were named then (“Jo Bloggs <jo@council.gov.uk>”, “command line (demo)”).'),
    entityType: described(z.string(), 'The kind of record: partnership, partnership-partner, partnership-representative, screening.'),
    entityId: described(z.string(), 'The record’s id: the partnership’s; a partner’s organisation; a representative’s person; the screening’s.'),
    action: described(z.string(), 'What happened, as recorded: created, updated, added, removed, recorded, or the lifecycle step done (approved, withdrawn…).'),
    headline: described(z.string(), 'What happened, in the words of the History page and the audit trail: “Added partner Brackenford CVS”, “Updated”.'),
    lines: described(z.array(z.string()), 'Each change in words, one a line: “Role: Funder → Member”.'),
    before: changedFields('before the event'),
    after: changedFields('after it'),
  }),
  { id: 'HistoryEvent', description: 'One event of a partnership’s History (R-2.6.10): who, when, what in words, and the values it recorded.' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(historyEventOut), 'Newest first.'),
    next: described(z.string().nullable(), 'The address of the older events (before= the last item’s seq, with the same limit); null when there are none.'),
  }),
  { id: 'HistoryPage', description: 'A page of a partnership’s History, newest first.' },
);

function toHistoryEvent(e: AuditEvent, words: HistoryEntry): z.output<typeof historyEventOut> {
  return {
    seq: e.seq,
    occurredAt: e.occurredAt,
    actor: e.actorLabel,
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    headline: words.action,
    lines: words.lines,
    before: e.before,
    after: e.after,
  };
}

export function historyOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/history',
      operationId: 'getPartnershipHistory',
      tag: 'History',
      summary: 'Read a partnership’s History',
      description:
        'Everything that happened to the partnership and to its records (its partners, council representatives, screenings and lifecycle steps), newest first, as its History page shows it (R-2.6.10): each event with who and when, a headline and each change in words, and the values it recorded. Follow next for older events.',
      access: 'register.view',
      parameters: [ID_PARAMETER, ...queryParameters(historyQuerySchema)],
      responses: { '200': { description: 'A page of the History, newest first.', component: 'HistoryPage' } },
      handler: async (request) => {
        const parsed = historyQuerySchema.safeParse(request.query ?? {});
        if (!parsed.success) throw invalidRequest(queryProblems(parsed.error), 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const { id } = request.partnership!;
        const size = parsed.data.limit ? Number(parsed.data.limit) : LIST_PAGE_SIZE;
        const beforeSeq = parsed.data.before ? Number(parsed.data.before) : null;
        const page = await partnershipHistory(deps, principalOf(request), id, { beforeSeq, size });
        const words = await historyEntries(deps, page.events);
        const last = page.events.at(-1);
        const older = new URLSearchParams({ ...(last ? { before: String(last.seq) } : {}), ...(parsed.data.limit ? { limit: parsed.data.limit } : {}) });
        return {
          items: page.events.map((e, i) => toHistoryEvent(e, words[i]!)),
          next: page.more && last ? `/api/v1/partnerships/${id}/history?${older}` : null,
        };
      },
    },
  ];
}

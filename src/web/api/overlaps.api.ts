// /api/v1/partnerships/{id}/overlaps: R-2.4b's overlap warning on the API, the same list and the same
// words as the partnership's Summary (app/queries/overlap.queries.ts), strongest first.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { partnershipOverlaps } from '../../app/queries/overlap.queries.ts';
import { ENDED_FACTOR, OVERLAP_LIMIT, OVERLAP_WARNING_STATUSES, PARTNER_WEIGHT, PRIORITY_WEIGHT, TEXT_WEIGHT } from '../../domain/overlap/overlaps.ts';
import { STATUSES } from '../../domain/register/vocabulary.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER } from './partnerships.api.ts';
import { idOut, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const overlapOut = responseComponent(
  z.strictObject({
    id: described(idOut, 'The overlapping partnership’s id.'),
    reference: described(z.string(), 'Its reference, as PTN-2026-0001.'),
    name: described(z.string(), 'Its name.'),
    status: described(z.enum(STATUSES), 'Its status. Withdrawn ones are never listed; dissolved, rejected and screened-out ones are ranked lower.'),
    score: described(z.number().min(0), `How strongly it overlaps, to rank by: ${PARTNER_WEIGHT} for each shared partner, ${PRIORITY_WEIGHT} for each shared corporate priority, up to ${TEXT_WEIGHT} for similar words; times ${ENDED_FACTOR} for one that ended or never went ahead.`),
    reasons: described(z.array(z.string()), 'Why it matched, in words: “Shares 2 partners: …”, “Serves the same corporate priority: …”, “Similar purpose: ‘mental health’, …”.'),
  }),
  { id: 'Overlap', description: 'An existing partnership that may duplicate this one (R-2.4b), with why.' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(overlapOut), `Strongest first, at most ${OVERLAP_LIMIT}; empty when none overlaps.`),
    warning: described(z.boolean(), 'True while the partnership is not yet approved (proposed, screened, business case, awaiting approval): the Summary then shows the list as a warning.'),
  }),
  { id: 'OverlapList', description: 'The partnerships that overlap one in purpose, partners or corporate priorities (R-2.4b).' },
);

export function overlapOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/overlaps',
      operationId: 'listPartnershipOverlaps',
      tag: 'Partnerships',
      summary: 'List the partnerships that overlap one',
      description:
        'Existing partnerships that overlap this one in purpose (shared words of its name, purpose and expected outcomes), partners (organisations other than the council) or corporate priorities, strongest first, each with why in words, as its Summary shows them (R-2.4b: avoid isolation and duplication). Only partnerships the token may see are compared.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The overlaps, strongest first.', component: 'OverlapList' } },
      handler: async (request) => {
        const { id, status } = request.partnership!;
        const items = await partnershipOverlaps(deps, principalOf(request), id);
        return { items, warning: OVERLAP_WARNING_STATUSES.has(status) };
      },
    },
  ];
}

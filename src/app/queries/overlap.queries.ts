// R-2.4b: the partnerships that overlap one, for a principal: only partnerships the principal may see
// are compared, so the warning cannot tell anyone of one outside their scope.
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partnershipView } from './partnership.queries.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { candidateWords, findOverlaps, MIN_SHARED_WORDS, type Overlap, type OverlapCandidate } from '../../domain/overlap/overlaps.ts';
import type { PartnershipView } from '../../domain/register/records.ts';
import { overlapTexts, partnershipsServing, partnershipsWithPartners } from '../../db/repositories/overlap.repo.ts';

export type { Overlap };

function idsByPartnership(rows: ReadonlyArray<{ partnershipId: string; id: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.partnershipId, [...(map.get(r.partnershipId) ?? []), r.id]);
  return map;
}

/** The overlaps of a partnership already read (the Summary has it), strongest first. */
export async function overlapsOf(deps: AppDeps, principal: Principal, p: PartnershipView): Promise<Overlap[]> {
  const db = deps.database.db;
  const scope = partnershipScope(principal);
  const partners = p.partnerViews.filter((x) => !x.isThisCouncil);
  const candidate: OverlapCandidate = {
    id: p.id,
    name: p.name,
    purpose: p.purpose,
    expectedOutcomes: p.expectedOutcomes,
    partners: p.partnerViews.map((x) => ({ id: x.organisationId, name: x.name, isThisCouncil: x.isThisCouncil })),
    priorities: p.priorityViews.map((x) => ({ id: x.priorityId, title: x.title })),
  };
  const [texts, partnerRows, priorityRows] = await Promise.all([
    overlapTexts(db, scope, {
      words: candidateWords(candidate),
      minSharedWords: MIN_SHARED_WORDS,
      organisationIds: partners.map((x) => x.organisationId),
      priorityIds: p.priorityViews.map((x) => x.priorityId),
    }),
    partnershipsWithPartners(db, scope, partners.map((x) => x.organisationId)),
    partnershipsServing(db, scope, p.priorityViews.map((x) => x.priorityId)),
  ]);
  const partnersOf = idsByPartnership(partnerRows);
  const prioritiesOf = idsByPartnership(priorityRows);
  return findOverlaps(
    candidate,
    texts.map((t) => ({ ...t, partnerIds: partnersOf.get(t.id) ?? [], priorityIds: prioritiesOf.get(t.id) ?? [] })),
  );
}

/** The overlaps of a partnership by id; NotFoundError when missing or out of scope. */
export async function partnershipOverlaps(deps: AppDeps, principal: Principal, id: string): Promise<Overlap[]> {
  return overlapsOf(deps, principal, await partnershipView(deps, principal, id));
}

// What R-2.4b's overlap warning compares, for the whole register in three statements (not a few per
// partnership): every partnership's words, and only the partner and priority rows the candidate shares.
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { OverlapOther } from '../../domain/overlap/overlaps.ts';
import { whereInScope } from './scope.ts';

type Executor = Db | Trx;

/** A partnership as the overlap rule compares it, before its partner and priority ids are added. */
export type OverlapTextRow = Omit<OverlapOther, 'partnerIds' | 'priorityIds'>;

/** Every partnership in the scope but withdrawn ones (entered by mistake: never an overlap). */
export async function overlapTexts(db: Executor, scope: PartnershipScope): Promise<OverlapTextRow[]> {
  const rows = await whereInScope(db.selectFrom('partnerships as p'), scope, 'p.id')
    .select(['p.id', 'p.reference', 'p.name', 'p.purpose', 'p.expected_outcomes', 'p.status'])
    .where('p.status', '!=', 'withdrawn')
    .execute();
  return rows.map((r) => ({ id: r.id, reference: r.reference, name: r.name, purpose: r.purpose, expectedOutcomes: r.expected_outcomes, status: r.status as OverlapTextRow['status'] }));
}

/** Which partnerships in the scope have which of these organisations as partners. */
export async function partnershipsWithPartners(db: Executor, scope: PartnershipScope, organisationIds: readonly string[]): Promise<Array<{ partnershipId: string; id: string }>> {
  if (organisationIds.length === 0) return [];
  const rows = await whereInScope(db.selectFrom('partnership_partners'), scope, 'partnership_id')
    .select(['partnership_id', 'organisation_id'])
    .where('organisation_id', 'in', organisationIds)
    .execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, id: r.organisation_id }));
}

/** Which partnerships in the scope serve which of these corporate priorities. */
export async function partnershipsServing(db: Executor, scope: PartnershipScope, priorityIds: readonly string[]): Promise<Array<{ partnershipId: string; id: string }>> {
  if (priorityIds.length === 0) return [];
  const rows = await whereInScope(db.selectFrom('partnership_priorities'), scope, 'partnership_id')
    .select(['partnership_id', 'priority_id'])
    .where('priority_id', 'in', priorityIds)
    .execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, id: r.priority_id }));
}

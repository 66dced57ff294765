// What R-2.4b's overlap warning compares, for the whole register in three statements (not a few per
// partnership): the partnerships sharing something with the candidate, found by index (its words, its
// partners, its priorities), and only the partner and priority rows the candidate shares.
import { sql, type SqlBool } from 'kysely';
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { OverlapOther } from '../../domain/overlap/overlaps.ts';
import { whereInScope } from './scope.ts';

type Executor = Db | Trx;

/** A partnership as the overlap rule compares it, before its partner and priority ids are added. */
export type OverlapTextRow = Omit<OverlapOther, 'partnerIds' | 'priorityIds'>;

/** What a candidate can share with another partnership: its words, its partners but the council, its priorities. */
export interface OverlapProbe {
  words: readonly string[];
  /** How many of the words another must share before its text is compared. */
  minSharedWords: number;
  organisationIds: readonly string[];
  priorityIds: readonly string[];
}

/**
 * The partnerships in the scope (but withdrawn ones, entered by mistake: never an overlap) that share
 * something with the candidate: enough of its words (found through partnership_words' primary key), a
 * partner or a priority. Each says whether it shares enough words for its text to be compared.
 */
export async function overlapTexts(db: Executor, scope: PartnershipScope, probe: OverlapProbe): Promise<OverlapTextRow[]> {
  const none = sql<SqlBool>`1 = 0`;
  const rows = await whereInScope(db.selectFrom('partnerships as p'), scope, 'p.id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('partnership_words')
          .select('partnership_id')
          .where(probe.words.length ? sql<SqlBool>`word in (${sql.join(probe.words)})` : none)
          .groupBy('partnership_id')
          .having((h) => h.fn.countAll(), '>=', probe.minSharedWords)
          .as('w'),
      (join) => join.onRef('w.partnership_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.reference', 'p.name', 'p.purpose', 'p.expected_outcomes', 'p.status', 'w.partnership_id as shares_words'])
    .where('p.status', '!=', 'withdrawn')
    .where((eb) =>
      eb.or([
        eb('w.partnership_id', 'is not', null),
        probe.organisationIds.length ? eb('p.id', 'in', eb.selectFrom('partnership_partners').select('partnership_id').where('organisation_id', 'in', probe.organisationIds)) : none,
        probe.priorityIds.length ? eb('p.id', 'in', eb.selectFrom('partnership_priorities').select('partnership_id').where('priority_id', 'in', probe.priorityIds)) : none,
      ]),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id, reference: r.reference, name: r.name, purpose: r.purpose, expectedOutcomes: r.expected_outcomes,
    status: r.status as OverlapTextRow['status'], mayShareWords: r.shares_words !== null,
  }));
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

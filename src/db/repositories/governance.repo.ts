// A partnership's governance sections as stored (migration 0012): one row per section started, written
// only by the governance use case, inside its command.
import type { SectionStatus } from '../../domain/governance/catalogue.ts';
import type { SectionRecord } from '../../domain/governance/section.ts';
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export interface StoredSection extends SectionRecord {
  partnershipId: string;
  key: string;
  updatedByLabel: string;
  updatedAt: string;
}

type Row = { partnership_id: string; section_key: string; status: string; summary: string | null; agreed_on: string | null; updated_by_label: string; updated_at: string };

const toSection = (r: Row): StoredSection => ({
  partnershipId: r.partnership_id,
  key: r.section_key,
  status: r.status as SectionStatus,
  summary: r.summary,
  agreedOn: r.agreed_on,
  updatedByLabel: r.updated_by_label,
  updatedAt: r.updated_at,
});

/** Every section started, of each partnership asked for (one statement for a list of partnerships). */
export async function sectionsOf(db: Executor, partnershipIds: readonly string[]): Promise<StoredSection[]> {
  if (!partnershipIds.length) return [];
  const rows = await db.selectFrom('governance_sections').selectAll().where('partnership_id', 'in', [...partnershipIds]).execute();
  return rows.map(toSection);
}

export async function findSection(db: Executor, partnershipId: string, key: string): Promise<StoredSection | undefined> {
  const r = await db.selectFrom('governance_sections').selectAll().where('partnership_id', '=', partnershipId).where('section_key', '=', key).executeTakeFirst();
  return r ? toSection(r) : undefined;
}

/** The first save of a section inserts it; every later one replaces it. */
export async function saveSection(trx: Trx, s: StoredSection): Promise<void> {
  const values = { status: s.status, summary: s.summary, agreed_on: s.agreedOn, updated_by_label: s.updatedByLabel, updated_at: s.updatedAt };
  await trx
    .insertInto('governance_sections')
    .values({ partnership_id: s.partnershipId, section_key: s.key, ...values })
    .onConflict((oc) => oc.columns(['partnership_id', 'section_key']).doUpdateSet(values))
    .execute();
}

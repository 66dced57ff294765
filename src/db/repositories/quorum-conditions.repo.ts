// The conditions of a partnership's quorum (R-2.8b), one of each kind, all met at once, in the order
// they were added. A share is kept as two whole numbers and read back as "1/3".
import type { Db, Trx } from '../database.ts';
import { fractionColumns, fractionText } from './fraction-columns.ts';
import { nextPosition } from './record-positions.ts';
import type { QuorumConditionRecordInput } from '../../domain/decisions/records.ts';

type Row = { kind: string; members: number | null; fraction_numerator: number | null; fraction_denominator: number | null };

const COLUMNS = ['kind', 'members', 'fraction_numerator', 'fraction_denominator'] as const;

const toCondition = (r: Row): QuorumConditionRecordInput =>
  ({
    kind: r.kind,
    members: r.members === null ? null : Number(r.members),
    fraction: fractionText(r),
  }) as QuorumConditionRecordInput;

const columnsOf = (c: QuorumConditionRecordInput) => ({ members: c.members, ...fractionColumns(c.fraction) });

export async function listQuorumConditions(db: Db | Trx, partnershipId: string): Promise<QuorumConditionRecordInput[]> {
  const rows = await db.selectFrom('quorum_conditions').select(COLUMNS).where('partnership_id', '=', partnershipId).orderBy('position').orderBy('kind').execute();
  return rows.map(toCondition);
}

export async function findQuorumCondition(db: Db | Trx, partnershipId: string, kind: string): Promise<QuorumConditionRecordInput | undefined> {
  const row = await db.selectFrom('quorum_conditions').select(COLUMNS).where('partnership_id', '=', partnershipId).where('kind', '=', kind).executeTakeFirst();
  return row && toCondition(row);
}

export async function insertQuorumCondition(trx: Trx, partnershipId: string, c: QuorumConditionRecordInput): Promise<string> {
  const position = await nextPosition(trx, 'quorum_conditions', partnershipId);
  await trx.insertInto('quorum_conditions').values({ partnership_id: partnershipId, kind: c.kind, ...columnsOf(c), position }).execute();
  return c.kind;
}

export async function updateQuorumCondition(trx: Trx, partnershipId: string, kind: string, c: QuorumConditionRecordInput): Promise<void> {
  await trx.updateTable('quorum_conditions').set(columnsOf(c)).where('partnership_id', '=', partnershipId).where('kind', '=', kind).execute();
}

export async function removeQuorumCondition(trx: Trx, partnershipId: string, kind: string): Promise<void> {
  await trx.deleteFrom('quorum_conditions').where('partnership_id', '=', partnershipId).where('kind', '=', kind).execute();
}

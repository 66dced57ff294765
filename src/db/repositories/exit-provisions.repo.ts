// a partnership's termination provisions (one a party) and its exit strategy (one arrangement a
// topic), in the order they were added; and, for the compliance engine, the same of many partnerships at once.
import type { Db, Trx } from '../database.ts';
import type { ExitTopic, NoticeParty, TerminationProvision } from '../../domain/exit/provisions.ts';
import type { EffectivePoint, NoticeStart, NoticeUnit } from '../../domain/exit/notice.ts';
import { nextPosition } from './record-positions.ts';

const PROVISION_COLUMNS = ['partnership_id', 'party', 'notice_length', 'notice_unit', 'runs_from', 'effective_at', 'municipal_year_ends', 'who_may_shorten', 'conditions'] as const;
type ProvisionRow = { party: string; notice_length: number; notice_unit: string; runs_from: string; effective_at: string; municipal_year_ends: string | null; who_may_shorten: string | null; conditions: string | null };

const toProvision = (r: ProvisionRow): TerminationProvision => ({
  party: r.party as NoticeParty,
  noticeLength: Number(r.notice_length),
  noticeUnit: r.notice_unit as NoticeUnit,
  runsFrom: r.runs_from as NoticeStart,
  effectiveAt: r.effective_at as EffectivePoint,
  municipalYearEnds: r.municipal_year_ends,
  whoMayShorten: r.who_may_shorten,
  conditions: r.conditions,
});
const provisionColumns = (p: TerminationProvision) => ({
  notice_length: p.noticeLength,
  notice_unit: p.noticeUnit,
  runs_from: p.runsFrom,
  effective_at: p.effectiveAt,
  municipal_year_ends: p.municipalYearEnds,
  who_may_shorten: p.whoMayShorten,
  conditions: p.conditions,
});

export async function listTerminationProvisions(db: Db | Trx, partnershipId: string): Promise<TerminationProvision[]> {
  const rows = await db.selectFrom('termination_provisions').select(PROVISION_COLUMNS).where('partnership_id', '=', partnershipId).orderBy('position').execute();
  return rows.map(toProvision);
}
export async function findTerminationProvision(db: Db | Trx, partnershipId: string, party: string): Promise<TerminationProvision | undefined> {
  const row = await db.selectFrom('termination_provisions').select(PROVISION_COLUMNS).where('partnership_id', '=', partnershipId).where('party', '=', party).executeTakeFirst();
  return row && toProvision(row);
}
export async function insertTerminationProvision(trx: Trx, partnershipId: string, p: TerminationProvision): Promise<string> {
  const position = await nextPosition(trx, 'termination_provisions', partnershipId);
  await trx.insertInto('termination_provisions').values({ partnership_id: partnershipId, party: p.party, ...provisionColumns(p), position }).execute();
  return p.party;
}
export async function updateTerminationProvision(trx: Trx, partnershipId: string, party: string, p: TerminationProvision): Promise<void> {
  await trx.updateTable('termination_provisions').set(provisionColumns(p)).where('partnership_id', '=', partnershipId).where('party', '=', party).execute();
}
export async function removeTerminationProvision(trx: Trx, partnershipId: string, party: string): Promise<void> {
  await trx.deleteFrom('termination_provisions').where('partnership_id', '=', partnershipId).where('party', '=', party).execute();
}

export interface ExitArrangement {
  topic: ExitTopic;
  arrangement: string;
  agreedOn: string | null;
}
const ARRANGEMENT_COLUMNS = ['partnership_id', 'topic', 'arrangement', 'agreed_on'] as const;
const toArrangement = (r: { topic: string; arrangement: string; agreed_on: string | null }): ExitArrangement => ({ topic: r.topic as ExitTopic, arrangement: r.arrangement, agreedOn: r.agreed_on });

export async function listExitArrangements(db: Db | Trx, partnershipId: string): Promise<ExitArrangement[]> {
  const rows = await db.selectFrom('exit_arrangements').select(ARRANGEMENT_COLUMNS).where('partnership_id', '=', partnershipId).orderBy('position').execute();
  return rows.map(toArrangement);
}
export async function findExitArrangement(db: Db | Trx, partnershipId: string, topic: string): Promise<ExitArrangement | undefined> {
  const row = await db.selectFrom('exit_arrangements').select(ARRANGEMENT_COLUMNS).where('partnership_id', '=', partnershipId).where('topic', '=', topic).executeTakeFirst();
  return row && toArrangement(row);
}
export async function insertExitArrangement(trx: Trx, partnershipId: string, a: ExitArrangement): Promise<string> {
  const position = await nextPosition(trx, 'exit_arrangements', partnershipId);
  await trx.insertInto('exit_arrangements').values({ partnership_id: partnershipId, topic: a.topic, arrangement: a.arrangement, agreed_on: a.agreedOn, position }).execute();
  return a.topic;
}
export async function updateExitArrangement(trx: Trx, partnershipId: string, topic: string, a: ExitArrangement): Promise<void> {
  await trx.updateTable('exit_arrangements').set({ arrangement: a.arrangement, agreed_on: a.agreedOn }).where('partnership_id', '=', partnershipId).where('topic', '=', topic).execute();
}
export async function removeExitArrangement(trx: Trx, partnershipId: string, topic: string): Promise<void> {
  await trx.deleteFrom('exit_arrangements').where('partnership_id', '=', partnershipId).where('topic', '=', topic).execute();
}

/** for the compliance engine: the provisions of many partnerships, and the topics of their exit strategies, in two statements. */
export async function exitProvisionsOf(db: Db | Trx, ids: readonly string[]): Promise<{ provisions: Array<{ partnershipId: string } & TerminationProvision>; topics: Array<{ partnershipId: string; topic: string }> }> {
  if (!ids.length) return { provisions: [], topics: [] };
  const [provisions, topics] = await Promise.all([
    db.selectFrom('termination_provisions').select(PROVISION_COLUMNS).where('partnership_id', 'in', [...ids]).orderBy('position').execute(),
    db.selectFrom('exit_arrangements').select(['partnership_id', 'topic']).where('partnership_id', 'in', [...ids]).orderBy('position').execute(),
  ]);
  return {
    provisions: provisions.map((r) => ({ partnershipId: r.partnership_id, ...toProvision(r) })),
    topics: topics.map((r) => ({ partnershipId: r.partnership_id, topic: r.topic })),
  };
}

// a partnership's challenges of its performance and added value, each with the partner raising
// it and the person answering it named beside the ids.
import type { Db, Trx } from '../database.ts';
import type { ChallengeSubject, PerformanceChallenge, PerformanceChallengeInput } from '../../domain/performance/challenge.ts';
import { nextPosition } from './record-positions.ts';

function challenges(db: Db | Trx) {
  return db
    .selectFrom('performance_challenges as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('people as pe', 'pe.id', 'c.assignee_id')
    .select(['c.id', 'c.organisation_id', 'o.name as partner_name', 'c.raised_by', 'c.raised_on', 'c.subject', 'c.challenge', 'c.assignee_id', 'pe.name as assignee_name', 'c.response', 'c.answered_on']);
}
type ChallengeRow = Awaited<ReturnType<ReturnType<typeof challenges>['execute']>>[number];
const toChallenge = (r: ChallengeRow): PerformanceChallenge => ({
  id: r.id,
  organisationId: r.organisation_id,
  partnerName: r.partner_name,
  raisedBy: r.raised_by,
  raisedOn: r.raised_on,
  subject: r.subject as ChallengeSubject,
  challenge: r.challenge,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  response: r.response,
  answeredOn: r.answered_on,
});
const columns = (c: PerformanceChallengeInput) => ({ organisation_id: c.organisationId, raised_by: c.raisedBy, raised_on: c.raisedOn, subject: c.subject, challenge: c.challenge, assignee_id: c.assigneeId, response: c.response, answered_on: c.answeredOn });

/** In the order they were raised. */
export async function listPerformanceChallenges(db: Db | Trx, partnershipId: string): Promise<PerformanceChallenge[]> {
  return (await challenges(db).where('c.partnership_id', '=', partnershipId).orderBy('c.position').execute()).map(toChallenge);
}
export async function findPerformanceChallenge(db: Db | Trx, partnershipId: string, id: string): Promise<PerformanceChallenge | undefined> {
  const row = await challenges(db).where('c.partnership_id', '=', partnershipId).where('c.id', '=', id).executeTakeFirst();
  return row && toChallenge(row);
}
export async function insertPerformanceChallenge(trx: Trx, partnershipId: string, id: string, c: PerformanceChallengeInput): Promise<string> {
  const position = await nextPosition(trx, 'performance_challenges', partnershipId);
  await trx.insertInto('performance_challenges').values({ id, partnership_id: partnershipId, position, ...columns(c) }).execute();
  return id;
}
export async function updatePerformanceChallenge(trx: Trx, partnershipId: string, id: string, c: PerformanceChallengeInput): Promise<void> {
  await trx.updateTable('performance_challenges').set(columns(c)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removePerformanceChallenge(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('performance_challenges').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** for the compliance engine, each partnership's challenges in brief: one statement for any number. */
export async function challengesOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<Array<{ partnershipId: string; partnerName: string } & Pick<PerformanceChallengeInput, 'raisedOn' | 'answeredOn' | 'subject'>>> {
  if (!partnershipIds.length) return [];
  const rows = await db
    .selectFrom('performance_challenges as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.partnership_id', 'o.name as partner_name', 'c.raised_on', 'c.answered_on', 'c.subject'])
    .where('c.partnership_id', 'in', partnershipIds)
    .orderBy('c.partnership_id')
    .orderBy('c.position')
    .execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, partnerName: r.partner_name, raisedOn: r.raised_on, answeredOn: r.answered_on, subject: r.subject as ChallengeSubject }));
}

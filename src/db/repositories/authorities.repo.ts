// Representatives' authority (R-2.8e): what each member of a partnership's board may decide for their
// organisation, in the order the limits were added, each with the member's name.
import type { Db, Trx } from '../database.ts';
import type { Authority, AuthorityInput, AuthorityScope, AuthorityType } from '../../domain/decisions/authority.ts';
import { nextPosition } from './record-positions.ts';

function authorities(db: Db | Trx) {
  return db
    .selectFrom('delegated_authorities as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.person_id', 'p.name', 'a.decision_type', 'a.scope', 'a.limit_pence', 'a.ratifier']);
}

type Row = Awaited<ReturnType<ReturnType<typeof authorities>['execute']>>[number];

const toAuthority = (r: Row): Authority => ({
  id: r.id,
  personId: r.person_id,
  name: r.name,
  decisionType: r.decision_type as AuthorityType,
  scope: r.scope as AuthorityScope,
  limitPence: r.limit_pence === null ? null : Number(r.limit_pence),
  ratifier: r.ratifier,
});

const columnsOf = (a: AuthorityInput) => ({ person_id: a.personId, decision_type: a.decisionType, scope: a.scope, limit_pence: a.limitPence, ratifier: a.ratifier });

export async function listAuthorities(db: Db | Trx, partnershipId: string): Promise<Authority[]> {
  return (await authorities(db).where('a.partnership_id', '=', partnershipId).orderBy('a.position').execute()).map(toAuthority);
}

export async function findAuthority(db: Db | Trx, partnershipId: string, id: string): Promise<Authority | undefined> {
  const row = await authorities(db).where('a.partnership_id', '=', partnershipId).where('a.id', '=', id).executeTakeFirst();
  return row && toAuthority(row);
}

export async function insertAuthority(trx: Trx, partnershipId: string, id: string, a: AuthorityInput): Promise<string> {
  const position = await nextPosition(trx, 'delegated_authorities', partnershipId);
  await trx.insertInto('delegated_authorities').values({ id, partnership_id: partnershipId, position, ...columnsOf(a) }).execute();
  return id;
}

export async function updateAuthority(trx: Trx, partnershipId: string, id: string, a: AuthorityInput): Promise<void> {
  await trx.updateTable('delegated_authorities').set(columnsOf(a)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

export async function removeAuthority(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('delegated_authorities').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

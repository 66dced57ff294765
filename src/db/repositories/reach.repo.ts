// A limited reach's partnerships, from the register's own records (issue 10): no second list to keep in
// step. `their-organisation`: the person linked to the user's account works for an organisation (not the
// council) that is a partner in the partnership. One statement, through people_user_id and
// partnership_partners_organisation.
import { sql } from 'kysely';
import type { Reach } from '../../domain/access/roles.ts';
import { compiledOnce } from '../compiled-once.ts';
import type { Db } from '../database.ts';

const ofTheirOrganisation = compiledOnce((db: Db, userId: string) =>
  db
    .selectFrom('people as pe')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .innerJoin('partnership_partners as pp', 'pp.organisation_id', 'pe.organisation_id')
    .select('pp.partnership_id')
    .where('pe.user_id', '=', userId)
    .where('o.is_this_council', '=', sql.lit(0))
    .orderBy('pp.partnership_id'),
);

/** The ids of the partnerships a user's limited reach covers. */
export async function partnershipsInReach(db: Db, reach: Exclude<Reach, 'any'>, userId: string): Promise<string[]> {
  switch (reach) {
    case 'their-organisation':
      return (await ofTheirOrganisation(db, userId)).map((r) => r.partnership_id);
  }
}

// A limited reach's partnerships, from the register's own records (issue 10): no second list to keep in
// step. `their-organisation`: the person linked to the user's account works for an organisation (not the
// council) that is a partner in the partnership. One statement, through people_user_id and
// partnership_partners_organisation.
import { sql } from 'kysely';
import type { LimitedReach } from '../../domain/access/roles.ts';
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

// `their-partnerships`: the person linked to the user is the sponsoring officer, the accountable officer
// or a council representative; three indexed lookups from that one person, not a scan of partnerships.
const ofTheirOwn = compiledOnce((db: Db, userId: string) =>
  db
    .with('me', (qb) => qb.selectFrom('people').select('id').where('user_id', '=', userId))
    .selectFrom('partnerships as p')
    .innerJoin('me', 'me.id', 'p.sponsoring_officer_id')
    .select('p.id as partnership_id')
    .union((eb) => eb.selectFrom('partnerships as p').innerJoin('me', 'me.id', 'p.accountable_officer_id').select('p.id as partnership_id'))
    .union((eb) => eb.selectFrom('partnership_representatives as r').innerJoin('me', 'me.id', 'r.person_id').select('r.partnership_id'))
    .orderBy('partnership_id'),
);

/** The ids of the partnerships a user's limited reach covers. */
export async function partnershipsInReach(db: Db, reach: LimitedReach, userId: string): Promise<string[]> {
  switch (reach) {
    case 'their-organisation':
      return (await ofTheirOrganisation(db, userId)).map((r) => r.partnership_id);
    case 'their-partnerships':
      return (await ofTheirOwn(db, userId)).map((r) => r.partnership_id);
  }
}

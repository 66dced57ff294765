// Calendars (R-2.8g): the meetings of the partnerships a person sits on, and users' secret calendar links,
// kept as hashes only.
import type { Db, Trx } from '../database.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import { MEETING_COLUMNS, toMeeting } from './meetings.repo.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { whereInScope } from './scope.ts';

/** The meetings of every partnership in the scope on which the person holds a seat, by day, with their partnership. */
export async function meetingsOfMember(db: Db, personId: string, scope: PartnershipScope): Promise<Array<{ meeting: Meeting; partnership: { id: string; name: string; reference: string } }>> {
  const rows = await whereInScope(
    db
      .selectFrom('meetings as m')
      .innerJoin('member_seats as s', (j) => j.onRef('s.partnership_id', '=', 'm.partnership_id').on('s.person_id', '=', personId))
      .innerJoin('partnerships as p', 'p.id', 'm.partnership_id')
      .select([...MEETING_COLUMNS.map((c) => `m.${c}` as const), 'p.id as partnership_id', 'p.name', 'p.reference']),
    scope,
    'm.partnership_id',
  )
    .orderBy('m.meets_on')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ meeting: toMeeting(r), partnership: { id: r.partnership_id, name: r.name, reference: r.reference } }));
}

/** The user's link, replacing any they had. */
export async function setCalendarLink(trx: Trx, userId: string, tokenHash: string, createdAt: string): Promise<boolean> {
  const had = await trx.deleteFrom('calendar_links').where('user_id', '=', userId).executeTakeFirst();
  await trx.insertInto('calendar_links').values({ user_id: userId, token_hash: tokenHash, created_at: createdAt }).execute();
  return Number(had.numDeletedRows) > 0;
}

export async function removeCalendarLink(trx: Trx, userId: string): Promise<boolean> {
  return Number((await trx.deleteFrom('calendar_links').where('user_id', '=', userId).executeTakeFirst()).numDeletedRows) > 0;
}

/** When the user's link was made, if they have one. */
export async function calendarLinkOf(db: Db, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('calendar_links').select('created_at').where('user_id', '=', userId).executeTakeFirst())?.created_at;
}

/** The active user a link's hash belongs to. */
export async function calendarLinkOwner(db: Db, tokenHash: string): Promise<{ userId: string; role: string } | undefined> {
  const row = await db
    .selectFrom('calendar_links as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['u.id', 'u.role'])
    .where('c.token_hash', '=', tokenHash)
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return row && { userId: row.id, role: row.role };
}

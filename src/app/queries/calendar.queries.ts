// Calendars of meetings (R-2.8g) for a principal: a partnership's, read through their scope as its pages
// are; and the meetings of the partnerships they sit on, through the person their account is linked to.
import { calendarLinkOf, meetingsOfMember } from '../../db/repositories/calendar.repo.ts';
import { listMeetings } from '../../db/repositories/meetings.repo.ts';
import { findPersonByUserId } from '../../db/repositories/people.repo.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { partnershipHeader } from './partnership.queries.ts';

export type CalendarMeeting = { meeting: Meeting; partnership: { id: string; name: string; reference: string } };

export async function partnershipMeetings(deps: AppDeps, principal: Principal, partnershipId: string): Promise<{ partnership: { id: string; name: string; reference: string }; meetings: CalendarMeeting[] }> {
  const p = await partnershipHeader(deps, principal, partnershipId);
  if (!p) throw new NotFoundError('No such partnership');
  const partnership = { id: p.id, name: p.name, reference: p.reference };
  return { partnership, meetings: (await listMeetings(deps.database.db, p.id)).map((meeting) => ({ meeting, partnership })) };
}

/** The meetings of the partnerships the principal's person sits on; none for someone not in the register. */
export async function meetingsSatOnBy(deps: AppDeps, principal: Principal): Promise<CalendarMeeting[]> {
  if (!principal.userId) return [];
  const person = await findPersonByUserId(deps.database.db, principal.userId);
  return person ? meetingsOfMember(deps.database.db, person.id, partnershipScope(principal)) : [];
}

/** When the user's calendar link was made, if they have one. */
export async function calendarLinkMadeAt(deps: AppDeps, userId: string): Promise<string | undefined> {
  return calendarLinkOf(deps.database.db, userId);
}

// A partnership's meetings (R-2.8g), one row each, in date order, and who attended each seat.
import type { Db, Trx } from '../database.ts';
import type { Meeting, MeetingInput, MeetingStatus, PreviousMinutes } from '../../domain/meetings/meeting.ts';
import type { Attendance } from '../../domain/decisions/rules.ts';

type Row = {
  id: string;
  title: string;
  meets_on: string;
  starts_at: string | null;
  location: string | null;
  notice_days: number;
  notice_sent_on: string | null;
  status: string;
  minutes: string | null;
  previous_minutes: string;
};

export const MEETING_COLUMNS = ['id', 'title', 'meets_on', 'starts_at', 'location', 'notice_days', 'notice_sent_on', 'status', 'minutes', 'previous_minutes'] as const;

export const toMeeting = (r: Row): Meeting => ({
  id: r.id,
  title: r.title,
  meetsOn: r.meets_on,
  startsAt: r.starts_at,
  location: r.location,
  noticeDays: Number(r.notice_days),
  noticeSentOn: r.notice_sent_on,
  status: r.status as MeetingStatus,
  minutes: r.minutes,
  previousMinutes: r.previous_minutes as PreviousMinutes,
});

const columnsOf = (m: MeetingInput) => ({
  title: m.title,
  meets_on: m.meetsOn,
  starts_at: m.startsAt,
  location: m.location,
  notice_days: m.noticeDays,
  notice_sent_on: m.noticeSentOn,
  status: m.status,
  minutes: m.minutes,
  previous_minutes: m.previousMinutes,
});

export async function listMeetings(db: Db | Trx, partnershipId: string): Promise<Meeting[]> {
  const rows = await db.selectFrom('meetings').select(MEETING_COLUMNS).where('partnership_id', '=', partnershipId).orderBy('meets_on').orderBy('starts_at').orderBy('id').execute();
  return rows.map(toMeeting);
}

export async function findMeeting(db: Db | Trx, partnershipId: string, id: string): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').select(MEETING_COLUMNS).where('partnership_id', '=', partnershipId).where('id', '=', id).executeTakeFirst();
  return row && toMeeting(row);
}

/** The notice the partnership's latest meeting was called with: what the next one is offered first. */
export async function latestNoticeDays(db: Db | Trx, partnershipId: string): Promise<number | undefined> {
  const row = await db.selectFrom('meetings').select('notice_days').where('partnership_id', '=', partnershipId).orderBy('meets_on', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row && Number(row.notice_days);
}

export async function insertMeeting(trx: Trx, partnershipId: string, id: string, m: MeetingInput, at: string): Promise<string> {
  await trx.insertInto('meetings').values({ id, partnership_id: partnershipId, ...columnsOf(m), created_at: at, updated_at: at }).execute();
  return id;
}

export async function updateMeeting(trx: Trx, partnershipId: string, id: string, m: MeetingInput, at: string): Promise<void> {
  await trx.updateTable('meetings').set({ ...columnsOf(m), updated_at: at }).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** A meeting and all it holds: its attendance, its items, their votes and declarations. */
export async function removeMeeting(trx: Trx, partnershipId: string, id: string): Promise<void> {
  const items = trx.selectFrom('agenda_items').select('id').where('meeting_id', '=', id);
  await trx.deleteFrom('decision_notices').where('item_id', 'in', items).execute();
  await trx.deleteFrom('item_votes').where('item_id', 'in', items).execute();
  await trx.deleteFrom('item_declarations').where('item_id', 'in', items).execute();
  await trx.deleteFrom('item_ratifications').where('item_id', 'in', items).execute();
  await trx.deleteFrom('agenda_items').where('meeting_id', '=', id).execute();
  await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', id).execute();
  await trx.deleteFrom('meetings').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** Who attended each seat, by the member's person id; a seat not recorded is missing. */
export async function meetingAttendance(db: Db | Trx, meetingId: string): Promise<Map<string, Attendance>> {
  const rows = await db.selectFrom('meeting_attendance').select(['person_id', 'attendance']).where('meeting_id', '=', meetingId).execute();
  return new Map(rows.map((r) => [r.person_id, r.attendance as Attendance]));
}

export async function setMeetingAttendance(trx: Trx, meetingId: string, attendance: ReadonlyMap<string, Attendance>): Promise<void> {
  await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
  if (attendance.size) await trx.insertInto('meeting_attendance').values([...attendance].map(([person_id, a]) => ({ meeting_id: meetingId, person_id, attendance: a }))).execute();
}

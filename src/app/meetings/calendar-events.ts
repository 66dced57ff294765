// R-2.8g: a partnership's meetings as calendar events (RFC 5545), as data the export writes out (here, not in
// the domain, because a London time becomes an instant through the platform's time-zone data):
// a meeting with a start time starts at that time in London (written as UTC, so no calendar has to know
// the council's time zone); one without is an all-day event on its day. A cancelled meeting stays in the
// feed, marked cancelled, so a calendar that had it removes it. Only the meeting is in it, never its
// agenda: a confidential item must not leave Accord through a calendar.
import { addDays } from '../../domain/decisions/notice.ts';
import { MEETING_STATUS_LABELS, type Meeting } from '../../domain/meetings/meeting.ts';

export interface MeetingEvent {
  /** Stable across feeds and edits, so calendars update the event rather than add another. */
  uid: string;
  summary: string;
  /** An instant for a timed meeting; the day, yyyy-mm-dd, for an all-day one. */
  start: Date | string;
  /** For an all-day meeting, the day after (DTEND is exclusive); null for a timed one, whose length is not recorded. */
  endDay: string | null;
  location: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  description: string;
  /** The meeting's page, where the council's address (PUBLIC_URL) is known; null otherwise. */
  url: string | null;
}

const OFFSET = /GMT([+-]\d{1,2})(?::(\d{2}))?/;

/** The UTC offset of London, in minutes, at the instant `utc` (GMT 0, BST +60). */
function londonOffsetMinutes(utc: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' }).formatToParts(utc).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = OFFSET.exec(name);
  if (!m) return 0;
  const hours = Number(m[1]);
  return hours * 60 + Math.sign(hours || 1) * Number(m[2] ?? 0);
}

/**
 * The instant a London wall-clock time on a day names: "2027-03-18", "14:30" → 14:30 UTC in winter, 13:30
 * UTC in summer. Found by taking the time as UTC, then correcting by London's offset at the instant that
 * gives (once more across a change of the clocks).
 */
export function londonInstant(day: string, time: string): Date {
  const naive = Date.parse(`${day}T${time}:00Z`);
  let instant = naive - londonOffsetMinutes(new Date(naive)) * 60_000;
  instant = naive - londonOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

const STATUS: Readonly<Record<Meeting['status'], MeetingEvent['status']>> = { scheduled: 'TENTATIVE', held: 'CONFIRMED', adjourned: 'CONFIRMED', cancelled: 'CANCELLED' };

/** A meeting of `partnership` as an event; `href` is its page, absolute where the council's address is known. */
export function meetingEvent(m: Meeting, partnership: { name: string; reference: string }, href: string): MeetingEvent {
  return {
    uid: `meeting-${m.id}@accord`,
    summary: `${m.title}: ${partnership.name}`,
    start: m.startsAt ? londonInstant(m.meetsOn, m.startsAt) : m.meetsOn,
    endDay: m.startsAt ? null : addDays(m.meetsOn, 1),
    location: m.location,
    status: STATUS[m.status],
    description: `${partnership.name} (${partnership.reference}). ${MEETING_STATUS_LABELS[m.status]}. The agenda and papers: ${href}`,
    url: /^https?:\/\//.test(href) ? href : null,
  };
}

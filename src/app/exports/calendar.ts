// R-2.8g: meetings as an iCalendar (RFC 5545) file, written by ical-generator from the domain's events.
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingEvent } from '../meetings/calendar-events.ts';

const STATUS = { CONFIRMED: ICalEventStatus.CONFIRMED, TENTATIVE: ICalEventStatus.TENTATIVE, CANCELLED: ICalEventStatus.CANCELLED } as const;

export function calendarFile(name: string, events: readonly MeetingEvent[], now: Date): string {
  const calendar = ical({ name, prodId: { company: 'Accord', product: 'Partnership meetings', language: 'EN' } });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      stamp: now,
      start: e.start,
      ...(e.endDay ? { end: e.endDay, allDay: true } : {}),
      summary: e.summary,
      location: e.location,
      description: e.description,
      ...(e.url ? { url: e.url } : {}),
      status: STATUS[e.status],
    });
  }
  return calendar.toString();
}

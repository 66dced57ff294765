// R-2.8g: a partnership's meeting as data: when and where, the notice its rules ask for and when notice
// was sent, its status and minutes. Whether the notice was enough is noticeOf's (decisions/notice.ts); the
// rules a meeting's answers must keep are here.
import type { Problem } from '../register/partnership.ts';
import { noticeOf, type NoticeResult } from '../decisions/notice.ts';

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled', 'adjourned'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
  adjourned: 'Adjourned',
};

/** Whether the minutes of the meeting before were approved at this one. */
export const PREVIOUS_MINUTES = ['approved', 'not-approved', 'none'] as const;
export type PreviousMinutes = (typeof PREVIOUS_MINUTES)[number];
export const PREVIOUS_MINUTES_LABELS: Readonly<Record<PreviousMinutes, string>> = {
  approved: 'Approved as a correct record',
  'not-approved': 'Not yet approved',
  none: 'No previous meeting',
};

/**
 * The clear days of notice a meeting is checked against when the partnership has not said otherwise: the
 * five clear days the Local Government Act 1972 (s.100B) asks of a council's own committees (decision 63).
 */
export const DEFAULT_NOTICE_DAYS = 5;

/** R-2.8g: a meeting as it is scheduled or changed. */
export interface MeetingInput {
  title: string;
  meetsOn: string;
  startsAt: string | null;
  location: string | null;
  noticeDays: number;
  noticeSentOn: string | null;
  status: MeetingStatus;
  minutes: string | null;
  previousMinutes: PreviousMinutes;
}

export interface Meeting extends MeetingInput {
  id: string;
}

/** R-2.8g: the notice the meeting had, against the clear days its rules ask for. */
export const meetingNotice = (m: Pick<MeetingInput, 'meetsOn' | 'noticeDays' | 'noticeSentOn'>): NoticeResult => noticeOf(m.noticeSentOn, m.meetsOn, m.noticeDays);

/**
 * R-2.8g: what a meeting's answers must keep, on whichever are known: minutes belong to a meeting held (or
 * adjourned part-way), and notice goes before the meeting. Short notice is a warning, not a refusal: the
 * meeting may still go ahead, and its page says so with the date notice needed to be sent by.
 */
export function meetingProblems(m: Partial<MeetingInput>): Problem[] {
  const problems: Problem[] = [];
  if (m.minutes && m.status && (m.status === 'scheduled' || m.status === 'cancelled')) {
    problems.push({ field: 'minutes', message: `Minutes are recorded for a meeting that was held or adjourned: change its status, or leave the minutes blank (R-2.8g)` });
  }
  if (m.noticeSentOn && m.meetsOn && m.noticeSentOn > m.meetsOn) {
    problems.push({ field: 'noticeSentOn', message: 'The date notice was sent must be on or before the date of the meeting' });
  }
  return problems;
}

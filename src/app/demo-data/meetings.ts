// The operating examples' meetings (R-2.8g), as a clerk would record them: a board meeting held two weeks
// ago with a week's notice, everyone there but one member who sent apologies, the minutes of the last
// meeting approved, a report for information and a grant decided by a simple majority, at which a member
// with an interest in the partner it funds declared it and left the room; and the next meeting,
// in three weeks, its notice not yet sent, so its page says by when it must be.
import { addDays } from '../../domain/decisions/notice.ts';
import type { AgendaItemInput } from '../../domain/meetings/agenda-item.ts';
import { DEFAULT_NOTICE_DAYS, type MeetingInput } from '../../domain/meetings/meeting.ts';

export interface DemoMeeting {
  meeting: MeetingInput;
  items: AgendaItemInput[];
}

export function demoMeetings(today: string, concernsId: string | null): { held: DemoMeeting; next: DemoMeeting } {
  const heldOn = addDays(today, -14);
  const board = { title: 'Partnership Board', startsAt: '14:00', location: 'Committee Room 2, Civic Centre', noticeDays: DEFAULT_NOTICE_DAYS };
  return {
    held: {
      meeting: { ...board, meetsOn: heldOn, noticeSentOn: addDays(heldOn, -8), status: 'held', previousMinutes: 'approved', minutes: 'The board received the quarterly performance report.\nThe board approved the grant to the winter programme.' },
      items: [
        { title: 'Quarterly performance report', decisionType: null, keyDecision: false, confidential: false, motion: null, concernsId: null },
        { title: 'Grant to the winter programme', decisionType: 'ordinary', keyDecision: false, confidential: false, motion: 'That the board approves a grant of £12,000 to the winter programme.', concernsId },
      ],
    },
    next: {
      meeting: { ...board, meetsOn: addDays(today, 21), noticeSentOn: null, status: 'scheduled', previousMinutes: 'not-approved', minutes: null },
      items: [{ title: 'Annual review of the partnership', decisionType: 'ordinary', keyDecision: true, confidential: false, motion: 'That the board agrees the annual review.', concernsId: null }],
    },
  };
}

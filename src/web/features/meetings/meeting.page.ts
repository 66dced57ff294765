// A meeting's own page (R-2.8g), in place of the generic record page: its notice against the notice its
// rules ask for (with the date it needed to be sent by), who attended each seat, and its agenda: each
// item's quorum, declarations and outcome computed from them by the domain (R-2.8a, R-2.8b, R-2.13).
import { meetingFacts } from '../../../app/queries/meeting.queries.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { principalOf } from '../../context.ts';
import type { OwnRecordPage } from '../../records/record-pages.ts';
import { meetingView } from './meeting.view-model.ts';

export const meetingPage: OwnRecordPage = {
  view: 'meetings/show',
  async data(deps, request, p, meeting: Meeting) {
    const { seats, attendance, decided, inForce } = await meetingFacts(deps, principalOf(request), p.id, meeting);
    return meetingView(p, meeting, seats, attendance, decided, inForce);
  },
  // R-2.8g: the meetings for a calendar; a user's own calendar of the meetings they sit on is under Your account.
  listLinks: (p) => [{ text: 'Download the meetings for your calendar (.ics)', href: `/partnerships/${p.id}/meetings.ics` }],
};

// The operating examples' meetings (R-2.8g), as a clerk would record them: a board meeting held two weeks
// ago with a week's notice, everyone there but one member who sent apologies, the minutes of the last
// meeting approved, a report for information and a grant decided by a simple majority, at which a member
// with an interest in the partner it funds declared it and left the room; and the next meeting,
// in three weeks, its notice not yet sent, so its page says by when it must be. And the actions it gave
// (R-2.8d), one of them overdue, so the Compliance page shows that gap. The grant and the annual review are
// key decisions on the forward plan (R-2.8f): the grant published in good time, the review only 23 clear
// days before its meeting, so that item warns; and next year's budget is on the plan, not yet published.
import { addDays } from '../../domain/decisions/notice.ts';
import type { AgendaItemInput } from '../../domain/meetings/agenda-item.ts';
import { DEFAULT_NOTICE_DAYS, type MeetingInput } from '../../domain/meetings/meeting.ts';
import type { ActionInput } from '../../domain/actions/action.ts';
import { DEFAULT_FORWARD_PLAN_DAYS, type ForwardPlanEntryInput } from '../../domain/forward-plan/forward-plan.ts';

export interface DemoMeeting {
  meeting: MeetingInput;
  /** Each item, and which of the forward plan's entries it takes (R-2.8f), by its place in the plan. */
  items: Array<AgendaItemInput & { onPlan?: number }>;
}

/** R-2.8d: the actions the held meeting gave, as the minutes record them: one done, one under way, one overdue. */
export function demoActions(today: string, owners: ReadonlyArray<{ personId: string; organisationId: string }>, grantItemId: string | null): ActionInput[] {
  const at = (n: number) => owners[n % owners.length]!;
  return [
    { title: 'Send the grant offer letter to the winter programme', ownerId: at(0).personId, organisationId: at(0).organisationId, dueOn: addDays(today, -7), status: 'completed', completedOn: addDays(today, -9), progress: 'Sent by email and post.', itemId: grantItemId },
    { title: 'Circulate the quarterly performance report to the partners’ boards', ownerId: at(1).personId, organisationId: at(1).organisationId, dueOn: addDays(today, -2), status: 'in-progress', completedOn: null, progress: 'Two of the boards have it; the rest meet next week.', itemId: null },
    { title: 'Draft the annual review for the next meeting', ownerId: at(2).personId, organisationId: at(2).organisationId, dueOn: addDays(today, 14), status: 'open', completedOn: null, progress: null, itemId: null },
  ];
}

export function demoMeetings(today: string, concernsId: string | null): { forwardPlan: ForwardPlanEntryInput[]; held: DemoMeeting; next: DemoMeeting } {
  const heldOn = addDays(today, -14);
  const board = { title: 'Partnership Board', startsAt: '14:00', location: 'Committee Room 2, Civic Centre', noticeDays: DEFAULT_NOTICE_DAYS };
  const nextOn = addDays(today, 21);
  const plan = (title: string, decisionType: ForwardPlanEntryInput['decisionType'], implications: ForwardPlanEntryInput['implications'], plannedOn: string, publishedOn: string | null): ForwardPlanEntryInput => ({
    title,
    decisionType,
    implications,
    plannedOn,
    publishedOn,
    noticeDays: DEFAULT_FORWARD_PLAN_DAYS,
  });
  return {
    forwardPlan: [
      plan('Grant to the winter programme', 'ordinary', 'financial', heldOn, addDays(heldOn, -35)),
      plan('Annual review of the partnership', 'ordinary', 'policy', nextOn, addDays(today, -3)),
      plan('The partnership’s budget for next year', 'budget', 'policy-and-financial', addDays(today, 70), null),
    ],
    held: {
      meeting: { ...board, meetsOn: heldOn, noticeSentOn: addDays(heldOn, -8), status: 'held', previousMinutes: 'approved', minutes: 'The board received the quarterly performance report.\nThe board approved the grant to the winter programme.' },
      items: [
        { title: 'Quarterly performance report', decisionType: null, keyDecision: false, confidential: false, motion: null, concernsId: null, forwardPlanId: null, amountPence: null },
        { title: 'Grant to the winter programme', decisionType: 'ordinary', keyDecision: true, confidential: false, motion: 'That the board approves a grant of £12,000 to the winter programme.', concernsId, forwardPlanId: null, amountPence: 1_200_000, onPlan: 0 },
      ],
    },
    next: {
      meeting: { ...board, meetsOn: nextOn, noticeSentOn: null, status: 'scheduled', previousMinutes: 'not-approved', minutes: null },
      items: [{ title: 'Annual review of the partnership', decisionType: 'ordinary', keyDecision: true, confidential: false, motion: 'That the board agrees the annual review.', concernsId: null, forwardPlanId: null, amountPence: null, onPlan: 1 }],
    },
  };
}

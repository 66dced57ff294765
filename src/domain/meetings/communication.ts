// R-2.8c: a decision is communicated to the members who were not present: every seat whose member sent
// apologies, was absent or sent their substitute, for each item whose vote is recorded. Who has been told,
// when and how, and who is still to be.
import { dateInWords } from '../decisions/notice.ts';
import type { Attendance } from '../decisions/rules.ts';

export const TOLD_HOW = ['email', 'letter', 'phone', 'in-person', 'minutes'] as const;
export type ToldHow = (typeof TOLD_HOW)[number];
export const TOLD_HOW_LABELS: Readonly<Record<ToldHow, string>> = {
  email: 'By email',
  letter: 'By letter',
  phone: 'By phone',
  'in-person': 'In person',
  minutes: 'Sent the draft minutes',
};

export interface DecisionNotice {
  personId: string;
  toldOn: string;
  how: ToldHow;
}

/** The member was not there in person: apologies, absent, or their substitute sat instead. */
export const notPresent = (a: Attendance | undefined): boolean => a === 'apologies' || a === 'absent' || a === 'substitute';

export interface Communication {
  /** Everyone to be told, each with when and how once they have been. */
  members: Array<{ personId: string; name: string; told: DecisionNotice | null }>;
  outstanding: number;
  explanation: string;
  clause: 'R-2.8c';
}

/** R-2.8c: who of those not present has been told of the item's decision; nobody is due until a vote is recorded. */
export function communicationOf(
  seats: ReadonlyArray<{ personId: string; name: string }>,
  attendance: ReadonlyMap<string, Attendance>,
  notices: readonly DecisionNotice[],
  decided: boolean,
): Communication {
  const members = decided
    ? seats.filter((s) => notPresent(attendance.get(s.personId))).map((s) => ({ personId: s.personId, name: s.name, told: notices.find((n) => n.personId === s.personId) ?? null }))
    : [];
  const waiting = members.filter((m) => !m.told);
  const explanation = !decided
    ? 'No decision recorded yet, so no one is to be told (R-2.8c)'
    : !members.length
      ? 'Every member was present: no one is to be told (R-2.8c)'
      : waiting.length
        ? `Still to be told of the decision: ${waiting.map((m) => m.name).join(', ')} (R-2.8c)`
        : `Every member not present has been told of the decision: ${members.map((m) => `${m.name}, ${TOLD_HOW_LABELS[m.told!.how].toLowerCase()} on ${dateInWords(m.told!.toldOn)}`).join('; ')} (R-2.8c)`;
  return { members, outstanding: waiting.length, explanation, clause: 'R-2.8c' };
}

/** R-2.8c: what recording that members were told must keep: someone to be told, told after the meeting. */
export function noticeProblems(
  due: ReadonlyArray<{ personId: string }>,
  n: { personIds?: readonly string[]; toldOn?: string | null },
  heldOn: string,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (n.personIds) {
    if (!n.personIds.length) problems.push({ field: 'personIds', message: 'Select the members who were told' });
    else if (n.personIds.some((id) => !due.some((d) => d.personId === id))) problems.push({ field: 'personIds', message: 'Select members who were not present and are still to be told of the decision (R-2.8c)' });
  }
  if (n.toldOn && n.toldOn < heldOn) problems.push({ field: 'toldOn', message: `The date they were told must be on or after the meeting, ${dateInWords(heldOn)}` });
  return problems;
}

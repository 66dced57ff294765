// R-2.8d: an action arising from a partnership's decisions, with an owner (a person, for one of the
// partners) and a due date, tracked to completion: its rules, and when it is overdue.
import type { Problem } from '../register/partnership.ts';
import { dateInWords } from '../decisions/notice.ts';

export const ACTION_STATUSES = ['open', 'in-progress', 'completed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = { open: 'Not started', 'in-progress': 'In progress', completed: 'Completed' };

export interface ActionInput {
  title: string;
  ownerId: string;
  organisationId: string;
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  progress: string | null;
  /** The agenda item whose decision it carries out, where it arose from one; null otherwise. */
  itemId: string | null;
}

export interface Action extends ActionInput {
  id: string;
  ownerName: string;
  partnerName: string;
  /** The item it arose from, in words: "Grant to the winter programme (Partnership Board, 3 March 2027)". */
  arisingFrom: string | null;
}

/** R-2.8d: not completed, and its due day has passed (an action due today is not yet overdue). */
export const isOverdue = (a: Pick<ActionInput, 'status' | 'dueOn'>, today: string): boolean => a.status !== 'completed' && a.dueOn < today;

/** "Send the grant letter: Sam Lee (Brackenford CVS), due 3 March 2027" */
export const actionInWords = (a: Pick<Action, 'title' | 'ownerName' | 'partnerName' | 'dueOn'>): string => `${a.title}: ${a.ownerName} (${a.partnerName}), due ${dateInWords(a.dueOn)}`;

/** R-2.8d: a completed action says when it was completed, and one not completed has no completion date. */
export function actionProblems(a: Partial<ActionInput>): Problem[] {
  const problems: Problem[] = [];
  if (a.status === 'completed' && !a.completedOn) problems.push({ field: 'completedOn', message: 'Enter the date the action was completed (R-2.8d)' });
  if (a.status && a.status !== 'completed' && a.completedOn) problems.push({ field: 'completedOn', message: 'An action not yet completed has no completion date: leave it blank, or mark it completed' });
  return problems;
}

/** An agenda item as an action names it: "Grant to the winter programme (Partnership Board, 3 March 2027)". */
export const itemInWords = (item: string, meeting: string, meetsOn: string): string => `${item} (${meeting}, ${dateInWords(meetsOn)})`;

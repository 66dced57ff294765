// R-2.6.15: every partner can evaluate the partnership's added value and performance at any time, and
// challenge them through an agreed process. A challenge is recorded with the partner raising it, assigned
// to someone to answer, and answered in writing within the council's days; it stays on the record.
import { addDays, dateInWords } from '../decisions/notice.ts';

export const CHALLENGE_SUBJECTS = ['performance', 'added-value'] as const;
export type ChallengeSubject = (typeof CHALLENGE_SUBJECTS)[number];
export const CHALLENGE_SUBJECT_LABELS: Readonly<Record<ChallengeSubject, string>> = {
  performance: 'The partnership’s performance',
  'added-value': 'The value the partnership adds',
};

export interface PerformanceChallengeInput {
  /** The partner raising it. */
  organisationId: string;
  /** Who raised it, for the partner. */
  raisedBy: string;
  raisedOn: string;
  subject: ChallengeSubject;
  challenge: string;
  /** The person who answers it; null until assigned. */
  assigneeId: string | null;
  response: string | null;
  answeredOn: string | null;
}

export interface PerformanceChallenge extends PerformanceChallengeInput {
  id: string;
  partnerName: string;
  assigneeName: string | null;
}

type Problem<F extends string> = { field: F; message: string };

/** A challenge's problems of its own: an answer has its day and its words, not before it was raised. */
export function challengeProblems(v: Partial<PerformanceChallengeInput>): Array<Problem<'response' | 'answeredOn'>> {
  const problems: Array<Problem<'response' | 'answeredOn'>> = [];
  if (v.answeredOn && !v.response) problems.push({ field: 'response', message: 'Enter the answer given (R-2.6.15)' });
  if (v.response && !v.answeredOn) problems.push({ field: 'answeredOn', message: 'Enter the date it was answered (R-2.6.15)' });
  else if (v.answeredOn && v.raisedOn && v.answeredOn < v.raisedOn) problems.push({ field: 'answeredOn', message: `The answer cannot come before the challenge was raised, on ${dateInWords(v.raisedOn)} (R-2.6.15)` });
  return problems;
}

export interface ChallengeStanding {
  answered: boolean;
  /** The day an answer is due by: the council's days after it was raised. */
  dueBy: string;
  overdue: boolean;
  words: string;
  clause: 'R-2.6.15';
}

/** R-2.6.15: where a challenge stands on `today`. */
export function challengeStanding(c: Pick<PerformanceChallengeInput, 'raisedOn' | 'answeredOn'>, answerDays: number, today: string): ChallengeStanding {
  const dueBy = addDays(c.raisedOn, answerDays);
  if (c.answeredOn) return { answered: true, dueBy, overdue: false, words: `Answered on ${dateInWords(c.answeredOn)}${c.answeredOn > dueBy ? `, after its answer was due by ${dateInWords(dueBy)}` : ''} (R-2.6.15)`, clause: 'R-2.6.15' };
  const overdue = dueBy < today;
  return { answered: false, dueBy, overdue, words: overdue ? `Unanswered: an answer was due by ${dateInWords(dueBy)} (R-2.6.15)` : `Awaiting an answer, due by ${dateInWords(dueBy)} (R-2.6.15)`, clause: 'R-2.6.15' };
}

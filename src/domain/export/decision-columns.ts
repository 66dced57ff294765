// R-2.8a, R-2.6.11: the decisions register as a spreadsheet, one row per decision (an agenda item whose
// vote is recorded): the partnership, the meeting and its day, the item and its motion, the type of
// decision, whether it is a key decision and whether it is confidential, and the outcome kept when the vote
// was recorded, in the meeting page's words, with the explanation kept beside it (each sentence citing its
// clause). One list of columns serves the CSV and the XLSX, for one partnership and for the council alike.
import { OUTCOME_LABELS, type Outcome } from '../decisions/outcome.ts';
import { DECISION_TYPE_LABELS, type DecisionType } from '../decisions/rules.ts';
import { csvHeaderOf, yesNo, type Column } from './columns.ts';

/** One decision of the register, as the repository reads it. */
export interface DecisionRegisterRow {
  partnershipId: string;
  partnershipReference: string;
  partnershipName: string;
  meetingId: string;
  meetingTitle: string;
  /** The meeting's day, YYYY-MM-DD. */
  meetsOn: string;
  itemId: string;
  title: string;
  motion: string | null;
  decisionType: DecisionType | null;
  keyDecision: boolean;
  /**
   * Taken in private: shown to those who may read the partnership, marked, and never to be published
   * (the public register of issue 13 leaves these out).
   */
  confidential: boolean;
  /** The outcome as kept when the vote was recorded (OUTCOMES), whatever it was. */
  outcome: string;
  /** The outcome explained, as kept with it, each sentence citing its clause. */
  explanation: string;
  /** When the vote was recorded, in UTC. */
  decidedAt: string;
}

/** "Carried on the casting vote": the outcome as the meeting's page words it; a value it does not know, as kept. */
export function outcomeInWords(outcome: string): string {
  return OUTCOME_LABELS[outcome as Outcome] ?? outcome;
}

/** "Financial commitment"; an item for information has no type (it has no vote either). */
export function decisionTypeInWords(type: DecisionType | null): string {
  return type ? DECISION_TYPE_LABELS[type] : 'For information';
}

const text = (header: string, width: number, value: (r: DecisionRegisterRow) => string): Column<DecisionRegisterRow> => ({ header, width, kind: 'text', value });

export const DECISION_EXPORT_COLUMNS: readonly Column<DecisionRegisterRow>[] = [
  text('Partnership reference', 16, (r) => r.partnershipReference),
  text('Partnership', 36, (r) => r.partnershipName),
  { header: 'Meeting date', width: 12, kind: 'date', value: (r) => r.meetsOn },
  text('Meeting', 30, (r) => r.meetingTitle),
  text('Item', 40, (r) => r.title),
  text('Motion', 50, (r) => r.motion ?? ''),
  text('Type of decision', 22, (r) => decisionTypeInWords(r.decisionType)),
  text('Key decision', 12, (r) => yesNo(r.keyDecision)),
  text('Confidential', 12, (r) => yesNo(r.confidential)),
  text('Outcome', 26, (r) => outcomeInWords(r.outcome)),
  text('Explanation', 70, (r) => r.explanation),
  text('Vote recorded (UTC)', 22, (r) => r.decidedAt),
];

export const DECISION_EXPORT_HEADERS: readonly string[] = csvHeaderOf(DECISION_EXPORT_COLUMNS);

// App 1.7: "a partnership cannot be dissolved until the dissolution checklist is complete". The
// checklist carries out what the exit strategy agreed: notice given, surpluses shared, assets disposed of,
// liabilities settled, staff provided for, disputes resolved, the final report made, and funders,
// stakeholders and service users told. Each item is done, or an exception recorded with its reason.
import type { Status } from '../register/vocabulary.ts';

export const DISSOLUTION_ITEMS = ['notice', 'surpluses', 'assets', 'liabilities', 'staff', 'disputes', 'final-report', 'informing'] as const;
export type DissolutionItem = (typeof DISSOLUTION_ITEMS)[number];

export const DISSOLUTION_ITEM_LABELS: Readonly<Record<DissolutionItem, string>> = {
  notice: 'Notice given under the termination provisions',
  surpluses: 'Surpluses shared as agreed',
  assets: 'Assets transferred or disposed of',
  liabilities: 'Continuing financial liabilities settled or assigned',
  staff: 'Staff provided for',
  disputes: 'Disputes resolved, through mediation where needed',
  'final-report': 'Final report made',
  informing: 'Funders, stakeholders and service users informed',
};

export const DISSOLUTION_ITEM_HINTS: Readonly<Record<DissolutionItem, string>> = {
  notice: 'The notice to end the partnership was served and has run, or a shorter notice was agreed.',
  surpluses: 'Any surplus was shared between the partners under the exit strategy.',
  assets: 'What the partnership held was transferred or disposed of under the exit strategy.',
  liabilities: 'Leases, pensions, contracts and other liabilities that continue were settled, or each partner’s share assigned.',
  staff: 'Staff employed or seconded for the partnership were returned, transferred or otherwise provided for.',
  disputes: 'No dispute about the exit is outstanding; any was mediated as the exit strategy provides.',
  'final-report': 'The final report was written and went to those the exit strategy names.',
  informing: 'Funders, stakeholders and service users were told the partnership has ended.',
};

/** How an item was closed: done, or an exception (it does not apply, or cannot be done), with its reason. */
export const CHECKLIST_OUTCOMES = ['done', 'exception'] as const;
export type ChecklistOutcome = (typeof CHECKLIST_OUTCOMES)[number];
export const CHECKLIST_OUTCOME_LABELS: Readonly<Record<ChecklistOutcome, string>> = {
  done: 'Done',
  exception: 'Exception: it does not apply, or cannot be done',
};

export interface ChecklistEntry {
  item: DissolutionItem;
  outcome: ChecklistOutcome;
  /** The day it was done, or the exception agreed: yyyy-mm-dd. */
  completedOn: string;
  /** What was done (optional), or why it is an exception (required). */
  note: string | null;
}

export interface EntryProblem {
  field: 'item' | 'outcome' | 'completedOn' | 'note';
  message: string;
}

/**
 * whether an entry may be recorded, changed or removed now. The checklist is worked through once
 * the exit has started, and kept as it was once the partnership is dissolved; an exception gives its
 * reason.
 */
export function checklistEntryProblems(status: Status, entry: Partial<ChecklistEntry> | null): EntryProblem[] {
  if (status === 'dissolved') return [{ field: 'item', message: 'The partnership is dissolved: its dissolution checklist is kept as it was completed (R-2.14)' }];
  if (status !== 'exiting') return [{ field: 'item', message: 'The dissolution checklist is worked through once the exit has started: use ‘Start exit’ on the Lifecycle page first (R-2.14)' }];
  if (!entry) return [];
  return entry.outcome === 'exception' && !entry.note ? [{ field: 'note', message: 'Enter why it is an exception: an item is done, or the reason it does not apply is recorded (R-2.14)' }] : [];
}

export interface DissolutionReadiness {
  /** The items with no entry yet, in the checklist's order. */
  open: DissolutionItem[];
  done: number;
  exceptions: number;
  complete: boolean;
  clause: 'R-2.14';
}

/** what is left before the partnership may be dissolved. */
export function dissolutionReadiness(entries: ReadonlyArray<Pick<ChecklistEntry, 'item' | 'outcome'>>): DissolutionReadiness {
  const closed = new Set(entries.map((e) => e.item));
  const open = DISSOLUTION_ITEMS.filter((i) => !closed.has(i));
  return {
    open,
    done: entries.filter((e) => e.outcome === 'done').length,
    exceptions: entries.filter((e) => e.outcome === 'exception').length,
    complete: open.length === 0,
    clause: 'R-2.14',
  };
}

/** "5 of 8 items closed (4 done, 1 exception); open: staff, final report made" */
export function readinessInWords(r: DissolutionReadiness): string {
  const closed = r.done + r.exceptions;
  const of = `${closed} of ${DISSOLUTION_ITEMS.length} items closed`;
  const how = closed ? ` (${r.done} done, ${r.exceptions} ${r.exceptions === 1 ? 'exception' : 'exceptions'})` : '';
  return r.complete ? `The dissolution checklist is complete: ${r.done} done, ${r.exceptions} ${r.exceptions === 1 ? 'exception' : 'exceptions'}` : `${of}${how}; open: ${r.open.map((i) => DISSOLUTION_ITEM_LABELS[i].toLowerCase()).join('; ')}`;
}

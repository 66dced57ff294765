// The example council's dissolution checklists (R-2.14, App 1.7): the partnership it dissolved closed every
// item, the staff item by exception (no one was employed for it); the one leaving now has closed the first
// three, so the Exit page shows what is still open before it may be dissolved.
import { DISSOLUTION_ITEMS, type ChecklistEntry, type DissolutionItem } from '../../domain/exit/dissolution.ts';

const NOTES: Readonly<Record<DissolutionItem, string>> = {
  notice: 'The partners agreed to end the partnership at the year’s end; the board minuted it.',
  surpluses: 'The unspent grant was returned to the funder; nothing was left to share.',
  assets: 'The refurbished laptops left were given to the libraries.',
  liabilities: 'No lease or contract continues past the end.',
  staff: 'No one was employed or seconded for the partnership: the officer’s post was the council’s own.',
  disputes: 'None raised.',
  'final-report': 'Sent to the Cabinet Member for Resources and every partner’s board.',
  informing: 'Residents helped were written to; the funder had the final report.',
};

/** Every item closed (complete), or the first three of the checklist only. */
export function demoChecklist(completedOn: string, complete: boolean): ChecklistEntry[] {
  const items = complete ? DISSOLUTION_ITEMS : DISSOLUTION_ITEMS.slice(0, 3);
  return items.map((item) => ({ item, outcome: item === 'staff' ? 'exception' : 'done', completedOn, note: NOTES[item] }));
}

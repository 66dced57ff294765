// A partnership's dissolution checklist as a kind of record (R-2.14, App 1.7), one entry an item: done, or
// an exception with its reason. Worked through once the exit has started; dissolving is refused while any
// item is open (lifecycle guard 'dissolution-checklist-complete'), and once dissolved it is kept as it was.
import { z } from 'zod';
import { findChecklistEntry, insertChecklistEntry, listChecklistEntries, removeChecklistEntry, updateChecklistEntry } from '../../db/repositories/dissolution.repo.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import { CHECKLIST_OUTCOME_LABELS, CHECKLIST_OUTCOMES, checklistEntryProblems, DISSOLUTION_ITEM_HINTS, DISSOLUTION_ITEM_LABELS, DISSOLUTION_ITEMS, type ChecklistEntry } from '../../domain/exit/dissolution.ts';
import { isoDate, optionalText } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';

const schema = z.strictObject({
  item: z.enum(DISSOLUTION_ITEMS, { error: 'Select the item of the checklist' }),
  outcome: z.enum(CHECKLIST_OUTCOMES, { error: 'Select whether it is done or an exception' }),
  completedOn: isoDate('The date it was done').meta({ format: 'date' }),
  note: optionalText({ label: 'The note', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const dissolutionChecklist: RecordKind<ChecklistEntry, ChecklistEntry> = {
  type: 'dissolution-item',
  segment: 'dissolution-checklist',
  keyField: 'item',
  keyShape: { pattern: /^[a-z]+(?:-[a-z]+)*$/, description: `The item: ${DISSOLUTION_ITEMS.join(', ')}.`, example: 'final-report' },
  area: 'exit',
  component: 'DissolutionItem',
  names: { one: 'item of the dissolution checklist', many: 'items of the dissolution checklist', add: 'Close an item of the dissolution checklist', heading: 'Dissolution checklist' },
  clause: 'R-2.14',
  fields: {
    item: {
      label: 'Which item',
      hint: 'A partnership cannot be dissolved until every item is done or has an exception (protocol 2.14, Appendix 1.7).',
      clause: 'R-2.14',
      input: { kind: 'radios', options: choicesOf(DISSOLUTION_ITEMS, DISSOLUTION_ITEM_LABELS, DISSOLUTION_ITEM_HINTS) },
      key: true,
      list: true,
      words: (v) => DISSOLUTION_ITEM_LABELS[v as keyof typeof DISSOLUTION_ITEM_LABELS] ?? String(v),
      api: `R-2.14: ${DISSOLUTION_ITEMS.join(', ')}. Fixed once recorded.`,
      example: 'final-report',
    },
    outcome: {
      label: 'Outcome',
      clause: 'R-2.14',
      input: { kind: 'radios', options: choicesOf(CHECKLIST_OUTCOMES, CHECKLIST_OUTCOME_LABELS) },
      list: true,
      words: (v) => CHECKLIST_OUTCOME_LABELS[v as keyof typeof CHECKLIST_OUTCOME_LABELS] ?? String(v),
      api: 'R-2.14: done, or exception (it does not apply, or cannot be done: note says why).',
      example: 'done',
    },
    completedOn: { label: 'Done on', hint: 'The day it was done, or the exception agreed. For example, 31 3 2027.', clause: 'R-2.14', input: { kind: 'date', called: 'The date it was done' }, list: true, words: (v) => dateInWords(String(v)), api: 'The day it was done, or the exception agreed, yyyy-mm-dd.', example: '2027-03-31' },
    note: { label: 'Note', hint: 'What was done, or, for an exception, why it does not apply or cannot be done.', clause: 'R-2.14', input: { kind: 'text', multiline: true }, api: 'What was done; required for an exception: why. Null for none.', example: 'Sent to the Cabinet and every partner’s board.' },
  },
  schema: schema as unknown as RecordKind<ChecklistEntry, ChecklistEntry>['schema'],
  keyOf: (e) => e.item,
  title: (e) => DISSOLUTION_ITEM_LABELS[e.item] ?? e.item,
  inputOf: (e) => ({ ...e }),
  audited: (e) => ({ item: e.item, outcome: e.outcome, completedOn: e.completedOn, ...(e.note ? { note: e.note } : {}) }),
  resource: z.strictObject({
    item: z.enum(DISSOLUTION_ITEMS),
    outcome: z.enum(CHECKLIST_OUTCOMES),
    completedOn: z.string().meta({ format: 'date' }),
    note: z.string().nullable(),
  }),
  toResource: (e) => ({ ...e }),
  // only while exiting, kept once dissolved; an exception says why.
  async problems(_db, partnership, change) {
    return checklistEntryProblems(partnership.status, change.kind === 'remove' ? null : change.value);
  },
  repo: { list: listChecklistEntries, find: findChecklistEntry, insert: insertChecklistEntry, update: updateChecklistEntry, remove: removeChecklistEntry },
};

// An agenda item (R-2.8g), described once: each field's label, hint, clause, input and API meaning, and the
// schema its form and the API both parse with. The form is drawn by the record form from this description;
// its audit events and History are worded from it too.
import { z } from 'zod';
import { listForwardPlan } from '../../db/repositories/forward-plan.repo.ts';
import { organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import { DECISION_TYPE_LABELS, DECISION_TYPES } from '../../domain/decisions/rules.ts';
import type { AgendaItem, AgendaItemInput } from '../../domain/meetings/agenda-item.ts';
import { choicesOf } from '../records/record-fields.ts';
import type { FieldDescription, RecordDescription } from '../records/record-kind.ts';
import { optionalPence, optionalRecordId, optionalText, text } from '../schemas/fields.ts';

/** An item for information asks for no decision: 'none' on the form, null on the API. */
const TYPES = ['none', ...DECISION_TYPES] as const;
const TYPE_LABELS = { none: 'None: the item is for information', ...DECISION_TYPE_LABELS } as const;
const YES_NO = ['false', 'true'] as const;

const flag = (label: string) =>
  z
    .union([z.boolean(), z.enum(YES_NO)], { error: `Select whether ${label}` })
    .optional()
    .transform((v) => v === true || v === 'true');

export const AGENDA_ITEM_FIELDS: { readonly [K in keyof AgendaItemInput]: FieldDescription } = {
  title: {
    label: 'Item',
    hint: 'As it appears on the agenda, for example “Quarterly performance report”.',
    clause: 'R-2.8g',
    input: { kind: 'text' },
    list: true,
    api: 'R-2.8g: the item as the agenda words it.',
    example: 'Grant funding for the winter programme',
  },
  decisionType: {
    label: 'Type of decision',
    hint: 'The partnership’s voting rule for this type decides the motion (R-2.8a).',
    clause: 'R-2.8a',
    input: { kind: 'radios', options: choicesOf(TYPES, TYPE_LABELS) },
    list: true,
    words: (v) => (v === null || v === 'none' || v === undefined ? TYPE_LABELS.none : (DECISION_TYPE_LABELS[v as keyof typeof DECISION_TYPE_LABELS] ?? String(v))),
    api: 'R-2.8a: the type of decision the item asks for (ordinary, financial-commitment, budget, appointment, change-to-rules, admission-or-removal-of-partner, dissolution); null for an item for information.',
    example: 'financial-commitment',
  },
  keyDecision: {
    label: 'Key decision',
    hint: 'A decision with significant policy or financial implications, which should be on the forward plan (R-2.8f).',
    clause: 'R-2.8f',
    input: { kind: 'radios', options: choicesOf(YES_NO, { false: 'No', true: 'Yes' }) },
    list: true,
    words: (v) => (v === true || v === 'true' ? 'Yes' : 'No'),
    api: 'R-2.8f: whether it is a key decision.',
    example: true,
  },
  confidential: {
    label: 'Confidential',
    hint: 'Taken in private: kept out of whatever the partnership publishes.',
    clause: 'R-2.8g',
    input: { kind: 'radios', options: choicesOf(YES_NO, { false: 'No', true: 'Yes' }) },
    words: (v) => (v === true || v === 'true' ? 'Yes' : 'No'),
    api: 'R-2.8g: whether the item is taken in private.',
    example: false,
  },
  motion: {
    label: 'Motion (optional)',
    hint: 'What the members are asked to decide, for example “That the board approves a grant of £25,000”.',
    clause: 'R-2.8a',
    input: { kind: 'text', multiline: true },
    api: 'R-2.8a: the motion put to the vote; null for an item for information.',
    example: 'That the board approves a grant of £25,000 to the winter programme.',
  },
  amountPence: {
    label: 'The sum it commits (optional)',
    hint: 'For a decision committing the partners to spend or give money: in pounds, for example 25000. A sum beyond a member’s authority needs their organisation to ratify it (R-2.8e).',
    clause: 'R-2.8e',
    input: { kind: 'money', called: 'The sum it commits' },
    api: 'R-2.8e: the sum, in whole pence, the decision commits the partners to; null for none.',
    example: 2_500_000,
  },
  concernsId: {
    label: 'The partner it concerns (optional)',
    hint: 'Where the item concerns one of the partners: members with an interest in that partner are reminded to declare it (R-2.13).',
    clause: 'R-2.13',
    input: { kind: 'record', of: 'organisation', choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name })) },
    audit: 'concerns',
    api: 'R-2.13: the id of the partner the item concerns, one of the partnership’s partners; null for none.',
  },
  forwardPlanId: {
    label: 'On the forward plan as (optional)',
    hint: 'The planned decision the item takes: its notice is checked against the forward plan’s. A key decision should be on it (R-2.8f).',
    clause: 'R-2.8f',
    input: {
      kind: 'sibling',
      none: 'Not on the forward plan',
      choices: async (db, partnershipId) => (await listForwardPlan(db, partnershipId)).map((e) => ({ value: e.id, text: `${e.title} (planned for ${dateInWords(e.plannedOn)})` })),
    },
    audit: 'forwardPlan',
    api: 'R-2.8f: the id of the planned decision on the partnership’s forward plan the item takes; null for none. Only a key decision takes one.',
  },
};

export const agendaItemSchema = z.strictObject({
  title: text({ label: 'The item', missing: 'Enter the item as the agenda words it', max: 300 }),
  decisionType: z
    .union([z.enum(TYPES), z.null()], { error: 'Select the type of decision, or none for an item for information' })
    .optional()
    .transform((v) => (v === undefined || v === null || v === 'none' ? null : v)),
  keyDecision: flag('it is a key decision'),
  confidential: flag('it is confidential'),
  motion: optionalText({ label: 'The motion', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
  amountPence: optionalPence('The sum it commits'),
  concernsId: optionalRecordId('Select the partner the item concerns, or none').optional().transform((v) => v ?? null),
  forwardPlanId: optionalRecordId('Select the planned decision on the forward plan, or none').optional().transform((v) => v ?? null),
});

/** What the record form reads of an item: its fields, schema and answers. */
export const agendaItemForm: RecordDescription = {
  fields: AGENDA_ITEM_FIELDS,
  schema: agendaItemSchema,
  keyField: undefined,
  inputOf: (i: AgendaItem) => ({
    title: i.title,
    decisionType: i.decisionType ?? 'none',
    keyDecision: String(i.keyDecision),
    confidential: String(i.confidential),
    motion: i.motion,
    amountPence: i.amountPence,
    concernsId: i.concernsId,
    forwardPlanId: i.forwardPlanId,
  }),
  audited: auditedItem,
};

/** What the audit trail keeps of an item: the partner's name beside its id, the meeting it is on. */
export function auditedItem(i: AgendaItem, meeting?: string): Record<string, unknown> {
  return {
    ...(meeting ? { meeting } : {}),
    title: i.title,
    decisionType: i.decisionType,
    keyDecision: i.keyDecision,
    confidential: i.confidential,
    ...(i.motion ? { motion: i.motion } : {}),
    ...(i.amountPence !== null ? { amountPence: i.amountPence } : {}),
    ...(i.concernsName ? { concerns: i.concernsName } : {}),
    ...(i.forwardPlanTitle ? { forwardPlan: i.forwardPlanTitle } : {}),
  };
}

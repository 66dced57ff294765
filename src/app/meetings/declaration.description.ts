// An interest declared at an agenda item, described once: the member (one of the partnership's
// seats), the kind of interest, what followed, and a dispensation's grantor and end. Its form is drawn by
// the record form from this; its audit events and History are worded from it.
import { z } from 'zod';
import { allPeople } from '../../db/repositories/people.repo.ts';
import { CONSEQUENCE_LABELS, CONSEQUENCES, DECLARATION_KIND_LABELS, DECLARATION_KINDS, type Declaration } from '../../domain/meetings/declarations.ts';
import { choicesOf } from '../records/record-fields.ts';
import type { FieldDescription, RecordDescription } from '../records/record-kind.ts';
import { optionalIsoDate, optionalText, recordId } from '../schemas/fields.ts';

export type DeclarationInput = Omit<Declaration, 'name'>;

export const DECLARATION_FIELDS: { readonly [K in keyof DeclarationInput]: FieldDescription } = {
  personId: {
    label: 'Member',
    hint: 'The member declaring, one of the partnership’s seats.',
    input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name })) },
    audit: 'member',
    api: 'R-2.13: the id of the member declaring (a seat of the partnership, by its member).',
  },
  kind: {
    label: 'Kind of interest',
    clause: 'R-2.13',
    input: { kind: 'radios', options: choicesOf(DECLARATION_KINDS, DECLARATION_KIND_LABELS) },
    api: 'R-2.13: pecuniary (a disclosable pecuniary interest), prejudicial, or other.',
    example: 'prejudicial',
  },
  consequence: {
    label: 'What followed',
    hint: 'A pecuniary or prejudicial interest without a dispensation in force takes the member out of the item’s vote and quorum.',
    clause: 'R-2.13',
    input: { kind: 'radios', options: choicesOf(CONSEQUENCES, CONSEQUENCE_LABELS) },
    api: 'R-2.13: left-the-room, did-not-vote (stayed without voting), dispensation (took part under one), or took-part (an other interest only).',
    example: 'left-the-room',
  },
  dispensationBy: {
    label: 'Dispensation granted by (optional)',
    hint: 'For a dispensation only: who granted it, for example the monitoring officer.',
    clause: 'R-2.13',
    input: { kind: 'text' },
    api: 'R-2.13: who granted the dispensation; null where there is none.',
    example: null,
  },
  dispensationUntil: {
    label: 'Dispensation in force until (optional)',
    hint: 'For a dispensation only: the last day it is in force. Blank for no end date.',
    clause: 'R-2.13',
    input: { kind: 'date', called: 'The date the dispensation ends' },
    api: 'R-2.13: the last day the dispensation is in force, yyyy-mm-dd; null for none or no end.',
    example: null,
  },
};

export const declarationSchema = z.strictObject({
  personId: recordId('Select the member declaring'),
  kind: z.enum(DECLARATION_KINDS, { error: 'Select the kind of interest' }),
  consequence: z.enum(CONSEQUENCES, { error: 'Select what followed the declaration' }),
  dispensationBy: optionalText({ label: 'Who granted the dispensation', max: 200 }).optional().transform((v) => v ?? null),
  dispensationUntil: optionalIsoDate('The date the dispensation ends').transform((v) => v ?? null),
});

export function auditedDeclaration(d: Declaration, item: string): Record<string, unknown> {
  return {
    item,
    member: d.name,
    kind: d.kind,
    consequence: d.consequence,
    ...(d.dispensationBy ? { dispensationBy: d.dispensationBy } : {}),
    ...(d.dispensationUntil ? { dispensationUntil: d.dispensationUntil } : {}),
  };
}

export const declarationForm: RecordDescription = {
  fields: DECLARATION_FIELDS,
  schema: declarationSchema,
  keyField: undefined,
  inputOf: (d: Declaration) => ({ personId: d.personId, kind: d.kind, consequence: d.consequence, dispensationBy: d.dispensationBy, dispensationUntil: d.dispensationUntil }),
  audited: (d: Declaration) => auditedDeclaration(d, ''),
};

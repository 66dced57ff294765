// What an attestation and an exception are sent with (issue 9, the compliance engine): one schema each for
// the API's POST and the page's form. The rules across the fields and against today (attested today or
// before, valid until after it, an exception until a date still to come) are attestationProblems's and
// exceptionProblems's, beside the schema's, so the form and the API say every problem in one round.
import { z } from 'zod';
import { isoDate, recordId, text } from './fields.ts';

export const MAX_STATEMENT = 4000;
export const MAX_REASON = 4000;

export const attestationSchema = z.strictObject({
  statement: text({ missing: 'Enter what is attested: what is in place and where it is recorded', label: 'The statement', max: MAX_STATEMENT, multiline: true }).meta({
    description: 'What is in place and where it is recorded, in words: the evidence a later issue will hold as data.',
  }),
  attestedOn: isoDate('The date it was attested').meta({ description: 'yyyy-mm-dd: when it was attested, today or before.' }),
  validUntil: isoDate('The date it is valid until')
    .nullable()
    .optional()
    .meta({ description: 'yyyy-mm-dd: the last day it stands, after attestedOn. Null or left out: attestedOn plus the council’s attestationMonths (protocol configuration).' }),
  documentId: recordId('Select a document of this partnership, or none')
    .nullable()
    .optional()
    .meta({ description: 'A current document of this partnership that evidences it; null or left out: none.' }),
});
export type AttestationInput = z.infer<typeof attestationSchema>;

export const exceptionSchema = z.strictObject({
  reason: text({ missing: 'Enter why the partnership may operate without this requirement met', label: 'The reason', max: MAX_REASON, multiline: true }).meta({
    description: 'Why the partnership may start or go on operating despite the gap, and what is being done about it.',
  }),
  agreedByName: text({ missing: 'Enter the name of who agreed the exception', label: 'The name of who agreed it' }).meta({ description: 'Who agreed the exception: their name.' }),
  agreedByRole: text({ missing: 'Enter the role of who agreed the exception, such as Monitoring Officer', label: 'The role of who agreed it' }).meta({
    description: 'Their role, such as Monitoring Officer or Cabinet Member for Resources.',
  }),
  until: isoDate('The date the exception ends').meta({ description: 'yyyy-mm-dd: the last day it stands, after today.' }),
});
export type ExceptionInput = z.infer<typeof exceptionSchema>;

export interface FieldProblem {
  field: string;
  message: string;
}

/** yyyy-mm-dd plus `months` calendar months, held to the month's last day (31 January + 1 month: 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The attestation's dates against today and each other. */
export function attestationProblems(input: Pick<AttestationInput, 'attestedOn' | 'validUntil'>, today: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.attestedOn > today) out.push({ field: 'attestedOn', message: 'The date it was attested must be today or in the past' });
  if (input.validUntil && input.validUntil <= input.attestedOn) out.push({ field: 'validUntil', message: 'The date it is valid until must be after the date it was attested' });
  return out;
}

/** An exception ends after today: one already over would let nothing through. */
export function exceptionProblems(input: Pick<ExceptionInput, 'until'>, today: string): FieldProblem[] {
  return input.until <= today ? [{ field: 'until', message: 'The date the exception ends must be in the future' }] : [];
}

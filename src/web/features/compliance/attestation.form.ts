// The attestation form (issue 9): what is attested, when, until when (blank: the council's default length)
// and the partnership's document that evidences it, if any. Read as typed, so a refused form re-renders with
// nothing lost; parsed with the API's own schema and its date rules beside it, each problem at its field.
import { attestationProblems, attestationSchema, type AttestationInput } from '../../../app/schemas/compliance.schema.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';
import { dateError, dateFromParts, dateItems, partsOfDate } from '../../forms/date-input.ts';

export type AttestationForm = Record<string, string>;

const ORDER = ['statement', 'attestedOn-day', 'attestedOn-month', 'attestedOn-year', 'validUntil-day', 'validUntil-month', 'validUntil-year', 'documentId'];

export const readAttestationForm = (body: unknown): AttestationForm => formInput(body);

/** The form as first shown: attested today, valid for the council's default length. */
export const attestationFormOf = (today: string, validUntil: string): AttestationForm => ({ ...partsOfDate('attestedOn', today), ...partsOfDate('validUntil', validUntil) });

/** Where a problem shows: a date at its day box; a refusal of the whole (role, withdrawn, not taken) at the statement. */
export const attestationFieldOf = (field: string): string =>
  field === 'attestedOn' || field === 'validUntil' ? `${field}-day` : field === 'action' || field === '' || field === 'body' ? 'statement' : field;

export function inFormOrder(errors: FieldError[], order: readonly string[]): FieldError[] {
  const rank = (e: FieldError) => (order.includes(e.field) ? order.indexOf(e.field) : order.length);
  return errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i).sort((a, b) => rank(a) - rank(b));
}

export function parseAttestationForm(form: AttestationForm, today: string): Parsed<AttestationInput> {
  const errors: FieldError[] = [];
  const attestedOn = dateFromParts(form, 'attestedOn', 'The date it was attested', errors);
  if (attestedOn === null) errors.push({ field: 'attestedOn-day', message: 'Enter the date it was attested' });
  const validUntil = dateFromParts(form, 'validUntil', 'The date it is valid until', errors);
  const candidate = { statement: form.statement ?? '', attestedOn: attestedOn ?? '', validUntil: validUntil ?? null, documentId: form.documentId ? form.documentId : null };
  const parsed = attestationSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'statement');
      // A date whose boxes could not be read already says so.
      if ((field === 'attestedOn' && !attestedOn) || (field === 'validUntil' && validUntil === undefined)) continue;
      errors.push({ field: attestationFieldOf(field), message: issue.message });
    }
  }
  // The rules between the dates, once both read as real dates.
  const datesRead = !errors.some((e) => e.field.startsWith('attestedOn') || e.field.startsWith('validUntil'));
  if (attestedOn && datesRead) errors.push(...attestationProblems({ attestedOn, validUntil: validUntil ?? null }, today).map((p) => ({ field: attestationFieldOf(p.field), message: p.message })));
  if (!errors.length && parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: inFormOrder(errors, ORDER) };
}

/** What attest.njk shows: the boxes, the documents to choose from, what was typed and its errors. */
export function attestationFormView(form: AttestationForm, errors: readonly FieldError[], documents: ReadonlyArray<{ documentId: string; title: string }>) {
  const view = errorView(errors);
  const attestedOnError = dateError(view.errors, 'attestedOn');
  const validUntilError = dateError(view.errors, 'validUntil');
  return {
    form,
    attestedOn: { error: attestedOnError, items: dateItems(form, 'attestedOn', attestedOnError) },
    validUntil: { error: validUntilError, items: dateItems(form, 'validUntil', validUntilError) },
    documents: [{ value: '', text: 'None', selected: !form.documentId }, ...documents.map((d) => ({ value: d.documentId, text: d.title, selected: form.documentId === d.documentId }))],
    ...view,
  };
}

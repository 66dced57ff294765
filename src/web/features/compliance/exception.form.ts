// The exception form (issue 9, R-APPROVE): why the partnership may operate despite a gap in a requirement
// that gates operating, who agreed it (name and role) and until when. Read as typed; parsed with the API's
// own schema and the rule that it ends in the future, each problem at its field.
import { exceptionProblems, exceptionSchema, type ExceptionInput } from '../../../app/schemas/compliance.schema.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';
import { inFormOrder } from './attestation.form.ts';
import { dateError, dateFromParts, dateItems } from '../../forms/date-input.ts';

export type ExceptionForm = Record<string, string>;

const ORDER = ['reason', 'agreedByName', 'agreedByRole', 'until-day', 'until-month', 'until-year'];

export const readExceptionForm = (body: unknown): ExceptionForm => formInput(body);

/** Where a problem shows: the date at its day box; a refusal of the whole at the reason. */
export const exceptionFieldOf = (field: string): string => (field === 'until' ? 'until-day' : field === 'action' || field === '' || field === 'body' ? 'reason' : field);

export function parseExceptionForm(form: ExceptionForm, today: string): Parsed<ExceptionInput> {
  const errors: FieldError[] = [];
  const until = dateFromParts(form, 'until', 'The date the exception ends', errors);
  if (until === null) errors.push({ field: 'until-day', message: 'Enter the date the exception ends' });
  const parsed = exceptionSchema.safeParse({ reason: form.reason ?? '', agreedByName: form.agreedByName ?? '', agreedByRole: form.agreedByRole ?? '', until: until ?? '' });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'reason');
      if (field === 'until' && !until) continue;
      errors.push({ field: exceptionFieldOf(field), message: issue.message });
    }
  }
  if (until && !errors.some((e) => e.field.startsWith('until'))) errors.push(...exceptionProblems({ until }, today).map((p) => ({ field: exceptionFieldOf(p.field), message: p.message })));
  if (!errors.length && parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: inFormOrder(errors, ORDER) };
}

export function exceptionFormView(form: ExceptionForm, errors: readonly FieldError[]) {
  const view = errorView(errors);
  const untilError = dateError(view.errors, 'until');
  return { form, until: { error: untilError, items: dateItems(form, 'until', untilError) }, ...view };
}

// The assessment and business case's change form: textareas for its answers, yes/no radios for the bar
// (R-A1.1), read as typed so a refused form re-renders with nothing lost, and parsed with the API's own
// schema, each problem at its field.
import { assessmentSchema, type AssessmentInput } from '../../../app/schemas/business-case.schema.ts';
import { ASSESSMENT_FIELDS, ASSESSMENT_TEXT, type Assessment } from '../../../domain/business-case/assessment.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';

export type AssessmentForm = Record<string, string>;

export const NOTHING_TO_SAVE = 'Write at least one answer to save the business case (R-2.6.3)';

export const readAssessmentForm = (body: unknown): AssessmentForm => formInput(body);

export function assessmentFormOf(a: Assessment | null): AssessmentForm {
  const form: AssessmentForm = {};
  if (!a) return form;
  for (const f of ASSESSMENT_FIELDS) {
    const v = a[f];
    if (typeof v === 'boolean') form[f] = v ? 'yes' : 'no';
    else if (v !== null) form[f] = v;
  }
  return form;
}

export function parseAssessmentForm(form: AssessmentForm): Parsed<AssessmentInput> {
  const bar = form.barIdentified;
  const candidate: Record<string, unknown> = {};
  for (const f of ASSESSMENT_FIELDS) if (f !== 'barIdentified') candidate[f] = form[f] ?? '';
  // Neither ticked is not answered yet; anything but yes or no is refused at the question.
  candidate.barIdentified = bar === 'yes' ? true : bar === 'no' ? false : bar ? 'unknown' : null;
  const parsed = assessmentSchema.safeParse(candidate);
  // Sent with every written answer empty, the form would save a business case of nothing (or wipe one out
  // by mistake): an answer may be left blank while it is being written, but not all of them. The API's
  // PATCH, which keeps what it is not sent and clears only what is sent as null, has no such case.
  const blank = ASSESSMENT_FIELDS.every((f) => f === 'barIdentified' || !(form[f] ?? '').trim());
  if (blank) return { ok: false, errors: [{ field: ASSESSMENT_FIELDS[0], message: NOTHING_TO_SAVE }] };
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  const rank = (e: FieldError) => ASSESSMENT_FIELDS.indexOf(e.field as (typeof ASSESSMENT_FIELDS)[number]);
  return { ok: false, errors: errors.sort((a, b) => rank(a) - rank(b)) };
}

/** What form.njk shows: each answer described once (ASSESSMENT_TEXT), with what was typed and its error. */
export function assessmentFormView(form: AssessmentForm, errors: readonly FieldError[]) {
  const view = errorView(errors);
  return {
    fields: ASSESSMENT_FIELDS.map((f) => ({
      name: f,
      ...ASSESSMENT_TEXT[f],
      input: f === 'barIdentified' ? 'radios' : 'textarea',
      value: form[f] ?? '',
      items: f === 'barIdentified' ? [{ value: 'yes', text: 'Yes', checked: form[f] === 'yes' }, { value: 'no', text: 'No', checked: form[f] === 'no' }] : undefined,
      errorMessage: view.errors[f],
    })),
    ...view,
  };
}

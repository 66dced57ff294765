// A governance section's change form: status radios, the date the partners agreed it (a GOV.UK date
// input, read only when the status is Agreed) and its summary. Read as typed, so a refused form re-renders
// with nothing lost; parsed with the API's own schema, and the section's rules beside it, each at its field.
import { governanceSectionSchema, type GovernanceSectionInput } from '../../../app/schemas/governance.schema.ts';
import { SECTION_STATUS_LABELS, SECTION_STATUSES, type GovernanceSectionDescription } from '../../../domain/governance/catalogue.ts';
import { normaliseSection, sectionProblems, type SectionRecord } from '../../../domain/governance/section.ts';
import { dateFromParts, partsOfDate } from '../../forms/date-input.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';

export type SectionForm = Record<string, string>;

const DATE = 'agreedOn';
const DATE_LABEL = 'The date it was agreed';
const FORM_ORDER = ['status', `${DATE}-day`, `${DATE}-month`, `${DATE}-year`, 'summary'];

export const readSectionForm = (body: unknown): SectionForm => formInput(body);

/** The form as first shown: the section as kept, or nothing ticked for a section never started. */
export function sectionFormOf(s: SectionRecord | null): SectionForm {
  if (!s) return {};
  const form: SectionForm = { status: s.status, summary: s.summary ?? '' };
  return { ...form, ...partsOfDate(DATE, s.agreedOn) };
}

/** The three boxes as yyyy-mm-dd; null when all are blank; undefined (with an error) when they cannot be read. */
const dateOf = (form: SectionForm, errors: FieldError[]): string | null | undefined => dateFromParts(form, DATE, DATE_LABEL, errors);

/** Where a problem shows on the form: agreedOn → its day box; a refusal of the whole → the status. */
export const formFieldOf = (field: string): string => (field === DATE ? `${DATE}-day` : field === 'action' || field === '' ? 'status' : field);

const inFormOrder = (errors: FieldError[]) => {
  const rank = (e: FieldError) => (FORM_ORDER.includes(e.field) ? FORM_ORDER.indexOf(e.field) : FORM_ORDER.length);
  return errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i).sort((a, b) => rank(a) - rank(b));
};

export function parseSectionForm(section: GovernanceSectionDescription, form: SectionForm, today: string): Parsed<GovernanceSectionInput> {
  const errors: FieldError[] = [];
  // The date boxes are on the page whatever is ticked (no script needed): read only for an agreed section.
  const agreedOn = form.status === 'agreed' ? dateOf(form, errors) : null;
  const candidate = { status: form.status, summary: form.summary ?? '', agreedOn: agreedOn ?? null };
  const parsed = governanceSectionSchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ field: formFieldOf(String(issue.path[0] ?? 'status')), message: issue.message });
  // The section's rules beside the schema's, among what did parse (an unreadable date is not also "missing").
  if (parsed.success || !errors.some((e) => e.field === 'status')) {
    const status = parsed.success ? parsed.data.status : (form.status as GovernanceSectionInput['status']);
    const rules = sectionProblems(normaliseSection({ status, summary: form.summary ?? '', agreedOn: agreedOn ?? null }), section.clause, today)
      .filter((p) => !(p.field === DATE && agreedOn === undefined))
      .map((p) => ({ field: formFieldOf(p.field), message: p.message }));
    errors.push(...rules);
  }
  if (!errors.length && parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: inFormOrder(errors) };
}

/** What form.njk shows: the section's title, hint and clause from the catalogue, what was typed and its errors. */
export function sectionFormView(section: GovernanceSectionDescription, form: SectionForm, errors: readonly FieldError[]) {
  const view = errorView(errors);
  const dateError = view.errors[`${DATE}-day`] ?? view.errors[`${DATE}-month`] ?? view.errors[`${DATE}-year`];
  return {
    section,
    statuses: SECTION_STATUSES.map((value) => ({ value, text: SECTION_STATUS_LABELS[value], checked: form.status === value })),
    form,
    dateError,
    ...view,
  };
}

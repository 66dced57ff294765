// The upload form (R-2.7doc, R-2.7(n)): the file, its title, type, the governance section it evidences
// and the date it takes effect (a GOV.UK date input); the new version's form is the file and the date
// alone. Read as typed, so a refused form re-renders with the text kept (a browser never keeps a chosen
// file: the file field says to choose it again); parsed with the API's own schema, each problem at its field.
import type { SpoolResult, Spooled } from '../../../app/document-store.ts';
import { documentSchema, versionSchema, type DocumentInput, type VersionInput } from '../../../app/schemas/documents.schema.ts';
import { ALLOWED_FORMATS_TEXT } from '../../../domain/documents/content-signature.ts';
import { DOCUMENT_TEXT } from '../../../domain/documents/document.ts';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, GOVERNANCE_SECTIONS } from '../../../domain/governance/catalogue.ts';
import { dateFromParts } from '../../forms/date-input.ts';
import { errorView, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';

export type UploadForm = Record<string, string>;

const DATE = 'effectiveFrom';
const FORM_ORDER = ['title', 'type', 'section', `${DATE}-day`, `${DATE}-month`, `${DATE}-year`, 'file'];

export const CHOOSE_FILE = 'Select the file to upload';
export const CHOOSE_AGAIN = 'Select the file again: a form sent back with a problem does not keep the file chosen';

/** The three boxes as yyyy-mm-dd; undefined (with an error) when they cannot be read. */
function dateOf(form: UploadForm, errors: FieldError[]): string | undefined {
  const iso = dateFromParts(form, DATE, DOCUMENT_TEXT.effectiveFrom.label, errors);
  if (iso === null) errors.push({ field: `${DATE}-day`, message: 'Enter the date this version takes effect (R-2.7(n))' });
  return iso ?? undefined;
}

/** Where a problem shows: the date at its day box; a refusal of the whole (withdrawn, role) at the file. */
export const formFieldOf = (field: string): string => (field === DATE ? `${DATE}-day` : field === 'action' || field === '' ? 'file' : field);

function fileProblem(file: SpoolResult | null, others: boolean): FieldError | null {
  if (!file) return { field: 'file', message: CHOOSE_FILE };
  if (!file.ok) return { field: 'file', message: file.message };
  return others ? { field: 'file', message: CHOOSE_AGAIN } : null;
}

function collect<V>(schemaResult: { success: true; data: V } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } }, errors: FieldError[]): V | undefined {
  if (schemaResult.success) return schemaResult.data;
  for (const issue of schemaResult.error.issues) errors.push({ field: formFieldOf(String(issue.path[0] ?? 'file')), message: issue.message });
  return undefined;
}

const inFormOrder = (errors: FieldError[]) => {
  const rank = (e: FieldError) => (FORM_ORDER.includes(e.field) ? FORM_ORDER.indexOf(e.field) : FORM_ORDER.length);
  return errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i).sort((a, b) => rank(a) - rank(b));
};

function finish<V>(value: V | undefined, errors: FieldError[], file: SpoolResult | null): Parsed<V & { spooled: Spooled }> {
  const problem = fileProblem(file, errors.length > 0);
  if (problem) errors.push(problem);
  if (!errors.length && value !== undefined && file?.ok) return { ok: true, value: { ...value, spooled: file.spooled } };
  return { ok: false, errors: inFormOrder(errors) };
}

export function parseDocumentForm(form: UploadForm, file: SpoolResult | null): Parsed<DocumentInput & { spooled: Spooled }> {
  const errors: FieldError[] = [];
  const effectiveFrom = dateOf(form, errors);
  const candidate = { title: form.title ?? '', type: form.type ?? '', section: form.section ?? '', effectiveFrom: effectiveFrom ?? '2000-01-01' };
  const value = collect(documentSchema.safeParse(candidate), errors);
  return finish(value, errors, file);
}

export function parseVersionForm(form: UploadForm, file: SpoolResult | null): Parsed<VersionInput & { spooled: Spooled }> {
  const errors: FieldError[] = [];
  const effectiveFrom = dateOf(form, errors);
  const value = effectiveFrom === undefined ? undefined : collect(versionSchema.safeParse({ effectiveFrom }), errors);
  return finish(value, errors, file);
}

/** What the upload pages show: the lists from the catalogue, what was typed, and the errors. */
export function uploadFormView(form: UploadForm, errors: readonly FieldError[], maxText: string) {
  const view = errorView(errors);
  return {
    form,
    text: DOCUMENT_TEXT,
    fileHint: `A ${ALLOWED_FORMATS_TEXT} file, smaller than ${maxText}.`,
    types: [{ value: '', text: 'Select a type' }, ...DOCUMENT_TYPES.map((value) => ({ value, text: DOCUMENT_TYPE_LABELS[value], selected: form.type === value }))],
    sections: [
      { value: '', text: 'None' },
      ...GOVERNANCE_SECTIONS.map((s) => ({ value: s.key, text: `${s.title} (${s.clause})`, selected: form.section === s.key })),
    ],
    dateError: view.errors[`${DATE}-day`] ?? view.errors[`${DATE}-month`] ?? view.errors[`${DATE}-year`],
    ...view,
  };
}

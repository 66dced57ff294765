// A record's form, drawn from its kind's description: each field as its input says (radios, a select of
// the register's records, text), with its label, hint and clause; read as typed, so a refused form comes
// back with nothing lost; parsed with the kind's own schema (the API's too), each error at its field.
import type { z } from 'zod';
import type { AnyRecordKind, Choice, FieldDescription } from '../../app/records/record-kind.ts';
import { fieldsThatParse } from '../forms/every-error.ts';
import { errorView, formInput, type FieldError } from '../forms/form.ts';
import type { Parsed } from '../forms/pipeline.ts';
import { RECORD_PAGES, fieldWords } from './record-describer.ts';

/** The form as typed: one string per field. */
export type RecordForm = Record<string, string>;

/** Adding a record (every field), or changing one (its key fixed, not on the form). */
export type FormMode = { kind: 'add' } | { kind: 'change'; key: string };

/** The fields the form asks, in the description's order. */
export function formFields(kind: AnyRecordKind, mode: FormMode): string[] {
  return Object.keys(kind.fields).filter((f) => mode.kind === 'add' || !kind.fields[f]!.key);
}

/** The schema the form is parsed with: the kind's own, without its key when changing (as PATCH is). */
export function formSchema(kind: AnyRecordKind, mode: FormMode): z.ZodObject {
  return mode.kind === 'add' ? kind.schema : kind.schema.omit({ [kind.keyField]: true } as Record<string, true>);
}

export function readRecordForm(kind: AnyRecordKind, mode: FormMode, body: unknown): RecordForm {
  const typed = formInput(body);
  return Object.fromEntries(formFields(kind, mode).flatMap((f) => (typed[f] === undefined ? [] : [[f, typed[f]]])));
}

/** A record's current answers as the form shows them. */
export function recordToForm(kind: AnyRecordKind, record: unknown): RecordForm {
  const input = kind.inputOf(record) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(input).map(([f, v]) => [f, v === null || v === undefined ? '' : String(v)]));
}

export type ParsedRecordForm = Parsed<Record<string, unknown>> & { known?: Record<string, unknown> };

/**
 * The form as the kind's input, or the schema's errors (one per field, in the form's order) with the
 * answers that did parse, for the kind's rules to check beside them.
 */
export function parseRecordForm(kind: AnyRecordKind, mode: FormMode, typed: RecordForm): ParsedRecordForm {
  const schema = formSchema(kind, mode);
  const parsed = schema.safeParse(typed);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? formFields(kind, mode)[0]);
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors: inFormOrder(kind, errors), known: fieldsThatParse(schema, typed) };
}

/** Errors in the order of the fields on the page, so the summary reads down the form. */
export function inFormOrder(kind: AnyRecordKind, errors: readonly FieldError[]): FieldError[] {
  const order = Object.keys(kind.fields);
  const rank = (e: FieldError) => (order.includes(e.field) ? order.indexOf(e.field) : order.length);
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

function hintOf(f: FieldDescription): { text: string } | undefined {
  const text = [f.hint, f.clause && `(${f.clause})`].filter(Boolean).join(' ');
  return text ? { text } : undefined;
}

/** One field as form.njk draws it. */
function fieldView(name: string, f: FieldDescription, value: string, error: { text: string } | undefined, choices: readonly Choice[]) {
  const base = { name, label: f.label, hint: hintOf(f), errorMessage: error };
  switch (f.input.kind) {
    case 'radios':
      return { ...base, input: 'radios', items: f.input.options.map((o) => ({ value: o.value, text: o.text, checked: o.value === value, ...(o.hint ? { hint: { text: o.hint } } : {}) })) };
    case 'select':
    case 'record': {
      const options = f.input.kind === 'select' ? f.input.options : choices;
      const blank = f.input.kind === 'record' ? RECORD_PAGES[f.input.of].choose : `Select ${f.label.toLowerCase()}`;
      return {
        ...base,
        input: 'select',
        // A long list of the register's records becomes a type-to-search box when JavaScript runs.
        autocomplete: f.input.kind === 'record',
        items: [{ value: '', text: blank }, ...options.map((o) => ({ value: o.value, text: o.text, selected: o.value === value }))],
      };
    }
    case 'text':
      return { ...base, input: f.input.multiline ? 'textarea' : 'text', value, width: f.input.width ?? null };
  }
}

/** What form.njk shows: the fields with what was typed and their errors, and the fixed key when changing. */
export function recordFormView(
  kind: AnyRecordKind,
  mode: FormMode,
  typed: RecordForm,
  errors: readonly FieldError[],
  choices: Readonly<Partial<Record<string, readonly Choice[]>>>,
  record?: unknown,
) {
  const view = errorView(errors);
  const fixed =
    mode.kind === 'change' && record !== undefined
      ? Object.entries(kind.fields)
          .filter(([, f]) => f.key)
          .map(([name, f]) => ({ label: f.label, text: fieldWords(kind, name, kind.audited(record)[f.audit ?? name]) }))
      : [];
  return {
    fixed,
    fields: formFields(kind, mode).map((name) => fieldView(name, kind.fields[name]!, typed[name] ?? '', view.errors[name], choices[name] ?? [])),
    ...view,
  };
}

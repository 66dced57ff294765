// A record's form, drawn from its kind's description: each field as its input says (radios, a select of
// the register's records, text, a GOV.UK date input), with its label, hint and clause; read as typed, so a
// refused form comes back with nothing lost; parsed with the kind's own schema (the API's too), each error
// at its field. A date is typed in three boxes (confirmedOn-day, -month, -year) and parsed as the API's
// yyyy-mm-dd; its errors show at the box that fixes it.
import type { z } from 'zod';
import type { Choice, FieldDescription, RecordDescription as AnyRecordKind } from '../../app/records/record-kind.ts';
import { dateError, dateFromParts, dateItems, partsOfDate } from '../forms/date-input.ts';
import { fieldsThatParse } from '../forms/every-error.ts';
import { errorView, formInput, type FieldError } from '../forms/form.ts';
import type { Parsed } from '../forms/pipeline.ts';
import { RECORD_PAGES, fieldWords } from './record-describer.ts';
import { parsePounds, penceToInput } from '../../domain/register/money.ts';

/** The form as typed: one string per field (a date's three parts each under its own name). */
export type RecordForm = Record<string, string>;

const PARTS = ['day', 'month', 'year'] as const;

const isDate = (kind: AnyRecordKind, name: string): boolean => kind.fields[name]?.input.kind === 'date';

/** The names a field is typed under: a date's three boxes, or its own. */
function typedNames(kind: AnyRecordKind, name: string): string[] {
  return isDate(kind, name) ? PARTS.map((part) => `${name}-${part}`) : [name];
}

/** The field a form name belongs to: confirmedOn-month → confirmedOn. */
function fieldOfName(kind: AnyRecordKind, name: string): string {
  const part = /^(.+)-(day|month|year)$/.exec(name);
  return part && isDate(kind, part[1]!) ? part[1]! : name;
}

/** Adding a record (every field), or changing one (its key fixed, not on the form). */
export type FormMode = { kind: 'add' } | { kind: 'change'; key: string };

/** The fields the form asks, in the description's order. */
export function formFields(kind: AnyRecordKind, mode: FormMode): string[] {
  return Object.keys(kind.fields).filter((f) => (mode.kind === 'add' ? !kind.fields[f]!.later : !kind.fields[f]!.key));
}

/** The schema the form is parsed with: the kind's own, without its key when changing (as PATCH is). */
export function formSchema(kind: AnyRecordKind, mode: FormMode): z.ZodObject {
  return mode.kind === 'add' || !kind.keyField ? kind.schema : kind.schema.omit({ [kind.keyField]: true } as Record<string, true>);
}

/**
 * Where a problem at a field shows on the form: a date's at its day box (a box it names itself stays);
 * one at a field the form does not ask (the fixed key, the partnership's status) at the form's first.
 */
export function formFieldOf(kind: AnyRecordKind, mode: FormMode, field: string): string {
  const fields = formFields(kind, mode);
  const owner = fieldOfName(kind, field);
  if (!fields.includes(owner)) return typedNames(kind, fields[0]!)[0]!;
  return owner !== field ? field : typedNames(kind, field)[0]!;
}

export function readRecordForm(kind: AnyRecordKind, mode: FormMode, body: unknown): RecordForm {
  const typed = formInput(body);
  return Object.fromEntries(formFields(kind, mode).flatMap((f) => typedNames(kind, f).flatMap((n) => (typed[n] === undefined ? [] : [[n, typed[n]]]))));
}

/** A record's current answers as the form shows them (a date in its three boxes: 2026-03-03 → 3, 3, 2026). */
export function recordToForm(kind: AnyRecordKind, record: unknown): RecordForm {
  const input = kind.inputOf(record) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(input).flatMap(([f, v]): Array<[string, string]> => {
      if (kind.fields[f]?.input.kind === 'money') return [[f, typeof v === 'number' ? penceToInput(v) : '']];
      if (kind.fields[f]?.input.kind === 'confirm') return [[f, v === true ? 'yes' : '']];
      if (!isDate(kind, f)) return [[f, v === null || v === undefined ? '' : String(v)]];
      return PARTS.map((part) => [`${f}-${part}`, partsOfDate(f, typeof v === 'string' ? v : null)[`${f}-${part}`] ?? '']);
    }),
  );
}

/**
 * A date's three boxes as yyyy-mm-dd: null when all are blank, left out (undefined) when none was sent;
 * undefined with an error at the box to fix when it cannot be read. Whether it exists is the schema's.
 */
function dateOf(kind: AnyRecordKind, name: string, typed: RecordForm, errors: FieldError[]): string | null | undefined {
  if (PARTS.every((part) => typed[`${name}-${part}`] === undefined)) return undefined;
  const f = kind.fields[name]!;
  return dateFromParts(typed, name, f.input.kind === 'date' ? f.input.called : f.label, errors);
}

/** What the schema is given: the typed answers, each date as yyyy-mm-dd (one that cannot be read is left out, its error kept). */
function candidateOf(kind: AnyRecordKind, mode: FormMode, typed: RecordForm, errors: FieldError[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of formFields(kind, mode)) {
    if (isDate(kind, f)) {
      const iso = dateOf(kind, f, typed, errors);
      if (iso !== undefined) out[f] = iso;
    } else if (kind.fields[f]!.input.kind === 'money' && typed[f] !== undefined) {
      // Pounds as typed, into the API's whole pence; one that cannot be read is left out, its error kept.
      const input = kind.fields[f]!.input as { called: string };
      const money = typed[f]!.trim() === '' ? null : parsePounds(typed[f]!);
      if (money === null) out[f] = null;
      else if (money.ok) out[f] = money.pence;
      else errors.push({ field: f, message: `${input.called} must be an amount in pounds, like 25000 or 25,000.50${money.problem === 'too-many-decimals' ? ', with no more than 2 decimal places' : ''}` });
    } else if (typed[f] !== undefined) out[f] = typed[f];
  }
  return out;
}

export type ParsedRecordForm = Parsed<Record<string, unknown>> & { known?: Record<string, unknown> };

/**
 * The form as the kind's input, or the schema's errors (one per field, in the form's order) with the
 * answers that did parse, for the kind's rules to check beside them.
 */
export function parseRecordForm(kind: AnyRecordKind, mode: FormMode, typed: RecordForm): ParsedRecordForm {
  const schema = formSchema(kind, mode);
  const errors: FieldError[] = [];
  const candidate = candidateOf(kind, mode, typed, errors);
  const parsed = schema.safeParse(candidate);
  if (parsed.success && !errors.length) return { ok: true, value: parsed.data };
  const schemaErrors = parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: formFieldOf(kind, mode, String(issue.path[0] ?? '')), message: issue.message }));
  return { ok: false, errors: inFormOrder(kind, besideFormErrors(kind, errors, schemaErrors)), known: fieldsThatParse(schema, candidate) };
}

/** The first errors, then the others at fields the first have not reported (a date once, whichever box): one message per field. */
export function besideFormErrors(kind: AnyRecordKind, first: readonly FieldError[], others: readonly FieldError[]): FieldError[] {
  const taken = new Set<string>();
  return [...first, ...others].filter((e) => {
    const field = fieldOfName(kind, e.field);
    if (taken.has(field)) return false;
    taken.add(field);
    return true;
  });
}

/** Errors in the order of the fields on the page, so the summary reads down the form. */
export function inFormOrder(kind: AnyRecordKind, errors: readonly FieldError[]): FieldError[] {
  const order = Object.keys(kind.fields);
  const rank = (e: FieldError) => {
    const field = fieldOfName(kind, e.field);
    return order.includes(field) ? order.indexOf(field) : order.length;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

function hintOf(f: FieldDescription): { text: string } | undefined {
  const text = [f.hint, f.clause && `(${f.clause})`].filter(Boolean).join(' ');
  return text ? { text } : undefined;
}

/** One field as form.njk draws it. */
function fieldView(name: string, f: FieldDescription, typed: RecordForm, errors: Readonly<Record<string, { text: string }>>, choices: readonly Choice[]) {
  const value = typed[name] ?? '';
  const error = f.input.kind === 'date' ? dateError(errors, name) : errors[name];
  const base = { name, label: f.label, hint: hintOf(f), errorMessage: error };
  switch (f.input.kind) {
    case 'date':
      return { ...base, input: 'date', items: dateItems(typed, name, error).map((i) => ({ ...i, value: i.value ?? '' })) };
    case 'radios':
    case 'scale':
      return { ...base, input: 'radios', items: (f.input.kind === 'radios' ? f.input.options : choices).map((o) => ({ value: o.value, text: o.text, checked: o.value === value, ...(o.hint ? { hint: { text: o.hint } } : {}) })) };
    case 'select':
    case 'sibling':
    case 'record': {
      const options = f.input.kind === 'select' ? f.input.options : choices;
      const blank = f.input.kind === 'record' ? RECORD_PAGES[f.input.of].choose : f.input.kind === 'sibling' ? f.input.none : `Select ${f.label.toLowerCase()}`;
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
    case 'money':
      return { ...base, input: 'text', value, width: 10, prefix: { text: '£' } };
    case 'confirm':
      return { ...base, input: 'checkbox', items: [{ value: 'yes', text: f.input.text, checked: value === 'yes' }] };
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
    fields: formFields(kind, mode).map((name) => fieldView(name, kind.fields[name]!, typed, view.errors, choices[name] ?? [])),
    ...view,
  };
}

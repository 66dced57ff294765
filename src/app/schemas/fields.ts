// Field schemas with GOV.UK-style messages. Anything that is not a string (a repeated field,
// a nested object) fails with the same message as a missing answer.
import { z } from 'zod';
import { MAX_PENCE } from '../../domain/register/money.ts';

// Control characters (bar tab and newlines in long text) are refused: they only ever arrive by accident or attack.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F]/;

export function text(opts: { missing: string; label: string; max?: number; multiline?: boolean }) {
  const max = opts.max ?? 200;
  return z
    .string({ error: opts.missing })
    .trim()
    .min(1, opts.missing)
    .max(max, `${opts.label} must be ${max} characters or fewer`)
    .refine((v) => v.isWellFormed() && !(opts.multiline ? CONTROL : CONTROL_SINGLE_LINE).test(v), {
      message: `${opts.label} must not contain control characters`,
    });
}

export function email(opts: { missing: string }) {
  return z
    .string({ error: opts.missing })
    .trim()
    .min(1, opts.missing)
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.gov.uk'));
}

/** Passwords are taken exactly as typed (no trimming); the policy is checked by the use case too. */
export function password(opts: { missing: string }) {
  return z
    .string({ error: opts.missing })
    .min(1, opts.missing)
    .max(1024, 'Password must be 256 characters or fewer')
    .refine((v) => !v.includes('\u0000'), { message: 'Password must not contain control characters' });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, opts: { missing: string }) {
  return z.enum(values, { error: opts.missing });
}

/** A checkbox or yes/no radio sent as "yes" / "no". */
export function yesNo(opts: { missing: string }) {
  return z.enum(['yes', 'no'], { error: opts.missing }).transform((v) => v === 'yes');
}

/** Optional text: blank becomes null. */
export function optionalText(opts: { label: string; max?: number; multiline?: boolean }) {
  const max = opts.max ?? 200;
  return z
    .string({ error: `${opts.label} must be text` })
    .trim()
    .max(max, `${opts.label} must be ${max} characters or fewer`)
    .refine((v) => v.isWellFormed() && !(opts.multiline ? CONTROL : CONTROL_SINGLE_LINE).test(v), {
      message: `${opts.label} must not contain control characters`,
    })
    .transform((v) => (v === '' ? null : v))
    .nullable();
}

/** A calendar date as YYYY-MM-DD that exists (no 31 February). */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} must be a date like 2026-04-01` })
    // Not a date's shape: one message, not a second that it is not a real date (abort).
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label} must be a date like 2026-04-01`, abort: true })
    .refine((v) => realDate(v), { message: `${label} must be a real date` });
}

/**
 * A date that may be left out or cleared: yyyy-mm-dd that exists, or null. Left out of a body, it is left out of the value.
 * The API's description says so: a string of format date.
 */
export function optionalIsoDate(label: string) {
  return isoDate(label).meta({ format: 'date' }).nullable().optional();
}

export function realDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The id of a record; whether it exists is the use case's question. */
export function recordId(message: string) {
  return z.string({ error: message }).regex(UUID, message);
}

/** The id of a record that may be left unchosen: blank (the form's "Select…") or null is null. */
export function optionalRecordId(message: string) {
  return z
    .union([z.literal(''), z.null(), z.string({ error: message }).regex(UUID, message)], { error: message })
    .transform((v) => (v === '' ? null : v))
    .meta({ type: ['string', 'null'], format: 'uuid' });
}

/**
 * A whole number between min and max: a JSON number from the API, the digits typed on a form. Optional:
 * blank or null is null.
 */
export function wholeNumber(opts: { label: string; min: number; max: number; missing: string }) {
  const range = `${opts.label} must be a whole number from ${opts.min} to ${opts.max}`;
  return z
    .union([z.number({ error: range }), z.string({ error: range }).trim().regex(/^\d{1,9}$/, range).transform(Number)], {
      error: (issue) => (issue.input === undefined ? opts.missing : range),
    })
    .pipe(z.number().int(range).min(opts.min, range).max(opts.max, range));
}

/** An optional whole number: blank or null is null. */
export function optionalWholeNumber(opts: { label: string; min: number; max: number }) {
  const range = `${opts.label} must be a whole number from ${opts.min} to ${opts.max}`;
  return z.union([z.literal(''), z.null(), wholeNumber({ ...opts, missing: range })], { error: range }).transform((v) => (v === '' ? null : v));
}

/** Whole pence, from 0 to £10 billion, or null for none: what the API sends, and a form's pounds once read (record-form.ts). */
export function optionalPence(label: string) {
  const range = `${label} must be an amount in pounds, like 25000`;
  return z
    .union([z.null(), z.number({ error: range }).int(range).min(0, range).max(MAX_PENCE, range)], { error: range })
    .optional()
    .transform((v) => v ?? null);
}

/**
 * A number, whole or with decimals (a rate, a count, an amount in the indicator's unit): a JSON number
 * from the API, the figures typed on a form ("1,240", "62.5", "-3"); within ±1e12, at most 4 decimals.
 */
export function decimal(opts: { label: string; missing: string; min?: number; max?: number }) {
  const min = opts.min ?? -1e12;
  const max = opts.max ?? 1e12;
  const shape = `${opts.label} must be a number, like 62.5`;
  const range = `${opts.label} must be from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`;
  return z
    .union(
      [
        z.number({ error: shape }).finite(shape),
        // Digits with an optional sign and decimals, in thousands with commas or without: "1,240.5", "-3".
        z
          .string({ error: shape })
          .regex(/^\s*-?(?:\d{1,3}(?:,\d{3})+|\d{1,13})(?:\.\d{1,4})?\s*$/, shape)
          .transform((v) => Number(v.trim().replace(/,/g, ''))),
      ],
      { error: (issue) => (issue.input === undefined || issue.input === '' ? opts.missing : shape) },
    )
    .pipe(z.number().min(min, range).max(max, range));
}

/** An optional number: blank or null is null. */
export function optionalDecimal(opts: { label: string; min?: number; max?: number }) {
  const shape = `${opts.label} must be a number, like 62.5`;
  return z.union([z.literal(''), z.null(), decimal({ ...opts, missing: shape })], { error: shape }).transform((v) => (v === '' ? null : v));
}

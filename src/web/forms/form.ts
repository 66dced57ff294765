// Reading a submitted form with a schema: either the typed value, or every field's error and the
// input exactly as typed, so the page can re-render with a GOV.UK error summary and nothing lost.
import type { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

export type FormResult<T> =
  | { ok: true; value: T; input: Record<string, string> }
  | { ok: false; errors: FieldError[]; input: Record<string, string> };

/** A submitted body as flat strings; repeated or nested fields are kept as their first string. */
export function formInput(body: unknown, multi: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf' || multi.includes(key)) continue;
    const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
    out[key] = typeof first === 'string' ? first : '';
  }
  return out;
}

export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const input = formInput(body);
  const raw = body && typeof body === 'object' ? { ...(body as Record<string, unknown>) } : {};
  delete raw._csrf;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, input };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue; // one message per field, the first
    seen.add(field);
    errors.push({ field, message: issue.message });
  }
  return { ok: false, errors, input };
}

/** What the layout and the GOV.UK macros need to show errors. */
export function errorView(errors: readonly FieldError[]) {
  const byField: Record<string, { text: string }> = {};
  for (const e of errors) byField[e.field] ??= { text: e.message };
  return {
    errorList: errors.map((e) => ({ text: e.message, href: `#${e.field}` })),
    errors: byField,
  };
}

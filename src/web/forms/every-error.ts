// Every problem in one answer. The rules that need the database (a name already in the register, an
// organisation that does not exist, R-2.16's council people…) are checked on whatever fields did
// parse when the schema refuses the rest, so a user or a client is not told one round later. One
// pipeline for the pages and the API: the schema's errors first, then each rule's at a field the
// schema has not already reported (one message per field).
import type { z } from 'zod';

interface AtField {
  field: string;
  message: string;
}

/** The schema's errors, then the rules' problems at fields the schema has not already reported. */
export function besideSchemaErrors<E extends AtField>(schemaErrors: readonly E[], ruleErrors: readonly E[]): E[] {
  const taken = new Set(schemaErrors.map((e) => e.field));
  const out = [...schemaErrors];
  for (const e of ruleErrors) {
    if (taken.has(e.field)) continue;
    taken.add(e.field);
    out.push(e);
  }
  return out;
}

/**
 * The fields of an object schema whose values are valid on their own: what the rules can check
 * when the whole does not parse. A field that fails is left out; its own error says why.
 */
export function fieldsThatParse<S extends z.ZodObject>(schema: S, candidate: unknown): Partial<z.output<S>> {
  const values = candidate && typeof candidate === 'object' && !Array.isArray(candidate) ? (candidate as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!Object.hasOwn(values, key)) continue;
    const parsed = field.safeParse(values[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Partial<z.output<S>>;
}

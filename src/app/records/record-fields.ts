// What the descriptions of record kinds share: a vocabulary as choices, and ids in API responses.
import { z } from 'zod';
import type { Choice } from './record-kind.ts';

/** A vocabulary's values with their labels (and hints, where it has them), in its own order. */
export function choicesOf<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, hints?: Readonly<Record<K, string>>): Choice[] {
  return keys.map((value) => ({ value, text: labels[value], ...(hints ? { hint: hints[value] } : {}) }));
}

/** A record's id as the API sends it. */
export const idOut = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** The answers that are given, for an audit event: one not yet answered (null, blank) is left out, not kept as nothing. */
export function answeredOnly<T extends Record<string, string | null | undefined>>(answers: T): Partial<T> {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string' && v !== '')) as Partial<T>;
}

/** A scale's levels (a risk matrix's likelihood or impact) as choices, "3: Possible", lowest first. */
export const scaleChoices = (scale: readonly string[]): Choice[] => scale.map((name, i) => ({ value: String(i + 1), text: `${i + 1}: ${name}` }));

/** A level of a scale in words, as its choice reads: "3: Possible". */
export const scaleWords = (scale: readonly string[]) => (v: unknown): string => (typeof v === 'number' && scale[v - 1] ? `${v}: ${scale[v - 1]}` : String(v));

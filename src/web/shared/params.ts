// Reading the URL: record ids in the path, and list parameters read leniently (a value the page
// cannot use is ignored, so a hand-edited link still shows the list).
import { PageNotFoundError } from '../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record id from the URL; anything not shaped like one is simply not found. */
export function idParam(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new PageNotFoundError();
  return value;
}

/** The first string given for a query parameter, or ''. */
export function param(query: unknown, name: string): string {
  const all = query && typeof query === 'object' ? (query as Record<string, unknown>)[name] : undefined;
  const value = Array.isArray(all) ? all.find((v) => typeof v === 'string') : all;
  return typeof value === 'string' ? value : '';
}

/** The search text: trimmed, at most 200 characters, without control characters. */
export function searchParam(query: unknown): string {
  return param(query, 'q')
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .trim()
    .slice(0, 200)
    .toWellFormed();
}

/** The page number: a whole number from 1, else 1. */
export function pageParam(query: unknown): number {
  const page = param(query, 'page').trim();
  return /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1;
}

/** A record id given as a query parameter, or null when there is none or it is not shaped like one. */
export function idParamOrNull(query: unknown, name: string): string | null {
  const value = param(query, name).trim();
  return UUID.test(value) ? value : null;
}

/** One of the values a parameter may take, or null. */
export function choiceParam<K extends string>(query: unknown, name: string, values: readonly K[]): K | null {
  const value = param(query, name);
  return (values as readonly string[]).includes(value) ? (value as K) : null;
}

/** An audit event's sequence number given as a query parameter (?before=), or null when it is not a whole number from 1. */
export function seqParam(query: unknown, name: string): number | null {
  const value = param(query, name).trim();
  return /^\d{1,15}$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

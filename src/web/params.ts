import { PageNotFoundError } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record id from the URL; anything not shaped like one is simply not found. */
export function idParam(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new PageNotFoundError();
  return value;
}

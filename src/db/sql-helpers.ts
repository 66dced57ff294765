// Small SQL pieces that must read the same on SQLite and PostgreSQL.
import { sql, type RawBuilder } from 'kysely';

/** `%` and `_` in what someone typed are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** column LIKE '%text%' with an explicit escape character (SQLite has none by default). */
export function containsFolded(column: string, foldedText: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${`%${escapeLike(foldedText)}%`} escape '\\'`;
}

/** The upper bound of a prefix range: every string starting with `prefix` sorts below it (byte order). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

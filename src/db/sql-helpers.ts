// Small SQL pieces that must read the same on SQLite and PostgreSQL.
import { sql, type RawBuilder } from 'kysely';

/** `%` and `_` in what someone typed are literal characters, not wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** column LIKE pattern, with `\\` as the escape character (SQLite has none by default); the pattern is bound as given. */
export function likeEscaped(column: string, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** column LIKE '%text%', what was typed taken literally. */
export function containsFolded(column: string, foldedText: string): RawBuilder<boolean> {
  return likeEscaped(column, `%${escapeLike(foldedText)}%`);
}

/** The upper bound of a prefix range: every string starting with `prefix` sorts below it (byte order). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

// Search that is the same on SQLite and PostgreSQL: text is folded (case, accents) and split into
// tokens here, and the database only compares plain token strings (see docs/decisions.md).

const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, accents removed: "Gwasanaeth Cymraeg Ŵyl" → "gwasanaeth cymraeg wyl". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c] ?? c);
}

/** The distinct tokens of a text: runs of letters and digits, folded. */
export function tokens(text: string): string[] {
  const found = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(found.map((t) => t.slice(0, 64)))];
}

/** The tokens of what someone typed in a search box; each must prefix-match a token of a result. */
export function searchTerms(query: string, max = 8): string[] {
  return tokens(query).slice(0, max);
}

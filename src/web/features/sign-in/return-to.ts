/** Only a path on this site may be returned to after signing in (no open redirect). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Only printable ASCII: anything else cannot go in a Location header (and a browser never sends it raw).
  if (/[^\u0021-\u007E]/.test(value)) return '/';
  return value;
}

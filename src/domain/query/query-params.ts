// The API's list queries read strictly, the same way for every list (the compliance dashboard, the
// decisions register): a parameter given twice, a value not in its vocabulary or a page out of range is a
// problem at that parameter, so a caller gets every problem in one answer (400 problem+json).
export interface QueryError {
  field: string;
  message: string;
}

/** Comma-separated or repeated values, trimmed, empty ones dropped. */
export function listParam(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** One value, trimmed; blank is none; given more than once is a problem. */
export function single(field: string, value: unknown, errors: QueryError[]): string | undefined {
  if (value === undefined) return undefined;
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  if (values.length !== (Array.isArray(value) ? value.length : 1) || values.length > 1) {
    errors.push({ field, message: `${field} must be given once` });
    return undefined;
  }
  return values[0] || undefined;
}

/** The values of a vocabulary, each other one a problem naming the vocabulary. */
export function oneOf<T extends string>(field: string, label: string, allowed: readonly T[], value: unknown, errors: QueryError[]): T[] {
  const out: T[] = [];
  for (const v of new Set(listParam(value))) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else errors.push({ field, message: `${label} must be one of ${allowed.join(', ')}` });
  }
  return out;
}

/** page (from 1) and pageSize (1 to max), where given. */
export function paging(params: Readonly<Record<string, unknown>>, max: number, errors: QueryError[]): { page?: number; pageSize?: number } {
  const out: { page?: number; pageSize?: number } = {};
  const page = single('page', params.page, errors);
  if (page !== undefined) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) out.page = Number(page);
    else errors.push({ field: 'page', message: 'Page must be a whole number from 1' });
  }
  const size = single('pageSize', params.pageSize, errors);
  if (size !== undefined) {
    if (/^\d{1,3}$/.test(size) && Number(size) >= 1 && Number(size) <= max) out.pageSize = Number(size);
    else errors.push({ field: 'pageSize', message: `Page size must be a whole number from 1 to ${max}` });
  }
  return out;
}

// What the organisation and people lists share: reading search parameters leniently (a value the
// page cannot use is ignored, so a hand-edited link still shows the list), the result count and
// GOV.UK pagination.
import { pageNumbers } from '../partnerships/register.view-model.ts';

export const LIST_PAGE_SIZE = 25;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The first string given for a parameter, or ''. */
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

export function pageParam(query: unknown): number {
  const page = param(query, 'page').trim();
  return /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1;
}

export function idParamOrNull(query: unknown, name: string): string | null {
  const value = param(query, name).trim();
  return ID.test(value) ? value : null;
}

export function pageCount(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Counts and pagination for a list page; `href(page)` builds the link to a page. */
export function listView(page: number, total: number, href: (page: number) => string, pageSize = LIST_PAGE_SIZE) {
  const totalPages = pageCount(total, pageSize);
  return {
    total,
    page,
    first: total === 0 ? 0 : (page - 1) * pageSize + 1,
    last: Math.min(page * pageSize, total),
    pagination:
      totalPages > 1
        ? {
            previous: page > 1 ? { href: href(page - 1) } : null,
            next: page < totalPages ? { href: href(page + 1) } : null,
            items: pageNumbers(page, totalPages).map((n) => (n === 'ellipsis' ? { ellipsis: true } : { number: n, href: href(n), current: n === page })),
          }
        : null,
  };
}

/** A link to the list with these parameters, leaving out empty ones and page 1. */
export function listHref(path: string, params: Record<string, string | number | null | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    out.set(key, String(value));
  }
  const text = out.toString();
  return text ? `${path}?${text}` : path;
}

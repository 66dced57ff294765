// Paging for every list page: the page size, the count of pages, GOV.UK pagination items and the
// links to each page, and what to show for a page past the last.
export const LIST_PAGE_SIZE = 25;

export function pageCount(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * GOV.UK pagination: first, last, and the pages around the current one, with ellipses between.
 * An ellipsis stands for two pages or more: a single missing page is shown as its number.
 */
export function pageNumbers(current: number, total: number): Array<number | 'ellipsis'> {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | 'ellipsis'> = [];
  sorted.forEach((n, i) => {
    const gap = i > 0 ? n - sorted[i - 1]! : 1;
    if (gap === 2) out.push(n - 1);
    else if (gap > 2) out.push('ellipsis');
    out.push(n);
  });
  return out;
}

/** GOV.UK pagination's items for these pages; `href(page)` builds the link to a page. */
export function paginationItems(current: number, totalPages: number, href: (page: number) => string) {
  return pageNumbers(current, totalPages).map((n) => (n === 'ellipsis' ? { ellipsis: true } : { number: n, href: href(n), current: n === current }));
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
            items: paginationItems(page, totalPages, href),
          }
        : null,
  };
}

/** The page asked for; past the last page (an old link, a hand-typed number), the last page instead. */
export async function pageWithin<T>(
  page: number,
  read: (page: number) => Promise<{ items: T[]; total: number }>,
  pageSize = LIST_PAGE_SIZE,
): Promise<{ page: number; items: T[]; total: number }> {
  const result = await read(page);
  if (result.items.length > 0 || result.total === 0 || page === 1) return { page, ...result };
  const last = pageCount(result.total, pageSize);
  return { page: last, ...(await read(last)) };
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

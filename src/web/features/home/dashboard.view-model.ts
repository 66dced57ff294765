// The home page's figures, each a link to the register filtered to exactly what it counts.
import { formatPence } from '../../../domain/register/money.ts';
import { DEFAULT_QUERY, registerQueryParams, type RegisterQuery } from '../../../domain/register/register-query.ts';
import { COMMITTED_STATUSES, STATUS_LABELS, STATUSES } from '../../../domain/register/vocabulary.ts';
import type { RegisterSummary } from '../../../db/repositories/dashboard.repo.ts';

const registerHref = (filters: Partial<RegisterQuery>) => {
  const params = registerQueryParams({ ...DEFAULT_QUERY, ...filters }).toString();
  return params ? `/partnerships?${params}` : '/partnerships';
};

/** "approved, setting up, operating or exiting": the committed statuses in the page's words. */
export function committedStatusesText(): string {
  const words = COMMITTED_STATUSES.map((s) => STATUS_LABELS[s].toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

export function dashboardView(summary: RegisterSummary) {
  const committed = { status: [...COMMITTED_STATUSES] };
  return {
    total: summary.partnershipsByStatus.reduce((n, s) => n + s.count, 0),
    totalHref: registerHref({}),
    organisations: summary.organisations,
    people: summary.people,
    committedContribution: formatPence(summary.committedContributionPence),
    committedHref: registerHref(committed),
    committedStatuses: committedStatusesText(),
    // R-2.5c: committed money outside an approved budget needs its own approval.
    unbudgeted: summary.unbudgeted,
    unbudgetedHref: registerHref({ ...committed, budget: 'outside' }),
    byStatus: STATUSES.map((s) => ({
      status: s,
      label: STATUS_LABELS[s],
      count: summary.partnershipsByStatus.find((x) => x.status === s)?.count ?? 0,
      href: registerHref({ status: [s] }),
    })).filter((s) => s.count > 0),
  };
}

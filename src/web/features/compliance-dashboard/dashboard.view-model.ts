// What the council-wide compliance page shows (R-2.9): the filters in the address, the gaps by clause
// (each a link to the partnerships with that gap), the partnerships × requirement groups table with each
// partnership linked to its Compliance tab, paging, and the downloads with the same filters.
import type { Dashboard } from '../../../domain/compliance/dashboard.ts';
import { complianceQueryParams, RESULT_LABELS, RESULTS, type ComplianceQuery } from '../../../domain/compliance/dashboard-query.ts';
import { labelOf, LEGAL_FORM_LABELS, LEGAL_FORMS, STATUS_LABELS, STATUS_TAG_CLASSES, STATUSES } from '../../../domain/register/vocabulary.ts';
import { paginationItems } from '../../shared/paging.ts';

export const DASHBOARD_PATH = '/compliance';

const href = (path: string, query: ComplianceQuery, overrides: Partial<ComplianceQuery> = {}) => {
  const params = complianceQueryParams(query, overrides).toString();
  return params ? `${path}?${params}` : path;
};

/** "standard" → "Standard": a tier's key in words, until the configuration gives it a label. */
const tierText = (tier: string) => (tier ? tier.charAt(0).toUpperCase() + tier.slice(1).replace(/-/g, ' ') : 'Not set');

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function dashboardView(query: ComplianceQuery, d: Dashboard) {
  const page = (overrides: Partial<ComplianceQuery>) => href(DASHBOARD_PATH, query, overrides);
  const totalPages = Math.max(1, Math.ceil(d.total / query.pageSize));
  const outOfRange = d.total > 0 && query.page > totalPages;
  const first = d.total === 0 || outOfRange ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = outOfRange ? 0 : Math.min(query.page * query.pageSize, d.total);
  const requirementTitle = (id: string) => d.requirements.find((r) => r.requirementId === id)?.title ?? 'a requirement no partnership has';

  const selected: Array<{ text: string; href: string }> = [];
  for (const s of query.status) selected.push({ text: `Status: ${labelOf(STATUS_LABELS, s)}`, href: page({ status: query.status.filter((x) => x !== s), page: 1 }) });
  for (const f of query.legalForm) selected.push({ text: `Legal form: ${labelOf(LEGAL_FORM_LABELS, f)}`, href: page({ legalForm: query.legalForm.filter((x) => x !== f), page: 1 }) });
  for (const t of query.tier) selected.push({ text: `Tier: ${tierText(t)}`, href: page({ tier: query.tier.filter((x) => x !== t), page: 1 }) });
  if (query.requirement) selected.push({ text: `Requirement: ${query.requirement} ${requirementTitle(query.requirement)}`, href: page({ requirement: null, page: 1 }) });
  if (query.result) selected.push({ text: `Result: ${RESULT_LABELS[query.result]}`, href: page({ result: null, page: 1 }) });

  const counted = d.counted === 'gap' ? 'gaps' : d.counted === 'pass' ? 'requirements met' : 'requirements not applicable';
  const exportParams = complianceQueryParams(query, { page: 1, pageSize: 25 }).toString();
  const tiers = [...new Set([...d.tiers, ...query.tier])];

  return {
    query,
    groups: d.groups,
    counted,
    countedCaption: `Number of ${counted} per partnership and protocol section`,
    rows: d.rows.map((r) => ({
      id: r.partnership.id,
      reference: r.partnership.reference,
      name: r.partnership.name,
      href: `/partnerships/${r.partnership.id}/compliance`,
      statusLabel: labelOf(STATUS_LABELS, r.partnership.status),
      statusClass: STATUS_TAG_CLASSES[r.partnership.status],
      legalForm: labelOf(LEGAL_FORM_LABELS, r.partnership.legalForm),
      tier: tierText(r.partnership.tier),
      cells: r.counts.map((n, i) => ({ count: n, group: d.groups[i]! })),
      total: r.total,
    })),
    total: d.total,
    totalText: plural(d.total, 'partnership', 'partnerships'),
    first,
    last,
    outOfRange,
    lastPageHref: page({ page: totalPages }),
    inViewText: plural(d.inView, 'partnership', 'partnerships'),
    withGapsText: plural(d.withGaps, 'has at least one gap', 'have at least one gap'),
    gapsByClause: d.gapsByRequirement.map((g) => ({
      requirementId: g.requirementId,
      clause: g.clause,
      title: g.title,
      section: g.section,
      partnerships: g.partnerships,
      partnershipsText: plural(g.partnerships, 'partnership', 'partnerships'),
      // The drill-down: the partnerships with this gap, keeping the status, legal form and tier chosen.
      href: page({ requirement: g.requirementId, result: 'gap', page: 1 }),
    })),
    selected,
    clearHref: DASHBOARD_PATH,
    filters: {
      statuses: STATUSES.map((s) => ({ value: s, text: STATUS_LABELS[s], checked: query.status.includes(s) })),
      legalForms: LEGAL_FORMS.map((f) => ({ value: f, text: LEGAL_FORM_LABELS[f], checked: query.legalForm.includes(f) })),
      tiers: tiers.map((t) => ({ value: t, text: tierText(t), checked: query.tier.includes(t) })),
      requirements: [
        { value: '', text: 'Any requirement' },
        ...d.requirements.map((r) => ({ value: r.requirementId, text: `${r.requirementId}: ${r.title}`, selected: r.requirementId === query.requirement })),
        ...(query.requirement && !d.requirements.some((r) => r.requirementId === query.requirement) ? [{ value: query.requirement, text: query.requirement, selected: true }] : []),
      ],
      results: [{ value: '', text: 'Any (count gaps)', checked: query.result === null }, ...RESULTS.map((r) => ({ value: r, text: RESULT_LABELS[r], checked: query.result === r }))],
      open: selected.length > 0,
    },
    pagination:
      totalPages > 1 && !outOfRange
        ? {
            previous: query.page > 1 ? { href: page({ page: query.page - 1 }) } : null,
            next: query.page < totalPages ? { href: page({ page: query.page + 1 }) } : null,
            items: paginationItems(query.page, totalPages, (n) => page({ page: n })),
          }
        : null,
    exports: {
      csv: `${DASHBOARD_PATH}/export.csv${exportParams ? `?${exportParams}` : ''}`,
      xlsx: `${DASHBOARD_PATH}/export.xlsx${exportParams ? `?${exportParams}` : ''}`,
      json: `/api/v1/compliance${exportParams ? `?${exportParams}` : ''}`,
    },
  };
}

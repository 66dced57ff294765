// What the register list page shows: rows with labels, the filter panel, sorting and pagination.
import { formatPence, penceToInput } from '../../../domain/register/money.ts';
import {
  BUDGET_FILTER_LABELS,
  BUDGET_FILTERS,
  registerQueryParams,
  SORT_LABELS,
  SORTS,
  type QueryError,
  type RegisterQuery,
} from '../../../domain/register/register-query.ts';
import {
  labelOf,
  LEGAL_FORM_LABELS,
  SECTOR_LABELS,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUS_TAG_CLASSES,
  type Status,
} from '../../../domain/register/vocabulary.ts';
import type { RegisterRow } from '../../../db/repositories/register.repo.ts';
import { errorView } from '../../forms/form.ts';
import { paginationItems } from '../../shared/paging.ts';
import { formatDate } from '../../plugins/views.ts';
import type { RegisterFilterOptions, TypedFilterState } from '../../../app/queries/register-filters.queries.ts';
import { TYPED_FILTERS } from './typed-filter.params.ts';
import { VOCABULARY } from './partnership.options.ts';

const href = (query: RegisterQuery, overrides: Partial<RegisterQuery> = {}) => {
  const params = registerQueryParams(query, overrides).toString();
  return params ? `/partnerships?${params}` : '/partnerships';
};

/**
 * One line for the partners: who leads (the council, when it does) and how many others take part. The
 * full list is on the partnership's page and in the downloads; a row of every name made rows very tall.
 */
function partnersSummary(partners: RegisterRow['partners']) {
  const lead = partners.find((p) => p.role === 'lead');
  const others = partners.filter((p) => p !== lead && !p.isThisCouncil).length;
  const leadName = lead ? (lead.isThisCouncil ? 'The council' : lead.name) : null;
  const partnersWord = (n: number) => (n === 1 ? 'partner' : 'partners');
  if (!leadName) return { lead: null, otherPartners: `${others} ${partnersWord(others)}` };
  return { lead: leadName, otherPartners: others ? `and ${others} other ${partnersWord(others)}` : null };
}

/** The first value typed for a URL parameter, as typed (to put back in its field). */
const typedValue = (value: unknown) => (Array.isArray(value) ? value : [value]).find((v): v is string => typeof v === 'string') ?? '';

/**
 * The parameters the page shows as an error at the field rather than ignoring: an amount someone typed
 * that cannot be read would otherwise vanish and the list would look filtered when it is not.
 * The other parameters come from choices the page offers, so a bad one is an old or hand-edited link.
 */
const TYPED_FIELDS = ['minContribution', TYPED_FILTERS.partner.param, TYPED_FILTERS.sponsor.param] as const;

export function registerListView(
  query: RegisterQuery,
  result: { items: RegisterRow[]; total: number },
  options: RegisterFilterOptions,
  parsed: { errors: readonly QueryError[]; params: Record<string, unknown> } = { errors: [], params: {} },
  typed: { partner: TypedFilterState; sponsor: TypedFilterState } = { partner: { kind: 'unset' }, sponsor: { kind: 'unset' } },
) {
  const fieldErrors = parsed.errors.filter((e) => (TYPED_FIELDS as readonly string[]).includes(e.field));
  // What was typed and matched no one, or several: said at the field, with the several to choose from.
  for (const which of ['partner', 'sponsor'] as const) {
    const state = typed[which];
    if (state.kind === 'none-match' || state.kind === 'several-match') fieldErrors.push({ field: TYPED_FILTERS[which].param, message: state.message });
  }
  const totalPages = Math.max(1, Math.ceil(result.total / query.pageSize));
  // A page past the end (an old link, a hand-edited one) shows an empty state, not a broken count.
  const outOfRange = result.total > 0 && query.page > totalPages;
  const first = result.total === 0 || outOfRange ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = outOfRange ? 0 : Math.min(query.page * query.pageSize, result.total);
  const filtered = query.q !== '' || foldedFilterInUse(query);
  const exportParams = registerQueryParams(query, { page: 1, pageSize: 25 }).toString();

  const rows = result.items.map((r) => ({
    id: r.id,
    reference: r.reference,
    name: r.name,
    statusLabel: labelOf(STATUS_LABELS, r.status),
    statusClass: STATUS_TAG_CLASSES[r.status],
    legalForm: labelOf(LEGAL_FORM_LABELS, r.legalForm),
    contribution: r.councilContributionPence === null ? 'Not recorded' : formatPence(r.councilContributionPence),
    startDate: r.startDate ? formatDate(r.startDate) : null,
    sponsor: r.sponsoringOfficerName,
    ...partnersSummary(r.partners),
  }));

  // What is filtered, each with a link that removes it.
  const selected: Array<{ text: string; href: string }> = [];
  if (query.q) selected.push({ text: `Search: ${query.q}`, href: href(query, { q: '', page: 1 }) });
  for (const s of query.status) selected.push({ text: `Status: ${labelOf(STATUS_LABELS, s)}`, href: href(query, { status: query.status.filter((x) => x !== s), page: 1 }) });
  for (const f of query.legalForm) selected.push({ text: `Legal form: ${labelOf(LEGAL_FORM_LABELS, f)}`, href: href(query, { legalForm: query.legalForm.filter((x) => x !== f), page: 1 }) });
  if (query.sector) selected.push({ text: `Partner sector: ${labelOf(SECTOR_LABELS, query.sector)}`, href: href(query, { sector: null, page: 1 }) });
  const partnerName = chosenName(typed.partner);
  const sponsorName = chosenName(typed.sponsor);
  if (query.organisation) selected.push({ text: `Partner: ${partnerName ?? 'unknown organisation'}`, href: href(query, { organisation: null, page: 1 }) });
  if (query.sponsor) selected.push({ text: `Sponsoring officer: ${sponsorName ?? 'unknown person'}`, href: href(query, { sponsor: null, page: 1 }) });
  if (query.priority) {
    const title = options.priorities.find((p) => p.id === query.priority)?.title ?? 'unknown priority';
    selected.push({ text: `Priority: ${title}`, href: href(query, { priority: null, page: 1 }) });
  }
  if (query.minContributionPence !== null) {
    selected.push({ text: `Contribution at least ${formatPence(query.minContributionPence)}`, href: href(query, { minContributionPence: null, page: 1 }) });
  }
  if (query.budget) selected.push({ text: BUDGET_FILTER_LABELS[query.budget], href: href(query, { budget: null, page: 1 }) });

  return {
    query,
    rows,
    total: result.total,
    first,
    last,
    filtered,
    outOfRange,
    lastPageHref: href(query, { page: totalPages }),
    selected,
    // Clears the search and every filter; the chosen order stays.
    clearHref: href({ ...query, q: '', status: [], legalForm: [], sector: null, organisation: null, sponsor: null, priority: null, minContributionPence: null, budget: null, page: 1 }),
    filters: {
      // R-APPROVE: each status says what it means where it is chosen.
      statuses: VOCABULARY.statuses.map((s) => ({ ...s, hint: { text: STATUS_DEFINITIONS[s.value as Status] }, checked: query.status.includes(s.value) })),
      legalForms: VOCABULARY.legalForms.map((s) => ({ value: s.value, text: s.text, checked: query.legalForm.includes(s.value) })),
      sectors: [{ value: '', text: 'Any sector' }, ...VOCABULARY.sectors.map((s) => ({ ...s, selected: s.value === query.sector }))],
      partner: typedFilterView(typed.partner, parsed.params[TYPED_FILTERS.partner.param], (id) => href(query, { organisation: id, page: 1 })),
      sponsor: typedFilterView(typed.sponsor, parsed.params[TYPED_FILTERS.sponsor.param], (id) => href(query, { sponsor: id, page: 1 })),
      priorities: [{ value: '', text: 'Any priority' }, ...options.priorities.map((p) => ({ value: p.id, text: p.title, selected: p.id === query.priority }))],
      minContribution: fieldErrors.some((e) => e.field === 'minContribution') ? typedValue(parsed.params.minContribution) : penceToInput(query.minContributionPence),
      budgets: [
        { value: '', text: 'Any', checked: query.budget === null },
        ...BUDGET_FILTERS.map((b) => ({ value: b, text: BUDGET_FILTER_LABELS[b], checked: query.budget === b })),
      ],
      // The filters start folded away, unless one of them is in use or needs correcting.
      open:
        fieldErrors.length > 0 || foldedFilterInUse(query),
    },
    ...errorView(fieldErrors),
    sorts: SORTS.map((s) => ({ value: s, text: SORT_LABELS[s], selected: s === query.sort })),
    orders: [
      { value: 'asc', text: 'Ascending (A to Z, lowest first)', selected: query.order === 'asc' },
      { value: 'desc', text: 'Descending (Z to A, highest first)', selected: query.order === 'desc' },
    ],
    pagination:
      totalPages > 1 && !outOfRange
        ? {
            previous: query.page > 1 ? { href: href(query, { page: query.page - 1 }) } : null,
            next: query.page < totalPages ? { href: href(query, { page: query.page + 1 }) } : null,
            items: paginationItems(query.page, totalPages, (n) => href(query, { page: n })),
          }
        : null,
    exports: {
      csv: `/partnerships/export.csv${exportParams ? `?${exportParams}` : ''}`,
      xlsx: `/partnerships/export.xlsx${exportParams ? `?${exportParams}` : ''}`,
      json: `/api/v1/partnerships${exportParams ? `?${exportParams}` : ''}`,
    },
  };
}

/** The name a typed filter has settled on: what was typed resolved to, or the one a link's id names. */
function chosenName(state: TypedFilterState): string | null {
  return state.kind === 'chosen' ? state.chosen.name : state.kind === 'id' ? (state.chosen?.name ?? null) : null;
}

/** A typed filter's box: its value, and when what was typed matched several, each a link choosing it (the rest of the search kept). */
function typedFilterView(state: TypedFilterState, typedParam: unknown, choose: (id: string) => string) {
  const unresolved = state.kind === 'none-match' || state.kind === 'several-match';
  return {
    value: chosenName(state) ?? (unresolved ? state.typed : typedValue(typedParam)),
    choices: state.kind === 'several-match' ? state.candidates.map((c) => ({ text: c.name, href: choose(c.id) })) : [],
    more: state.kind === 'several-match' && state.more,
  };
}

/** Whether a filter beside the search (those folded away on the page) narrows the list. */
function foldedFilterInUse(query: RegisterQuery): boolean {
  return (
    query.status.length > 0 ||
    query.legalForm.length > 0 ||
    query.sector !== null ||
    query.organisation !== null ||
    query.sponsor !== null ||
    query.priority !== null ||
    query.minContributionPence !== null ||
    query.budget !== null
  );
}

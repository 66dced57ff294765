// What the decisions register shows (R-2.8a), for one partnership and across the council: every decision,
// newest meeting first, its meeting's day linked to the meeting, its item linked to the item's page, the
// type of decision, key decision, confidential, and the outcome kept when the vote was recorded in the
// meeting page's words with its explanation; a GOV.UK summary of how many; the filters in the address, each
// chosen one with a link that removes it; paging; and the downloads and the API with the same filters.
import type { DecisionCounts, DecisionRegisterRow, DecisionsQuery } from '../../../app/queries/decisions-register.queries.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { isCarried, isLost, OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../../domain/decisions/outcome.ts';
import { DECISION_TYPE_LABELS, DECISION_TYPES } from '../../../domain/decisions/rules.ts';
import { decisionTypeInWords, outcomeInWords } from '../../../domain/export/decision-columns.ts';
import { errorView, type FieldError } from '../../forms/form.ts';
import { paginationItems } from '../../shared/paging.ts';
import { OUTCOME_TAGS } from '../decision-making/decision-making.view-model.ts';
import { itemHref } from '../meetings/meeting.view-model.ts';
import { decisionsParams, type DayInput } from './decisions-register.params.ts';

export const COUNCIL_DECISIONS_PATH = '/decisions';
export const partnershipDecisionsPath = (id: string) => `/partnerships/${id}/decisions`;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export interface DecisionsViewInput {
  query: DecisionsQuery;
  days: DayInput;
  errors: readonly FieldError[];
  result: { items: readonly DecisionRegisterRow[]; counts: DecisionCounts };
  /** Across the council: the partnerships to choose from. Null on one partnership's register. */
  partnerships: ReadonlyArray<{ id: string; reference: string; name: string }> | null;
  /** The register's own address: /decisions or /partnerships/:id/decisions. */
  path: string;
  /** The API's address for the same list. */
  apiPath: string;
}

export function decisionsView({ query, days, errors, result, partnerships, path, apiPath }: DecisionsViewInput) {
  const councilWide = partnerships !== null;
  const params = (overrides: Partial<DecisionsQuery> = {}) => decisionsParams(query, overrides, councilWide).toString();
  const href = (overrides: Partial<DecisionsQuery> = {}) => {
    const p = params(overrides);
    return p ? `${path}?${p}` : path;
  };
  const { counts } = result;
  const totalPages = Math.max(1, Math.ceil(counts.total / query.pageSize));
  const outOfRange = counts.total > 0 && query.page > totalPages;
  const first = counts.total === 0 || outOfRange ? 0 : (query.page - 1) * query.pageSize + 1;
  const last = outOfRange ? 0 : Math.min(query.page * query.pageSize, counts.total);

  const chosenPartnership = councilWide && query.partnershipId ? partnerships.find((p) => p.id === query.partnershipId) : undefined;
  const selected: Array<{ text: string; href: string }> = [];
  if (query.q) selected.push({ text: `Search: ${query.q}`, href: href({ q: '', page: 1 }) });
  if (councilWide && query.partnershipId) selected.push({ text: `Partnership: ${chosenPartnership ? `${chosenPartnership.reference} ${chosenPartnership.name}` : 'one with no decisions you can see'}`, href: href({ partnershipId: null, page: 1 }) });
  for (const t of query.types) selected.push({ text: `Type: ${DECISION_TYPE_LABELS[t]}`, href: href({ types: query.types.filter((x) => x !== t), page: 1 }) });
  for (const o of query.outcomes) selected.push({ text: `Outcome: ${outcomeInWords(o)}`, href: href({ outcomes: query.outcomes.filter((x) => x !== o), page: 1 }) });
  if (query.keyDecision !== null) selected.push({ text: query.keyDecision ? 'Key decisions only' : 'Not key decisions', href: href({ keyDecision: null, page: 1 }) });
  if (query.from) selected.push({ text: `Meetings from ${dateInWords(query.from)}`, href: href({ from: null, page: 1 }) });
  if (query.to) selected.push({ text: `Meetings to ${dateInWords(query.to)}`, href: href({ to: null, page: 1 }) });

  // The summary of the count: of the decisions the filters pick, how many carried, were lost or did not stand.
  const outcomes = Object.entries(counts.byOutcome) as Array<[string, number]>;
  const sum = (pick: (o: Outcome) => boolean) => outcomes.filter(([o]) => (OUTCOMES as readonly string[]).includes(o) && pick(o as Outcome)).reduce((n, [, c]) => n + c, 0);
  const carried = sum(isCarried);
  const lost = sum(isLost);
  const neither = counts.total - carried - lost;
  const summaryRows = [
    { key: { text: 'Decisions' }, value: { text: counts.total.toLocaleString('en-GB') } },
    { key: { text: 'Carried' }, value: { text: carried.toLocaleString('en-GB') } },
    { key: { text: 'Lost' }, value: { text: lost.toLocaleString('en-GB') } },
    { key: { text: 'Invalid or undecided' }, value: { text: neither.toLocaleString('en-GB') } },
    { key: { text: 'Key decisions' }, value: { text: counts.keyDecisions.toLocaleString('en-GB') } },
    { key: { text: 'Confidential' }, value: { text: counts.confidential.toLocaleString('en-GB') } },
  ];

  const exportParams = params({ page: 1 });
  const api = new URLSearchParams();
  if (query.q) api.set('q', query.q);
  for (const t of query.types) api.append('type', t);
  for (const o of query.outcomes) api.append('outcome', o);
  if (query.keyDecision !== null) api.set('keyDecision', String(query.keyDecision));
  if (query.from) api.set('from', query.from);
  if (query.to) api.set('to', query.to);
  if (councilWide && query.partnershipId) api.set('partnership', query.partnershipId);

  return {
    councilWide,
    formAction: path,
    query,
    days,
    totalText: plural(counts.total, 'decision', 'decisions'),
    total: counts.total,
    summaryRows,
    first,
    last,
    outOfRange,
    lastPageHref: href({ page: totalPages }),
    rows: result.items.map((d) => ({
      partnership: { reference: d.partnershipReference, name: d.partnershipName, href: partnershipDecisionsPath(d.partnershipId) },
      meetsOn: dateInWords(d.meetsOn),
      meetingTitle: d.meetingTitle,
      meetingHref: `/partnerships/${d.partnershipId}/meetings/${d.meetingId}`,
      title: d.title,
      itemHref: itemHref({ id: d.partnershipId }, d.meetingId, d.itemId),
      motion: d.motion,
      type: decisionTypeInWords(d.decisionType),
      keyDecision: d.keyDecision ? 'Yes' : 'No',
      confidential: d.confidential,
      outcome: outcomeInWords(d.outcome),
      outcomeTag: OUTCOME_TAGS[d.outcome] ?? '',
      explanation: d.explanation,
    })),
    selected,
    clearHref: path,
    filters: {
      types: DECISION_TYPES.map((t) => ({ value: t, text: DECISION_TYPE_LABELS[t], checked: query.types.includes(t) })),
      outcomes: OUTCOMES.map((o) => ({ value: o, text: OUTCOME_LABELS[o], checked: query.outcomes.includes(o) })),
      keyDecision: [{ value: 'true', text: 'Key decisions only', checked: query.keyDecision === true }],
      partnerships: councilWide
        ? [
            { value: '', text: 'Every partnership' },
            ...partnerships.map((p) => ({ value: p.id, text: `${p.reference} ${p.name}`, selected: p.id === query.partnershipId })),
          ]
        : null,
      // Folded away unless one is in use or needs correcting (the search stays open above them).
      open: errors.length > 0 || selected.some((s) => !s.text.startsWith('Search: ')),
    },
    ...errorView(errors),
    pagination:
      totalPages > 1 && !outOfRange
        ? {
            previous: query.page > 1 ? { href: href({ page: query.page - 1 }) } : null,
            next: query.page < totalPages ? { href: href({ page: query.page + 1 }) } : null,
            items: paginationItems(query.page, totalPages, (n) => href({ page: n })),
          }
        : null,
    exports: {
      csv: `${path}.csv${exportParams ? `?${exportParams}` : ''}`,
      xlsx: `${path}.xlsx${exportParams ? `?${exportParams}` : ''}`,
      json: `${apiPath}${api.size ? `?${api}` : ''}`,
    },
  };
}

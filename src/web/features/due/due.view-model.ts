// What's due as the page shows it: each item with the page where it is done, its kind in words and the
// people it falls to; where each is done comes from src/app/due-paths.ts, as the digest email's links do.
import { dueHref } from '../../../app/due-paths.ts';
import { DUE_KIND_LABELS, type DueItem } from '../../../domain/due/whats-due.ts';

export function dueRow(item: DueItem) {
  return {
    kind: DUE_KIND_LABELS[item.kind],
    title: item.title,
    href: dueHref(item),
    partnership: { text: item.partnership.name, reference: item.partnership.reference, href: `/partnerships/${item.partnership.id}` },
    owners: item.ownerNames.length ? item.ownerNames.join(', ') : 'No one recorded',
    overdue: item.overdue,
    words: item.words,
    daysOverdue: item.daysOverdue,
  };
}

// Where each thing due is done, under its partnership: said once, for the What's due page and the links in
// the digest email alike.
import type { DueItem, DueKind } from '../domain/due/whats-due.ts';

/** The page where the item is done, under its partnership. */
export function dueHref(item: Pick<DueItem, 'kind' | 'partnership' | 'recordId'>): string {
  const p = `/partnerships/${item.partnership.id}`;
  const at: Record<DueKind, string> = {
    report: `${p}/performance#reporting`,
    measurement: `${p}/indicators/${item.recordId}`,
    'risk-review': `${p}/risks/${item.recordId}`,
    'plan-refresh': `${p}/performance#action-plan`,
    'annual-review': `${p}/performance#annual-review`,
    'plan-action': `${p}/plan-actions/${item.recordId}`,
    'meeting-action': `${p}/actions/${item.recordId}`,
  };
  return at[item.kind];
}


// Where a lifecycle refusal is put right (R-APPROVE: "a refusal names each missing item … and where to
// fix it"): the domain names the page and the answer, the web gives its address.
import type { Fix } from '../../domain/lifecycle/guards.ts';

export function fixHref(partnershipId: string, fix: Fix): string {
  const home = `/partnerships/${partnershipId}`;
  // Issue 9: the page a compliance finding names (always the partnership's own), or its Compliance tab.
  if (fix.page === 'compliance') return fix.href ?? `${home}/compliance`;
  if (fix.page === 'details') return `${home}/edit`;
  if (fix.page === 'screening') return `${home}/screening`;
  // R-2.14: the checklist's form; the item is chosen there.
  if (fix.page === 'dissolution-checklist') return `${home}/dissolution-checklist/new`;
  return `${home}/business-case/edit${fix.field ? `#${fix.field}` : ''}`;
}

// Where a missing governance item is put right (R-2.7, R-2.7doc): the domain names the page, the web gives
// its address, for the Governance page and the API alike.
import type { GovernanceFix } from '../../../domain/governance/completeness.ts';

export function governanceFixHref(partnershipId: string, fix: GovernanceFix): string {
  const home = `/partnerships/${partnershipId}`;
  return fix.page === 'governance-section' ? `${home}/governance/${fix.section}` : `${home}/documents/new?type=${encodeURIComponent(fix.type)}`;
}

// Which partnerships a principal may see: every one, or a list of ids that the query layer filters by
// and the partnership scope hook checks. The reach comes from the matrix (roles.ts); the ids of a
// limited reach are found once per request from the register's records and carried by the principal.
import { partnershipReach, type Role } from './roles.ts';

export type PartnershipScope = { kind: 'all' } | { kind: 'only'; partnershipIds: readonly string[] };

const ALL: PartnershipScope = { kind: 'all' };
const NONE: PartnershipScope = { kind: 'only', partnershipIds: [] };

export function partnershipScope(p: { role: Role; partnershipIds?: readonly string[] | null }): PartnershipScope {
  const reach = partnershipReach(p.role);
  if (reach === 'any') return ALL;
  // A limited reach with no ids found (none given, or the user is linked to no one) sees nothing.
  if (reach === 'their-organisation') return p.partnershipIds ? { kind: 'only', partnershipIds: p.partnershipIds } : NONE;
  return NONE;
}

export function inScope(scope: PartnershipScope, partnershipId: string): boolean {
  return scope.kind === 'all' || scope.partnershipIds.includes(partnershipId);
}

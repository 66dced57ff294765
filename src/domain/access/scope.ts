// Which partnerships a principal may see, or change: every one, or a list of ids that the query layer
// filters by and the partnership scope hook checks. The reach of each grant comes from the matrix
// (roles.ts); the ids of a role's limited reach are found once per request from the register's records
// and carried by the principal.
import { reachOf, type Permission, type Role } from './roles.ts';

export type PartnershipScope = { kind: 'all' } | { kind: 'only'; partnershipIds: readonly string[] };

const ALL: PartnershipScope = { kind: 'all' };
const NONE: PartnershipScope = { kind: 'only', partnershipIds: [] };

/** The partnerships the principal's grant of a permission reaches: reading the register, unless named. */
export function partnershipScope(p: { role: Role; partnershipIds?: readonly string[] | null }, permission: Permission = 'register.view'): PartnershipScope {
  const reach = reachOf(p.role, permission);
  if (reach === 'any') return ALL;
  // A limited reach with no ids found (none given, or the user is linked to no one) reaches nothing.
  if (reach !== null && p.partnershipIds) return { kind: 'only', partnershipIds: p.partnershipIds };
  return NONE;
}

export function inScope(scope: PartnershipScope, partnershipId: string): boolean {
  return scope.kind === 'all' || scope.partnershipIds.includes(partnershipId);
}

/** Whether the principal's grant of a permission reaches this partnership (e.g. keeping its records). */
export function mayOn(p: { role: Role; partnershipIds?: readonly string[] | null }, permission: Permission, partnershipId: string): boolean {
  return inScope(partnershipScope(p, permission), partnershipId);
}

// Which partnerships a principal may see. Every role sees every partnership today. The scoped roles of
// a later issue (a sponsoring officer, a partner's representative) will see only their own: a list of
// ids that the query layer filters by and the partnership scope hook checks.
import type { Role } from './roles.ts';

export type PartnershipScope = { kind: 'all' } | { kind: 'only'; partnershipIds: readonly string[] };

const ALL: PartnershipScope = { kind: 'all' };

export function partnershipScope(p: { role: Role }): PartnershipScope {
  // No default branch: a new role does not compile until its scope is chosen here.
  switch (p.role) {
    case 'administrator':
    case 'officer':
    case 'auditor':
      return ALL;
  }
}

export function inScope(scope: PartnershipScope, partnershipId: string): boolean {
  return scope.kind === 'all' || scope.partnershipIds.includes(partnershipId);
}

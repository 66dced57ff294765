// The partnerships a signed-in user's limited reach covers, found once per request (the session or the
// API token is resolved), so a change to the register (an organisation added as a partner, a person
// linked to an account or made a partnership's sponsoring officer) applies from the next request. Null
// for a role whose every grant reaches every partnership.
import type { AppDeps } from './deps.ts';
import { limitedReachOf, type Role } from '../domain/access/roles.ts';
import { partnershipsInReach } from '../db/repositories/reach.repo.ts';

export async function partnershipIdsInReach(deps: AppDeps, userId: string, role: Role): Promise<readonly string[] | null> {
  const reach = limitedReachOf(role);
  if (reach === null) return null;
  return partnershipsInReach(deps.database.db, reach, userId);
}

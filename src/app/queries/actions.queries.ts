// The actions a signed-in user owns that are overdue (R-2.8d), for their home page: through the person
// their account is linked to, and only in the partnerships they may read.
import { actionsArisingFrom, overdueActionsOf } from '../../db/repositories/actions.repo.ts';
import { findPersonByUserId } from '../../db/repositories/people.repo.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import type { AppDeps } from '../deps.ts';
import { londonToday } from '../lifecycle.service.ts';
import type { Principal } from '../principal.ts';

export async function overdueActionsFor(deps: AppDeps, principal: Principal) {
  if (!principal.userId) return [];
  const person = await findPersonByUserId(deps.database.db, principal.userId);
  if (!person) return [];
  const scope = partnershipScope(principal);
  return (await overdueActionsOf(deps.database.db, person.id, londonToday(deps.clock.now()))).filter((a) => inScope(scope, a.partnershipId));
}

/** R-2.8d: the actions arising from an agenda item already read through the principal's scope. */
export async function actionsOfItem(deps: AppDeps, item: { id: string }) {
  return actionsArisingFrom(deps.database.db, item.id);
}

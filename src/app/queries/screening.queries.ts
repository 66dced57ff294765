// Reading screenings for a principal: a partnership's screenings, newest first,
// the latest current; and the principal's own draft answers. The partnership itself was found in scope
// by the scope hook on pages and the API (decision 33); the scope is applied here too, for any other caller.
import { findDraft, screeningsOf, type StoredScreening } from '../../db/repositories/screening.repo.ts';
import type { ScreeningAnswers } from '../../domain/screening/outcome.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';

export type { StoredScreening } from '../../db/repositories/screening.repo.ts';

/** Every screening of the partnership, newest first; the first is current. */
export async function screeningsFor(deps: AppDeps, principal: Principal, partnershipId: string): Promise<StoredScreening[]> {
  if (!inScope(partnershipScope(principal), partnershipId)) throw new NotFoundError('No such partnership');
  return screeningsOf(deps.database.db, partnershipId);
}

/** The principal's draft answers on the partnership's question pages; {} when none. */
export async function screeningDraftFor(deps: AppDeps, principal: Principal, partnershipId: string): Promise<Partial<ScreeningAnswers>> {
  if (!principal.userId) return {};
  return ((await findDraft(deps.database.db, partnershipId, principal.userId)) ?? {}) as Partial<ScreeningAnswers>;
}

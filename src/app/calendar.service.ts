// A user's calendar of the meetings they sit on (R-2.8g), reached by a secret link a calendar application
// can subscribe to (it cannot sign in). The link is 32 random bytes; only its hash is kept, so it is shown
// once, when made; making another stops the old one. Reading through it acts as the user, with their role
// and reach as they are at that moment: a deactivated user's link stops working.
import { createHash, randomBytes } from 'node:crypto';
import { calendarLinkOwner, removeCalendarLink, setCalendarLink } from '../db/repositories/calendar.repo.ts';
import { isRole } from '../domain/access/roles.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import type { Principal } from './principal.ts';
import { partnershipIdsInReach } from './reach.ts';

const PREFIX = 'cal_';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link for the user, replacing any they had; the token is returned once and never kept. */
export async function makeCalendarLink(deps: AppDeps, ctx: RequestContext, userId: string): Promise<string> {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const createdAt = deps.clock.now().toISOString();
  await command(deps, ctx, async (trx, audit) => {
    const replaced = await setCalendarLink(trx, userId, hashOf(token), createdAt);
    audit.record({ entityType: 'calendar-link', entityId: userId, action: replaced ? 'replaced' : 'created', after: { createdAt } });
  });
  return token;
}

/** The user's link stops working. */
export async function stopCalendarLink(deps: AppDeps, ctx: RequestContext, userId: string): Promise<void> {
  await command(deps, ctx, async (trx, audit) => {
    if (await removeCalendarLink(trx, userId)) audit.record({ entityType: 'calendar-link', entityId: userId, action: 'removed' });
  });
}

/** Who a link reads as; null for an unknown link or a deactivated user's. */
export async function calendarPrincipal(deps: AppDeps, token: string): Promise<Principal | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const owner = await calendarLinkOwner(deps.database.db, hashOf(token));
  if (!owner || !isRole(owner.role)) return null;
  return { userId: owner.userId, role: owner.role, partnershipIds: await partnershipIdsInReach(deps, owner.userId, owner.role) };
}

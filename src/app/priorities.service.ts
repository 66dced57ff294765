// The council's corporate priorities (R-2.5b): kept by administrators, linked from partnerships.
import type { CorporatePriority } from '../domain/register/records.ts';
import { findPriority, insertPriority, nextPriorityPosition, updatePriority as updatePriorityRow } from '../db/repositories/priorities.repo.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError } from './errors.ts';

export interface PriorityInput {
  title: string;
  description: string | null;
  active: boolean;
}

function audited(p: CorporatePriority) {
  return { title: p.title, description: p.description, active: p.active, position: p.position };
}

export async function createPriority(deps: AppDeps, ctx: RequestContext, input: PriorityInput): Promise<CorporatePriority> {
  return command(deps, ctx, async (trx, audit) => {
    const id = deps.ids.next();
    await insertPriority(trx, id, { ...input, position: await nextPriorityPosition(trx) }, deps.clock.now().toISOString());
    const created = (await findPriority(trx, id))!;
    audit.record({ entityType: 'corporate-priority', entityId: id, action: 'created', after: audited(created) });
    return created;
  });
}

export async function updatePriority(deps: AppDeps, ctx: RequestContext, id: string, input: PriorityInput): Promise<CorporatePriority> {
  return command(deps, ctx, async (trx, audit) => {
    const before = await findPriority(trx, id);
    if (!before) throw new NotFoundError('No such priority');
    await updatePriorityRow(trx, id, { ...input, position: before.position }, deps.clock.now().toISOString());
    const after = (await findPriority(trx, id))!;
    audit.record({ entityType: 'corporate-priority', entityId: id, action: 'updated', before: audited(before), after: audited(after) });
    return after;
  });
}

// Adding, changing and removing one record of a partnership, for any kind of record described once
// (record-kind.ts). Each is one command: the partnership in the principal's scope and not withdrawn
// (decision 24), the kind's rules, the write, and one audit event naming the partnership, with the
// names beside the ids, so its History says what happened in plain words.
import type { Trx } from '../../db/database.ts';
import { findPartnershipHeader, touchPartnership } from '../../db/repositories/partnerships.repo.ts';
import type { Permission } from '../../domain/access/roles.ts';
import { inScope, mayOn, partnershipScope } from '../../domain/access/scope.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { command } from '../command.ts';
import type { AppDeps, RequestContext } from '../deps.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import type { PartnershipHeader } from '../queries/partnership.queries.ts';
import type { Change, RecordKind } from './record-kind.ts';

/** Why a withdrawn partnership's records stay as they were (decision 24), at the field the API has always used. */
export const WITHDRAWN_PROBLEM: Problem = { field: 'status', message: 'This partnership has been withdrawn: its record is kept as it was and can no longer be changed' };

/**
 * The partnership, read inside the command's transaction, if the principal may see it; refused if they may
 * not change it, unless `contributes` (a contributor's grant reaching it) lets them add this one record.
 */
export async function changeable(trx: Trx, principal: Principal, partnershipId: string, contributes?: string): Promise<PartnershipHeader> {
  const row = inScope(partnershipScope(principal), partnershipId) ? await findPartnershipHeader(trx, partnershipId) : undefined;
  if (!row) throw new NotFoundError('No such partnership');
  // The routes refuse such a role first (403); the use case holds the line for any other caller.
  const keeps = mayOn(principal, 'register.manage', partnershipId);
  if (!keeps && !(contributes && mayOn(principal, contributes as Permission, partnershipId))) {
    throw new ValidationError([{ field: 'role', message: 'Only officers and administrators can change a partnership’s records' }]);
  }
  if (row.status === 'withdrawn') throw new ValidationError([WITHDRAWN_PROBLEM]);
  return { ...row, withdrawn: false };
}

async function refuseProblems(problems: Promise<Problem[]>): Promise<void> {
  const found = await problems;
  if (found.length) throw new ValidationError(found);
}

async function existing<R, I extends object>(trx: Trx, kind: RecordKind<R, I>, partnershipId: string, key: string): Promise<R> {
  const record = await kind.repo.find(trx, partnershipId, key);
  if (!record) throw new NotFoundError(`No such ${kind.names.one}`);
  return record;
}

/** The change the kind's rules judge, and the write that makes it, answering the record's key. */
interface Plan<I> {
  change: Change<I>;
  write(trx: Trx, partnershipId: string): Promise<string>;
}

/**
 * What one command does to one record, between the opening every command shares and its audit event:
 * its action, and its plan, made from the record as it was when it acts on one that exists (`key`).
 */
type RecordStep<R, I> = { action: string; key?: undefined; plan(): Plan<I>; contributes?: boolean } | { action: string; key: string; plan(before: R): Plan<I>; contributes?: undefined };

/**
 * One command on one record: the partnership, the record as it was, the kind's rules, the write, what
 * the kind does after one, one audit event naming the partnership with the record before and after,
 * and the partnership's updated_at when the record changed.
 * Answers the record as it is now, or as it was when it has gone.
 */
async function recordCommand<R, I extends object>(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  kind: RecordKind<R, I>,
  partnershipId: string,
  step: RecordStep<R, I>,
): Promise<R> {
  return command(deps, ctx, async (trx, audit) => {
    const contributor = step.contributes ? kind.contributor : undefined;
    const p = await changeable(trx, principal, partnershipId, contributor?.permission);
    let before: R | undefined;
    let plan: Plan<I>;
    if (step.key === undefined) plan = step.plan();
    else {
      before = await existing(trx, kind, p.id, step.key);
      plan = step.plan(before);
    }
    const { change, write } = plan;
    // A contributor (not a keeper) may add only a record they are entitled to: checked against the record.
    if (contributor && change.kind === 'add' && !mayOn(principal, 'register.manage', p.id)) {
      const refused = await contributor.refusal(trx, principal, p.id, change.value);
      if (refused) throw new ValidationError([refused]);
    }
    await refuseProblems(kind.problems(trx, p, change));
    const key = await write(trx, p.id);
    await kind.afterWrite?.(trx, p.id);
    const after = change.kind === 'remove' ? undefined : await existing(trx, kind, p.id, key);
    // An unchanged record records nothing (AuditRecorder), and then the partnership has not changed either.
    const recorded = audit.entries.length;
    audit.record({
      entityType: kind.type,
      entityId: key,
      partnershipId: p.id,
      action: step.action,
      before: before ? kind.audited(before) : null,
      after: after ? kind.audited(after) : null,
    });
    // A change to its records is a change to the partnership: the register's "last changed" moves.
    if (audit.entries.length > recorded) await touchPartnership(trx, p.id, deps.clock.now().toISOString());
    return (after ?? before)!;
  });
}

export async function addRecord<R, I extends object>(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  kind: RecordKind<R, I>,
  partnershipId: string,
  value: I,
): Promise<R> {
  return recordCommand(deps, ctx, principal, kind, partnershipId, {
    action: 'added',
    contributes: true,
    plan: () => ({ change: { kind: 'add', value }, write: (trx, id) => kind.repo.insert(trx, id, value, { userId: principal.userId, at: deps.clock.now().toISOString() }) }),
  });
}

/** Changes a record: `changes` are merged onto its current answers; its key stays whatever is sent. */
export async function changeRecord<R, I extends object>(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  kind: RecordKind<R, I>,
  partnershipId: string,
  key: string,
  changes: Partial<I>,
): Promise<R> {
  return recordCommand(deps, ctx, principal, kind, partnershipId, {
    action: 'updated',
    key,
    plan(before) {
      const value = { ...kind.inputOf(before), ...changes, ...(kind.keyField ? { [kind.keyField]: kind.keyOf(before) } : {}) } as I;
      return { change: { kind: 'change', key, value }, write: (trx, id) => kind.repo.update(trx, id, key, value).then(() => key) };
    },
  });
}

export async function removeRecord<R, I extends object>(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  kind: RecordKind<R, I>,
  partnershipId: string,
  key: string,
): Promise<R> {
  return recordCommand(deps, ctx, principal, kind, partnershipId, {
    action: 'removed',
    key,
    plan: () => ({ change: { kind: 'remove', key }, write: (trx, id) => kind.repo.remove(trx, id, key).then(() => key) }),
  });
}

export type { Change };

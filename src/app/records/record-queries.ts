// Reading a partnership's records of one kind, for a principal: a partnership outside their scope is
// not found, as everywhere (partnership.queries.ts). Also what a record's form offers, and the kind's
// rules on answers not yet saved, so a refused form or body lists every problem at once (decision 29).
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { partnershipHeader, type PartnershipHeader } from '../queries/partnership.queries.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { riskMatrixOf } from '../../db/repositories/risk-matrix.repo.ts';
import type { RiskMatrix } from '../../domain/risk/matrix.ts';
import type { Change, Choice, RecordKind, Vocabulary } from './record-kind.ts';
import { scaleChoices } from './record-fields.ts';

async function header(deps: AppDeps, principal: Principal, partnershipId: string): Promise<PartnershipHeader> {
  const p = await partnershipHeader(deps, principal, partnershipId);
  if (!p) throw new NotFoundError('No such partnership');
  return p;
}

export async function listRecords<R, I extends object>(deps: AppDeps, principal: Principal, kind: RecordKind<R, I>, partnershipId: string): Promise<R[]> {
  const p = await header(deps, principal, partnershipId);
  return kind.repo.list(deps.database.db, p.id);
}

/** One record; NotFoundError when the partnership or the record is not there (or not the principal's to see). */
export async function findRecord<R, I extends object>(deps: AppDeps, principal: Principal, kind: RecordKind<R, I>, partnershipId: string, key: string): Promise<R> {
  const p = await header(deps, principal, partnershipId);
  const record = await kind.repo.find(deps.database.db, p.id, key);
  if (!record) throw new NotFoundError(`No such ${kind.names.one}`);
  return record;
}

/** What the kind's words need of the council's configuration; undefined when its fields need none. */
export async function recordVocabulary<R, I extends object>(deps: AppDeps, kind: Pick<RecordKind<R, I>, 'fields'>): Promise<Vocabulary | undefined> {
  const needs = Object.values(kind.fields).some((f) => (f as { input: { kind: string } }).input.kind === 'scale');
  return needs ? { riskMatrix: await riskMatrixOf(deps.database.db) } : undefined;
}

/**
 * The choices of each field that picks a record of the register (an organisation, a council person), one
 * of the partnership's own records (for the partnership named, read through the principal's scope already),
 * or a level of the risk matrix in force.
 */
export async function recordChoices<R, I extends object>(deps: AppDeps, kind: Pick<RecordKind<R, I>, 'fields'>, partnershipId?: string): Promise<Partial<Record<keyof I & string, readonly Choice[]>>> {
  const out: Partial<Record<keyof I & string, readonly Choice[]>> = {};
  let matrix: RiskMatrix | undefined; // read once, for the first scale
  for (const [field, f] of Object.entries(kind.fields) as Array<[keyof I & string, RecordKind<R, I>['fields'][keyof I & string]]>) {
    if (f.input.kind === 'record') out[field] = await f.input.choices(deps.database.db);
    if (f.input.kind === 'sibling') out[field] = partnershipId ? await f.input.choices(deps.database.db, partnershipId) : [];
    if (f.input.kind === 'scale') out[field] = scaleChoices((matrix ??= await riskMatrixOf(deps.database.db))[f.input.of]);
  }
  return out;
}

/** The kind's rules on a change not yet made: what addRecord, changeRecord or removeRecord would refuse. */
export async function recordProblems<R, I extends object>(deps: AppDeps, principal: Principal, kind: RecordKind<R, I>, partnershipId: string, change: Change<I>): Promise<Problem[]> {
  return kind.problems(deps.database.db, await header(deps, principal, partnershipId), change);
}

// Reads of one partnership, each for a principal: a partnership outside the principal's scope is
// answered exactly as one that does not exist, so its pages cannot tell anyone it is there.
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { partnershipHistoryPage, type AuditEvent } from '../audit-trail.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import type { PartnershipView } from '../../domain/register/records.ts';
import type { LegalForm, Status } from '../../domain/register/vocabulary.ts';
import { findPartnershipHeader, findPartnershipView } from '../../db/repositories/partnerships.repo.ts';

/** What every page of a partnership shows above its own content. */
export interface PartnershipHeader {
  id: string;
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  /** Withdrawn is final (decision 24): nothing of the partnership changes any more. */
  withdrawn: boolean;
}

function visible(principal: Principal, id: string): boolean {
  return inScope(partnershipScope(principal), id);
}

/** The partnership's header; null when it does not exist or the principal may not see it. */
export async function partnershipHeader(deps: AppDeps, principal: Principal, id: string): Promise<PartnershipHeader | null> {
  if (!visible(principal, id)) return null;
  const row = await findPartnershipHeader(deps.database.db, id);
  return row ? { ...row, withdrawn: row.status === 'withdrawn' } : null;
}

/** The whole partnership with the names beside its ids; NotFoundError when missing or out of scope. */
export async function partnershipView(deps: AppDeps, principal: Principal, id: string): Promise<PartnershipView> {
  const view = visible(principal, id) ? await findPartnershipView(deps.database.db, id) : undefined;
  if (!view) throw new NotFoundError('No such partnership');
  return view;
}

/** A page of the partnership's History, newest first; NotFoundError when out of scope. */
export async function partnershipHistory(
  deps: AppDeps,
  principal: Principal,
  id: string,
  page: { beforeSeq: number | null; size: number },
): Promise<{ events: AuditEvent[]; more: boolean }> {
  if (!visible(principal, id)) throw new NotFoundError('No such partnership');
  return partnershipHistoryPage(deps.database, id, page);
}

// R-2.8a: the decisions register's reads, each for a principal: one partnership's decisions and those of
// every partnership the principal may see, as a page with its counts, as an export, and the partnerships
// to filter by. The scope is the register's own (partnershipScope for reading the register, as the
// partnership register, its exports and the compliance dashboard use it), so a partnership the principal
// may not see gives nothing away: not a row, a count or a name.
import type { Readable } from 'node:stream';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { decisionsExport } from '../exports/decisions-export.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import type { DecisionRegisterRow } from '../../domain/export/decision-columns.ts';
import { decisionBatches, decisionsPage, partnershipsWithDecisions, type DecisionCounts, type DecisionsFilter } from '../../db/repositories/decisions-register.repo.ts';

export type { DecisionCounts, DecisionsFilter } from '../../db/repositories/decisions-register.repo.ts';
export type { DecisionRegisterRow } from '../../domain/export/decision-columns.ts';

export interface DecisionsQuery extends DecisionsFilter {
  page: number;
  pageSize: number;
}

export interface DecisionsRegisterPage {
  items: DecisionRegisterRow[];
  counts: DecisionCounts;
}

/** A page of the decisions the query picks, newest meeting first, with the counts of them all. */
export function decisionsRegisterPage(deps: AppDeps, principal: Principal, query: DecisionsQuery): Promise<DecisionsRegisterPage> {
  return decisionsPage(deps.database.db, partnershipScope(principal), query, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
}

/** every decision the query picks, streamed as CSV or an Excel workbook. */
export function decisionsRegisterExport(deps: AppDeps, principal: Principal, filter: DecisionsFilter, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  return decisionsExport(decisionBatches(deps.database.db, partnershipScope(principal), filter), format, now);
}

/** The partnerships the principal may see that have a decision: what the council-wide register filters by. */
export function decisionPartnerships(deps: AppDeps, principal: Principal): Promise<Array<{ id: string; reference: string; name: string }>> {
  return partnershipsWithDecisions(deps.database.db, partnershipScope(principal));
}

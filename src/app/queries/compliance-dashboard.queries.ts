// The council-wide compliance reads, each for a principal: the dashboard, its exports and
// GET /api/v1/compliance all start from one evaluation of every partnership the principal may see, loaded
// by the engine in batches (a fixed handful of statements for the whole council) and kept until the audit
// chain moves (compliance-council-cache.ts), then counted, filtered and paged in memory by the dashboard's
// pure functions.
import type { Readable } from 'node:stream';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { complianceExport } from '../exports/compliance-export.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { londonToday } from '../lifecycle.service.ts';
import { protocolOf } from '../protocol-config.ts';
import { councilComplianceKept } from './compliance-council-cache.ts';
import { dashboardOf, findingsPicked, partnershipsPicked, type Dashboard } from '../../domain/compliance/dashboard.ts';
import type { ComplianceQuery } from '../../domain/compliance/dashboard-query.ts';

/** Every partnership the principal may see, evaluated today under the council's configuration. */
function councilCompliance(deps: AppDeps, principal: Principal) {
  return councilComplianceKept(deps.database.db, partnershipScope(principal), protocolOf(deps), londonToday(deps.clock.now()));
}

export async function complianceDashboard(deps: AppDeps, principal: Principal, query: ComplianceQuery): Promise<Dashboard> {
  return dashboardOf(await councilCompliance(deps, principal), query);
}

/** The partnerships a query picks, a page of them, each with the findings it keeps: for the API. */
export async function compliancePage(deps: AppDeps, principal: Principal, query: ComplianceQuery) {
  const picked = partnershipsPicked(await councilCompliance(deps, principal), query).sort((a, b) => a.partnership.reference.localeCompare(b.partnership.reference, 'en'));
  const start = (query.page - 1) * query.pageSize;
  return {
    total: picked.length,
    items: picked.slice(start, start + query.pageSize).map((c) => ({ partnership: c.partnership, findings: findingsPicked(c.findings, query) })),
  };
}

/** the dashboard's findings as CSV or an Excel workbook, with its filters. */
export async function complianceDownload(deps: AppDeps, principal: Principal, query: ComplianceQuery, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  return complianceExport(await councilCompliance(deps, principal), query, format, now);
}

// a partnership's reporting as its Performance page and the API read it, for a
// principal: each line with where it stands today, the reports submitted (newest first), and whether the
// Cabinet's and scrutiny's oversight is recorded.
import { lineTitle, oversightOf, reportingStanding, type Report, type ReportingLine, type ReportingStanding } from '../../domain/performance/reporting.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { reportingLines, reports } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface LineStanding {
  line: ReportingLine;
  title: string;
  standing: ReportingStanding;
}

export interface PartnershipReporting {
  lines: LineStanding[];
  reports: Report[];
  oversight: ReturnType<typeof oversightOf>;
}

/** The partnership's reporting (NotFoundError outside the principal's scope). */
export async function partnershipReporting(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<PartnershipReporting> {
  const [lines, submitted] = await Promise.all([listRecords(deps, principal, reportingLines, partnershipId), listRecords(deps, principal, reports, partnershipId)]);
  return { lines: lines.map((line) => ({ line, title: lineTitle(line), standing: reportingStanding(line, today) })), reports: submitted, oversight: oversightOf(lines) };
}

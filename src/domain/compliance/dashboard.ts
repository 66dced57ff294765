// The council-wide compliance dashboard, worked out from the engine's findings (R-2.9: one view across all
// partnerships): the partnerships a query picks, each with its number of gaps per requirement group (the
// sections of requirements.md), and the gaps by requirement across them ("how many partnerships lack an
// accountable officer", R-2.6.1). Pure: the findings are loaded once for the whole council and counted here,
// so the page costs the same few statements whatever the number of partnerships.
import type { LegalForm, Status } from '../register/vocabulary.ts';
import type { ComplianceQuery, Result } from './dashboard-query.ts';

/** What the dashboard needs of a finding (the engine's Finding has more). */
export interface DashboardFinding {
  requirementId: string;
  clause: string;
  title: string;
  /** The requirements.md heading it sits under: its group. */
  section: string;
  result: Result;
}

export interface DashboardPartnership {
  id: string;
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  tier: string;
}

export interface PartnershipCompliance<F extends DashboardFinding = DashboardFinding> {
  partnership: DashboardPartnership;
  findings: readonly F[];
}

export interface DashboardRow {
  partnership: DashboardPartnership;
  /** Findings of the counted result per group, in the order of `groups`. */
  counts: number[];
  total: number;
}

export interface GapsByRequirement {
  requirementId: string;
  clause: string;
  title: string;
  section: string;
  /** How many of the partnerships picked by status, legal form and tier have this gap. */
  partnerships: number;
}

export interface Dashboard {
  /** The requirement groups, in the catalogue's order (as the engine lists its findings). */
  groups: string[];
  /** What each cell counts: gaps unless the query asks for another result. */
  counted: Result;
  rows: DashboardRow[];
  /** Every partnership the query picks (the rows are one page of them). */
  total: number;
  gapsByRequirement: GapsByRequirement[];
  /** Partnerships picked by status, legal form and tier, before the requirement and result. */
  inView: number;
  /** Of those, how many have at least one gap. */
  withGaps: number;
  /** The tiers and requirements the findings hold, for the filters' choices. */
  tiers: string[];
  requirements: Array<{ requirementId: string; clause: string; title: string }>;
}

/** Whether a partnership is of the statuses, legal forms and tiers asked for (none asked: any). */
export function inProfile(p: DashboardPartnership, q: Pick<ComplianceQuery, 'status' | 'legalForm' | 'tier'>): boolean {
  return (q.status.length === 0 || q.status.includes(p.status)) && (q.legalForm.length === 0 || q.legalForm.includes(p.legalForm)) && (q.tier.length === 0 || q.tier.includes(p.tier));
}

/**
 * The findings a query keeps of a partnership: only the requirement's, when one is asked for, and only
 * those of the result, when one is. A partnership the query picks has at least one.
 */
export function findingsPicked<F extends DashboardFinding>(findings: readonly F[], q: Pick<ComplianceQuery, 'requirement' | 'result'>): F[] {
  return findings.filter((f) => (q.requirement === null || f.requirementId === q.requirement) && (q.result === null || f.result === q.result));
}

/** The partnerships a query picks: in profile, and with a finding of the requirement and result asked for. */
export function partnershipsPicked<F extends DashboardFinding>(all: readonly PartnershipCompliance<F>[], q: ComplianceQuery): PartnershipCompliance<F>[] {
  const narrowed = q.requirement !== null || q.result !== null;
  return all.filter((c) => inProfile(c.partnership, q) && (!narrowed || findingsPicked(c.findings, q).length > 0));
}

/** Groups and requirements in the order the engine lists them (its catalogue's), each once. */
function catalogueOrder(all: readonly PartnershipCompliance[]) {
  const groups = new Map<string, true>();
  const requirements = new Map<string, { requirementId: string; clause: string; title: string; section: string }>();
  for (const c of all) {
    for (const f of c.findings) {
      groups.set(f.section, true);
      if (!requirements.has(f.requirementId)) requirements.set(f.requirementId, { requirementId: f.requirementId, clause: f.clause, title: f.title, section: f.section });
    }
  }
  return { groups: [...groups.keys()], requirements: [...requirements.values()] };
}

const byReference = (a: DashboardPartnership, b: DashboardPartnership) => a.reference.localeCompare(b.reference, 'en') || a.id.localeCompare(b.id);

export function dashboardOf(all: readonly PartnershipCompliance[], q: ComplianceQuery): Dashboard {
  const { groups, requirements } = catalogueOrder(all);
  const column = new Map(groups.map((g, i) => [g, i]));
  const counted: Result = q.result ?? 'gap';

  const inView = all.filter((c) => inProfile(c.partnership, q));
  const gapCounts = new Map<string, number>();
  let withGaps = 0;
  for (const c of inView) {
    // A partnership counts once per requirement, however many findings it has there.
    const gaps = new Set(c.findings.filter((f) => f.result === 'gap').map((f) => f.requirementId));
    if (gaps.size) withGaps += 1;
    for (const id of gaps) gapCounts.set(id, (gapCounts.get(id) ?? 0) + 1);
  }
  const gapsByRequirement = requirements
    .filter((r) => gapCounts.has(r.requirementId))
    .map((r) => ({ ...r, partnerships: gapCounts.get(r.requirementId)! }))
    // Most partnerships first; ties in the catalogue's order (a stable sort keeps it).
    .sort((a, b) => b.partnerships - a.partnerships);

  const picked = partnershipsPicked(all, q).map((c) => {
    const counts = groups.map(() => 0);
    for (const f of c.findings) {
      if (f.result !== counted || (q.requirement !== null && f.requirementId !== q.requirement)) continue;
      counts[column.get(f.section)!]! += 1;
    }
    return { partnership: c.partnership, counts, total: counts.reduce((n, x) => n + x, 0) };
  });
  // The most to look at first; then by reference, so a page is the same on every visit.
  picked.sort((a, b) => b.total - a.total || byReference(a.partnership, b.partnership));
  const start = (q.page - 1) * q.pageSize;

  return {
    groups,
    counted,
    rows: picked.slice(start, start + q.pageSize),
    total: picked.length,
    gapsByRequirement,
    inView: inView.length,
    withGaps,
    tiers: [...new Set(all.map((c) => c.partnership.tier))].sort(),
    requirements: requirements.map(({ requirementId, clause, title }) => ({ requirementId, clause, title })),
  };
}

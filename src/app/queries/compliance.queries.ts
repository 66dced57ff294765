// The compliance engine's reads: snapshots for one partnership or for the whole council, loaded in
// batches (a fixed set of statements per BATCH partnerships), evaluated by the pure catalogue. The
// Compliance tab, the API, the council-wide dashboard, its export and the gate to operating read these.
import type { PeriodValue } from '../../domain/performance/series.ts';
import { DEFAULT_FORWARD_PLAN_DAYS } from '../../domain/forward-plan/forward-plan.ts';
import { complianceRowsOf, type ComplianceRows } from '../../db/repositories/compliance.repo.ts';
import { partnershipScope, type PartnershipScope } from '../../domain/access/scope.ts';
import { evaluatePartnership, type PartnershipCompliance } from '../../domain/compliance/evaluate.ts';
import { NO_DECISION_RULES, type PartnershipSnapshot } from '../../domain/compliance/snapshot.ts';
import type { Finding } from '../../domain/compliance/types.ts';
import type { SectionRecord } from '../../domain/governance/section.ts';
import type { DocumentType } from '../../domain/governance/catalogue.ts';
import type { ProtocolConfig } from '../../domain/protocol-config/schema.ts';
import type { LegalForm, Status } from '../../domain/register/vocabulary.ts';
import type { Db } from '../../db/database.ts';
import type { AppDeps } from '../deps.ts';
import { londonToday } from '../lifecycle.service.ts';
import type { Principal } from '../principal.ts';
import { protocolOf } from '../protocol-config.ts';

export interface PartnershipComplianceRow {
  partnership: { id: string; reference: string; name: string; status: Status; legalForm: LegalForm; tier: string };
  findings: Finding[];
}

function groupBy<T extends { partnershipId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.partnershipId);
    if (list) list.push(r);
    else out.set(r.partnershipId, [r]);
  }
  return out;
}

/** The rows of a batch, one snapshot per partnership (pure assembly; exported for the tests). */
export function snapshotsOf(rows: ComplianceRows): PartnershipSnapshot[] {
  const partners = groupBy(rows.partners);
  const representatives = groupBy(rows.representatives);
  const priorities = groupBy(rows.priorities);
  const screenings = groupBy(rows.screenings);
  const assessments = new Map(rows.assessments.map((a) => [a.partnershipId, a]));
  const decisions = groupBy(rows.decisions);
  const sections = groupBy(rows.sections);
  const documents = groupBy(rows.documents);
  const attestations = groupBy(rows.attestations);
  const exceptions = groupBy(rows.exceptions);
  const decisionRules = new Map(rows.decisionRules.map(({ partnershipId, actions, overdueActions, untold, forwardPlanDays, withoutAuthority, awaitingRatification, ...r }) => [partnershipId, { rules: r, actions: { actions, overdueActions }, untold, forwardPlanDays, authority: { withoutAuthority, awaitingRatification } }]));
  const meetings = groupBy(rows.meetings);
  const forwardPlan = groupBy(rows.forwardPlan);
  const objectives = groupBy(rows.objectives);
  const reporting = groupBy(rows.reporting);
  const planActions = groupBy(rows.planActions);
  const planRefreshes = groupBy(rows.planRefreshes);
  const risks = groupBy(rows.risks);
  const riskReviews = groupBy(rows.riskReviews);
  const indicators = groupBy(rows.indicators);
  const issues = groupBy(rows.issues);
  const challenges = groupBy(rows.challenges);
  const annualReviews = groupBy(rows.annualReviews);
  const provisions = groupBy(rows.terminationProvisions);
  const topics = groupBy(rows.exitTopics);
  const checklists = groupBy(rows.dissolutionItems);
  const periods = new Map<string, PeriodValue[]>();
  for (const { indicatorId, ...m } of rows.measurements) periods.set(indicatorId, [...(periods.get(indicatorId) ?? []), m]);
  return rows.partnerships.map((p): PartnershipSnapshot => {
    const latest = screenings.get(p.id)?.[0];
    const a = assessments.get(p.id);
    return {
      ...p,
      partners: (partners.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      representatives: (representatives.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      priorities: (priorities.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      screening: latest ? { applies: latest.applies, screenedOn: latest.screenedAt.slice(0, 10), reasons: latest.reasons } : null,
      assessment: a ? { existingCommitments: a.existingCommitments, legalPower: a.legalPower, barIdentified: a.barIdentified, barDetails: a.barDetails, legalFormReason: a.legalFormReason, businessCase: a.businessCase, evidenceBase: a.evidenceBase } : null,
      decisions: (decisions.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      governance: {
        sections: Object.fromEntries((sections.get(p.id) ?? []).map((s): [string, SectionRecord] => [s.key, { status: s.status, summary: s.summary, agreedOn: s.agreedOn }])),
        documents: (documents.get(p.id) ?? []).map((d) => ({ documentId: d.documentId, title: d.title, type: d.type as DocumentType, section: d.section })),
      },
      attestations: (attestations.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      exceptions: (exceptions.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x),
      decisionRules: decisionRules.get(p.id)?.rules ?? NO_DECISION_RULES,
      actions: decisionRules.get(p.id)?.actions ?? { actions: 0, overdueActions: 0 },
      untold: decisionRules.get(p.id)?.untold ?? 0,
      authority: decisionRules.get(p.id)?.authority ?? { withoutAuthority: 0, awaitingRatification: 0 },
      meetings: (meetings.get(p.id) ?? []).map(({ partnershipId: _, ...m }) => m),
      forwardPlan: (forwardPlan.get(p.id) ?? []).map(({ partnershipId: _, ...d }) => d),
      forwardPlanDays: decisionRules.get(p.id)?.forwardPlanDays ?? DEFAULT_FORWARD_PLAN_DAYS,
      objectives: (objectives.get(p.id) ?? []).map(({ partnershipId: _, ...o }) => o),
      reporting: (reporting.get(p.id) ?? []).map(({ partnershipId: _, ...l }) => l),
      actionPlan: { actions: (planActions.get(p.id) ?? []).map(({ partnershipId: _, ...a }) => a), refreshes: (planRefreshes.get(p.id) ?? []).map(({ partnershipId: _, ...r }) => r) },
      riskRegister: { matrix: rows.riskMatrix, risks: (risks.get(p.id) ?? []).map(({ partnershipId: _, ...r }) => r), reviews: (riskReviews.get(p.id) ?? []).map(({ partnershipId: _, ...r }) => r) },
      poorPerformance: { indicators: (indicators.get(p.id) ?? []).map(({ partnershipId: _, ...i }) => ({ ...i, periods: periods.get(i.id) ?? [] })), issues: (issues.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x) },
      challenges: (challenges.get(p.id) ?? []).map(({ partnershipId: _, ...c }) => c),
      annualReviews: (annualReviews.get(p.id) ?? []).map(({ partnershipId: _, ...r }) => r),
      exit: { provisions: (provisions.get(p.id) ?? []).map(({ partnershipId: _, ...x }) => x), topics: (topics.get(p.id) ?? []).map((t) => t.topic), checklist: (checklists.get(p.id) ?? []).map(({ item, outcome }) => ({ item, outcome })) },
    };
  });
}

/** The findings of the partnerships in `scope` (all, or those of `ids`), evaluated under `config` on `today`. */
export async function complianceOf(db: Db, scope: PartnershipScope, ids: readonly string[] | 'all', config: ProtocolConfig, today: string): Promise<PartnershipComplianceRow[]> {
  const snapshots = snapshotsOf(await complianceRowsOf(db, scope, ids, today));
  return snapshots.map((s) => {
    const c = evaluatePartnership(s, config, today);
    return { partnership: { id: s.id, reference: s.reference, name: s.name, status: s.status, legalForm: s.legalForm, tier: c.tier.tier }, findings: c.findings };
  });
}

/** One partnership's compliance as its Compliance tab shows it, for the principal (undefined: not theirs to see). */
export async function partnershipCompliance(deps: AppDeps, principal: Principal, partnershipId: string): Promise<(PartnershipCompliance & { snapshot: PartnershipSnapshot }) | undefined> {
  const today = londonToday(deps.clock.now());
  const [snapshot] = snapshotsOf(await complianceRowsOf(deps.database.db, partnershipScope(principal), [partnershipId], today));
  if (!snapshot) return undefined;
  return { ...evaluatePartnership(snapshot, protocolOf(deps), today), snapshot };
}

/** The council's compliance for the principal: every partnership they may see. */
export async function councilCompliance(deps: AppDeps, principal: Principal): Promise<PartnershipComplianceRow[]> {
  return complianceOf(deps.database.db, partnershipScope(principal), 'all', protocolOf(deps), londonToday(deps.clock.now()));
}

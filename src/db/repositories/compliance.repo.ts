// What the compliance engine reads, for many partnerships at once: a fixed set of statements per batch of
// partnerships (BATCH ids each), never a set per partnership, so the council-wide dashboard costs about
// the same whether it shows 10 partnerships or 1,000. And the attestations and exceptions it keeps.
import { objectivesOf } from './performance.repo.ts';
import { reportingLinesOf } from './reporting.repo.ts';
import { actionPlansOf } from './action-plans.repo.ts';
import { riskRegistersOf } from './risks.repo.ts';
import { riskMatrixOf } from './risk-matrix.repo.ts';
import type { RiskMatrix } from '../../domain/risk/matrix.ts';
import { indicatorSeriesOf } from './performance.repo.ts';
import { performanceIssuesOf } from './performance-issues.repo.ts';
import { challengesOf } from './performance-challenges.repo.ts';
import { annualReviewsOf } from './annual-reviews.repo.ts';
import { checklistEntriesOf } from './dissolution.repo.ts';
import { exitProvisionsOf } from './exit-provisions.repo.ts';
import type { TerminationProvision } from '../../domain/exit/provisions.ts';
import type { ChecklistEntry } from '../../domain/exit/dissolution.ts';
import type { ReportingLine } from '../../domain/performance/reporting.ts';
import type { ObjectiveMeasured, ActionsRecorded, AuthorityRecorded, DecisionRulesRecorded, HeldMeeting, IssuesInBrief, PartnershipSnapshot, PlanInBrief, PlannedDecision, RegisterInBrief } from '../../domain/compliance/snapshot.ts';
import type { PeriodValue } from '../../domain/performance/series.ts';
import { sql } from 'kysely';
import { addDays } from '../../domain/decisions/notice.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { Attestation, ComplianceException } from '../../domain/compliance/types.ts';
import type { DecisionOutcome, DecisionSubject } from '../../domain/lifecycle/decisions.ts';
import type { LegalForm, Status } from '../../domain/register/vocabulary.ts';
import type { Db as Executor, Trx } from '../database.ts';
import { currentDocumentsOf, type CurrentDocumentRow } from './documents.repo.ts';
import { sectionsOf, type StoredSection } from './governance.repo.ts';
import { whereInScope } from './scope.ts';

/** Ids per statement: well under SQLite's and PostgreSQL's limits on parameters. */
export const BATCH = 500;

export interface CompliancePartnershipRow {
  id: string;
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  purpose: string;
  expectedOutcomes: string;
  rationale: string[];
  startDate: string | null;
  expectedEndDate: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  sponsoringOfficer: string | null;
  accountableOfficer: string | null;
}

export interface ComplianceRows {
  partnerships: CompliancePartnershipRow[];
  /** the council's risk matrix, which every partnership's risks are scored on. */
  riskMatrix: RiskMatrix;
  partners: Array<{ partnershipId: string; organisationId: string; name: string; isThisCouncil: boolean; ownPriorities: string | null; confirmedBy: string | null; confirmedOn: string | null; organisationalPlanReference: string | null }>;
  representatives: Array<{ partnershipId: string; name: string; codesAcknowledgedOn: string | null }>;
  priorities: Array<{ partnershipId: string; title: string; how: string }>;
  screenings: Array<{ partnershipId: string; applies: boolean; screenedAt: string; reasons: string[] }>;
  assessments: Array<{ partnershipId: string; existingCommitments: string | null; legalPower: string | null; barIdentified: boolean | null; barDetails: string | null; legalFormReason: string | null; businessCase: string | null; evidenceBase: string | null }>;
  decisions: Array<{ partnershipId: string; subject: DecisionSubject; outcome: DecisionOutcome; decidedOn: string; body: string | null }>;
  sections: StoredSection[];
  documents: CurrentDocumentRow[];
  attestations: Array<Attestation & { partnershipId: string }>;
  exceptions: Array<ComplianceException & { partnershipId: string }>;
  /** R-2.8a, R-2.8b: how much of the partnership's decision rules is recorded; R-2.8d its actions, in the same statement. */
  decisionRules: Array<{ partnershipId: string; untold: number; forwardPlanDays: number | null } & DecisionRulesRecorded & ActionsRecorded & AuthorityRecorded>;
  /** R-2.8g: the meetings held in the twelve months to today. */
  meetings: Array<{ partnershipId: string } & HeldMeeting>;
  /** R-2.8f: key decisions taken in the twelve months to today, and entries of the plan neither taken nor published. */
  forwardPlan: Array<{ partnershipId: string } & PlannedDecision>;
  /** R-A1.3: the strategic objectives, each with how many outcome indicators measure it. */
  objectives: Array<{ partnershipId: string } & ObjectiveMeasured>;
  /** the reporting lines, each with its reports counted. */
  reporting: Array<{ partnershipId: string } & ReportingLine>;
  /** the action plans' actions in brief and the partners' refreshes. */
  planActions: Array<{ partnershipId: string } & PlanInBrief['actions'][number]>;
  planRefreshes: Array<{ partnershipId: string } & PlanInBrief['refreshes'][number]>;
  /** R-2.6.8: the risk registers' risks in brief and their reviews. */
  risks: Array<{ partnershipId: string } & RegisterInBrief['risks'][number]>;
  riskReviews: Array<{ partnershipId: string } & RegisterInBrief['reviews'][number]>;
  /** the outcome indicators with what rates them, their measurements, and the performance issues. */
  indicators: Array<{ partnershipId: string; id: string } & Pick<IssuesInBrief['indicators'][number], 'name' | 'rules'>>;
  measurements: Array<{ indicatorId: string } & PeriodValue>;
  issues: Array<{ partnershipId: string } & IssuesInBrief['issues'][number]>;
  /** R-2.6.15: the partners' challenges. */
  challenges: Array<{ partnershipId: string } & PartnershipSnapshot['challenges'][number]>;
  /** R-2.4e: the annual reviews, each with the partners whose feedback is owed. */
  annualReviews: Array<{ partnershipId: string } & PartnershipSnapshot['annualReviews'][number]>;
  /** the termination provisions, and the topics of the exit strategies with an arrangement. */
  terminationProvisions: Array<{ partnershipId: string } & TerminationProvision>;
  exitTopics: Array<{ partnershipId: string; topic: string }>;
  dissolutionItems: Array<{ partnershipId: string } & ChecklistEntry>;
}

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
};

/** The partnerships in the scope (all of them, or those of `ids`), by reference. */
async function partnershipsOf(db: Executor, scope: PartnershipScope, ids: readonly string[] | 'all'): Promise<CompliancePartnershipRow[]> {
  const read = async (only: readonly string[] | null) => {
    let q = db
      .selectFrom('partnerships as p')
      .leftJoin('people as so', 'so.id', 'p.sponsoring_officer_id')
      .leftJoin('people as ao', 'ao.id', 'p.accountable_officer_id')
      .select([
        'p.id', 'p.reference', 'p.name', 'p.status', 'p.legal_form', 'p.purpose', 'p.expected_outcomes', 'p.rationale', 'p.start_date', 'p.expected_end_date',
        'p.council_contribution_pence', 'p.within_approved_budget', 'so.name as sponsoring_officer', 'ao.name as accountable_officer',
      ]);
    q = whereInScope(q, scope, 'p.id');
    if (only) q = q.where('p.id', 'in', [...only]);
    return q.orderBy('p.reference').execute();
  };
  const rows = ids === 'all' ? await read(null) : (await Promise.all(chunks(ids).map(read))).flat();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    name: r.name,
    status: r.status as Status,
    legalForm: r.legal_form as LegalForm,
    purpose: r.purpose,
    expectedOutcomes: r.expected_outcomes,
    rationale: JSON.parse(r.rationale) as string[],
    startDate: r.start_date,
    expectedEndDate: r.expected_end_date,
    councilContributionPence: r.council_contribution_pence === null ? null : Number(r.council_contribution_pence),
    withinApprovedBudget: r.within_approved_budget === null ? null : Boolean(r.within_approved_budget),
    sponsoringOfficer: r.sponsoring_officer,
    accountableOfficer: r.accountable_officer,
  }));
}

async function recordsOf(db: Executor, ids: string[], today: string): Promise<Omit<ComplianceRows, 'partnerships' | 'riskMatrix'>> {
  const [partners, representatives, priorities, screenings, assessments, decisions, sections, documents, attestations, exceptions, decisionRules, meetings, forwardPlan, objectives, reporting, plans, registers, series, issues, challenges, annualReviews, exit, dissolutionItems] = await Promise.all([
    db
      .selectFrom('partnership_partners as pp')
      .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
      .select(['pp.partnership_id', 'pp.organisation_id', 'o.name', 'o.is_this_council', 'pp.own_priorities', 'pp.confirmed_by', 'pp.confirmed_on', 'pp.organisational_plan_reference'])
      .where('pp.partnership_id', 'in', ids)
      .orderBy('pp.partnership_id')
      .orderBy('pp.position')
      .execute(),
    db
      .selectFrom('partnership_representatives as pr')
      .innerJoin('people as pe', 'pe.id', 'pr.person_id')
      .select(['pr.partnership_id', 'pe.name', 'pr.codes_acknowledged_on'])
      .where('pr.partnership_id', 'in', ids)
      .orderBy('pr.partnership_id')
      .orderBy('pr.position')
      .execute(),
    db
      .selectFrom('partnership_priorities as pp')
      .innerJoin('corporate_priorities as cp', 'cp.id', 'pp.priority_id')
      .select(['pp.partnership_id', 'cp.title', 'pp.how'])
      .where('pp.partnership_id', 'in', ids)
      .orderBy('pp.partnership_id')
      .orderBy('cp.position')
      .execute(),
    db.selectFrom('screenings').select(['partnership_id', 'outcome', 'reasons', 'screened_at']).where('partnership_id', 'in', ids).orderBy('screened_at', 'desc').orderBy('id', 'desc').execute(),
    db.selectFrom('business_cases').selectAll().where('partnership_id', 'in', ids).execute(),
    db.selectFrom('partnership_decisions').select(['partnership_id', 'subject', 'outcome', 'decided_on', 'decision_maker', 'decision_maker_name']).where('partnership_id', 'in', ids).orderBy('decided_on').execute(),
    sectionsOf(db, ids),
    currentDocumentsOf(db, ids, today),
    db.selectFrom('compliance_attestations').selectAll().where('partnership_id', 'in', ids).execute(),
    db.selectFrom('compliance_exceptions').selectAll().where('partnership_id', 'in', ids).execute(),
    // One statement for the three record kinds of the decision rules: counts are all the checks read.
    db
      .selectFrom('partnerships as p')
      .select((eb) => [
        'p.id',
        eb.selectFrom('member_seats as s').select(eb.fn.countAll<number>().as('n')).whereRef('s.partnership_id', '=', 'p.id').where('s.status', 'in', ['voting', 'co-opted-voting']).as('voting_seats'),
        eb.selectFrom('voting_rules as v').select(eb.fn.countAll<number>().as('n')).whereRef('v.partnership_id', '=', 'p.id').as('voting_rules'),
        eb.selectFrom('voting_rules as v').select(eb.fn.countAll<number>().as('n')).whereRef('v.partnership_id', '=', 'p.id').where('v.decision_type', '=', 'ordinary').as('ordinary_rule'),
        eb.selectFrom('quorum_conditions as q').select(eb.fn.countAll<number>().as('n')).whereRef('q.partnership_id', '=', 'p.id').as('quorum_conditions'),
        // R-2.8d: its actions arising, and how many are overdue today.
        eb.selectFrom('partnership_actions as x').select(eb.fn.countAll<number>().as('n')).whereRef('x.partnership_id', '=', 'p.id').as('actions'),
        eb.selectFrom('partnership_actions as x').select(eb.fn.countAll<number>().as('n')).whereRef('x.partnership_id', '=', 'p.id').where('x.status', '!=', 'completed').where('x.due_on', '<', today).as('overdue_actions'),
        // R-2.8c: members not present at a meeting not yet told of a decision it took (one per member and decision).
        eb
          .selectFrom('agenda_items as i')
          .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
          .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
          .leftJoin('decision_notices as n', (j) => j.onRef('n.item_id', '=', 'i.id').onRef('n.person_id', '=', 'a.person_id'))
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.partnership_id', '=', 'p.id')
          .where('i.outcome', 'is not', null)
          .where('a.attendance', 'in', ['apologies', 'absent', 'substitute'])
          .where('n.item_id', 'is', null)
          .as('untold'),
        // R-2.8e: voting members with no limit of authority recorded, and decisions awaiting a partner's ratification.
        eb
          .selectFrom('member_seats as s')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('s.partnership_id', '=', 'p.id')
          .where('s.status', 'in', ['voting', 'co-opted-voting'])
          .where((w) => w.not(w.exists(w.selectFrom('delegated_authorities as d').select('d.id').whereRef('d.partnership_id', '=', 's.partnership_id').whereRef('d.person_id', '=', 's.person_id'))))
          .as('without_authority'),
        eb
          .selectFrom('item_ratifications as r')
          .innerJoin('agenda_items as i', 'i.id', 'r.item_id')
          .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.partnership_id', '=', 'p.id')
          .where('r.ratified_on', 'is', null)
          .as('awaiting_ratification'),
        // R-2.8f: the clear days its forward plan asks, as its last entry was published with.
        eb.selectFrom('forward_plan_entries as x').select('x.notice_days').whereRef('x.partnership_id', '=', 'p.id').orderBy('x.position', 'desc').limit(1).as('forward_plan_days'),
      ])
      .where('p.id', 'in', ids)
      .execute(),
    // R-2.8g: the meetings held in the last twelve months, with how many seats' attendance is recorded.
    db
      .selectFrom('meetings as m')
      .select((eb) => [
        'm.partnership_id',
        'm.title',
        'm.meets_on',
        'm.notice_days',
        'm.notice_sent_on',
        'm.minutes',
        eb.selectFrom('meeting_attendance as a').select(eb.fn.countAll<number>().as('n')).whereRef('a.meeting_id', '=', 'm.id').as('attendance'),
      ])
      .where('m.partnership_id', 'in', ids)
      .where('m.status', '=', 'held')
      .where('m.meets_on', '>', addDays(today, -365))
      .where('m.meets_on', '<=', today)
      .orderBy('m.meets_on')
      .execute(),
    // R-2.8f: the key decisions voted on at meetings of the last twelve months, each with the entry it took,
    // and, in the same statement, the entries not yet published that no vote has taken.
    db
      .selectFrom('agenda_items as i')
      .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .leftJoin('forward_plan_entries as f', 'f.id', 'i.forward_plan_id')
      .select(['m.partnership_id', 'i.title', sql<string | null>`m.meets_on`.as('taken_on'), sql<string | null>`f.title`.as('entry_title'), 'f.planned_on', 'f.published_on', 'f.notice_days'])
      .where('m.partnership_id', 'in', ids)
      .where('i.key_decision', '=', 1)
      .where('i.outcome', 'is not', null)
      .where('m.meets_on', '>', addDays(today, -365))
      .where('m.meets_on', '<=', today)
      .unionAll((eb) =>
        eb
          .selectFrom('forward_plan_entries as f')
          .select(['f.partnership_id', 'f.title', sql<string | null>`cast(null as text)`.as('taken_on'), sql<string | null>`f.title`.as('entry_title'), 'f.planned_on', 'f.published_on', 'f.notice_days'])
          .where('f.partnership_id', 'in', ids)
          .where('f.published_on', 'is', null)
          .where((w) => w.not(w.exists(w.selectFrom('agenda_items as t').select('t.id').whereRef('t.forward_plan_id', '=', 'f.id').where('t.outcome', 'is not', null)))),
      )
      .execute(),
    // R-A1.3: the objectives and how many indicators measure each.
    objectivesOf(db, ids),
    // the reporting lines and their reports, counted.
    reportingLinesOf(db, ids),
    // the action plans and their refreshes.
    actionPlansOf(db, ids),
    // the risk registers and their reviews.
    riskRegistersOf(db, ids),
    // the indicators with their measurements, and the performance issues.
    indicatorSeriesOf(db, ids),
    performanceIssuesOf(db, ids),
    // R-2.6.15: the partners' challenges.
    challengesOf(db, ids),
    // R-2.4e: the annual reviews and the feedback owed at each.
    annualReviewsOf(db, ids),
    // the termination provisions and exit strategies.
    exitProvisionsOf(db, ids),
    // the dissolution checklists.
    checklistEntriesOf(db, ids),
  ]);
  return {
    objectives,
    reporting,
    planActions: plans.actions,
    planRefreshes: plans.refreshes,
    risks: registers.risks,
    riskReviews: registers.reviews,
    indicators: series.indicators.map(({ partnershipId, id, name, ...rules }) => ({ partnershipId, id, name, rules })),
    measurements: series.measurements,
    issues,
    challenges,
    annualReviews,
    terminationProvisions: exit.provisions,
    exitTopics: exit.topics,
    dissolutionItems,
    partners: partners.map((r) => ({
      partnershipId: r.partnership_id,
      organisationId: r.organisation_id,
      name: r.name,
      isThisCouncil: Boolean(r.is_this_council),
      ownPriorities: r.own_priorities,
      confirmedBy: r.confirmed_by,
      confirmedOn: r.confirmed_on,
      organisationalPlanReference: r.organisational_plan_reference,
    })),
    representatives: representatives.map((r) => ({ partnershipId: r.partnership_id, name: r.name, codesAcknowledgedOn: r.codes_acknowledged_on })),
    priorities: priorities.map((r) => ({ partnershipId: r.partnership_id, title: r.title, how: r.how })),
    screenings: screenings.map((r) => ({ partnershipId: r.partnership_id, applies: r.outcome === 'applies', screenedAt: r.screened_at, reasons: (JSON.parse(r.reasons) as Array<{ clause: string; message: string }>).map((x) => `${x.clause}: ${x.message}`) })),
    assessments: assessments.map((r) => ({
      partnershipId: r.partnership_id,
      existingCommitments: r.existing_commitments,
      legalPower: r.legal_power,
      barIdentified: r.bar_identified === null ? null : Boolean(r.bar_identified),
      barDetails: r.bar_details,
      legalFormReason: r.legal_form_reason,
      businessCase: r.business_case,
      evidenceBase: r.evidence_base,
    })),
    decisions: decisions.map((r) => ({ partnershipId: r.partnership_id, subject: r.subject as DecisionSubject, outcome: r.outcome as DecisionOutcome, decidedOn: r.decided_on, body: r.decision_maker_name ?? r.decision_maker })),
    sections,
    documents,
    attestations: attestations.map((r) => ({
      partnershipId: r.partnership_id,
      id: r.id,
      requirementId: r.requirement_id,
      statement: r.statement,
      documentId: r.document_id,
      attestedBy: r.attested_by,
      attestedOn: r.attested_on,
      validUntil: r.valid_until,
    })),
    meetings: meetings.map((m) => ({
      partnershipId: m.partnership_id,
      title: m.title,
      meetsOn: m.meets_on,
      noticeDays: Number(m.notice_days),
      noticeSentOn: m.notice_sent_on,
      hasMinutes: m.minutes !== null && m.minutes.trim() !== '',
      attendance: Number(m.attendance ?? 0),
    })),
    decisionRules: decisionRules.map((r) => ({
      partnershipId: r.id,
      votingSeats: Number(r.voting_seats ?? 0),
      votingRules: Number(r.voting_rules ?? 0),
      ordinaryRule: Number(r.ordinary_rule ?? 0) > 0,
      quorumConditions: Number(r.quorum_conditions ?? 0),
      actions: Number(r.actions ?? 0),
      overdueActions: Number(r.overdue_actions ?? 0),
      untold: Number(r.untold ?? 0),
      withoutAuthority: Number(r.without_authority ?? 0),
      awaitingRatification: Number(r.awaiting_ratification ?? 0),
      forwardPlanDays: r.forward_plan_days === null || r.forward_plan_days === undefined ? null : Number(r.forward_plan_days),
    })),
    forwardPlan: forwardPlan.map((r) => ({
      partnershipId: r.partnership_id,
      title: r.title,
      takenOn: r.taken_on,
      entry: r.entry_title === null || r.planned_on === null ? null : { title: r.entry_title, plannedOn: r.planned_on, publishedOn: r.published_on, noticeDays: Number(r.notice_days) },
    })),
    exceptions: exceptions.map((r) => ({
      partnershipId: r.partnership_id,
      id: r.id,
      requirementId: r.requirement_id,
      reason: r.reason,
      agreedBy: r.agreed_by,
      recordedBy: r.recorded_by,
      recordedOn: r.recorded_on,
      until: r.until,
    })),
  };
}

/** Everything the engine needs for the partnerships in `scope` (all, or those of `ids`). */
export async function complianceRowsOf(db: Executor, scope: PartnershipScope, ids: readonly string[] | 'all', today: string): Promise<ComplianceRows> {
  const [partnerships, riskMatrix] = await Promise.all([partnershipsOf(db, scope, ids), riskMatrixOf(db)]);
  const parts = await Promise.all(chunks(partnerships.map((p) => p.id)).map((batch) => recordsOf(db, batch, today)));
  const merged: ComplianceRows = { partnerships, riskMatrix, partners: [], representatives: [], priorities: [], screenings: [], assessments: [], decisions: [], sections: [], documents: [], attestations: [], exceptions: [], decisionRules: [], meetings: [], forwardPlan: [], objectives: [], reporting: [], planActions: [], planRefreshes: [], risks: [], riskReviews: [], indicators: [], measurements: [], issues: [], challenges: [], annualReviews: [], terminationProvisions: [], exitTopics: [], dissolutionItems: [] };
  for (const part of parts) for (const key of Object.keys(part) as Array<keyof typeof part>) (merged[key] as unknown[]).push(...part[key]);
  return merged;
}

export async function insertAttestation(trx: Trx, partnershipId: string, a: Attestation, now: string): Promise<void> {
  await trx
    .insertInto('compliance_attestations')
    .values({ id: a.id, partnership_id: partnershipId, requirement_id: a.requirementId, statement: a.statement, document_id: a.documentId, attested_by: a.attestedBy, attested_on: a.attestedOn, valid_until: a.validUntil, created_at: now })
    .execute();
}

export async function insertException(trx: Trx, partnershipId: string, e: ComplianceException, now: string): Promise<void> {
  await trx
    .insertInto('compliance_exceptions')
    .values({ id: e.id, partnership_id: partnershipId, requirement_id: e.requirementId, reason: e.reason, agreed_by: e.agreedBy, recorded_by: e.recordedBy, recorded_on: e.recordedOn, until: e.until, created_at: now })
    .execute();
}

// What the What's due list is gathered from, for every partnership in a scope the council has committed
// to (approved to exiting: before approval nothing is owed, after dissolution nothing more): a fixed set
// of statements per batch of partnerships, whatever their number, as the compliance engine reads.
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { DueFacts } from '../../domain/due/whats-due.ts';
import type { PlanActionStatus } from '../../domain/performance/action-plan.ts';
import type { Frequency } from '../../domain/performance/indicator.ts';
import type { ReportingBody, ReportingFrequency } from '../../domain/performance/reporting.ts';
import { COMMITTED_STATUSES } from '../../domain/register/vocabulary.ts';
import type { RiskStatus } from '../../domain/risk/risk.ts';
import type { Db, Trx } from '../database.ts';
import { BATCH } from './compliance.repo.ts';
import { whereInScope } from './scope.ts';

const n = (v: number | string) => Number(v);

async function batchOf(db: Db | Trx, ids: string[]): Promise<Omit<DueFacts, 'partnerships' | 'people'>> {
  const [partners, representatives, lines, indicators, risks, riskReviews, planActions, planRefreshes, annualReviews, meetingActions] = await Promise.all([
    db.selectFrom('partnership_partners as pp').innerJoin('organisations as o', 'o.id', 'pp.organisation_id').select(['pp.partnership_id', 'pp.organisation_id', 'o.name', 'o.is_this_council']).where('pp.partnership_id', 'in', ids).orderBy('pp.partnership_id').orderBy('pp.position').execute(),
    db.selectFrom('partnership_representatives as pr').innerJoin('people as pe', 'pe.id', 'pr.person_id').select(['pr.partnership_id', 'pr.person_id', 'pe.organisation_id']).where('pr.partnership_id', 'in', ids).execute(),
    db
      .selectFrom('reporting_lines as l')
      .select((eb) => ['l.partnership_id', 'l.id', 'l.body', 'l.body_name', 'l.frequency', 'l.first_due_on', eb.selectFrom('performance_reports as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.reporting_line_id', '=', 'l.id').as('reports')])
      .where('l.partnership_id', 'in', ids)
      .execute(),
    db
      .selectFrom('outcome_indicators as i')
      .select((eb) => ['i.partnership_id', 'i.id', 'i.name', 'i.frequency', 'i.organisation_id', eb.selectFrom('indicator_measurements as m').select((m) => m.fn.max('m.period_ending').as('latest')).whereRef('m.indicator_id', '=', 'i.id').as('latest')])
      .where('i.partnership_id', 'in', ids)
      .execute(),
    db.selectFrom('risks').select(['partnership_id', 'id', 'title', 'owner_id', 'identified_on', 'residual_likelihood', 'residual_impact', 'target_score', 'status']).where('partnership_id', 'in', ids).where('status', '=', 'open').execute(),
    db.selectFrom('risk_reviews').select(['risk_id', 'reviewed_on', 'likelihood', 'impact']).where('partnership_id', 'in', ids).execute(),
    db.selectFrom('plan_actions').select(['partnership_id', 'id', 'title', 'owner_id', 'starts_on', 'due_on', 'status']).where('partnership_id', 'in', ids).execute(),
    db.selectFrom('plan_refreshes').select(['partnership_id', 'organisation_id', 'confirmed_on', 'confirmed_by']).where('partnership_id', 'in', ids).execute(),
    db.selectFrom('annual_reviews').select(['partnership_id', 'reviewed_on', 'approved_on']).where('partnership_id', 'in', ids).execute(),
    db.selectFrom('partnership_actions').select(['partnership_id', 'id', 'title', 'owner_id', 'due_on', 'status']).where('partnership_id', 'in', ids).execute(),
  ]);
  return {
    partners: partners.map((r) => ({ partnershipId: r.partnership_id, organisationId: r.organisation_id, name: r.name, isThisCouncil: Boolean(r.is_this_council) })),
    representatives: representatives.map((r) => ({ partnershipId: r.partnership_id, personId: r.person_id, organisationId: r.organisation_id })),
    reportingLines: lines.map((r) => ({ partnershipId: r.partnership_id, id: r.id, body: r.body as ReportingBody, bodyName: r.body_name, frequency: r.frequency as ReportingFrequency, firstDueOn: r.first_due_on, reports: n(r.reports ?? 0) })),
    indicators: indicators.map((r) => ({ partnershipId: r.partnership_id, id: r.id, name: r.name, frequency: r.frequency as Frequency, organisationId: r.organisation_id, latestPeriodEnding: (r.latest as string | null) ?? null })),
    risks: risks.map((r) => ({ partnershipId: r.partnership_id, id: r.id, title: r.title, ownerId: r.owner_id, identifiedOn: r.identified_on, residualLikelihood: n(r.residual_likelihood), residualImpact: n(r.residual_impact), targetScore: r.target_score === null ? null : n(r.target_score), status: r.status as RiskStatus })),
    riskReviews: riskReviews.map((r) => ({ riskId: r.risk_id, reviewedOn: r.reviewed_on, likelihood: n(r.likelihood), impact: n(r.impact) })),
    planActions: planActions.map((r) => ({ partnershipId: r.partnership_id, id: r.id, title: r.title, ownerId: r.owner_id, startsOn: r.starts_on, dueOn: r.due_on, status: r.status as PlanActionStatus })),
    planRefreshes: planRefreshes.map((r) => ({ partnershipId: r.partnership_id, organisationId: r.organisation_id, confirmedOn: r.confirmed_on, confirmedBy: r.confirmed_by })),
    annualReviews: annualReviews.map((r) => ({ partnershipId: r.partnership_id, reviewedOn: r.reviewed_on, approvedOn: r.approved_on })),
    meetingActions: meetingActions.map((r) => ({ partnershipId: r.partnership_id, id: r.id, title: r.title, ownerId: r.owner_id, dueOn: r.due_on, completed: r.status === 'completed' })),
  };
}

/** Everything the list needs for the committed partnerships in the scope, with the names of everyone who may own an item. */
export async function dueFactsOf(db: Db | Trx, scope: PartnershipScope): Promise<DueFacts> {
  const partnerships = await whereInScope(
    db.selectFrom('partnerships as p').select(['p.id', 'p.reference', 'p.name', 'p.start_date', 'p.accountable_officer_id', 'p.sponsoring_officer_id']).where('p.status', 'in', [...COMMITTED_STATUSES]),
    scope,
    'p.id',
  )
    .orderBy('p.reference')
    .execute();
  const ids = partnerships.map((p) => p.id);
  const batches: Array<Omit<DueFacts, 'partnerships' | 'people'>> = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(await batchOf(db, ids.slice(i, i + BATCH)));
  const merged = {
    partners: batches.flatMap((b) => b.partners),
    representatives: batches.flatMap((b) => b.representatives),
    reportingLines: batches.flatMap((b) => b.reportingLines),
    indicators: batches.flatMap((b) => b.indicators),
    risks: batches.flatMap((b) => b.risks),
    riskReviews: batches.flatMap((b) => b.riskReviews),
    planActions: batches.flatMap((b) => b.planActions),
    planRefreshes: batches.flatMap((b) => b.planRefreshes),
    annualReviews: batches.flatMap((b) => b.annualReviews),
    meetingActions: batches.flatMap((b) => b.meetingActions),
  };
  const personIds = [
    ...new Set([
      ...partnerships.flatMap((p) => [p.accountable_officer_id, p.sponsoring_officer_id]),
      ...merged.representatives.map((r) => r.personId),
      ...merged.risks.map((r) => r.ownerId),
      ...merged.planActions.map((a) => a.ownerId),
      ...merged.meetingActions.map((a) => a.ownerId),
    ]),
  ].filter((id): id is string => id !== null);
  const people: Record<string, string> = {};
  for (let i = 0; i < personIds.length; i += BATCH) {
    for (const p of await db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds.slice(i, i + BATCH)).execute()) people[p.id] = p.name;
  }
  return {
    partnerships: partnerships.map((p) => ({ id: p.id, reference: p.reference, name: p.name, startDate: p.start_date, accountableOfficerId: p.accountable_officer_id, sponsoringOfficerId: p.sponsoring_officer_id })),
    people,
    ...merged,
  };
}

/** The records under People linked to a user's account: what falls to them falls to the user. */
export async function peopleOfUser(db: Db | Trx, userId: string): Promise<string[]> {
  return (await db.selectFrom('people').select('id').where('user_id', '=', userId).execute()).map((r) => r.id);
}

/** Everyone a digest may go to: active users linked to someone under People, with the people they are. */
export async function digestRecipients(db: Db | Trx): Promise<Array<{ userId: string; email: string; name: string; role: string; personIds: string[] }>> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('people as pe', 'pe.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'pe.id as person_id'])
    .where('u.active', '=', 1)
    .orderBy('u.id')
    .execute();
  const byUser = new Map<string, { userId: string; email: string; name: string; role: string; personIds: string[] }>();
  for (const r of rows) {
    const user = byUser.get(r.id) ?? { userId: r.id, email: r.email, name: r.name, role: r.role, personIds: [] };
    user.personIds.push(r.person_id);
    byUser.set(r.id, user);
  }
  return [...byUser.values()];
}

/** Claims the user's digest for the day: true for the one caller whose row went in, false where it was there already. */
export async function claimDigest(trx: Trx, userId: string, day: string, claimedAt: string, items: number): Promise<boolean> {
  const result = await trx.insertInto('digest_sends').values({ user_id: userId, day, claimed_at: claimedAt, items }).onConflict((oc) => oc.columns(['user_id', 'day']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Gives the claim back (the message could not be sent), so a later run tries again. */
export async function releaseDigest(trx: Trx, userId: string, day: string): Promise<void> {
  await trx.deleteFrom('digest_sends').where('user_id', '=', userId).where('day', '=', day).execute();
}

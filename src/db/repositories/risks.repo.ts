// a partnership's risk register (each risk with its owner and owning partner named beside the
// ids) and the reviews of its risks.
import type { Db, Trx } from '../database.ts';
import type { Risk, RiskCategory, RiskInput, RiskResponse, RiskReview, RiskReviewInput, RiskStatus } from '../../domain/risk/risk.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { nextPosition } from './record-positions.ts';
import { whereInScope } from './scope.ts';

function risks(db: Db | Trx) {
  return db
    .selectFrom('risks as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .innerJoin('people as pe', 'pe.id', 'r.owner_id')
    .leftJoin('funding_proposals as fp', 'fp.id', 'r.funding_proposal_id')
    .select([
      'r.id',
      'r.title',
      'r.cause',
      'r.event',
      'r.consequence',
      'r.category',
      'r.owner_id',
      'pe.name as owner_name',
      'r.organisation_id',
      'o.name as partner_name',
      'r.identified_on',
      'r.inherent_likelihood',
      'r.inherent_impact',
      'r.residual_likelihood',
      'r.residual_impact',
      'r.target_score',
      'r.response',
      'r.status',
      'r.funding_proposal_id',
      'fp.title as funding_proposal_title',
    ]);
}
type RiskRow = Awaited<ReturnType<ReturnType<typeof risks>['execute']>>[number];
const toRisk = (r: RiskRow): Risk => ({
  id: r.id,
  title: r.title,
  cause: r.cause,
  event: r.event,
  consequence: r.consequence,
  category: r.category as RiskCategory,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  organisationId: r.organisation_id,
  partnerName: r.partner_name,
  identifiedOn: r.identified_on,
  inherentLikelihood: Number(r.inherent_likelihood),
  inherentImpact: Number(r.inherent_impact),
  residualLikelihood: Number(r.residual_likelihood),
  residualImpact: Number(r.residual_impact),
  targetScore: r.target_score === null ? null : Number(r.target_score),
  response: r.response as RiskResponse,
  status: r.status as RiskStatus,
  fundingProposalId: r.funding_proposal_id ?? null,
  fundingProposalTitle: r.funding_proposal_title ?? null,
});
const riskColumns = (r: RiskInput) => ({
  title: r.title,
  cause: r.cause,
  event: r.event,
  consequence: r.consequence,
  category: r.category,
  owner_id: r.ownerId,
  organisation_id: r.organisationId,
  identified_on: r.identifiedOn,
  inherent_likelihood: r.inherentLikelihood,
  inherent_impact: r.inherentImpact,
  residual_likelihood: r.residualLikelihood,
  residual_impact: r.residualImpact,
  target_score: r.targetScore,
  response: r.response,
  status: r.status,
  funding_proposal_id: r.fundingProposalId,
});

export async function listRisks(db: Db | Trx, partnershipId: string): Promise<Risk[]> {
  return (await risks(db).where('r.partnership_id', '=', partnershipId).orderBy('r.position').execute()).map(toRisk);
}
export async function findRisk(db: Db | Trx, partnershipId: string, id: string): Promise<Risk | undefined> {
  const row = await risks(db).where('r.partnership_id', '=', partnershipId).where('r.id', '=', id).executeTakeFirst();
  return row && toRisk(row);
}
export async function insertRisk(trx: Trx, partnershipId: string, id: string, r: RiskInput): Promise<string> {
  const position = await nextPosition(trx, 'risks', partnershipId);
  await trx.insertInto('risks').values({ id, partnership_id: partnershipId, position, ...riskColumns(r) }).execute();
  return id;
}
export async function updateRisk(trx: Trx, partnershipId: string, id: string, r: RiskInput): Promise<void> {
  await trx.updateTable('risks').set(riskColumns(r)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeRisk(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('risks').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** How many open risks a partner owns: it is not removed from the partnership while it owns any. */
export async function openRisksOfPartner(db: Db | Trx, partnershipId: string, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('risks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

function reviews(db: Db | Trx) {
  return db
    .selectFrom('risk_reviews as v')
    .innerJoin('risks as r', 'r.id', 'v.risk_id')
    .select(['v.id', 'v.risk_id', 'r.title as risk_title', 'v.reviewed_on', 'v.likelihood', 'v.impact', 'v.reviewed_by', 'v.notes']);
}
type ReviewRow = Awaited<ReturnType<ReturnType<typeof reviews>['execute']>>[number];
const toReview = (r: ReviewRow): RiskReview => ({ id: r.id, riskId: r.risk_id, riskTitle: r.risk_title, reviewedOn: r.reviewed_on, likelihood: Number(r.likelihood), impact: Number(r.impact), reviewedBy: r.reviewed_by, notes: r.notes });
const reviewColumns = (r: RiskReviewInput) => ({ risk_id: r.riskId, reviewed_on: r.reviewedOn, likelihood: r.likelihood, impact: r.impact, reviewed_by: r.reviewedBy, notes: r.notes });

/** Newest first: a risk's latest review is the one a reader looks for. */
export async function listRiskReviews(db: Db | Trx, partnershipId: string): Promise<RiskReview[]> {
  return (await reviews(db).where('v.partnership_id', '=', partnershipId).orderBy('v.reviewed_on', 'desc').orderBy('v.id').execute()).map(toReview);
}
export async function findRiskReview(db: Db | Trx, partnershipId: string, id: string): Promise<RiskReview | undefined> {
  const row = await reviews(db).where('v.partnership_id', '=', partnershipId).where('v.id', '=', id).executeTakeFirst();
  return row && toReview(row);
}
export async function insertRiskReview(trx: Trx, partnershipId: string, id: string, r: RiskReviewInput): Promise<string> {
  await trx.insertInto('risk_reviews').values({ id, partnership_id: partnershipId, ...reviewColumns(r) }).execute();
  return id;
}
export async function updateRiskReview(trx: Trx, partnershipId: string, id: string, r: RiskReviewInput): Promise<void> {
  await trx.updateTable('risk_reviews').set(reviewColumns(r)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeRiskReview(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('risk_reviews').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** How many reviews a risk has: it is not removed while it has any (close it instead). */
export async function reviewsOfRisk(db: Db | Trx, riskId: string): Promise<number> {
  const row = await db.selectFrom('risk_reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('risk_id', '=', riskId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** R-2.6.8's rows for the compliance engine: what a risk's standing is judged on. */
export type RiskInBrief = Pick<Risk, 'id' | 'title' | 'identifiedOn' | 'residualLikelihood' | 'residualImpact' | 'targetScore' | 'status'>;
export type ReviewInBrief = Pick<RiskReviewInput, 'riskId' | 'reviewedOn' | 'likelihood' | 'impact'>;

/**
 * for the compliance engine, each partnership's risks in brief and their reviews: two statements
 * for any number of partnerships.
 */
export async function riskRegistersOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<{ risks: Array<{ partnershipId: string } & RiskInBrief>; reviews: Array<{ partnershipId: string } & ReviewInBrief> }> {
  if (!partnershipIds.length) return { risks: [], reviews: [] };
  const [r, v] = await Promise.all([
    db.selectFrom('risks').select(['partnership_id', 'id', 'title', 'identified_on', 'residual_likelihood', 'residual_impact', 'target_score', 'status']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('position').execute(),
    db.selectFrom('risk_reviews').select(['partnership_id', 'risk_id', 'reviewed_on', 'likelihood', 'impact']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('reviewed_on').execute(),
  ]);
  return {
    risks: r.map((x) => ({ partnershipId: x.partnership_id, id: x.id, title: x.title, identifiedOn: x.identified_on, residualLikelihood: Number(x.residual_likelihood), residualImpact: Number(x.residual_impact), targetScore: x.target_score === null ? null : Number(x.target_score), status: x.status as RiskStatus })),
    reviews: v.map((x) => ({ partnershipId: x.partnership_id, riskId: x.risk_id, reviewedOn: x.reviewed_on, likelihood: Number(x.likelihood), impact: Number(x.impact) })),
  };
}

/** A risk on the council's view: its partnership named beside it. */
export type CouncilRiskRow = Risk & { partnershipId: string; partnershipName: string; reference: string };

/**
 * the council's view of the risk registers: every open risk of the partnerships in scope (none of
 * a withdrawn one), with the reviews of those risks; two statements for any number of partnerships.
 */
export async function councilRisks(db: Db | Trx, scope: PartnershipScope): Promise<{ risks: CouncilRiskRow[]; reviews: RiskReview[] }> {
  const rows = await whereInScope(risks(db).innerJoin('partnerships as p', 'p.id', 'r.partnership_id'), scope, 'r.partnership_id')
    .select(['r.partnership_id', 'p.name as partnership_name', 'p.reference'])
    .where('p.status', '!=', 'withdrawn')
    .where('r.status', '=', 'open')
    .orderBy('p.name')
    .orderBy('p.reference')
    .orderBy('r.position')
    .execute();
  const ids = [...new Set(rows.map((r) => r.partnership_id))];
  const found = ids.length ? await reviews(db).where('v.partnership_id', 'in', ids).where('r.status', '=', 'open').orderBy('v.reviewed_on', 'desc').orderBy('v.id').execute() : [];
  return { risks: rows.map((r) => ({ ...toRisk(r), partnershipId: r.partnership_id, partnershipName: r.partnership_name, reference: r.reference })), reviews: found.map(toReview) };
}

// Reading a partnership's assessment and business case for a principal, with what it reads from the
// partnership (money, staff, assets, priorities with how, legal form) and what is still missing. The scope
// hook found the partnership on pages and the API (decision 33); the scope is applied here too.
import { findAssessment, type StoredAssessment } from '../../db/repositories/business-case.repo.ts';
import { screeningsOf } from '../../db/repositories/screening.repo.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import { assessmentCompleteness, type Completeness } from '../../domain/business-case/assessment.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';

export type { StoredAssessment } from '../../db/repositories/business-case.repo.ts';

export interface BusinessCaseView {
  /** Null until it is first saved. */
  assessment: StoredAssessment | null;
  completeness: Completeness;
  /** the latest screening's finding; null when none is recorded. */
  screeningApplies: boolean | null;
}

export async function businessCaseFor(deps: AppDeps, principal: Principal, partnership: Parameters<typeof assessmentCompleteness>[0] & { id: string }): Promise<BusinessCaseView> {
  if (!inScope(partnershipScope(principal), partnership.id)) throw new NotFoundError('No such partnership');
  const db = deps.database.db;
  const [assessment, screenings] = await Promise.all([findAssessment(db, partnership.id), screeningsOf(db, partnership.id)]);
  return { assessment: assessment ?? null, completeness: assessmentCompleteness(partnership, assessment ?? null), screeningApplies: screenings[0]?.applies ?? null };
}

/** The partnership's assessment as saved, or null when none is yet. */
export async function assessmentFor(deps: AppDeps, principal: Principal, partnershipId: string): Promise<StoredAssessment | null> {
  if (!inScope(partnershipScope(principal), partnershipId)) throw new NotFoundError('No such partnership');
  return (await findAssessment(deps.database.db, partnershipId)) ?? null;
}

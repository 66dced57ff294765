// The entering assessment and business case as stored (migration 0010): one row per partnership,
// written only by the business case use case, inside its command.
import type { Assessment } from '../../domain/business-case/assessment.ts';
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export interface StoredAssessment extends Assessment {
  partnershipId: string;
  updatedByLabel: string;
  updatedAt: string;
}

export async function findAssessment(db: Executor, partnershipId: string): Promise<StoredAssessment | undefined> {
  const r = await db.selectFrom('business_cases').selectAll().where('partnership_id', '=', partnershipId).executeTakeFirst();
  if (!r) return undefined;
  return {
    partnershipId: r.partnership_id,
    existingCommitments: r.existing_commitments,
    legalPower: r.legal_power,
    barIdentified: r.bar_identified === null ? null : r.bar_identified === 1,
    barDetails: r.bar_details,
    legalFormReason: r.legal_form_reason,
    businessCase: r.business_case,
    evidenceBase: r.evidence_base,
    updatedByLabel: r.updated_by_label,
    updatedAt: r.updated_at,
  };
}

/** Writes the partnership's assessment: the first save inserts it, every later one replaces its answers. */
export async function saveAssessment(trx: Trx, a: StoredAssessment): Promise<void> {
  const answers = {
    existing_commitments: a.existingCommitments,
    legal_power: a.legalPower,
    bar_identified: a.barIdentified === null ? null : a.barIdentified ? 1 : 0,
    bar_details: a.barDetails,
    legal_form_reason: a.legalFormReason,
    business_case: a.businessCase,
    evidence_base: a.evidenceBase,
    updated_by_label: a.updatedByLabel,
    updated_at: a.updatedAt,
  };
  await trx
    .insertInto('business_cases')
    .values({ partnership_id: a.partnershipId, ...answers })
    .onConflict((oc) => oc.column('partnership_id').doUpdateSet(answers))
    .execute();
}

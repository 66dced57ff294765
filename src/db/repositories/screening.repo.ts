// Screenings as stored (migration 0009): every one kept, newest first, the latest current; and each
// user's draft answers on the question pages (decision 39). Screenings are written only by the screening
// use case, inside its command.
import type { Db, Trx } from '../database.ts';
import type { ScreeningAnswers, ScreeningReason } from '../../domain/screening/outcome.ts';

type Executor = Db | Trx;

export interface StoredScreening {
  id: string;
  partnershipId: string;
  answers: ScreeningAnswers;
  applies: boolean;
  reasons: ScreeningReason[];
  screenedBy: string | null;
  screenedByLabel: string;
  screenedAt: string;
}

export async function insertScreening(trx: Trx, s: StoredScreening): Promise<void> {
  await trx
    .insertInto('screenings')
    .values({
      id: s.id,
      partnership_id: s.partnershipId,
      answers: JSON.stringify(s.answers),
      outcome: s.applies ? 'applies' : 'does-not-apply',
      reasons: JSON.stringify(s.reasons),
      screened_by: s.screenedBy,
      screened_by_label: s.screenedByLabel,
      screened_at: s.screenedAt,
    })
    .execute();
}

/** Every screening of a partnership, newest first (ids are uuid v7, so they break a tie in time). */
export async function screeningsOf(db: Executor, partnershipId: string): Promise<StoredScreening[]> {
  const rows = await db.selectFrom('screenings').selectAll().where('partnership_id', '=', partnershipId).orderBy('screened_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnership_id,
    answers: JSON.parse(r.answers) as ScreeningAnswers,
    applies: r.outcome === 'applies',
    reasons: JSON.parse(r.reasons) as ScreeningReason[],
    screenedBy: r.screened_by,
    screenedByLabel: r.screened_by_label,
    screenedAt: r.screened_at,
  }));
}

/** A user's answers so far, as they were saved (partial), or undefined. */
export async function findDraft(db: Executor, partnershipId: string, userId: string): Promise<Record<string, unknown> | undefined> {
  const row = await db.selectFrom('screening_drafts').select('answers').where('partnership_id', '=', partnershipId).where('user_id', '=', userId).executeTakeFirst();
  return row ? (JSON.parse(row.answers) as Record<string, unknown>) : undefined;
}

/** Keeps a user's answers so far: one row per partnership and user, replaced on each page. */
export async function saveDraft(db: Executor, partnershipId: string, userId: string, answers: Record<string, unknown>, now: string): Promise<void> {
  const text = JSON.stringify(answers);
  await db
    .insertInto('screening_drafts')
    .values({ partnership_id: partnershipId, user_id: userId, answers: text, updated_at: now })
    .onConflict((oc) => oc.columns(['partnership_id', 'user_id']).doUpdateSet({ answers: text, updated_at: now }))
    .execute();
}

export async function deleteDraft(db: Executor, partnershipId: string, userId: string): Promise<void> {
  await db.deleteFrom('screening_drafts').where('partnership_id', '=', partnershipId).where('user_id', '=', userId).execute();
}

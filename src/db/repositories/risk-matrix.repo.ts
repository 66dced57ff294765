// The council's risk matrix (R-2.6.8, migration 0042): one row, read on each request that scores a risk
// (no copy is kept between requests, so every app server scores on the matrix in force), and the open
// risks' levels a new matrix must still have (fitProblems).
import { DEFAULT_RISK_MATRIX, type RiskMatrix, type ScoredRisk } from '../../domain/risk/matrix.ts';
import type { Db, Trx } from '../database.ts';

const ROW = 'council';

/** The matrix an administrator saved; null while none has been (the default is in force). */
export async function storedRiskMatrix(db: Db | Trx): Promise<RiskMatrix | null> {
  const row = await db.selectFrom('risk_matrices').select(['likelihood', 'impact', 'bands']).where('id', '=', ROW).executeTakeFirst();
  if (!row) return null;
  return { likelihood: JSON.parse(row.likelihood) as string[], impact: JSON.parse(row.impact) as string[], bands: JSON.parse(row.bands) as RiskMatrix['bands'] };
}

/** The matrix in force: the one an administrator saved, or the council's default 5 × 5. */
export async function riskMatrixOf(db: Db | Trx): Promise<RiskMatrix> {
  return (await storedRiskMatrix(db)) ?? DEFAULT_RISK_MATRIX;
}

export async function saveRiskMatrix(trx: Trx, m: RiskMatrix, now: string): Promise<void> {
  const values = {
    likelihood: JSON.stringify(m.likelihood),
    impact: JSON.stringify(m.impact),
    bands: JSON.stringify(m.bands.map((b) => ({ name: b.name, from: b.from, to: b.to, reviewMonths: b.reviewMonths }))),
    updated_at: now,
  };
  await trx.insertInto('risk_matrices').values({ id: ROW, ...values }).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

/** Every open risk with the levels it is scored on now: inherent, residual and its latest review's. */
export async function openRiskLevels(db: Db | Trx): Promise<ScoredRisk[]> {
  const [risks, reviews] = await Promise.all([
    db
      .selectFrom('risks as r')
      .innerJoin('partnerships as p', 'p.id', 'r.partnership_id')
      .select(['r.id', 'r.title', 'p.name as partnership', 'r.inherent_likelihood', 'r.inherent_impact', 'r.residual_likelihood', 'r.residual_impact'])
      .where('r.status', '=', 'open')
      .orderBy('p.name')
      .orderBy('r.title')
      .execute(),
    db
      .selectFrom('risk_reviews as v')
      .innerJoin('risks as r', 'r.id', 'v.risk_id')
      .select(['v.risk_id', 'v.reviewed_on', 'v.likelihood', 'v.impact'])
      .where('r.status', '=', 'open')
      .orderBy('v.reviewed_on')
      .execute(),
  ]);
  // The latest review of each: the reviews come oldest first, so the last one kept wins.
  const latest = new Map(reviews.map((v) => [v.risk_id, v]));
  return risks.map((r) => {
    const v = latest.get(r.id);
    return {
      title: r.title,
      partnership: r.partnership,
      levels: [
        { likelihood: Number(r.inherent_likelihood), impact: Number(r.inherent_impact) },
        { likelihood: Number(r.residual_likelihood), impact: Number(r.residual_impact) },
        ...(v ? [{ likelihood: Number(v.likelihood), impact: Number(v.impact) }] : []),
      ],
    };
  });
}

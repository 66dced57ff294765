// The council's risk matrix (R-2.6.8, decision 87): an administrator replaces it whole, on its page or
// through PUT /api/v1/risk-matrix. Refused, with every problem at its part, when it is not a usable matrix
// (matrixProblems) or an open risk is scored on a level it would not have (fitProblems); otherwise saved
// with its audit event in one transaction, and every score, band and next review follows from it at once.
import { openRiskLevels, saveRiskMatrix, storedRiskMatrix } from '../db/repositories/risk-matrix.repo.ts';
import { fitProblems, matrixProblems, type RiskMatrix } from '../domain/risk/matrix.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { ValidationError } from './errors.ts';

/** The matrix as the audit trail keeps it: what History and the audit page put in words. */
export const auditedMatrix = (m: RiskMatrix) => ({ likelihood: [...m.likelihood], impact: [...m.impact], bands: m.bands.map((b) => ({ name: b.name, from: b.from, to: b.to, reviewMonths: b.reviewMonths })) });

/** Trims each name, so "High " and "High" are one band, as matrixProblems reads them. */
export const tidyMatrix = (m: RiskMatrix): RiskMatrix => ({
  likelihood: m.likelihood.map((s) => s.trim()),
  impact: m.impact.map((s) => s.trim()),
  bands: m.bands.map((b) => ({ ...b, name: b.name.trim() })),
});

export async function changeRiskMatrix(deps: AppDeps, ctx: RequestContext, given: RiskMatrix): Promise<RiskMatrix> {
  const m = tidyMatrix(given);
  return command(deps, ctx, async (trx, audit) => {
    const unusable = matrixProblems(m);
    // Read in the transaction, so a risk scored in the meantime is counted.
    const problems = unusable.length ? unusable : fitProblems(m, await openRiskLevels(trx));
    if (problems.length) throw new ValidationError(problems);
    // The council's first matrix is created (the default had no row); later ones update it. Saved
    // unchanged, nothing is written and nothing audited.
    const stored = await storedRiskMatrix(trx);
    const before = stored && auditedMatrix(stored);
    const after = auditedMatrix(m);
    if (before && JSON.stringify(before) === JSON.stringify(after)) return m;
    await saveRiskMatrix(trx, m, deps.clock.now().toISOString());
    audit.record({ entityType: 'risk-matrix', entityId: 'council', action: before ? 'updated' : 'created', before, after });
    return m;
  });
}

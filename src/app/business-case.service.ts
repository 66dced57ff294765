// Changing a partnership's entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2,
// one command that writes its answers and audits the change with the partnership's id, so its
// History shows each one. It is one record, replaced on each save; the audit trail keeps what it was.
import { findAssessment, saveAssessment as writeAssessment, type StoredAssessment } from '../db/repositories/business-case.repo.ts';
import { findLifecycleHeader } from '../db/repositories/lifecycle.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import type { Role } from '../domain/access/roles.ts';
import { mayOn } from '../domain/access/scope.ts';
import { businessCaseHold } from '../domain/business-case/hold.ts';
import { ASSESSMENT_FIELDS, normaliseAssessment, type Assessment } from '../domain/business-case/assessment.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { AssessmentInput } from './schemas/business-case.schema.ts';

const answersOf = (a: Assessment): Record<string, unknown> => Object.fromEntries(ASSESSMENT_FIELDS.map((f) => [f, a[f]]));

/**
 * Saves the assessment's answers (every one: any left out is not answered). Refused at `action` when the
 * principal does not keep the register, or the business case is held (hold.ts: awaiting approval, R-APPROVE;
 * withdrawn, decision 24).
 */
export async function saveAssessment(deps: AppDeps, ctx: RequestContext, principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, input: AssessmentInput): Promise<StoredAssessment> {
  if (!mayOn(principal, 'register.manage', partnershipId)) throw new ValidationError([{ field: 'action', message: 'Only officers and administrators can change the business case.' }]);
  const answers = normaliseAssessment(input);
  return command(deps, ctx, async (trx, audit) => {
    const p = await findLifecycleHeader(trx, partnershipId);
    if (!p) throw new NotFoundError('No such partnership');
    // R-APPROVE: held as submitted while it awaits approval; a withdrawn record kept as it was.
    const hold = businessCaseHold(p.status);
    if (hold) throw new ValidationError([{ field: 'action', message: hold.reason }]);
    const before = await findAssessment(trx, partnershipId);
    // Saved unchanged: nothing is written, and no event recorded (decision 38).
    if (before && JSON.stringify(answersOf(before)) === JSON.stringify(answersOf(answers))) return before;
    const now = deps.clock.now().toISOString();
    const kept: StoredAssessment = { partnershipId, ...answers, updatedByLabel: ctx.actor.label, updatedAt: now };
    await writeAssessment(trx, kept);
    // Decision 38: a change to a record of the partnership moves its updatedAt.
    await touchPartnership(trx, partnershipId, now);
    audit.record({
      entityType: 'business-case',
      entityId: partnershipId,
      partnershipId,
      action: before ? 'updated' : 'created',
      before: before ? answersOf(before) : null,
      after: answersOf(answers),
    });
    return kept;
  });
}

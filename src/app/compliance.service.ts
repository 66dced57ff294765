// Recording the compliance engine's evidence (issue 9): an attestation of a requirement Accord does not yet
// hold the data for, and an exception to a requirement that gates operating (R-APPROVE). One command each,
// audited with the partnership's id so its History shows it. Both are kept as recorded, never changed: a
// newer one stands beside the older, and the engine reads the latest in date. Whether a requirement takes
// one is the engine's finding for this partnership now, read inside the same transaction.
import { complianceRowsOf, insertAttestation, insertException } from '../db/repositories/compliance.repo.ts';
import { findLifecycleHeader } from '../db/repositories/lifecycle.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import type { Trx } from '../db/database.ts';
import { partnershipScope } from '../domain/access/scope.ts';
import type { Role } from '../domain/access/roles.ts';
import { mayOn } from '../domain/access/scope.ts';
import { evaluatePartnership, NOT_EXCEPTABLE } from '../domain/compliance/evaluate.ts';
import { REQUIREMENTS } from '../domain/compliance/requirements.ts';
import { RESULT_LABELS, type Attestation, type ComplianceException, type Finding, type Requirement } from '../domain/compliance/types.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError, ValidationError } from './errors.ts';
import { londonToday } from './lifecycle.service.ts';
import { documentsOf } from './queries/documents.queries.ts';
import { snapshotsOf } from './queries/compliance.queries.ts';
import { protocolOf } from './protocol-config.ts';
import { addMonths, attestationProblems, exceptionProblems, type AttestationInput, type ExceptionInput } from './schemas/compliance.schema.ts';

/** The requirement does not take this kind of evidence for this partnership now: the page says why (409 on the API). */
export class NotTakenError extends UserFacingError {
  constructor(message: string) {
    super(message, 'action');
  }
}

export const requirementOf = (id: string): Requirement | undefined => REQUIREMENTS.find((q) => q.id === id);

/** Why the finding takes no attestation, or null when it does: an attested requirement that applies. */
export function attestationRefusal(f: Finding): string | null {
  if (f.result === 'not-applicable') return `${f.requirementId} does not apply to this partnership now, so it takes no attestation: ${f.reason}`;
  if (f.how !== 'attested') {
    const how = f.how === 'computed' ? 'worked out from the partnership’s own records' : 'kept by Accord itself';
    return `${f.requirementId} is ${how}, so it takes no attestation${f.fix ? `: ${f.fix.text.toLowerCase()} instead` : ''}`;
  }
  return null;
}

/** Why the finding takes no exception, or null when it does: a gap in a requirement that gates operating (R-APPROVE). */
export function exceptionRefusal(f: Finding): string | null {
  if (!f.gatesOperating) return `${f.requirementId} does not gate operating under the council’s configuration, so it takes no exception`;
  if (NOT_EXCEPTABLE[f.requirementId]) return `${f.requirementId} takes no exception: ${NOT_EXCEPTABLE[f.requirementId]}`;
  if (f.result !== 'gap') return `${f.requirementId} is ${RESULT_LABELS[f.result].toLowerCase()}: there is no gap to except`;
  return null;
}

function refuseUnlessKeeper(principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, what: string): void {
  if (!mayOn(principal, 'register.manage', partnershipId)) throw new ValidationError([{ field: 'action', message: `Only officers and administrators can record ${what}.` }]);
}

/** The requirement's finding for the partnership now, read in the command's transaction; refused when withdrawn. */
async function findingIn(trx: Trx, deps: AppDeps, principal: { role: Role }, partnershipId: string, requirementId: string, today: string): Promise<Finding> {
  const p = await findLifecycleHeader(trx, partnershipId);
  if (!p) throw new NotFoundError('No such partnership');
  if (p.status === 'withdrawn') {
    throw new ValidationError([{ field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and nothing can be attested or excepted.' }]);
  }
  const [snapshot] = snapshotsOf(await complianceRowsOf(trx, partnershipScope(principal), [partnershipId], today));
  if (!snapshot) throw new NotFoundError('No such partnership');
  return evaluatePartnership(snapshot, protocolOf(deps), today).findings.find((f) => f.requirementId === requirementId)!;
}

const attestationFields = (a: Attestation) => ({ requirementId: a.requirementId, statement: a.statement, documentId: a.documentId, attestedBy: a.attestedBy, attestedOn: a.attestedOn, validUntil: a.validUntil });
const exceptionFields = (e: ComplianceException) => ({ requirementId: e.requirementId, reason: e.reason, agreedBy: e.agreedBy, recordedBy: e.recordedBy, recordedOn: e.recordedOn, until: e.until });

/**
 * Records an attestation by the acting user. NotFoundError for a requirement the catalogue does not know;
 * ValidationError at its fields (dates, a document not the partnership's) or at `action` (role, withdrawn);
 * NotTakenError when the requirement is not attested or does not apply to this partnership now.
 */
export async function recordAttestation(deps: AppDeps, ctx: RequestContext, principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, requirementId: string, input: AttestationInput): Promise<Attestation> {
  if (!requirementOf(requirementId)) throw new NotFoundError('No such requirement');
  refuseUnlessKeeper(principal, partnershipId, 'an attestation');
  const today = londonToday(deps.clock.now());
  const problems = attestationProblems(input, today);
  if (problems.length) throw new ValidationError(problems);
  return command(deps, ctx, async (trx, audit) => {
    const finding = await findingIn(trx, deps, principal, partnershipId, requirementId, today);
    const refused = attestationRefusal(finding);
    if (refused) throw new NotTakenError(refused);
    const documentId = input.documentId ?? null;
    if (documentId && !(await documentsOf(trx, [partnershipId], today)).get(partnershipId)!.some((d) => d.documentId === documentId)) {
      throw new ValidationError([{ field: 'documentId', message: 'Select a current document of this partnership, or none' }]);
    }
    const attestation: Attestation = {
      id: deps.ids.next(),
      requirementId,
      statement: input.statement,
      documentId,
      attestedBy: ctx.actor.label,
      attestedOn: input.attestedOn,
      validUntil: input.validUntil ?? addMonths(input.attestedOn, protocolOf(deps).compliance.attestationMonths),
    };
    const now = deps.clock.now().toISOString();
    await insertAttestation(trx, partnershipId, attestation, now);
    // Decision 38: a change to a record of the partnership moves its updatedAt.
    await touchPartnership(trx, partnershipId, now);
    audit.record({ entityType: 'compliance-attestation', entityId: attestation.id, partnershipId, action: 'created', after: attestationFields(attestation) });
    return attestation;
  });
}

/**
 * Records an exception agreed by someone named with their role, recorded by the acting user today.
 * Refused like recordAttestation; NotTakenError unless the requirement gates operating and is a gap.
 */
export async function recordException(deps: AppDeps, ctx: RequestContext, principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, requirementId: string, input: ExceptionInput): Promise<ComplianceException> {
  if (!requirementOf(requirementId)) throw new NotFoundError('No such requirement');
  refuseUnlessKeeper(principal, partnershipId, 'an exception');
  const today = londonToday(deps.clock.now());
  const problems = exceptionProblems(input, today);
  if (problems.length) throw new ValidationError(problems);
  return command(deps, ctx, async (trx, audit) => {
    const finding = await findingIn(trx, deps, principal, partnershipId, requirementId, today);
    const refused = exceptionRefusal(finding);
    if (refused) throw new NotTakenError(refused);
    const exception: ComplianceException = {
      id: deps.ids.next(),
      requirementId,
      reason: input.reason,
      agreedBy: `${input.agreedByName}, ${input.agreedByRole}`,
      recordedBy: ctx.actor.label,
      recordedOn: today,
      until: input.until,
    };
    const now = deps.clock.now().toISOString();
    await insertException(trx, partnershipId, exception, now);
    await touchPartnership(trx, partnershipId, now);
    audit.record({ entityType: 'compliance-exception', entityId: exception.id, partnershipId, action: 'created', after: exceptionFields(exception) });
    return exception;
  });
}

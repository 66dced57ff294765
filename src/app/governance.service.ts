// Changing one section of a partnership's governance framework or running arrangements (R-2.7, R-A1.4–
// R-A1.6, R-2.6.9, R-2.6.13, R-2.10– ): one command that writes the section and audits the
// change with the partnership's id, so its History keeps every version (who, when, before, after).
import { findLifecycleHeader } from '../db/repositories/lifecycle.repo.ts';
import { findSection, saveSection, type StoredSection } from '../db/repositories/governance.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import type { Role } from '../domain/access/roles.ts';
import { mayOn } from '../domain/access/scope.ts';
import { governanceSection } from '../domain/governance/catalogue.ts';
import { normaliseSection, sectionProblems, type SectionRecord } from '../domain/governance/section.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { londonToday } from './lifecycle.service.ts';
import type { GovernanceSectionInput } from './schemas/governance.schema.ts';

/** The audit event's record: one per partnership and section. */
export const governanceEntityId = (partnershipId: string, key: string) => `${partnershipId}/${key}`;

const fieldsOf = (s: SectionRecord) => ({ status: s.status, summary: s.summary, agreedOn: s.agreedOn });

/**
 * Saves a section as sent. Refused at `action` when the principal does not keep the register or the
 * partnership is withdrawn (decision 24: kept as it was); at its fields by sectionProblems; NotFoundError
 * for a section the catalogue does not know. Null: a section never started, saved as not started (nothing kept).
 */
export async function saveGovernanceSection(
  deps: AppDeps,
  ctx: RequestContext,
  principal: { role: Role; partnershipIds?: readonly string[] | null },
  partnershipId: string,
  key: string,
  input: GovernanceSectionInput,
): Promise<StoredSection | null> {
  const described = governanceSection(key);
  if (!described) throw new NotFoundError('No such governance section');
  if (!mayOn(principal, 'register.manage', partnershipId)) throw new ValidationError([{ field: 'action', message: 'Only officers and administrators can change the governance framework.' }]);
  const section = normaliseSection(input);
  const problems = sectionProblems(section, described.clause, londonToday(deps.clock.now()));
  if (problems.length) throw new ValidationError(problems);
  return command(deps, ctx, async (trx, audit) => {
    const p = await findLifecycleHeader(trx, partnershipId);
    if (!p) throw new NotFoundError('No such partnership');
    if (p.status === 'withdrawn') {
      throw new ValidationError([{ field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and its governance cannot be changed.' }]);
    }
    const before = await findSection(trx, partnershipId, key);
    // Saved unchanged: nothing written, no event (decision 38). A section never started, saved as not started, likewise.
    const was = before ? fieldsOf(before) : { status: 'not-started', summary: null, agreedOn: null };
    if (JSON.stringify(was) === JSON.stringify(fieldsOf(section))) return before ?? null;
    const now = deps.clock.now().toISOString();
    const kept: StoredSection = { partnershipId, key, ...section, updatedByLabel: ctx.actor.label, updatedAt: now };
    await saveSection(trx, kept);
    // Decision 38: a change to a record of the partnership moves its updatedAt.
    await touchPartnership(trx, partnershipId, now);
    audit.record({
      entityType: 'governance-section',
      entityId: governanceEntityId(partnershipId, key),
      partnershipId,
      action: before ? 'updated' : 'created',
      before: before ? fieldsOf(before) : null,
      after: fieldsOf(section),
    });
    return kept;
  });
}

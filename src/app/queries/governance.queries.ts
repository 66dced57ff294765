// Reading a partnership's governance framework and running arrangements for a principal: each section as
// kept (or not started), whether its legal form requires it under the council's configuration, its linked
// documents, and what is still missing (governanceCompleteness). The scope hook found the partnership on
// pages and the API (decision 33); the scope is applied here too.
import { sectionsOf, type StoredSection } from '../../db/repositories/governance.repo.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import { governanceCompleteness, type GovernanceCompleteness, type GovernanceDocument } from '../../domain/governance/completeness.ts';
import type { LegalForm } from '../../domain/register/vocabulary.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { protocolOf } from '../protocol-config.ts';

export type { StoredSection } from '../../db/repositories/governance.repo.ts';

export interface GovernanceView {
  completeness: GovernanceCompleteness;
  /** The sections started, by key, with who last changed each and when. */
  kept: ReadonlyMap<string, StoredSection>;
}

/**
 * The partnership's governance. `documents` are its current documents (R-2.7doc) with their type and
 * linked section, as the documents area gives them.
 */
export async function governanceFor(
  deps: AppDeps,
  principal: Principal,
  partnership: { id: string; legalForm: LegalForm },
  documents: readonly GovernanceDocument[],
): Promise<GovernanceView> {
  if (!inScope(partnershipScope(principal), partnership.id)) throw new NotFoundError('No such partnership');
  const kept = new Map((await sectionsOf(deps.database.db, [partnership.id])).map((s) => [s.key, s]));
  return { completeness: governanceCompleteness(partnership.legalForm, kept, documents, protocolOf(deps).governance), kept };
}

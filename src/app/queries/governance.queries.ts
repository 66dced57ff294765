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
import { londonToday } from '../lifecycle.service.ts';
import { documentsOf } from './documents.queries.ts';

export type { StoredSection } from '../../db/repositories/governance.repo.ts';

export interface GovernanceView {
  completeness: GovernanceCompleteness;
  /** The sections started, by key, with who last changed each and when. */
  kept: ReadonlyMap<string, StoredSection>;
}

/** The partnership's current documents (the latest version in effect today; R-2.7doc, R-2.7(n)), with their type and linked section. */
async function governanceDocuments(deps: AppDeps, partnershipId: string): Promise<GovernanceDocument[]> {
  const current = (await documentsOf(deps.database.db, [partnershipId], londonToday(deps.clock.now()))).get(partnershipId) ?? [];
  return current.map((d) => ({ documentId: d.documentId, title: d.title, type: d.type, section: d.section }));
}

/** The partnership's governance, under the council's protocol configuration. */
export async function governanceFor(deps: AppDeps, principal: Principal, partnership: { id: string; legalForm: LegalForm }): Promise<GovernanceView> {
  if (!inScope(partnershipScope(principal), partnership.id)) throw new NotFoundError('No such partnership');
  const [stored, documents] = await Promise.all([sectionsOf(deps.database.db, [partnership.id]), governanceDocuments(deps, partnership.id)]);
  const kept = new Map(stored.map((s) => [s.key, s]));
  return { completeness: governanceCompleteness(partnership.legalForm, kept, documents, protocolOf(deps).governance), kept };
}

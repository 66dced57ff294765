// What a partnership can be found by (name, reference, purpose, partners' names), kept as tokens; and the
// words the overlap warning compares (R-2.4b), kept so the partnerships sharing them are found by index.
import type { Trx } from '../db/database.ts';
import { organisationNames } from '../db/repositories/organisations.repo.ts';
import { findPartnership, replaceOverlapWords, replaceSearchTokens } from '../db/repositories/partnerships.repo.ts';
import { indexedWords } from '../domain/overlap/overlaps.ts';
import { tokens } from '../domain/search/normalise.ts';

export async function reindexPartnership(trx: Trx, partnershipId: string): Promise<void> {
  const p = await findPartnership(trx, partnershipId);
  if (!p) return;
  const partnerNames = await organisationNames(trx, p.partners.map((x) => x.organisationId));
  const text = [p.name, p.reference, p.purpose, ...partnerNames].join(' ');
  await replaceSearchTokens(trx, partnershipId, tokens(text));
  await replaceOverlapWords(trx, partnershipId, indexedWords(p));
}

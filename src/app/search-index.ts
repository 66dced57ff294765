// What a partnership can be found by (name, reference, purpose, partners' names), kept as tokens.
import type { Trx } from '../db/database.ts';
import { findPartnership, replaceSearchTokens } from '../db/repositories/partnerships.repo.ts';
import { tokens } from '../domain/search/normalise.ts';

export async function reindexPartnership(trx: Trx, partnershipId: string): Promise<void> {
  const p = await findPartnership(trx, partnershipId);
  if (!p) return;
  const partnerNames = p.partners.length
    ? await trx.selectFrom('organisations').select('name').where('id', 'in', p.partners.map((x) => x.organisationId)).execute()
    : [];
  const text = [p.name, p.reference, p.purpose, ...partnerNames.map((o) => o.name)].join(' ');
  await replaceSearchTokens(trx, partnershipId, tokens(text));
}

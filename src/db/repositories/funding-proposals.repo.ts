// Protocol 2.4(h): a partnership's funding proposals, each with how many of its risks name it (its risk
// assessment), and the count a proposal is not removed while it is above none.
import type { Db, Trx } from '../database.ts';
import type { FundingProposal, FundingProposalInput, FundingProposalStatus } from '../../domain/finance/funding-proposal.ts';
import { nextPosition } from './record-positions.ts';

function proposals(db: Db | Trx) {
  return db
    .selectFrom('funding_proposals as f')
    .select((eb) => [
      'f.id',
      'f.title',
      'f.source',
      'f.amount_pence',
      'f.proposed_on',
      'f.status',
      'f.decided_on',
      'f.notes',
      eb.selectFrom('risks as r').select((x) => x.fn.countAll<number>().as('n')).whereRef('r.funding_proposal_id', '=', 'f.id').as('risks'),
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof proposals>['execute']>>[number];
const toProposal = (r: Row): FundingProposal => ({
  id: r.id,
  title: r.title,
  source: r.source,
  amountPence: r.amount_pence === null ? null : Number(r.amount_pence),
  proposedOn: r.proposed_on,
  status: r.status as FundingProposalStatus,
  decidedOn: r.decided_on,
  notes: r.notes,
  risks: Number(r.risks ?? 0),
});
const columns = (p: FundingProposalInput) => ({ title: p.title, source: p.source, amount_pence: p.amountPence, proposed_on: p.proposedOn, status: p.status, decided_on: p.decidedOn, notes: p.notes });

export async function listFundingProposals(db: Db | Trx, partnershipId: string): Promise<FundingProposal[]> {
  return (await proposals(db).where('f.partnership_id', '=', partnershipId).orderBy('f.position').execute()).map(toProposal);
}
export async function findFundingProposal(db: Db | Trx, partnershipId: string, id: string): Promise<FundingProposal | undefined> {
  const row = await proposals(db).where('f.partnership_id', '=', partnershipId).where('f.id', '=', id).executeTakeFirst();
  return row && toProposal(row);
}
export async function insertFundingProposal(trx: Trx, partnershipId: string, id: string, p: FundingProposalInput): Promise<string> {
  const position = await nextPosition(trx, 'funding_proposals', partnershipId);
  await trx.insertInto('funding_proposals').values({ id, partnership_id: partnershipId, position, ...columns(p) }).execute();
  return id;
}
export async function updateFundingProposal(trx: Trx, partnershipId: string, id: string, p: FundingProposalInput): Promise<void> {
  await trx.updateTable('funding_proposals').set(columns(p)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeFundingProposal(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('funding_proposals').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** The risks that name the proposal (its partnership's own: the risk kind checks it), in the register's order: its risk assessment. */
export async function risksOfProposal(db: Db | Trx, id: string): Promise<Array<{ id: string; partnershipId: string; title: string; status: string }>> {
  const rows = await db.selectFrom('risks').select(['id', 'partnership_id', 'title', 'status']).where('funding_proposal_id', '=', id).orderBy('position').execute();
  return rows.map((r) => ({ id: r.id, partnershipId: r.partnership_id, title: r.title, status: r.status }));
}

// A partnership's funding proposals as a kind of record (protocol 2.4(h)): what is proposed, who would fund
// it, how much, when it was proposed, and what was decided. Its risk assessment is the partnership's risks
// that name it (risks.record.ts, R-2.6.8), listed on its page; it is accepted only once they are there
// (domain/finance/funding-proposal.ts), and not removed while a risk names it.
import { z } from 'zod';
import { findFundingProposal, insertFundingProposal, listFundingProposals, removeFundingProposal, risksOfProposal, updateFundingProposal } from '../../db/repositories/funding-proposals.repo.ts';
import { assessmentInWords, FUNDING_PROPOSAL_STATUS_LABELS, FUNDING_PROPOSAL_STATUSES, fundingProposalProblems, type FundingProposal, type FundingProposalInput } from '../../domain/finance/funding-proposal.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, optionalPence, optionalText, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The proposal', missing: 'Enter what is proposed, in a few words', max: 300 }),
  source: text({ label: 'Who would fund it', missing: 'Enter who would fund it', max: 300 }),
  amountPence: optionalPence('The amount'),
  proposedOn: isoDate('The date it was proposed').meta({ format: 'date' }),
  status: z.enum(FUNDING_PROPOSAL_STATUSES, { error: 'Select what was decided' }).optional().default('proposed'),
  decidedOn: optionalIsoDate('The date it was decided').transform((v) => v ?? null),
  notes: optionalText({ label: 'Notes', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const fundingProposals: RecordKind<FundingProposal, FundingProposalInput> = {
  type: 'funding-proposal',
  segment: 'funding-proposals',
  idParam: 'fundingProposalId',
  area: 'performance',
  component: 'FundingProposal',
  names: { one: 'funding proposal', many: 'funding proposals', add: 'Add a funding proposal', heading: 'Funding proposals' },
  clause: 'R-2.6.8',
  fields: {
    title: { label: 'The proposal', hint: 'What is proposed, in a few words: a bid, a grant offered, a partner’s offer.', clause: 'R-2.6.8', input: { kind: 'text' }, list: true, api: 'Protocol 2.4(h): what is proposed, in a few words.', example: 'Rough sleeping grant 2027 to 2029' },
    source: { label: 'Who would fund it', hint: 'The funder, programme or partner.', clause: 'R-2.6.8', input: { kind: 'text' }, list: true, api: 'Protocol 2.4(h): who would fund it.', example: 'Ministry of Housing, Communities and Local Government' },
    amountPence: { label: 'Amount (optional)', hint: 'In pounds, for the whole proposal. Leave it blank if not yet known.', clause: 'R-2.6.8', input: { kind: 'money', called: 'The amount' }, list: true, api: 'Protocol 2.4(h): the sum proposed, in whole pence; null where not yet known.', example: 45_000_000 },
    proposedOn: { label: 'Proposed', hint: 'The day it was proposed. For example, 1 9 2026.', clause: 'R-2.6.8', input: { kind: 'date', called: 'The date it was proposed' }, api: 'Protocol 2.4(h): the day it was proposed, yyyy-mm-dd.', example: '2026-09-01' },
    status: {
      label: 'Decision',
      hint: 'A proposal is accepted only once its risks are assessed: on the risk register, each naming it.',
      clause: 'R-2.6.8',
      input: { kind: 'radios', options: choicesOf(FUNDING_PROPOSAL_STATUSES, FUNDING_PROPOSAL_STATUS_LABELS) },
      later: true,
      list: true,
      api: 'Protocol 2.4(h): proposed (the default), accepted (only with at least one risk assessed), declined or withdrawn.',
      example: 'proposed',
    },
    decidedOn: { label: 'Decided (optional)', hint: 'The day it was accepted, declined or withdrawn. For example, 15 10 2026.', clause: 'R-2.6.8', input: { kind: 'date', called: 'The date it was decided' }, later: true, api: 'Protocol 2.4(h): the day it was accepted, declined or withdrawn, yyyy-mm-dd; null while proposed.', example: null },
    notes: { label: 'Notes (optional)', hint: 'Its conditions, match funding, what it would pay for.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'Protocol 2.4(h): notes; null for none.', example: 'Match funding of 20% from the partners.' },
  },
  schema: schema as unknown as RecordKind<FundingProposal, FundingProposalInput>['schema'],
  keyOf: (p) => p.id,
  title: (p) => p.title,
  inputOf: (p) => ({ title: p.title, source: p.source, amountPence: p.amountPence, proposedOn: p.proposedOn, status: p.status, decidedOn: p.decidedOn, notes: p.notes }),
  audited: (p) => ({
    title: p.title,
    source: p.source,
    ...(p.amountPence !== null ? { amountPence: p.amountPence } : {}),
    proposedOn: p.proposedOn,
    status: p.status,
    ...(p.decidedOn ? { decidedOn: p.decidedOn } : {}),
    ...(p.notes ? { notes: p.notes } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    source: z.string(),
    amountPence: z.number().int().nullable(),
    proposedOn: z.string().meta({ format: 'date' }),
    status: z.enum(FUNDING_PROPOSAL_STATUSES),
    decidedOn: z.string().meta({ format: 'date' }).nullable(),
    notes: z.string().nullable(),
    risks: z.number().int().meta({ description: 'Protocol 2.4(h): how many of the partnership’s risks name it: its risk assessment.' }),
    assessment: z.string().meta({ description: 'Its risk assessment in words.' }),
  }),
  toResource: (p) => ({ ...p, assessment: assessmentInWords(p) }),
  async problems(db, _partnership, change) {
    if (change.kind === 'remove') {
      const named = (await risksOfProposal(db, change.key)).length;
      return named ? [{ field: 'title', message: `${named === 1 ? 'A risk on the register names it' : `${named} risks on the register name it`}: its risk assessment is kept with it. Change ${named === 1 ? 'that risk' : 'those risks'} first, or record the proposal as declined or withdrawn (protocol 2.4(h))` }] : [];
    }
    const risks = change.kind === 'change' ? (await risksOfProposal(db, change.key)).length : 0;
    return fundingProposalProblems(change.value, risks);
  },
  // Its risk assessment: the risks that name it, each linked, for everyone who reads the partnership.
  relatedNeeds: 'register.view',
  async related(db, _principal, p) {
    const risks = await risksOfProposal(db, p.id);
    return {
      heading: 'Its risk assessment',
      hint: `${assessmentInWords(p)}. To add one, add a risk to the register and name this proposal.`,
      items: risks.map((r) => ({ text: r.title, href: `/partnerships/${r.partnershipId}/risks/${r.id}`, note: r.status === 'closed' ? 'Closed' : null, action: null })),
    };
  },
  repo: {
    list: listFundingProposals,
    find: findFundingProposal,
    insert: (trx, partnershipId, p) => insertFundingProposal(trx, partnershipId, uuidIds.next(), p),
    update: updateFundingProposal,
    remove: removeFundingProposal,
  },
};

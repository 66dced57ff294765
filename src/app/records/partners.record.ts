// A partnership's partners as a kind of record (R-1.1, R-2.7a): the organisations sharing responsibility
// with the council, each with its role and member status, added, changed and removed one at a time.
import { z } from 'zod';
import { findCouncilOrganisation, organisationChoices, organisationsExist } from '../../db/repositories/organisations.repo.ts';
import { findPartner, insertPartner, listPartners, removePartner, updatePartner } from '../../db/repositories/partnership-partners.repo.ts';
import type { PartnerLink } from '../../domain/register/partnership.ts';
import { partnerChangeProblems, type Partner } from '../../domain/register/partners.ts';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, PARTNER_ROLE_LABELS, PARTNER_ROLES, SECTORS } from '../../domain/register/vocabulary.ts';
import { recordId } from '../schemas/fields.ts';
import { reindexPartnership } from '../search-index.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  organisationId: recordId('Select the partner organisation'),
  role: z.enum(PARTNER_ROLES, { error: 'Select the partner’s role' }),
  memberStatus: z.enum(MEMBER_STATUSES, { error: 'Select the partner’s member status' }),
});

export const partners: RecordKind<Partner, PartnerLink> = {
  type: 'partnership-partner',
  segment: 'partners',
  keyField: 'organisationId',
  component: 'Partner',
  names: { one: 'partner', many: 'partners', add: 'Add a partner', heading: 'Partners' },
  clause: 'R-2.7a',
  fields: {
    organisationId: {
      label: 'Organisation',
      hint: 'An organisation in the register. If it is not there yet, add it under Organisations first.',
      input: {
        kind: 'record',
        of: 'organisation',
        choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name + (o.isThisCouncil ? ' (this council)' : '') })),
      },
      key: true,
      list: true,
      audit: 'organisation',
      api: 'The id of the partner organisation, an organisation in the register. Fixed once added: to name another, add it and remove this one.',
    },
    role: {
      label: 'Role',
      hint: 'A partnership has one lead or accountable body at most.',
      input: { kind: 'radios', options: choicesOf(PARTNER_ROLES, PARTNER_ROLE_LABELS) },
      list: true,
      api: 'Its role: lead (the lead or accountable body, one at most), member, associate or funder.',
    },
    memberStatus: {
      label: 'Member status',
      hint: 'Whether it votes on the partnership’s decisions.',
      clause: 'R-2.7a, R-2.8a',
      input: { kind: 'radios', options: choicesOf(MEMBER_STATUSES, MEMBER_STATUS_LABELS) },
      list: true,
      api: 'R-2.7a, R-2.8a: whether it votes: voting, non-voting or observer.',
    },
  },
  schema,
  keyOf: (p) => p.organisationId,
  title: (p) => p.name,
  inputOf: (p) => ({ organisationId: p.organisationId, role: p.role, memberStatus: p.memberStatus }),
  audited: (p) => ({ organisation: p.name, role: p.role, memberStatus: p.memberStatus }),
  resource: z.strictObject({
    organisationId: idOut,
    name: z.string().meta({ description: 'The organisation’s name.' }),
    sector: z.enum(SECTORS).meta({ description: 'The organisation’s sector.' }),
    isThisCouncil: z.boolean().meta({ description: 'True for the council itself.' }),
    role: z.enum(PARTNER_ROLES),
    memberStatus: z.enum(MEMBER_STATUSES),
  }),
  toResource: (p) => ({ organisationId: p.organisationId, name: p.name, sector: p.sector, isThisCouncil: p.isThisCouncil, role: p.role, memberStatus: p.memberStatus }),
  async problems(db, partnership, change) {
    const [current, council] = await Promise.all([listPartners(db, partnership.id), findCouncilOrganisation(db)]);
    const problems = partnerChangeProblems(current, change, council?.id ?? null);
    const chosen = change.kind === 'add' ? change.value.organisationId : undefined;
    if (chosen && !(await organisationsExist(db, [chosen])).has(chosen)) {
      problems.unshift({ field: 'organisationId', message: 'Select a partner organisation from the register' });
    }
    return problems;
  },
  repo: { list: listPartners, find: findPartner, insert: insertPartner, update: updatePartner, remove: removePartner },
  // Partners' names are search terms: the register finds a partnership by any of its partners.
  afterWrite: reindexPartnership,
};

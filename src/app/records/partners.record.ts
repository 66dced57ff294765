// A partnership's partners as a kind of record (R-1.1, R-2.7a): the organisations sharing responsibility
// with the council, each with its role and member status, added, changed and removed one at a time.
import { z } from 'zod';
import { findCouncilOrganisation, organisationChoices, organisationsExist } from '../../db/repositories/organisations.repo.ts';
import { seatsOfPartner } from '../../db/repositories/member-seats.repo.ts';
import { openPlanActionsOfPartner } from '../../db/repositories/action-plans.repo.ts';
import { openRisksOfPartner } from '../../db/repositories/risks.repo.ts';
import { listPeople } from '../../db/repositories/people.repo.ts';
import { can } from '../../domain/access/roles.ts';
import { listVotingRules } from '../../db/repositories/voting-rules.repo.ts';
import { findPartner, insertPartner, listPartners, removePartner, updatePartner } from '../../db/repositories/partnership-partners.repo.ts';
import { partnerChangeProblems, type Partner, type PartnerRecordInput } from '../../domain/register/partners.ts';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, PARTNER_ROLE_LABELS, PARTNER_ROLES, SECTORS } from '../../domain/register/vocabulary.ts';
import { optionalIsoDate, optionalText, recordId } from '../schemas/fields.ts';
import { reindexPartnership } from '../search-index.ts';
import type { RecordKind } from './record-kind.ts';
import { answeredOnly, choicesOf, idOut } from './record-fields.ts';

// R-2.6.5, R-2.6.6: what the partner confirms is answered while the partnership is set up, so each may be
// left out or blank; whether it is answered is the compliance engine's question (checks.ts).
const schema = z.strictObject({
  organisationId: recordId('Select the partner organisation'),
  role: z.enum(PARTNER_ROLES, { error: 'Select the partner’s role' }),
  memberStatus: z.enum(MEMBER_STATUSES, { error: 'Select the partner’s member status' }),
  ownPriorities: optionalText({ label: 'The partner’s own priorities', max: 2000, multiline: true }).optional(),
  confirmedBy: optionalText({ label: 'Who confirmed the link' }).optional(),
  confirmedOn: optionalIsoDate('The date the link was confirmed'),
  organisationalPlanReference: optionalText({ label: 'Where it sits in the partner’s plans', max: 500, multiline: true }).optional(),
});

export const partners: RecordKind<Partner, PartnerRecordInput> = {
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
    ownPriorities: {
      label: 'The partner’s own priorities',
      hint: 'Which of its own priorities the partnership’s outcomes help it deliver. The partner confirms this link while the partnership is set up.',
      clause: 'R-2.6.5',
      input: { kind: 'text', multiline: true },
      later: true,
      api: 'R-2.6.5: the partner’s own priorities that the partnership’s outcomes serve; null when not yet written.',
    },
    confirmedBy: {
      label: 'Who confirmed the link',
      hint: 'The name and role of the person at the partner who confirmed it, for example Sam Patel, Director of Housing.',
      clause: 'R-2.6.5',
      input: { kind: 'text' },
      later: true,
      api: 'R-2.6.5: the name and role of the person at the partner who confirmed the link; needs ownPriorities.',
    },
    confirmedOn: {
      label: 'When they confirmed it',
      hint: 'For example, 12 3 2026. Leave it blank until the partner has confirmed.',
      clause: 'R-2.6.5',
      input: { kind: 'date', called: 'The date the link was confirmed' },
      later: true,
      // Listed, so the page a compliance gap links to shows whose is still missing.
      list: true,
      api: 'R-2.6.5: the day the partner confirmed the link, yyyy-mm-dd; needs confirmedBy.',
    },
    organisationalPlanReference: {
      label: 'Where it sits in the partner’s plans',
      hint: 'The partner’s own organisational plan, and where the partnership’s actions appear in it.',
      clause: 'R-2.6.6',
      input: { kind: 'text', multiline: true },
      later: true,
      api: 'R-2.6.6: the partner’s organisational plan and where the partnership’s actions sit in it; null when not yet written.',
    },
  },
  schema,
  keyOf: (p) => p.organisationId,
  title: (p) => p.name,
  inputOf: (p) => ({
    organisationId: p.organisationId,
    role: p.role,
    memberStatus: p.memberStatus,
    ownPriorities: p.ownPriorities,
    confirmedBy: p.confirmedBy,
    confirmedOn: p.confirmedOn,
    organisationalPlanReference: p.organisationalPlanReference,
  }),
  audited: (p) => ({
    organisation: p.name,
    role: p.role,
    memberStatus: p.memberStatus,
    // What is not yet answered is left out, so adding a partner reads as its link alone.
    ...answeredOnly({ ownPriorities: p.ownPriorities, confirmedBy: p.confirmedBy, confirmedOn: p.confirmedOn, organisationalPlanReference: p.organisationalPlanReference }),
  }),
  resource: z.strictObject({
    organisationId: idOut,
    name: z.string().meta({ description: 'The organisation’s name.' }),
    sector: z.enum(SECTORS).meta({ description: 'The organisation’s sector.' }),
    isThisCouncil: z.boolean().meta({ description: 'True for the council itself.' }),
    role: z.enum(PARTNER_ROLES),
    memberStatus: z.enum(MEMBER_STATUSES),
    ownPriorities: z.string().nullable().meta({ description: 'R-2.6.5: the partner’s own priorities that the outcomes serve, or null.' }),
    confirmedBy: z.string().nullable().meta({ description: 'R-2.6.5: who at the partner confirmed the link, or null.' }),
    confirmedOn: z.iso.date().nullable().meta({ description: 'R-2.6.5: when they confirmed it (yyyy-mm-dd), or null.' }),
    organisationalPlanReference: z.string().nullable().meta({ description: 'R-2.6.6: where its actions sit in the partner’s own plans, or null.' }),
  }),
  toResource: (p) => ({
    organisationId: p.organisationId,
    name: p.name,
    sector: p.sector,
    isThisCouncil: p.isThisCouncil,
    role: p.role,
    memberStatus: p.memberStatus,
    ownPriorities: p.ownPriorities,
    confirmedBy: p.confirmedBy,
    confirmedOn: p.confirmedOn,
    organisationalPlanReference: p.organisationalPlanReference,
  }),
  async problems(db, partnership, change) {
    const [current, council] = await Promise.all([listPartners(db, partnership.id), findCouncilOrganisation(db)]);
    const problems = partnerChangeProblems(current, change, council?.id ?? null);
    // R-2.8a: the decision rules name the partner: a seat held for it, or the lead partner's casting vote.
    if (change.kind === 'remove') {
      const held = await seatsOfPartner(db, partnership.id, change.key);
      if (held) problems.push({ field: 'organisationId', message: `It holds ${held === 1 ? 'a member seat' : `${held} member seats`}: give ${held === 1 ? 'it' : 'them'} to another partner or remove ${held === 1 ? 'it' : 'them'} under Members and votes first (R-2.8a)` });
      // R-2.6.6: an open action of the plan is the partner's to deliver.
      const owns = await openPlanActionsOfPartner(db, partnership.id, change.key);
      if (owns) problems.push({ field: 'organisationId', message: `It owns ${owns === 1 ? 'an open action' : `${owns} open actions`} of the action plan: give ${owns === 1 ? 'it' : 'them'} to another partner, or close ${owns === 1 ? 'it' : 'them'}, first (R-2.6.6)` });
      // R-2.6.8: an open risk of the shared register is the partner's to manage.
      const risks = await openRisksOfPartner(db, partnership.id, change.key);
      if (risks) problems.push({ field: 'organisationId', message: `It owns ${risks === 1 ? 'an open risk' : `${risks} open risks`} of the risk register: give ${risks === 1 ? 'it' : 'them'} to another partner, or close ${risks === 1 ? 'it' : 'them'}, first (R-2.6.8)` });
    }
    const wasLead = current.find((p) => p.organisationId === (change.kind === 'add' ? undefined : change.key))?.role === 'lead';
    if (wasLead && (change.kind === 'remove' || (change.value.role !== undefined && change.value.role !== 'lead'))) {
      const rules = await listVotingRules(db, partnership.id);
      if (rules.some((r) => r.castingVote === 'lead-partner')) {
        problems.push({ field: 'role', message: 'The voting rules give the lead partner a casting vote: change them under Voting rules first (R-2.8a)' });
      }
    }
    const chosen = change.kind === 'add' ? change.value.organisationId : undefined;
    if (chosen && !(await organisationsExist(db, [chosen])).has(chosen)) {
      problems.unshift({ field: 'organisationId', message: 'Select a partner organisation from the register' });
    }
    return problems;
  },
  repo: { list: listPartners, find: findPartner, insert: insertPartner, update: updatePartner, remove: removePartner },
  // Partners' names are search terms: the register finds a partnership by any of its partners.
  afterWrite: reindexPartnership,
  // Issue 10: the partner's people, each invited to Accord from here as a partner representative (their reach is
  // their organisation's partnerships, this one among them).
  async related(db, principal, p) {
    const { items } = await listPeople(db, { organisationId: p.organisationId, limit: 200, offset: 0 });
    const mayInvite = !p.isThisCouncil && can(principal.role, 'people.invite');
    return {
      heading: `People at ${p.name}`,
      hint: p.isThisCouncil
        ? 'The council’s own people sign in with accounts an administrator gives them.'
        : 'Someone from a partner signs in to Accord as a partner representative, and sees this partnership and the others their organisation is a partner in.',
      items: items.map((x) => ({
        text: x.name + (x.jobTitle ? `, ${x.jobTitle}` : ''),
        href: `/people/${x.id}`,
        note: x.userId ? 'Signs in to Accord' : null,
        action: mayInvite && !x.userId && x.email ? { text: `Invite ${x.name} to Accord`, href: `/people/${x.id}/invite` } : null,
      })),
    };
  },
};

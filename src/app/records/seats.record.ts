// A partnership's member seats as a kind of record (R-2.8a): who sits on its board, for which partner,
// whether they vote, the weight of their vote where the partners agreed weights, and a named substitute
// who votes only in their absence. The quorum and every vote are computed from these.
import { z } from 'zod';
import { findSeat, insertSeat, listSeats, removeSeat, updateSeat } from '../../db/repositories/member-seats.repo.ts';
import { organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { seatChangeProblems, type SeatRecord, type SeatRecordInput } from '../../domain/decisions/records.ts';
import { SEAT_STATUS_LABELS, SEAT_STATUSES } from '../../domain/decisions/rules.ts';
import { optionalRecordId, recordId, wholeNumber } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const SEAT_STATUS_HINTS: Readonly<Record<(typeof SEAT_STATUSES)[number], string>> = {
  voting: 'Votes, and counts towards the quorum.',
  'co-opted-voting': 'Co-opted by the partnership; votes and counts towards the quorum.',
  'non-voting': 'Takes part but does not vote or count towards the quorum.',
  observer: 'Attends to observe.',
};

const schema = z.strictObject({
  personId: recordId('Select the member'),
  organisationId: recordId('Select the partner the seat is for'),
  status: z.enum(SEAT_STATUSES, { error: 'Select whether the member votes' }),
  weight: wholeNumber({ label: 'Weight of their vote', min: 1, max: 1000, missing: 'Enter the weight of their vote: 1 unless the partners agreed weights' }),
  substituteId: optionalRecordId('Select the substitute, or leave it blank'),
});

const personChoices = async (db: Parameters<typeof allPeople>[0]) =>
  (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') }));

export const seats: RecordKind<SeatRecord, SeatRecordInput> = {
  type: 'member-seat',
  segment: 'seats',
  keyField: 'personId',
  area: 'decision-making',
  component: 'Seat',
  names: { one: 'member seat', many: 'member seats', add: 'Add a member seat', heading: 'Members and votes' },
  clause: 'R-2.8a',
  fields: {
    personId: {
      label: 'Member',
      hint: 'A person in the register. If they are not there yet, add them under People first.',
      input: { kind: 'record', of: 'person', choices: personChoices },
      key: true,
      list: true,
      audit: 'member',
      api: 'R-2.8a: the id of the person holding the seat. Fixed once added: to seat another, add them and remove this one.',
    },
    organisationId: {
      label: 'For the partner',
      hint: 'The partner organisation the member sits for: one of the partnership’s partners.',
      clause: 'R-2.8a',
      input: {
        kind: 'record',
        of: 'organisation',
        choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name })),
      },
      list: true,
      audit: 'partner',
      api: 'R-2.8a: the id of the partner organisation the seat is for, one of the partnership’s partners.',
    },
    status: {
      label: 'Member status',
      hint: 'Whether they vote.',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(SEAT_STATUSES, SEAT_STATUS_LABELS, SEAT_STATUS_HINTS) },
      list: true,
      api: 'R-2.8a: voting, co-opted-voting (both vote and count towards the quorum), non-voting or observer.',
    },
    weight: {
      label: 'Weight of their vote',
      hint: 'How many votes the seat carries: 1, unless the partners agreed weighted votes. The quorum counts members, not weights.',
      clause: 'R-2.8a',
      input: { kind: 'text', width: 10 },
      list: true,
      api: 'R-2.8a: the votes the seat carries, a whole number from 1 (the usual) to 1000.',
      example: 1,
    },
    substituteId: {
      label: 'Named substitute (optional)',
      hint: 'Someone who attends and votes in the member’s place only when the member is absent.',
      clause: 'R-2.8a',
      input: { kind: 'record', of: 'person', choices: personChoices },
      audit: 'substitute',
      api: 'R-2.8a: the id of a named substitute, who votes only in the member’s absence; null for none.',
    },
  },
  schema,
  keyOf: (s) => s.personId,
  title: (s) => s.name,
  inputOf: (s) => ({ personId: s.personId, organisationId: s.organisationId, status: s.status, weight: s.weight, substituteId: s.substituteId }),
  audited: (s) => ({ member: s.name, partner: s.partnerName, status: s.status, weight: s.weight, ...(s.substituteName ? { substitute: s.substituteName } : {}) }),
  resource: z.strictObject({
    personId: idOut,
    name: z.string().meta({ description: 'The member’s name.' }),
    organisationId: idOut,
    partnerName: z.string().meta({ description: 'The name of the partner the seat is for.' }),
    status: z.enum(SEAT_STATUSES),
    weight: z.number().int().meta({ description: 'R-2.8a: the votes the seat carries.' }),
    substituteId: idOut.nullable(),
    substituteName: z.string().nullable().meta({ description: 'The named substitute’s name, or null.' }),
  }),
  toResource: (s) => ({
    personId: s.personId,
    name: s.name,
    organisationId: s.organisationId,
    partnerName: s.partnerName,
    status: s.status,
    weight: s.weight,
    substituteId: s.substituteId,
    substituteName: s.substituteName,
  }),
  async problems(db, partnership, change) {
    const [current, partners] = await Promise.all([listSeats(db, partnership.id), listPartners(db, partnership.id)]);
    const problems = seatChangeProblems(current, change, new Map(partners.map((p) => [p.organisationId, p.name])));
    if (change.kind !== 'remove') {
      const ids = [change.kind === 'add' ? change.value.personId : undefined, change.value.substituteId].filter((x): x is string => typeof x === 'string');
      const people = await namedPeople(db, ids);
      if (change.kind === 'add' && change.value.personId && !people.has(change.value.personId)) {
        problems.unshift({ field: 'personId', message: 'Select a member from the register' });
      }
      if (change.value.substituteId && !people.has(change.value.substituteId)) problems.push({ field: 'substituteId', message: 'Select a substitute from the register' });
    }
    return problems;
  },
  repo: { list: listSeats, find: findSeat, insert: insertSeat, update: updateSeat, remove: removeSeat },
};

// A partnership's meetings as a kind of record (R-2.8g): when and where, the clear days of notice its rules
// ask for and when notice was sent (short notice is shown, with the date it needed to be sent by), its
// status, the approval of the previous minutes, and its minutes. Its page is its own (web/features/meetings):
// who attended each seat, the agenda, and each item's quorum and outcome computed from them.
import { z } from 'zod';
import { findMeeting, insertMeeting, latestNoticeDays, listMeetings, removeMeeting, updateMeeting } from '../../db/repositories/meetings.repo.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import {
  DEFAULT_NOTICE_DAYS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  meetingNotice,
  meetingProblems,
  PREVIOUS_MINUTES,
  PREVIOUS_MINUTES_LABELS,
  type Meeting,
  type MeetingInput,
} from '../../domain/meetings/meeting.ts';
import { isoDate, optionalIsoDate, optionalText, text, wholeNumber } from '../schemas/fields.ts';
import { uuidIds } from '../deps.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const schema = z.strictObject({
  title: text({ label: 'Name of the meeting', missing: 'Enter the name of the meeting', max: 200 }),
  meetsOn: isoDate('The date of the meeting').meta({ format: 'date' }),
  startsAt: z
    .union([z.literal(''), z.null(), z.string({ error: 'Enter the time it starts like 14:30' }).trim().regex(TIME, 'Enter the time it starts like 14:30, on the 24-hour clock')], {
      error: 'Enter the time it starts like 14:30, on the 24-hour clock',
    })
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  location: optionalText({ label: 'Where it meets', max: 300 }).optional().transform((v) => v ?? null),
  noticeDays: wholeNumber({ label: 'Notice required', min: 0, max: 90, missing: 'Enter the clear days of notice the partnership’s rules require' }),
  noticeSentOn: optionalIsoDate('The date notice was sent').transform((v) => v ?? null),
  status: z.enum(MEETING_STATUSES, { error: 'Select the meeting’s status' }).optional().default('scheduled'),
  minutes: optionalText({ label: 'Minutes', max: 20000, multiline: true }).optional().transform((v) => v ?? null),
  previousMinutes: z.enum(PREVIOUS_MINUTES, { error: 'Select whether the previous minutes were approved' }).optional().default('not-approved'),
});

const timeOf = (m: Pick<MeetingInput, 'meetsOn' | 'startsAt'>) => `${dateInWords(m.meetsOn)}${m.startsAt ? ` at ${m.startsAt}` : ''}`;

export const meetings: RecordKind<Meeting, MeetingInput> = {
  type: 'meeting',
  segment: 'meetings',
  idParam: 'meetingId',
  component: 'Meeting',
  names: { one: 'meeting', many: 'meetings', add: 'Schedule a meeting', heading: 'Meetings' },
  clause: 'R-2.8g',
  fields: {
    title: {
      label: 'Name of the meeting',
      hint: 'For example, Partnership Board.',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.8g: what the meeting is called: the board or group that meets.',
      example: 'Partnership Board',
    },
    meetsOn: {
      label: 'Date of the meeting',
      hint: 'For example, 27 3 2027.',
      clause: 'R-2.8g',
      input: { kind: 'date', called: 'The date of the meeting' },
      list: true,
      api: 'R-2.8g: the day it meets, yyyy-mm-dd.',
      example: '2027-03-18',
    },
    startsAt: {
      label: 'Time it starts (optional)',
      hint: 'On the 24-hour clock, for example 14:30.',
      input: { kind: 'text', width: 10 },
      api: 'The time it starts, hh:mm on the 24-hour clock, in the council’s time; null when not yet set.',
      example: '14:30',
    },
    location: {
      label: 'Where it meets (optional)',
      hint: 'A room and building, or “online”.',
      input: { kind: 'text' },
      api: 'Where it meets; null when not yet set.',
      example: 'Committee Room 2, Civic Centre',
    },
    noticeDays: {
      label: 'Notice required, in clear days',
      hint: 'The notice the partnership’s rules ask for: the days between sending notice and the meeting, counting neither. 5 unless the rules say otherwise.',
      clause: 'R-2.8g',
      input: { kind: 'text', width: 10 },
      api: 'R-2.8g: the clear days of notice the partnership’s rules require, as in force when the meeting was called (0 to 90).',
      example: 5,
    },
    noticeSentOn: {
      label: 'Date notice was sent (optional)',
      hint: 'When the notice and agenda went to the members. Leave blank until it is sent.',
      clause: 'R-2.8g',
      input: { kind: 'date', called: 'The date notice was sent' },
      list: true,
      api: 'R-2.8g: the day notice was sent, yyyy-mm-dd; null when not yet sent. Checked against noticeDays.',
      example: '2027-03-10',
    },
    status: {
      label: 'Status',
      clause: 'R-2.8g',
      input: { kind: 'radios', options: choicesOf(MEETING_STATUSES, MEETING_STATUS_LABELS) },
      later: true,
      list: true,
      api: 'R-2.8g: scheduled (the default), held, cancelled or adjourned.',
      example: 'held',
    },
    previousMinutes: {
      label: 'Minutes of the previous meeting',
      clause: 'R-2.8g',
      input: { kind: 'radios', options: choicesOf(PREVIOUS_MINUTES, PREVIOUS_MINUTES_LABELS) },
      later: true,
      api: 'R-2.8g: approved, not-approved (the default) or none (no previous meeting).',
      example: 'approved',
    },
    minutes: {
      label: 'Minutes (optional)',
      hint: 'Once the meeting is held. Attendance, declarations and decisions are recorded on the meeting’s page and go with them.',
      clause: 'R-2.8g',
      input: { kind: 'text', multiline: true },
      later: true,
      api: 'R-2.8g: the minutes, once the meeting is held or adjourned; null until then.',
      example: 'The board received the quarterly performance report.',
    },
  },
  schema: schema as unknown as RecordKind<Meeting, MeetingInput>['schema'],
  keyOf: (m) => m.id,
  title: (m) => `${m.title}, ${timeOf(m)}`,
  inputOf: (m) => ({
    title: m.title,
    meetsOn: m.meetsOn,
    startsAt: m.startsAt,
    location: m.location,
    noticeDays: m.noticeDays,
    noticeSentOn: m.noticeSentOn,
    status: m.status,
    minutes: m.minutes,
    previousMinutes: m.previousMinutes,
  }),
  audited: (m) => ({
    title: m.title,
    meetsOn: m.meetsOn,
    ...(m.startsAt ? { startsAt: m.startsAt } : {}),
    ...(m.location ? { location: m.location } : {}),
    noticeDays: m.noticeDays,
    ...(m.noticeSentOn ? { noticeSentOn: m.noticeSentOn } : {}),
    status: m.status,
    previousMinutes: m.previousMinutes,
    ...(m.minutes ? { minutes: m.minutes } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    meetsOn: z.string().meta({ format: 'date' }),
    startsAt: z.string().nullable(),
    location: z.string().nullable(),
    noticeDays: z.number().int(),
    noticeSentOn: z.string().meta({ format: 'date' }).nullable(),
    status: z.enum(MEETING_STATUSES),
    previousMinutes: z.enum(PREVIOUS_MINUTES),
    minutes: z.string().nullable(),
    notice: z
      .strictObject({
        sufficient: z.boolean(),
        given: z.number().int().nullable().meta({ description: 'Clear days given; null when no notice is recorded.' }),
        required: z.number().int(),
        sendBy: z.string().meta({ format: 'date', description: 'The latest day notice could have been sent.' }),
        explanation: z.string(),
        clause: z.literal('R-2.8g'),
      })
      .meta({ description: 'R-2.8g: the notice the meeting had against the notice required, explained.' }),
  }),
  toResource: (m) => ({ ...m, notice: meetingNotice(m) }),
  async problems(_db, _partnership, change) {
    return change.kind === 'remove' ? [] : meetingProblems(change.value);
  },
  // The notice the partnership's last meeting was called with, else the usual five clear days (decision 63).
  startsWith: async (db, partnershipId) => ({ noticeDays: String((await latestNoticeDays(db, partnershipId)) ?? DEFAULT_NOTICE_DAYS) }),
  repo: {
    list: listMeetings,
    find: findMeeting,
    insert: (trx, partnershipId, m) => insertMeeting(trx, partnershipId, uuidIds.next(), m, new Date().toISOString()),
    update: (trx, partnershipId, id, m) => updateMeeting(trx, partnershipId, id, m, new Date().toISOString()),
    remove: removeMeeting,
  },
};

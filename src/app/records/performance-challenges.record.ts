// Challenges of a partnership's performance and added value as a kind of record: the partner
// raising it and who did, the day, what it is about and says, who is to answer it, and the answer with its
// day. Any partner may raise one at any time: a partner's representative raises it for their own
// organisation (the kind's contributor); the partnership's keepers record, assign and answer them.
import { z } from 'zod';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { findPerformanceChallenge, insertPerformanceChallenge, listPerformanceChallenges, removePerformanceChallenge, updatePerformanceChallenge } from '../../db/repositories/performance-challenges.repo.ts';
import { allPeople, findPersonByUserId, namedPeople } from '../../db/repositories/people.repo.ts';
import { CHALLENGE_SUBJECT_LABELS, CHALLENGE_SUBJECTS, challengeProblems, type PerformanceChallenge, type PerformanceChallengeInput } from '../../domain/performance/challenge.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, optionalRecordId, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  organisationId: recordId('Select the partner raising the challenge'),
  raisedBy: text({ label: 'Who raised it', missing: 'Enter who raised it', max: 200 }),
  raisedOn: isoDate('The date it was raised').meta({ format: 'date' }),
  subject: z.enum(CHALLENGE_SUBJECTS, { error: 'Select what the challenge is about' }),
  challenge: text({ label: 'The challenge', missing: 'Enter the challenge', max: 4000, multiline: true }),
  assigneeId: optionalRecordId('Select who answers it, or no one yet').optional().transform((v) => v ?? null),
  response: optionalText({ label: 'The answer', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
  answeredOn: optionalIsoDate('The date it was answered').transform((v) => v ?? null),
});

export const performanceChallenges: RecordKind<PerformanceChallenge, PerformanceChallengeInput> = {
  type: 'performance-challenge',
  segment: 'performance-challenges',
  idParam: 'performanceChallengeId',
  area: 'performance',
  component: 'PerformanceChallenge',
  names: { one: 'challenge', many: 'challenges', add: 'Raise a challenge', heading: 'Challenges of performance and added value' },
  clause: 'R-2.6.15',
  fields: {
    organisationId: {
      label: 'Partner raising it',
      hint: 'Any partner may challenge the partnership’s performance or the value it adds, at any time.',
      clause: 'R-2.6.15',
      input: { kind: 'sibling', none: 'Select the partner', choices: async (db, partnershipId) => (await listPartners(db, partnershipId)).map((p) => ({ value: p.organisationId, text: p.name })) },
      list: true,
      audit: 'partner',
      api: 'R-2.6.15: the id of the partner raising it, one of the partnership’s partners.',
    },
    raisedBy: { label: 'Raised by', hint: 'The person who raised it, for the partner.', clause: 'R-2.6.15', input: { kind: 'text' }, list: true, api: 'R-2.6.15: who raised it.', example: 'Director of Housing, Riverside Housing' },
    raisedOn: { label: 'Raised', hint: 'The day it was raised; an answer is due within the council’s days. For example, 1 10 2026.', clause: 'R-2.6.15', input: { kind: 'date', called: 'The date it was raised' }, list: true, api: 'R-2.6.15: the day it was raised, yyyy-mm-dd.', example: '2026-10-01' },
    subject: { label: 'About', clause: 'R-2.6.15', input: { kind: 'radios', options: choicesOf(CHALLENGE_SUBJECTS, CHALLENGE_SUBJECT_LABELS) }, list: true, api: 'R-2.6.15: performance or added-value.', example: 'performance' },
    challenge: { label: 'The challenge', hint: 'What the partner questions, and why.', clause: 'R-2.6.15', input: { kind: 'text', multiline: true }, api: 'R-2.6.15: the challenge in the partner’s words.', example: 'Rough sleeper numbers are not falling although the targets show green.' },
    assigneeId: {
      label: 'Answered by (optional)',
      hint: 'The person who will answer it: the partnership lead or accountable officer.',
      clause: 'R-2.6.15',
      input: { kind: 'sibling', none: 'No one yet', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      later: true,
      audit: 'assignee',
      api: 'R-2.6.15: the id of the person who answers it; null until assigned.',
    },
    response: { label: 'The answer (optional)', hint: 'Once answered: what was said, and what will change.', clause: 'R-2.6.15', input: { kind: 'text', multiline: true }, later: true, api: 'R-2.6.15: the answer given; null until answered.', example: 'The count method changed in April; a like-for-like figure goes to the next board.' },
    answeredOn: { label: 'Date answered (optional)', hint: 'Once answered.', clause: 'R-2.6.15', input: { kind: 'date', called: 'The date it was answered' }, later: true, api: 'R-2.6.15: the day it was answered, yyyy-mm-dd; null until then.', example: '2026-10-20' },
  },
  schema: schema as unknown as RecordKind<PerformanceChallenge, PerformanceChallengeInput>['schema'],
  keyOf: (c) => c.id,
  title: (c) => `${CHALLENGE_SUBJECT_LABELS[c.subject]}, by ${c.partnerName}`,
  inputOf: (c) => ({ organisationId: c.organisationId, raisedBy: c.raisedBy, raisedOn: c.raisedOn, subject: c.subject, challenge: c.challenge, assigneeId: c.assigneeId, response: c.response, answeredOn: c.answeredOn }),
  audited: (c) => ({
    partner: c.partnerName,
    raisedBy: c.raisedBy,
    raisedOn: c.raisedOn,
    subject: c.subject,
    challenge: c.challenge,
    ...(c.assigneeName ? { assignee: c.assigneeName } : {}),
    ...(c.response ? { response: c.response } : {}),
    ...(c.answeredOn ? { answeredOn: c.answeredOn } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    organisationId: idOut,
    partnerName: z.string(),
    raisedBy: z.string(),
    raisedOn: z.string().meta({ format: 'date' }),
    subject: z.enum(CHALLENGE_SUBJECTS),
    challenge: z.string(),
    assigneeId: idOut.nullable(),
    assigneeName: z.string().nullable(),
    response: z.string().nullable(),
    answeredOn: z.string().meta({ format: 'date' }).nullable(),
  }),
  toResource: (c) => ({ ...c }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = [...challengeProblems(v)];
    // A challenge raised by a partner that has since left stays as it was raised.
    const kept = change.kind === 'change' ? (await findPerformanceChallenge(db, partnership.id, change.key))?.organisationId : undefined;
    if (v.organisationId && v.organisationId !== kept && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) problems.unshift({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.6.15)' });
    if (v.assigneeId && !(await namedPeople(db, [v.assigneeId])).has(v.assigneeId)) problems.push({ field: 'assigneeId', message: 'Select who answers it from the register' });
    return problems;
  },
  // a partner's representative raises a challenge for their own organisation.
  contributor: {
    permission: 'performance.submit',
    async refusal(db, principal, _partnershipId, value) {
      if (!value.organisationId) return null;
      const person = principal.userId ? await findPersonByUserId(db, principal.userId) : undefined;
      if (!person?.organisationId) return { field: 'organisationId', message: 'Your account is not linked to a person of a partner organisation, so you cannot raise a challenge (R-2.6.15)' };
      return person.organisationId === value.organisationId ? null : { field: 'organisationId', message: `You can raise a challenge only for ${person.organisationName ?? 'your own organisation'} (R-2.6.15)` };
    },
    async offers(db, principal, _partnershipId, field, choices) {
      if (field !== 'organisationId') return choices;
      const person = principal.userId ? await findPersonByUserId(db, principal.userId) : undefined;
      return choices.filter((c) => c.value === person?.organisationId);
    },
  },
  repo: {
    list: listPerformanceChallenges,
    find: findPerformanceChallenge,
    insert: (trx, partnershipId, c) => insertPerformanceChallenge(trx, partnershipId, uuidIds.next(), c),
    update: updatePerformanceChallenge,
    remove: removePerformanceChallenge,
  },
};

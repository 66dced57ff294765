// The check of a decision as a form (R-2.8a, R-2.8b): per seat, attendance, an interest that removes the
// member from the item and their vote; or the counts of a show of hands; consensus, a casting vote and a
// lot. Read into the facts the domain decides on (domain/decisions/facts.ts), and drawn back as typed.
import { toSeat, type SeatRecord } from '../../../domain/decisions/records.ts';
import { CASTING_CHOICES, LOT_CHOICES, readFacts, type SentFacts } from '../../../domain/decisions/facts.ts';
import { ATTENDANCES, DECISION_TYPE_LABELS, DECISION_TYPES, SEAT_STATUS_LABELS, votes, type ItemAttendance, type Motion } from '../../../domain/decisions/rules.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import type { Parsed } from '../../forms/pipeline.ts';

export type CheckForm = { fields: Record<string, string>; excluded: string[] };

const ATTENDANCE_LABELS = { present: 'Present', substitute: 'Substitute present', apologies: 'Apologies', absent: 'Absent' } as const;
export const VOTE_LABELS = { for: 'For', against: 'Against', abstain: 'Abstained', none: 'Did not vote' } as const;
const CASTING_LABELS = {
  none: 'No casting vote given',
  'chair-for': 'The chair’s casting vote, for',
  'chair-against': 'The chair’s casting vote, against',
  'lead-partner-for': 'The lead partner’s casting vote, for',
  'lead-partner-against': 'The lead partner’s casting vote, against',
} as const;
const LOT_LABELS = { 'not-drawn': 'No lot drawn', for: 'The lot fell for the motion', against: 'The lot fell against it' } as const;

/** The form as first shown: ordinary business, everyone present, nobody excluded, no votes yet. */
export function freshCheckForm(seats: readonly SeatRecord[]): CheckForm {
  return { fields: { decisionType: 'ordinary', mode: 'named', ...Object.fromEntries(seats.map((s) => [`attendance-${s.personId}`, 'present'])) }, excluded: [] };
}

export function readCheckForm(body: unknown): CheckForm {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).excluded : undefined;
  const excluded = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v !== '');
  return { fields: formInput(body, ['excluded']), excluded };
}

/**
 * The motion's part of what a form sends (how the votes were taken, each seat's vote, the counts, consensus,
 * a casting vote and a lot): the check of a decision's, and a meeting's vote's.
 */
export function sentMotion(seatIds: readonly string[], f: Readonly<Record<string, string | undefined>>): Omit<SentFacts, 'decisionType' | 'attendance' | 'excluded'> {
  return {
    mode: f.mode,
    votes: Object.fromEntries(seatIds.flatMap((id) => (f[`vote-${id}`] === undefined ? [] : [[id, f[`vote-${id}`]]]))),
    counted: { for: f['counted-for'], against: f['counted-against'], abstain: f['counted-abstain'] },
    consensusReached: f.consensusReached,
    castingVote: f.castingVote,
    lot: f.lot,
  };
}

/** The facts the form sends, in the shape the API's body is also read into. */
function sentOf(seats: readonly SeatRecord[], form: CheckForm): SentFacts {
  const f = form.fields;
  return {
    decisionType: f.decisionType,
    attendance: Object.fromEntries(seats.map((s) => [s.personId, f[`attendance-${s.personId}`]])),
    excluded: form.excluded,
    ...sentMotion(seats.map((s) => s.personId), f),
  };
}

export function parseCheckForm(seats: readonly SeatRecord[], form: CheckForm): Parsed<{ item: ItemAttendance; motion: Motion }> {
  const read = readFacts(seats.map(toSeat), sentOf(seats, form));
  return read.ok ? { ok: true, value: { item: read.item, motion: read.motion } } : { ok: false, errors: read.problems.map((p) => ({ field: p.field, message: p.message })) };
}

export const radios = <K extends string>(values: readonly K[], labels: Readonly<Record<K, string>>, chosen: string | undefined) =>
  values.map((value) => ({ value, text: labels[value], checked: value === chosen }));

/** What check.njk draws: each seat's row with what was typed, and the rest of the form. */
export function checkFormView(seats: readonly SeatRecord[], form: CheckForm, errors: readonly FieldError[]) {
  const f = form.fields;
  const view = errorView(errors);
  return {
    ...view,
    decisionType: { items: radios(DECISION_TYPES, DECISION_TYPE_LABELS, f.decisionType), errorMessage: view.errors.decisionType },
    seats: seats.map((s) => ({
      id: s.personId,
      name: s.name,
      partner: s.partnerName,
      status: SEAT_STATUS_LABELS[s.status],
      weight: s.weight,
      votes: votes(s.status),
      substitute: s.substituteName,
      attendance: {
        items: radios(s.substituteName ? ATTENDANCES : ATTENDANCES.filter((a) => a !== 'substitute'), ATTENDANCE_LABELS, f[`attendance-${s.personId}`]),
        errorMessage: view.errors[`attendance-${s.personId}`],
      },
      excluded: form.excluded.includes(s.personId),
      vote: { items: radios(['for', 'against', 'abstain', 'none'] as const, VOTE_LABELS, f[`vote-${s.personId}`] || 'none'), errorMessage: view.errors[`vote-${s.personId}`] },
    })),
    ...motionFormView(f, view.errors),
    seatsError: view.errors.seats,
  };
}

/**
 * The motion's part of a form (how the votes were taken, the counts, consensus, a casting vote and a lot),
 * as _motion.njk draws it: the check of a decision's and a meeting's vote's, the same fields.
 */
export function motionFormView(f: Readonly<Record<string, string | undefined>>, errors: Readonly<Record<string, { text: string } | undefined>>) {
  return {
    mode: { items: radios(['named', 'counted'] as const, { named: 'By name, as recorded against each seat above', counted: 'On a show of hands, as counts' }, f.mode || 'named'), errorMessage: errors.mode },
    counted: { for: f['counted-for'] ?? '', against: f['counted-against'] ?? '', abstain: f['counted-abstain'] ?? '', errors: { for: errors['counted-for'], against: errors['counted-against'], abstain: errors['counted-abstain'] } },
    consensus: { items: radios(['yes', 'no'] as const, { yes: 'Yes', no: 'No, or not sought' }, f.consensusReached || 'no'), errorMessage: errors.consensusReached },
    casting: { items: radios(CASTING_CHOICES, CASTING_LABELS, f.castingVote || 'none'), errorMessage: errors.castingVote },
    lot: { items: radios(LOT_CHOICES, LOT_LABELS, f.lot || 'not-drawn'), errorMessage: errors.lot },
  };
}

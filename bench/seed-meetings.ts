// The boards' meetings for the benchmark's partnership pages (after bench/seed-boards.ts): rows inserted
// straight through Kysely, shaped as the example council's demo records them (src/app/demo-data/meetings.ts).
// Each board met quarterly over the past year (four meetings held, 14, 105, 196 and 287 days ago) and meets
// next in three weeks, its notice not yet sent. At each meeting held:
// - attendance: every seat present but one who sent apologies (on a board of more than three, one the board
//   is quorate without), a named substitute standing in at one meeting; notice a week ahead, and short
//   notice once;
// - the agenda: a report for information; a grant of £12,000 concerning a partner, a key decision on the
//   forward plan (published in good time but once), at which a member declared an interest and took part;
//   a £45,000 evaluation decided by two thirds of all voting members (at one meeting a member declared a
//   prejudicial interest and left the room); and once an appointment decided on a show of hands;
// - the votes, by name (the last counted member against), and each outcome kept as recordVote keeps it
//   (src/app/meetings.service.ts): the rules in force on the meeting's day read by the app's own rulesOn,
//   decided by checkDecision, with the explanation worded as recordVote words it and the ratifications
//   ratificationsNeeded asks for (R-2.8e); the meeting page computes the outcome again and would say so if
//   they differed, and the benchmark's check fails;
// - actions arising (R-2.8d) and, on every other board, the absent member told of each decision and the
//   ratification recorded, as in half the demo's examples.
import { v7 as uuidv7 } from 'uuid';
import { demoActions } from '../src/app/demo-data/meetings.ts';
import { rulesOn, type RulesOnDay } from '../src/app/meetings/rules-in-force.ts';
import type { Database } from '../src/db/database.ts';
import { listAuthorities } from '../src/db/repositories/authorities.repo.ts';
import { ratificationsNeeded, type AuthorityInput } from '../src/domain/decisions/authority.ts';
import { checkDecision } from '../src/domain/decisions/check.ts';
import { addDays, dateInWords } from '../src/domain/decisions/notice.ts';
import { OUTCOME_LABELS, type Outcome } from '../src/domain/decisions/outcome.ts';
import { countsForItem, votes, type Attendance, type DecisionType, type Motion, type VoteChoice } from '../src/domain/decisions/rules.ts';
import { DEFAULT_FORWARD_PLAN_DAYS } from '../src/domain/forward-plan/forward-plan.ts';
import { itemAttendance } from '../src/domain/meetings/item-decision.ts';
import type { Declaration } from '../src/domain/meetings/declarations.ts';
import { DEFAULT_NOTICE_DAYS } from '../src/domain/meetings/meeting.ts';
import type { Board } from './seed-boards.ts';
import { insertMany, type Row } from './seed.ts';

const HELD = [14, 105, 196, 287];
const GRANTS = ['the winter programme', 'the summer holiday activities programme', 'the community transport scheme', 'the food access network'];
const BOARD = { title: 'Partnership Board', starts_at: '14:00', notice_days: DEFAULT_NOTICE_DAYS };

/** What the benchmark's checks look for on the measured partnership's pages. */
export interface MeasuredBoard {
  partnershipId: string;
  name: string;
  reference: string;
  representatives: string[];
  /** The latest meeting held: its page is measured. */
  meetingId: string;
  /** Each meeting as the meetings list names it ("Partnership Board, 3 March 2027 at 14:00"). */
  meetings: string[];
  /** The measured meeting's items that were voted on, and the outcome kept, in the page's words. */
  decided: Array<{ title: string; outcome: string }>;
  /** Each planned decision as the forward plan lists it. */
  forwardPlan: string[];
  /** The seats as the Decision making page sums them up. */
  seats: string;
}

export interface BoardsReport {
  boards: number;
  people: number;
  meetings: number;
  items: number;
  /** Items voted on: the decisions register lists them all. */
  decisions: number;
  byOutcome: Record<string, number>;
  actions: number;
  forwardPlan: number;
  measured: MeasuredBoard;
}

/** Half the voting seats (rounded up) from at least two partners are left without these: the quorum of seed-boards.ts. */
function quorateWithout(seats: readonly Board['seats'][number][], gone: readonly string[]): boolean {
  const voting = seats.filter((s) => votes(s.status));
  const left = voting.filter((s) => !gone.includes(s.personId));
  return left.length >= Math.ceil(voting.length / 2) && new Set(left.map((s) => s.organisationId)).size >= 2;
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const meetingTitle = (meetsOn: string) => `${BOARD.title}, ${dateInWords(meetsOn)} at ${BOARD.starts_at}`;

interface ItemPlan {
  title: string;
  decisionType: DecisionType | null;
  keyDecision: boolean;
  motion: string | null;
  concernsId: string | null;
  forwardPlanId: string | null;
  amountPence: number | null;
  declarations: Declaration[];
  voting: 'named' | 'counted' | null;
}

/** The vote on an item, decided and kept as recordVote decides and keeps it. */
function decide(
  rules: RulesOnDay,
  authorities: readonly AuthorityInput[],
  meetsOn: string,
  attendance: ReadonlyMap<string, Attendance>,
  item: ItemPlan & { decisionType: DecisionType; voting: 'named' | 'counted' },
) {
  const facts = itemAttendance(attendance, item, meetsOn);
  const counting = rules.rules.seats.filter((s) => countsForItem(s, facts));
  const named = new Map<string, VoteChoice>(counting.map((s, n) => [s.id, n === counting.length - 1 && counting.length > 2 ? 'against' : 'for']));
  const motion: Motion = {
    decisionType: item.decisionType,
    votes: item.voting === 'named' ? { kind: 'named', votes: named } : { kind: 'counted', for: Math.max(0, counting.length - 1), against: Math.min(1, counting.length), abstain: 0 },
    consensusReached: false,
    castingVote: null,
    lot: null,
  };
  const check = checkDecision(rules.rules, facts, motion);
  const outcome = check.outcome;
  if (!outcome) throw new Error(check.noRule ?? 'no outcome');
  // Worded exactly as recordVote words it.
  const cited = (text: string, clause: string) => `${text.replace(/\.$/, '')} (${clause}).`;
  const version = rules.changes.length > 0 ? [cited(rules.inForce.explanation, rules.inForce.clause)] : [];
  const explanation = [...version, cited(check.quorum.explanation, check.quorum.clause), cited(outcome.explanation, outcome.clause), ...outcome.problems.map((x) => cited(x, outcome.clause))].join(' ');
  const ratify = ratificationsNeeded(rules.rules.seats, facts, authorities, { decisionType: item.decisionType, amountPence: item.amountPence, outcome: outcome.outcome });
  return { motion, named: item.voting === 'named' ? named : new Map<string, VoteChoice>(), outcome: outcome.outcome, explanation, ratify };
}

/** Meetings, agendas, votes, forward plans and actions for every board; the first board of four voting members or more is measured. */
export async function seedMeetings(database: Database, boards: readonly Board[], people: number, today: string): Promise<BoardsReport> {
  const now = new Date().toISOString();
  const target = boards.find((b) => b.changedOn && b.seats.filter((s) => votes(s.status)).length >= 4 && b.others.length >= 2);
  if (!target) throw new Error('no board of four voting members or more to measure');
  const rows = {
    forwardPlan: [] as Array<Row<'forward_plan_entries'>>,
    meetings: [] as Array<Row<'meetings'>>,
    attendance: [] as Array<Row<'meeting_attendance'>>,
    items: [] as Array<Row<'agenda_items'>>,
    votes: [] as Array<Row<'item_votes'>>,
    declarations: [] as Array<Row<'item_declarations'>>,
    ratifications: [] as Array<Row<'item_ratifications'>>,
    notices: [] as Array<Row<'decision_notices'>>,
    actions: [] as Array<Row<'partnership_actions'>>,
  };
  const byOutcome: Record<string, number> = {};
  let measured: MeasuredBoard | undefined;

  for (const board of boards) {
    const isTarget = board === target;
    const seats = board.seats;
    const nextOn = addDays(today, 21);
    // R-2.8f: each grant on the plan, published 35 days ahead (20 once: short of the 28 clear days); the
    // annual review for the next meeting only 23 clear days ahead; next year's budget not yet published.
    const plan = [
      ...HELD.map((ago, k) => ({ title: `Grant to ${GRANTS[k]}`, decision_type: 'ordinary', implications: 'financial', planned_on: addDays(today, -ago), published_on: addDays(today, -ago - (k === 1 ? 20 : 35)) }))
        .reverse(),
      { title: 'Annual review of the partnership', decision_type: 'ordinary', implications: 'policy', planned_on: nextOn, published_on: addDays(today, -3) },
      { title: 'The partnership’s budget for next year', decision_type: 'budget', implications: 'policy-and-financial', planned_on: addDays(today, 70), published_on: null },
    ].map((e, position) => ({ id: uuidv7(), partnership_id: board.partnershipId, ...e, notice_days: DEFAULT_FORWARD_PLAN_DAYS, position }));
    rows.forwardPlan.push(...plan);
    const planned = (planned_on: string, title: string) => plan.find((e) => e.planned_on === planned_on && e.title === title)!.id;

    // The app's own reads: the member seats, and the rules in force on each meeting's day (R-2.7(n)).
    const authorities = await listAuthorities(database.db, board.partnershipId);
    let actionPosition = 0;
    const listed: Array<{ meetsOn: string; id: string }> = [];
    for (const [k, ago] of [...HELD.entries()].reverse()) {
      const meetsOn = addDays(today, -ago);
      const meetingId = uuidv7();
      const grant = `Grant to ${GRANTS[k]}`;
      rows.meetings.push({
        id: meetingId, partnership_id: board.partnershipId, title: BOARD.title, meets_on: meetsOn, starts_at: BOARD.starts_at, location: k % 2 ? 'Online' : 'Committee Room 2, Civic Centre',
        notice_days: BOARD.notice_days, notice_sent_on: addDays(meetsOn, k === 2 ? -4 : -8), status: 'held', previous_minutes: k === HELD.length - 1 ? 'none' : 'approved',
        minutes: `The board received the quarterly performance report.\nThe board considered the grant to ${GRANTS[k]} and the joint evaluation.`, created_at: now, updated_at: now,
      });
      listed.push({ meetsOn, id: meetingId });
      // Every seat present but one who sent apologies; at one meeting a named substitute stands in.
      // A clerk's board is quorate without the member away (and without the one who leaves the room, below).
      const away = seats.length > 3 ? (seats.filter((s) => quorateWithout(seats, [s.personId])).at(-1 - (k % 2))?.personId ?? null) : null;
      const standsIn = k === 1 ? seats.find((s) => s.substituteId && s.personId !== away)?.personId : undefined;
      const attendance = new Map<string, Attendance>(seats.map((s) => [s.personId, s.personId === away ? 'apologies' : s.personId === standsIn ? 'substitute' : 'present']));
      for (const [person_id, a] of attendance) rows.attendance.push({ meeting_id: meetingId, person_id, attendance: a });
      const present = seats.filter((s) => s.personId !== away);
      // At one meeting the last member present for a partner other than the council left the room for the evaluation.
      const leaves = k === 2 ? present.filter((s) => board.others.some((o) => o.id === s.organisationId) && quorateWithout(seats, [away ?? '', s.personId])).at(-1) : undefined;
      const items: ItemPlan[] = [
        { title: 'Quarterly performance report', decisionType: null, keyDecision: false, motion: null, concernsId: null, forwardPlanId: null, amountPence: null, declarations: [], voting: null },
        {
          title: grant, decisionType: 'ordinary', keyDecision: true, motion: `That the board approves a grant of £12,000 to ${GRANTS[k]}.`, concernsId: board.others[0]?.id ?? null,
          forwardPlanId: planned(meetsOn, grant), amountPence: 1_200_000, voting: 'named',
          declarations: seats[0] ? [{ personId: seats[0].personId, name: seats[0].name, kind: 'other', consequence: 'took-part', dispensationBy: null, dispensationUntil: null }] : [],
        },
        {
          title: 'Joint evaluation of the programme', decisionType: 'financial-commitment', keyDecision: false, motion: 'That the partners commission a joint evaluation of the programme at a cost of £45,000.',
          concernsId: null, forwardPlanId: null, amountPence: 4_500_000, voting: 'named',
          declarations: leaves ? [{ personId: leaves.personId, name: leaves.name, kind: 'prejudicial', consequence: 'left-the-room', dispensationBy: null, dispensationUntil: null }] : [],
        },
        ...(k === 1
          ? [{ title: 'Appointment of the vice-chair', decisionType: 'appointment' as const, keyDecision: false, motion: 'That the board appoints its vice-chair for the coming year.', concernsId: null, forwardPlanId: null, amountPence: null, declarations: [], voting: 'counted' as const }]
          : []),
      ];
      const rules = await rulesOn(database.db, board.partnershipId, meetsOn);
      let grantItemId: string | null = null;
      for (const [position, item] of items.entries()) {
        const id = uuidv7();
        if (item.title === grant) grantItemId = id;
        for (const d of item.declarations) {
          rows.declarations.push({ item_id: id, person_id: d.personId, kind: d.kind, consequence: d.consequence, dispensation_by: d.dispensationBy, dispensation_until: d.dispensationUntil });
        }
        const voted = item.decisionType && item.voting ? decide(rules, authorities, meetsOn, attendance, { ...item, decisionType: item.decisionType, voting: item.voting }) : null;
        const counted = voted?.motion.votes.kind === 'counted' ? voted.motion.votes : null;
        rows.items.push({
          id, meeting_id: meetingId, position, title: item.title, decision_type: item.decisionType, key_decision: item.keyDecision ? 1 : 0, confidential: 0, motion: item.motion,
          concerns_id: item.concernsId, forward_plan_id: item.forwardPlanId, amount_pence: item.amountPence,
          voting: voted ? voted.motion.votes.kind : null, counted_for: counted?.for ?? null, counted_against: counted?.against ?? null, counted_abstain: counted?.abstain ?? null,
          consensus_reached: voted ? 0 : null, casting_vote: null, lot: null, outcome: voted?.outcome ?? null, explanation: voted?.explanation ?? null,
          decided_at: voted ? `${meetsOn}T16:00:00.000Z` : null,
        });
        if (!voted) continue;
        byOutcome[voted.outcome] = (byOutcome[voted.outcome] ?? 0) + 1;
        for (const [person_id, vote] of voted.named) rows.votes.push({ item_id: id, person_id, vote });
        for (const r of voted.ratify) {
          const ratified = board.diligent;
          rows.ratifications.push({ item_id: id, organisation_id: r.organisationId, ratifier: r.ratifier, explanation: r.explanation, ratified_on: ratified ? addDays(meetsOn, 7) : null, note: ratified ? 'Minute 14 of its board' : null });
        }
        // R-2.8c: the member who sent apologies told by email the next day, on every other board.
        if (away && board.diligent) rows.notices.push({ item_id: id, person_id: away, told_on: addDays(meetsOn, 1), how: 'email' });
        if (isTarget && k === 0) (measured ??= { ...measuredOf(board), meetingId, decided: [] }).decided.push({ title: item.title, outcome: OUTCOME_LABELS[voted.outcome as Outcome] });
      }
      // R-2.8d: the latest meeting's actions as the demo's (one done, one under way, one overdue); earlier ones' done.
      const owners = present.map((s) => ({ personId: s.personId, organisationId: s.organisationId }));
      const actions =
        k === 0
          ? demoActions(today, owners, grantItemId)
          : [{ title: `Report back on the grant to ${GRANTS[k]}`, ownerId: owners[0]!.personId, organisationId: owners[0]!.organisationId, dueOn: addDays(meetsOn, 28), status: 'completed' as const, completedOn: addDays(meetsOn, 21), progress: 'Reported to the next meeting.', itemId: grantItemId }];
      for (const a of actions) {
        rows.actions.push({ id: uuidv7(), partnership_id: board.partnershipId, title: a.title, owner_id: a.ownerId, organisation_id: a.organisationId, due_on: a.dueOn, status: a.status, completed_on: a.completedOn, progress: a.progress, position: actionPosition++, item_id: a.itemId });
      }
    }
    // The next meeting, in three weeks: called, its notice not yet sent, the annual review on its agenda.
    const nextId = uuidv7();
    rows.meetings.push({ id: nextId, partnership_id: board.partnershipId, ...BOARD, meets_on: nextOn, location: 'Committee Room 2, Civic Centre', notice_sent_on: null, status: 'scheduled', previous_minutes: 'not-approved', minutes: null, created_at: now, updated_at: now });
    listed.push({ meetsOn: nextOn, id: nextId });
    rows.items.push({
      id: uuidv7(), meeting_id: nextId, position: 0, title: 'Annual review of the partnership', decision_type: 'ordinary', key_decision: 1, confidential: 0, motion: 'That the board agrees the annual review.',
      concerns_id: null, forward_plan_id: planned(nextOn, 'Annual review of the partnership'), amount_pence: null, voting: null, counted_for: null, counted_against: null, counted_abstain: null,
      consensus_reached: null, casting_vote: null, lot: null, outcome: null, explanation: null, decided_at: null,
    });
    if (isTarget) {
      measured!.meetings = listed.map((m) => meetingTitle(m.meetsOn));
      measured!.forwardPlan = plan.map((e) => `${e.title}, planned for ${dateInWords(e.planned_on)}`);
    }
  }

  await database.db.transaction().execute(async (trx) => {
    await insertMany(trx, 'forward_plan_entries', rows.forwardPlan);
    await insertMany(trx, 'meetings', rows.meetings);
    await insertMany(trx, 'meeting_attendance', rows.attendance);
    await insertMany(trx, 'agenda_items', rows.items);
    await insertMany(trx, 'item_votes', rows.votes);
    await insertMany(trx, 'item_declarations', rows.declarations);
    await insertMany(trx, 'item_ratifications', rows.ratifications);
    await insertMany(trx, 'decision_notices', rows.notices);
    await insertMany(trx, 'partnership_actions', rows.actions);
  });
  return {
    boards: boards.length,
    people,
    meetings: rows.meetings.length,
    items: rows.items.length,
    decisions: Object.values(byOutcome).reduce((a, b) => a + b, 0),
    byOutcome,
    actions: rows.actions.length,
    forwardPlan: rows.forwardPlan.length,
    measured: measured!,
  };
}

/** The measured partnership as its pages name it, before its meetings are known. */
function measuredOf(board: Board): Omit<MeasuredBoard, 'meetingId' | 'decided'> {
  const voting = board.seats.filter((s) => votes(s.status));
  const partners = new Set(voting.map((s) => s.organisationId)).size;
  const others = board.seats.length - voting.length;
  return {
    partnershipId: board.partnershipId,
    name: board.name,
    reference: board.reference,
    representatives: board.representatives,
    meetings: [],
    forwardPlan: [],
    seats: `${plural(board.seats.length, 'member')}: ${plural(voting.length, 'voting member')} for ${plural(partners, 'partner')}${others ? `, ${others} who do not vote` : ''}`,
  };
}

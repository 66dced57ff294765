// Keeping a partnership's meetings (R-2.8g): who attended each seat, the agenda's items, the interests
// declared at each (R-2.13) and the vote on each motion, its outcome computed by the domain (R-2.8a,
// R-2.8b) and kept with its explanation. Each is one audited command naming the partnership, in its scope
// and not withdrawn, as every record's command is (record-commands.ts).
import type { Db, Trx } from '../db/database.ts';
import { findAgendaItem, insertAgendaItem, insertDecisionNotices, ratifyItem, removeAgendaItem, setItemDeclarations, setItemRatifications, setItemVote, updateAgendaItem } from '../db/repositories/agenda-items.repo.ts';
import { listAuthorities } from '../db/repositories/authorities.repo.ts';
import { ratificationProblems, ratificationsNeeded } from '../domain/decisions/authority.ts';
import { findForwardPlanEntry } from '../db/repositories/forward-plan.repo.ts';
import { findMeeting, meetingAttendance, setMeetingAttendance } from '../db/repositories/meetings.repo.ts';
import { listSeats } from '../db/repositories/member-seats.repo.ts';
import { listPartners } from '../db/repositories/partnership-partners.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import { checkDecision, type DecisionCheck, type DecisionRules } from '../domain/decisions/check.ts';
import { readAttendance, readFacts, type SentFacts } from '../domain/decisions/facts.ts';
import { OUTCOME_LABELS, type Outcome } from '../domain/decisions/outcome.ts';
import type { SeatRecord } from '../domain/decisions/records.ts';
import type { RulesInForce } from '../domain/decisions/rule-changes.ts';
import { rulesOn } from './meetings/rules-in-force.ts';
import type { Attendance } from '../domain/decisions/rules.ts';
import { agendaItemProblems, type AgendaItem, type AgendaItemInput } from '../domain/meetings/agenda-item.ts';
import { communicationOf, noticeProblems, TOLD_HOW_LABELS, type ToldHow } from '../domain/meetings/communication.ts';
import { declarationProblems, excludedBy, votesBarred } from '../domain/meetings/declarations.ts';
import type { Meeting } from '../domain/meetings/meeting.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { command, type AuditRecorder } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { auditedItem } from './meetings/agenda-item.description.ts';
import { auditedDeclaration, type DeclarationInput } from './meetings/declaration.description.ts';
import type { Principal } from './principal.ts';
import { changeable } from './records/record-commands.ts';

const ATTENDANCE_WORDS: Readonly<Record<Attendance, string>> = { present: 'Present', substitute: 'Substitute present', apologies: 'Apologies', absent: 'Absent' };

interface Opened {
  partnershipId: string;
  meeting: Meeting;
  audit: AuditRecorder;
  trx: Trx;
}

/** One command on a meeting of a partnership the principal may change; the partnership's "last changed" moves with it. */
async function onMeeting<T>(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, work: (o: Opened) => Promise<T>): Promise<T> {
  return command(deps, ctx, async (trx, audit) => {
    const p = await changeable(trx, principal, partnershipId);
    const meeting = await findMeeting(trx, p.id, meetingId);
    if (!meeting) throw new NotFoundError('No such meeting');
    const recorded = audit.entries.length;
    const result = await work({ partnershipId: p.id, meeting, audit, trx });
    if (audit.entries.length > recorded) await touchPartnership(trx, p.id, deps.clock.now().toISOString());
    return result;
  });
}

async function itemOf(trx: Trx, meetingId: string, itemId: string): Promise<AgendaItem> {
  const item = await findAgendaItem(trx, meetingId, itemId);
  if (!item) throw new NotFoundError('No such agenda item');
  return item;
}

const refuse = (problems: readonly Problem[]) => {
  if (problems.length) throw new ValidationError([...problems]);
};

/** R-2.7(n): the rules in force on the meeting's day (attendance needs only the seats, which are not versioned). */
async function rulesOf(trx: Trx, partnershipId: string, day?: string): Promise<DecisionRules & { records: SeatRecord[]; inForce: RulesInForce; changed: boolean }> {
  const on = await rulesOn(trx, partnershipId, day);
  return { records: on.seats, ...on.rules, inForce: on.inForce, changed: on.changes.length > 0 };
}

/** R-2.8g: who attended each seat, as named in the event (the seat's member). */
const attendanceWords = (names: ReadonlyMap<string, string>, attendance: ReadonlyMap<string, Attendance>) =>
  attendance.size ? { attendance: [...attendance].map(([id, a]) => `${names.get(id) ?? id}: ${ATTENDANCE_WORDS[a].toLowerCase()}`).join('; ') } : null;

/** R-2.8g: who attended the meeting in each seat, all at once (per seat id: present, substitute, apologies or absent). */
export async function recordAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  sent: Readonly<Record<string, string | undefined>>,
): Promise<Map<string, Attendance>> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const { seats } = await rulesOf(trx, pid);
    if (!seats.length) refuse([{ field: 'attendance', message: 'The partnership has no member seats yet: add them under Decision making first (R-2.8a)' }]);
    const problems: Problem[] = [];
    const known = new Set(seats.map((s) => s.id));
    const stranger = Object.keys(sent).find((id) => !known.has(id));
    if (stranger) problems.push({ field: 'attendance', message: `${stranger} is not a seat of the partnership` });
    const attendance = readAttendance(seats, sent, problems);
    refuse(problems);
    const before = await meetingAttendance(trx, meeting.id);
    await setMeetingAttendance(trx, meeting.id, attendance);
    const names = new Map(seats.map((s) => [s.id, s.name]));
    audit.record({ entityType: 'meeting', entityId: meeting.id, partnershipId: pid, action: 'attendance-recorded', before: attendanceWords(names, before), after: attendanceWords(names, attendance) });
    return attendance;
  });
}

/** The item's own rules, and that the partner it concerns is one of the partnership's. */
async function itemProblems(trx: Db | Trx, partnershipId: string, input: Partial<AgendaItemInput>): Promise<Problem[]> {
  const problems: Problem[] = agendaItemProblems(input);
  if (input.concernsId && !(await listPartners(trx, partnershipId)).some((p) => p.organisationId === input.concernsId)) {
    problems.unshift({ field: 'concernsId', message: 'Select one of the partnership’s partners, or none (R-2.13)' });
  }
  if (input.forwardPlanId && !(await findForwardPlanEntry(trx, partnershipId, input.forwardPlanId))) {
    problems.unshift({ field: 'forwardPlanId', message: 'Select one of the partnership’s planned decisions on its forward plan, or none (R-2.8f)' });
  }
  return problems;
}

/** For a refused form or body: the rules on the answers that did parse, beside the schema's. */
export async function agendaItemInputProblems(deps: AppDeps, partnershipId: string, input: Partial<AgendaItemInput>): Promise<Problem[]> {
  return itemProblems(deps.database.db, partnershipId, input);
}

export async function addAgendaItem(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    refuse(await itemProblems(trx, pid, input));
    const id = deps.ids.next();
    await insertAgendaItem(trx, meeting.id, id, input);
    const item = await itemOf(trx, meeting.id, id);
    audit.record({ entityType: 'agenda-item', entityId: id, partnershipId: pid, action: 'added', after: auditedItem(item, meeting.title) });
    return item;
  });
}

export async function changeAgendaItem(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  itemId: string,
  input: AgendaItemInput,
): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const before = await itemOf(trx, meeting.id, itemId);
    const problems = await itemProblems(trx, pid, input);
    if (before.vote && input.decisionType !== before.decisionType) {
      problems.push({ field: 'decisionType', message: 'The vote on this item was recorded under its type of decision: clear the vote before changing the type (R-2.8a)' });
    }
    refuse(problems);
    await updateAgendaItem(trx, meeting.id, itemId, input);
    const after = await itemOf(trx, meeting.id, itemId);
    audit.record({ entityType: 'agenda-item', entityId: itemId, partnershipId: pid, action: 'updated', before: auditedItem(before, meeting.title), after: auditedItem(after, meeting.title) });
    return after;
  });
}

export async function removeAgendaItemOf(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, itemId: string): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const before = await itemOf(trx, meeting.id, itemId);
    await removeAgendaItem(trx, meeting.id, itemId);
    audit.record({ entityType: 'agenda-item', entityId: itemId, partnershipId: pid, action: 'removed', before: auditedItem(before, meeting.title) });
    return before;
  });
}

/** R-2.13: a declaration's own rules, and that the member holds a seat and has not already declared at the item. */
async function declarationInputProblemsIn(trx: Db | Trx, partnershipId: string, item: AgendaItem | null, d: Partial<DeclarationInput>): Promise<Problem[]> {
  const problems: Problem[] = declarationProblems(d);
  if (d.personId) {
    const seats = await listSeats(trx, partnershipId);
    if (!seats.some((s) => s.personId === d.personId)) problems.unshift({ field: 'personId', message: 'Select one of the partnership’s members: a declaration is made by a member holding a seat (R-2.13)' });
    else if (item?.declarations.some((x) => x.personId === d.personId)) problems.unshift({ field: 'personId', message: 'This member has already declared an interest at this item: remove that declaration to record another' });
  }
  return problems;
}

export async function declarationInputProblems(deps: AppDeps, partnershipId: string, meetingId: string, itemId: string, d: Partial<DeclarationInput>): Promise<Problem[]> {
  const db = deps.database.db;
  return declarationInputProblemsIn(db, partnershipId, (await findAgendaItem(db, meetingId, itemId)) ?? null, d);
}

export async function addDeclaration(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  itemId: string,
  input: DeclarationInput,
): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    refuse(await declarationInputProblemsIn(trx, pid, item, input));
    await setItemDeclarations(trx, itemId, [...item.declarations, input]);
    const after = await itemOf(trx, meeting.id, itemId);
    const made = after.declarations.find((d) => d.personId === input.personId)!;
    audit.record({ entityType: 'declaration', entityId: itemId, partnershipId: pid, action: 'added', after: auditedDeclaration(made, item.title) });
    return after;
  });
}

export async function removeDeclaration(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  itemId: string,
  personId: string,
): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    const gone = item.declarations.find((d) => d.personId === personId);
    if (!gone) throw new NotFoundError('No such declaration');
    await setItemDeclarations(trx, itemId, item.declarations.filter((d) => d.personId !== personId));
    audit.record({ entityType: 'declaration', entityId: itemId, partnershipId: pid, action: 'removed', before: auditedDeclaration(gone, item.title) });
    return itemOf(trx, meeting.id, itemId);
  });
}

/** A recorded vote as the audit trail keeps it: its outcome in words and its explanation. */
const keptVote = (vote: NonNullable<AgendaItem['vote']>) => ({ outcome: OUTCOME_LABELS[vote.outcome as Outcome] ?? vote.outcome, explanation: vote.explanation });

/** The vote as sent: what SentFacts holds besides the meeting's own facts (attendance, declarations, the item's type). */
export type SentVote = Omit<SentFacts, 'attendance' | 'excluded' | 'decisionType'>;

/**
 * R-2.8a, R-2.8b, R-2.13: the vote on the item's motion, decided by checkDecision on the meeting's
 * attendance and the item's declarations, and kept with its outcome and explanation as computed now.
 */
export async function recordVote(
  deps: AppDeps,
  ctx: RequestContext,
  principal: Principal,
  partnershipId: string,
  meetingId: string,
  itemId: string,
  sent: SentVote,
): Promise<{ item: AgendaItem; check: DecisionCheck }> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    const rules = await rulesOf(trx, pid, meeting.meetsOn);
    const { check, motion, facts } = await voteOf(trx, rules, meeting, item, sent);
    const outcome = check.outcome!;
    // Kept as a clerk would read it out, each sentence with the clause it applies.
    const cited = (text: string, clause: string) => `${text.replace(/\.$/, '')} (${clause}).`;
    // R-2.7(n): once the rules have changed, which rules decided it is part of the record.
    const version = rules.changed ? [cited(rules.inForce.explanation, rules.inForce.clause)] : [];
    const explanation = [...version, cited(check.quorum.explanation, check.quorum.clause), cited(outcome.explanation, outcome.clause), ...outcome.problems.map((x) => cited(x, outcome.clause))].join(' ');
    const before = item.vote ? keptVote(item.vote) : null;
    await setItemVote(trx, itemId, {
      voting: motion.votes.kind,
      named: motion.votes.kind === 'named' ? motion.votes.votes : new Map(),
      counted: motion.votes.kind === 'counted' ? { for: motion.votes.for, against: motion.votes.against, abstain: motion.votes.abstain } : null,
      consensusReached: motion.consensusReached ?? false,
      castingVote: motion.castingVote ? `${motion.castingVote.by}-${motion.castingVote.vote}` : null,
      lot: motion.lot ?? null,
      outcome: outcome.outcome,
      explanation,
      decidedAt: deps.clock.now().toISOString(),
    });
    // R-2.8e: kept as computed now, as the outcome is: the partners whose members present could not commit them.
    const ratify = ratificationsNeeded(rules.seats, facts, await listAuthorities(trx, pid), { decisionType: item.decisionType!, amountPence: item.amountPence, outcome: outcome.outcome });
    await setItemRatifications(trx, itemId, ratify, item.ratifications);
    audit.record({
      entityType: 'agenda-item',
      entityId: itemId,
      partnershipId: pid,
      action: 'vote-recorded',
      before,
      after: {
        item: item.title,
        outcome: OUTCOME_LABELS[outcome.outcome],
        explanation,
        for: outcome.for,
        against: outcome.against,
        abstain: outcome.abstain,
        ...(ratify.length ? { ratification: ratify.map((r) => r.explanation).join(' ') } : {}),
      },
    });
    return { item: await itemOf(trx, meeting.id, itemId), check };
  });
}

/** The facts of the vote read against the meeting, or every problem with them. */
async function voteOf(trx: Trx, rules: Awaited<ReturnType<typeof rulesOf>>, meeting: Meeting, item: AgendaItem, sent: SentVote) {
  if (!item.decisionType) refuse([{ field: 'decisionType', message: 'This item is for information: give it a type of decision and a motion before recording a vote (R-2.8a)' }]);
  const attendance = await meetingAttendance(trx, meeting.id);
  const missing = rules.seats.filter((s) => !attendance.has(s.id));
  if (!rules.seats.length || missing.length) {
    refuse([{ field: 'attendance', message: `Record who attended the meeting before its votes${missing.length ? `: attendance is missing for ${missing.map((s) => s.name).join(', ')}` : ''} (R-2.8g)` }]);
  }
  const read = readFacts(rules.seats, {
    ...sent,
    decisionType: item.decisionType!,
    attendance: Object.fromEntries(attendance),
    excluded: [...excludedBy(item.declarations, meeting.meetsOn)],
  });
  if (!read.ok) throw new ValidationError(read.problems);
  refuse(votesBarred(item.declarations, meeting.meetsOn, read.motion.votes.kind === 'named' ? read.motion.votes.votes.keys() : []));
  const check = checkDecision(rules, read.item, read.motion);
  if (!check.outcome) refuse([{ field: 'rules', message: `${check.noRule}: add one under Decision making` }]);
  return { check, motion: read.motion, facts: read.item };
}

/** R-2.8c: telling members of a decision, as recorded: who, on what day, and how. */
export interface ToldInput {
  personIds: string[];
  toldOn: string;
  how: ToldHow;
}

/** Who of the item's members not present is still to be told of its decision (R-2.8c). */
async function stillToTell(trx: Db | Trx, partnershipId: string, meeting: Meeting, item: AgendaItem) {
  const [seats, attendance] = await Promise.all([listSeats(trx, partnershipId), meetingAttendance(trx, meeting.id)]);
  return communicationOf(seats.map((s) => ({ personId: s.personId, name: s.name })), attendance, item.notices, item.vote !== null).members.filter((m) => !m.told);
}

/** For a refused form or body: the rules on what did parse. */
export async function toldInputProblems(deps: AppDeps, partnershipId: string, meeting: Meeting, item: AgendaItem, input: Partial<ToldInput>): Promise<Problem[]> {
  return noticeProblems(await stillToTell(deps.database.db, partnershipId, meeting, item), input, meeting.meetsOn);
}

/** R-2.8c: members not present told of the item's decision, each audited by name. */
export async function recordTold(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, itemId: string, input: ToldInput): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    if (!item.vote) refuse([{ field: 'personIds', message: 'No decision is recorded at this item yet: record the vote before telling anyone of it (R-2.8c)' }]);
    const due = await stillToTell(trx, pid, meeting, item);
    refuse(noticeProblems(due, input, meeting.meetsOn));
    await insertDecisionNotices(trx, itemId, input.personIds.map((personId) => ({ personId, toldOn: input.toldOn, how: input.how })));
    audit.record({
      entityType: 'agenda-item',
      entityId: itemId,
      partnershipId: pid,
      action: 'members-told',
      after: { item: item.title, told: due.filter((d) => input.personIds.includes(d.personId)).map((d) => d.name).join(', '), toldOn: input.toldOn, how: TOLD_HOW_LABELS[input.how] },
    });
    return itemOf(trx, meeting.id, itemId);
  });
}

/** The vote taken again: the recorded one cleared, its outcome kept in the trail. */
export async function clearVote(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, itemId: string): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    if (!item.vote) return item;
    await setItemVote(trx, itemId, null);
    await setItemRatifications(trx, itemId, []);
    audit.record({
      entityType: 'agenda-item',
      entityId: itemId,
      partnershipId: pid,
      action: 'vote-cleared',
      before: { item: item.title, ...keptVote(item.vote) },
    });
    return itemOf(trx, meeting.id, itemId);
  });
}

/** R-2.8e: a partner's ratification of a carried decision beyond its members' authority. */
export interface RatifiedInput {
  organisationId: string;
  ratifiedOn: string;
  note: string | null;
}

/** For a refused form or body: the rules on what did parse. */
export function ratifiedInputProblems(meeting: Meeting, item: AgendaItem, input: Partial<RatifiedInput>): Problem[] {
  return ratificationProblems(item.ratifications, input, meeting.meetsOn);
}

/** R-2.8e: the partner has ratified the item's decision, on a day, audited with who ratified it. */
export async function recordRatified(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, meetingId: string, itemId: string, input: RatifiedInput): Promise<AgendaItem> {
  return onMeeting(deps, ctx, principal, partnershipId, meetingId, async ({ trx, meeting, audit, partnershipId: pid }) => {
    const item = await itemOf(trx, meeting.id, itemId);
    if (!item.ratifications.length) refuse([{ field: 'organisationId', message: 'The decision at this item awaits no one’s ratification (R-2.8e)' }]);
    refuse(ratificationProblems(item.ratifications, input, meeting.meetsOn));
    await ratifyItem(trx, itemId, input.organisationId, input.ratifiedOn, input.note);
    const asked = item.ratifications.find((r) => r.organisationId === input.organisationId)!;
    audit.record({
      entityType: 'agenda-item',
      entityId: itemId,
      partnershipId: pid,
      action: 'ratified',
      after: { item: item.title, partner: asked.partnerName, ratifier: asked.ratifier, ratifiedOn: input.ratifiedOn, ...(input.note ? { note: input.note } : {}) },
    });
    return itemOf(trx, meeting.id, itemId);
  });
}

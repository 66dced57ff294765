// A meeting's page in words: the notice, the attendance of each seat and each agenda item with its quorum,
// declarations and outcome as the domain explained them, each with its clause.
import { OUTCOME_TAGS } from '../decision-making/decision-making.view-model.ts';
import type { RulesInForce } from '../../../domain/decisions/rule-changes.ts';
import type { PartnershipHeader } from '../../../app/queries/partnership.queries.ts';
import { OUTCOME_LABELS, type Outcome } from '../../../domain/decisions/outcome.ts';
import type { SeatRecord } from '../../../domain/decisions/records.ts';
import { DECISION_TYPE_LABELS, SEAT_STATUS_LABELS, type Attendance } from '../../../domain/decisions/rules.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import { CONSEQUENCE_LABELS, DECLARATION_KIND_LABELS } from '../../../domain/meetings/declarations.ts';
import { TOLD_HOW_LABELS } from '../../../domain/meetings/communication.ts';
import type { ItemDecision } from '../../../domain/meetings/item-decision.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { formatPence } from '../../../domain/register/money.ts';
import { meetingNotice, MEETING_STATUS_LABELS, PREVIOUS_MINUTES_LABELS, type Meeting } from '../../../domain/meetings/meeting.ts';

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = { present: 'Present', substitute: 'Substitute present', apologies: 'Apologies', absent: 'Absent' };

const outcomeLabel = (o: string) => OUTCOME_LABELS[o as Outcome] ?? o;

export const itemHref = (p: { id: string }, meetingId: string, itemId: string) => `/partnerships/${p.id}/meetings/${meetingId}/items/${itemId}`;

export function itemView(p: PartnershipHeader, meeting: Meeting, item: AgendaItem, decision: ItemDecision, number: number) {
  const live = decision.check?.outcome ?? null;
  const vote = item.vote;
  return {
    id: item.id,
    number,
    title: item.title,
    type: item.decisionType ? DECISION_TYPE_LABELS[item.decisionType] : 'For information',
    decides: item.decisionType !== null,
    keyDecision: item.keyDecision,
    confidential: item.confidential,
    motion: item.motion,
    concerns: item.concernsName,
    forwardPlan: decision.forwardPlan,
    onPlanAs: item.forwardPlanTitle,
    amount: item.amountPence === null ? null : formatPence(item.amountPence),
    // R-2.8e: the partners that must ratify the decision, until each has.
    ratifications: item.ratifications.map((r) => ({
      partner: r.partnerName,
      explanation: r.explanation,
      status: r.ratifiedOn ? `Ratified by ${r.ratifier} on ${dateInWords(r.ratifiedOn)}${r.note ? ` (${r.note})` : ''}` : `Awaiting ratification by ${r.ratifier}`,
      ratified: r.ratifiedOn !== null,
    })),
    awaitingRatification: item.ratifications.some((r) => !r.ratifiedOn),
    quorum: { quorate: decision.quorum.quorate, explanation: decision.quorum.explanation, clause: decision.quorum.clause },
    declarations: decision.declarations.map((e) => {
      const d = item.declarations.find((x) => x.personId === e.personId)!;
      return { personId: d.personId, name: d.name, kind: DECLARATION_KIND_LABELS[d.kind], consequence: CONSEQUENCE_LABELS[d.consequence], explanation: e.explanation, warning: e.warning };
    }),
    undeclared: decision.undeclared,
    // R-2.8c: who of the members not present is still to be told.
    told: {
      explanation: decision.communication.explanation,
      outstanding: decision.communication.outstanding,
      members: decision.communication.members.map((m) => ({ name: m.name, told: m.told ? `${TOLD_HOW_LABELS[m.told.how]} on ${dateInWords(m.told.toldOn)}` : 'Not yet told' })),
    },
    vote: vote
      ? {
          label: outcomeLabel(vote.outcome),
          tag: OUTCOME_TAGS[vote.outcome] ?? '',
          explanation: vote.explanation,
          counts: live ? { for: live.for, against: live.against, abstain: live.abstain } : null,
          // Attendance or a declaration changed since the vote was recorded: what it would be now.
          stale: live && live.outcome !== vote.outcome ? `With the attendance and declarations as they now stand, the outcome would be: ${outcomeLabel(live.outcome)}. ${live.explanation} Record the vote again to decide it on these facts.` : null,
        }
      : null,
    href: itemHref(p, meeting.id, item.id),
  };
}

/** R-2.7(n): the version of the rules that decides the meeting, once the rules have changed; null before. */
export function rulesVersionOf(p: Pick<PartnershipHeader, 'id'>, inForce: RulesInForce) {
  if (inForce.from === null && inForce.until === null) return null;
  const rules = `/partnerships/${p.id}/decision-making`;
  return { text: capitalised(`${inForce.explanation}`), href: inForce.endedBy ? `${rules}/changes/${inForce.endedBy}` : rules, clause: inForce.clause };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function meetingView(
  p: PartnershipHeader,
  meeting: Meeting,
  seats: readonly SeatRecord[],
  attendance: ReadonlyMap<string, Attendance>,
  items: ReadonlyArray<{ item: AgendaItem; decision: ItemDecision }>,
  inForce: RulesInForce,
) {
  const notice = meetingNotice(meeting);
  const base = `/partnerships/${p.id}/meetings/${meeting.id}`;
  return {
    meeting: {
      title: meeting.title,
      when: `${dateInWords(meeting.meetsOn)}${meeting.startsAt ? ` at ${meeting.startsAt}` : ''}`,
      location: meeting.location,
      status: MEETING_STATUS_LABELS[meeting.status],
      previousMinutes: PREVIOUS_MINUTES_LABELS[meeting.previousMinutes],
      minutes: meeting.minutes,
    },
    notice: { sufficient: notice.sufficient, explanation: notice.explanation, clause: notice.clause },
    rulesVersion: rulesVersionOf(p, inForce),
    attendance: {
      recorded: attendance.size > 0,
      rows: seats.map((s) => ({
        name: s.name,
        partner: s.partnerName,
        status: SEAT_STATUS_LABELS[s.status],
        attendance: attendance.has(s.personId) ? ATTENDANCE_LABELS[attendance.get(s.personId)!] + (attendance.get(s.personId) === 'substitute' && s.substituteName ? ` (${s.substituteName})` : '') : 'Not recorded',
      })),
    },
    noSeats: seats.length === 0,
    items: items.map(({ item, decision }, i) => itemView(p, meeting, item, decision, i + 1)),
    links: {
      attendance: `${base}/attendance`,
      addItem: `${base}/items/new`,
      papers: `${base}/papers.pdf`,
      rules: `/partnerships/${p.id}/decision-making`,
    },
  };
}

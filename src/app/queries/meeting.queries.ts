// Reading a meeting for a principal (R-2.8g): its partnership's decision rules, who attended each seat, and
// its agenda's items, each decided by the domain from them (R-2.8a, R-2.8b, R-2.13), with the members who
// should have declared an interest and did not. The meeting's page and the API's agenda both read it here.
import { findAgendaItem, listAgendaItems } from '../../db/repositories/agenda-items.repo.ts';
import { meetingAttendance } from '../../db/repositories/meetings.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { can } from '../../domain/access/roles.ts';
import { partnerConflicts } from '../../domain/interests/conflicts.ts';
import { decideItem, forwardPlanFacts } from '../../domain/meetings/item-decision.ts';
import { listForwardPlan } from '../../db/repositories/forward-plan.repo.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { AppDeps } from '../deps.ts';
import { londonToday } from '../lifecycle.service.ts';
import type { Principal } from '../principal.ts';
import { decisionRulesFor } from './decision-rules.queries.ts';
import { interestsOfPeople } from './interests.queries.ts';

export async function meetingFacts(deps: AppDeps, principal: Principal, partnershipId: string, meeting: Meeting) {
  const db = deps.database.db;
  const [rules, attendance, items, partners, plan] = await Promise.all([
    // R-2.7(n): each meeting is decided under the rules in force on its day.
    decisionRulesFor(deps, principal, partnershipId, meeting.meetsOn),
    meetingAttendance(db, meeting.id),
    listAgendaItems(db, meeting.id),
    listPartners(db, partnershipId),
    listForwardPlan(db, partnershipId),
  ]);
  // registered interests are the council's directory: read, and warned of, for its readers only.
  const interests = can(principal.role, 'directory.view') ? await interestsOfPeople(deps, principal, rules.seats.map((s) => s.personId)) : [];
  const conflicts = partnerConflicts(rules.seats, partners.map((x) => ({ organisationId: x.organisationId, name: x.name })), interests, londonToday(deps.clock.now()));
  return { seats: rules.seats, inForce: rules.inForce, attendance, decided: items.map((item) => ({ item, decision: decideItem(rules.rules, attendance, item, meeting.meetsOn, conflicts, forwardPlanFacts(plan)) })) };
}

/** One item of a meeting already read through the principal's scope (findRecord), or undefined. */
export async function agendaItemOf(deps: AppDeps, meeting: Pick<Meeting, 'id'>, itemId: string) {
  return findAgendaItem(deps.database.db, meeting.id, itemId);
}

/** Who attended each seat of a meeting already read through the principal's scope. */
export async function attendanceOf(deps: AppDeps, meeting: Pick<Meeting, 'id'>) {
  return meetingAttendance(deps.database.db, meeting.id);
}

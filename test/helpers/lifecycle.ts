// Moves a partnership to a status the way a user would: step by step through the lifecycle's table
// (pathTo), each with canned evidence, recording the unbudgeted commitment's own approval first where
// R-2.5c asks, a screening where the step is screening's, and a complete assessment and
// business case before it is submitted for approval (R-APPROVE), linking a corporate priority first when
// it has none (R-2.5b), an exception for each gap that gates operating before it operates (issue 9), and
// every item of the dissolution checklist closed before it is dissolved.
// A step the table refuses fails the test with its reasons.
import { SYSTEM, type AppDeps } from '../../src/app/deps.ts';
import { lifecycleOf, londonToday, transition } from '../../src/app/lifecycle.service.ts';
import type { DecisionInput } from '../../src/app/schemas/decision.schema.ts';
import type { ScreeningAnswersInput } from '../../src/app/schemas/screening.schema.ts';
import { recordScreening } from '../../src/app/screening.service.ts';
import { exceptOperatingBlockers } from '../../src/app/demo-data/set-up.ts';
import { saveAssessment } from '../../src/app/business-case.service.ts';
import { loadPartnership, updatePartnership } from '../../src/app/partnerships.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import type { AssessmentInput } from '../../src/app/schemas/business-case.schema.ts';
import { isUnbudgeted } from '../../src/domain/lifecycle/guards.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import { dissolutionChecklist } from '../../src/app/records/index.ts';
import { addRecord } from '../../src/app/records/record-commands.ts';
import { listRecords } from '../../src/app/records/record-queries.ts';
import { DISSOLUTION_ITEMS } from '../../src/domain/exit/dissolution.ts';
import { pathTo, transitionOf, type LifecycleAction } from '../../src/domain/lifecycle/transitions.ts';
import { plainAnswers } from '../../src/domain/register/partnership.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';

const ADMINISTRATOR = { role: 'administrator' as const };

/** screening answers that lead to screen-in (the protocol applies) or screen-out (2.2(b)). */
export function cannedScreening(applies: boolean): ScreeningAnswersInput {
  return {
    sharedResponsibility: true,
    wellbeing: ['social'],
    characteristics: ['independent-bodies', 'common-goal'],
    exclusions: applies ? [] : ['consultation-group'],
    note: `Test screening: ${applies ? 'applies' : 'does not apply'}`,
  };
}

/** The evidence a step asks for, made up: a note, or a decision by Cabinet today. (Screening's steps take a screening instead.) */
export function cannedEvidence(action: LifecycleAction, today: string): { note?: string; decision?: DecisionInput } {
  const t = transitionOf(action);
  if (t.evidence.kind === 'note') return { note: `Test note: ${t.label}` };
  if (t.evidence.kind === 'screening') return {};
  return {
    decision: {
      decisionMaker: 'cabinet',
      decidedOn: today,
      reference: `TEST/${action}`,
      reason: t.evidence.outcome === 'approved' ? null : `Test reason: ${t.label}`,
    },
  };
}

/** R-2.5a, R-A1.1, R-A1.2, R-2.6.3: an assessment and business case with every answer of its own. */
export const CANNED_ASSESSMENT: AssessmentInput = {
  existingCommitments: 'Test: none affected',
  legalPower: 'Test: Localism Act 2011, section 1',
  barIdentified: false,
  barDetails: 'Test: Legal Services found no bar',
  legalFormReason: 'Test: the simplest form that works',
  businessCase: 'Test business case',
  evidenceBase: 'Test evidence base',
};

/** Makes the partnership's assessment complete: its own answers, and a corporate priority with how when it has none (R-2.5b). */
export async function completeAssessment(deps: AppDeps, partnershipId: string): Promise<void> {
  const p = await loadPartnership(deps, partnershipId);
  if (!p.priorities.length) {
    const priority = await createPriority(deps, SYSTEM, { title: `Test priority for ${p.reference}`, description: null, active: true });
    await updatePartnership(deps, SYSTEM, partnershipId, {
      ...plainAnswers(p),
      sponsoringOfficerId: p.sponsoringOfficerId,
      accountableOfficerId: p.accountableOfficerId,
      priorities: [{ priorityId: priority.id, how: 'Test: how it helps deliver it' }],
    });
  }
  await saveAssessment(deps, SYSTEM, ADMINISTRATOR, partnershipId, CANNED_ASSESSMENT);
}

/** closes every item of an exiting partnership's dissolution checklist not yet closed, done today. */
export async function completeDissolutionChecklist(deps: AppDeps, partnershipId: string): Promise<void> {
  const closed = new Set((await listRecords(deps, COMMAND_LINE, dissolutionChecklist, partnershipId)).map((e) => e.item));
  const today = londonToday(deps.clock.now());
  for (const item of DISSOLUTION_ITEMS.filter((i) => !closed.has(i))) await addRecord(deps, SYSTEM, COMMAND_LINE, dissolutionChecklist, partnershipId, { item, outcome: 'done', completedOn: today, note: `Test: ${item} done` });
}

/** Takes the partnership from its status to `status`; returns the actions taken, in order. */
export async function reachStatus(deps: AppDeps, partnershipId: string, status: Status): Promise<LifecycleAction[]> {
  const start = await lifecycleOf(deps, ADMINISTRATOR, partnershipId);
  const path = pathTo(start.facts.status, status);
  if (!path) throw new Error(`No lifecycle path from ${start.facts.status} to ${status}`);
  const today = londonToday(deps.clock.now());
  const taken: LifecycleAction[] = [];
  const take = async (action: LifecycleAction) => {
    if (transitionOf(action).evidence.kind === 'screening') await recordScreening(deps, SYSTEM, ADMINISTRATOR, partnershipId, cannedScreening(action === 'screen-in'));
    else await transition(deps, SYSTEM, ADMINISTRATOR, partnershipId, { action, ...cannedEvidence(action, today) });
    taken.push(action);
  };
  for (const action of path) {
    if (action === 'approve' && isUnbudgeted(start.facts) && !start.facts.decisions.some((d) => d.subject === 'unbudgeted-commitment')) {
      await take('approve-unbudgeted-commitment');
    }
    if (action === 'submit-for-approval') await completeAssessment(deps, partnershipId);
    // Issue 9, R-APPROVE: the gate to operating passes on an exception for each gating gap.
    if (action === 'start-operating' || action === 'continue-operating') await exceptOperatingBlockers(deps, SYSTEM, ADMINISTRATOR, partnershipId);
    if (action === 'dissolve') await completeDissolutionChecklist(deps, partnershipId);
    await take(action);
  }
  return taken;
}

/**
 * Test-only: writes a status straight onto the partnership, with no steps, decisions or timeline. For
 * tests about the register's list, filters, counts and exports, which need many partnerships in many
 * statuses and are not about how they got there (reachStatus is the way for everything else). The
 * application never does this: a status changes only through transition().
 */
export async function writeStatusForTest(deps: Pick<AppDeps, 'database'>, partnershipId: string, status: Status): Promise<void> {
  await deps.database.db.updateTable('partnerships').set({ status }).where('id', '=', partnershipId).execute();
}

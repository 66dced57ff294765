// The lifecycle's pure rules, table-driven (R-APPROVE, R-2.5c, R-2.2, R-2.14, decision 24): every move the
// table allows from each status, every move it refuses with its reason and clause, each guard both ways,
// the evidence a step needs, the shortest paths the example data walks, and the timeline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '../../src/domain/access/roles.ts';
import {
  dateInWords,
  decisionDefaults,
  decisionProblems,
  decisionSummary,
  isCalendarDate,
  type DecisionEvidence,
  type DecisionOutcome,
  type DecisionRecord,
  type DecisionSubject,
} from '../../src/domain/lifecycle/decisions.ts';
import type { MissingItem } from '../../src/domain/business-case/assessment.ts';
import type { Finding } from '../../src/domain/compliance/types.ts';
import { GUARD_IDS, guardRefusals, type GuardId } from '../../src/domain/lifecycle/guards.ts';
import { timeline, type RecordedTransition, type TimelineEntry } from '../../src/domain/lifecycle/timeline.ts';
import {
  decideTransition,
  evidenceProblems,
  LIFECYCLE_ACTIONS,
  nextActions,
  mayBeScreened,
  pathTo,
  SCREENING_ONLY,
  screeningStep,
  transitionOf,
  TRANSITIONS,
  type LifecycleAction,
  type LifecycleFacts,
  type LifecycleProblem,
  type TransitionDecision,
} from '../../src/domain/lifecycle/transitions.ts';
import { STATUSES, type Status } from '../../src/domain/register/vocabulary.ts';

const APPROVAL = { subject: 'partnership', outcome: 'approved' } as const;
const UNBUDGETED_APPROVAL = { subject: 'unbudgeted-commitment', outcome: 'approved' } as const;

/** £25,000 a year within an approved budget, screened in with a complete assessment, nothing decided yet. */
function facts(overrides: Partial<LifecycleFacts> = {}): LifecycleFacts {
  return { status: 'proposed', councilContributionPence: 2_500_000, withinApprovedBudget: true, decisions: [], screeningApplies: true, assessmentMissing: [], operatingBlockers: [], dissolutionOpen: [], ...overrides };
}
/** What assessmentCompleteness says when the power is not cited, and when the priorities are missing (R-A1.1, R-2.5b). */
const MISSING_POWER: MissingItem = { field: 'legalPower', clause: 'R-A1.1', message: 'Cite the legal power the council relies on to enter it (R-A1.1)', page: 'business-case' };
const MISSING_PRIORITIES: MissingItem = { field: 'priorities', clause: 'R-2.5b', message: 'Link the partnership to the corporate priorities (R-2.5b)', page: 'details' };
const MISSING_MONEY: MissingItem = { field: 'councilContributionPence', clause: 'R-2.5a', message: 'Record the council’s contribution (R-2.5a)', page: 'details' };
/** What the compliance engine finds when no accountable officer is named (R-2.6.1): a gap that gates operating. */
const NO_ACCOUNTABLE_OFFICER: Finding = {
  requirementId: 'R-2.6.1', clause: '2.6.1', kind: 'record', title: 'Accountable officer', section: 'Management', how: 'computed', result: 'gap',
  reason: 'No accountable officer named (R-2.6.1)', evidence: [], fix: { href: '/partnerships/p1/edit', text: 'Name the accountable officer' }, gatesOperating: true,
};
/** £40,000 a year not within an approved budget (R-2.5c). */
const UNBUDGETED = { councilContributionPence: 4_000_000, withinApprovedBudget: false } as const;

const reasonsOf = (d: TransitionDecision): LifecycleProblem[] => (d.allowed ? [] : d.reasons);

describe('the transition table (R-APPROVE)', () => {
  it('has the 17 actions, once each, in LIFECYCLE_ACTIONS order', () => {
    assert.deepEqual(
      TRANSITIONS.map((t) => t.action),
      [...LIFECYCLE_ACTIONS],
    );
    assert.equal(TRANSITIONS.length, 17);
  });

  it('every row starts from real statuses, goes to one (or keeps it), cites a clause and names real guards', () => {
    for (const t of TRANSITIONS) {
      assert.ok(t.from.length > 0, t.action);
      for (const s of t.from) assert.ok(STATUSES.includes(s), `${t.action} from ${s}`);
      // R-2.2: only screening's steps may start where they lead: a re-screen with the same outcome is recorded too.
      if (t.to !== null) assert.ok(STATUSES.includes(t.to) && (t.evidence.kind === 'screening' || !t.from.includes(t.to)), `${t.action} to ${t.to}`);
      assert.match(t.clause, /^(R-[\dA-Z.]+[a-z]?|decision \d+)$/, t.action);
      assert.ok(t.label && t.hint.endsWith('.'), t.action);
      for (const g of t.guards) assert.ok(GUARD_IDS.includes(g), `${t.action}: ${g}`);
    }
  });

  it('labels are unique, and each `done` word is a distinct kebab-case audit action; withdrawing keeps today’s “withdrawn” (decision 24)', () => {
    assert.equal(new Set(TRANSITIONS.map((t) => t.label)).size, TRANSITIONS.length);
    assert.equal(new Set(TRANSITIONS.map((t) => t.done)).size, TRANSITIONS.length);
    for (const t of TRANSITIONS) assert.match(t.done, /^[a-z]+(-[a-z]+)*$/, t.action);
    assert.equal(transitionOf('withdraw').done, 'withdrawn');
    assert.equal(transitionOf('approve').done, 'approved');
    // Not one of the audit actions the register already writes.
    for (const taken of ['created', 'updated', 'deleted', 'added', 'removed']) assert.ok(!TRANSITIONS.some((t) => t.done === taken), taken);
  });

  it('the rows as agreed: from, to, evidence and guards', () => {
    const rows: Array<[LifecycleAction, Status[] | 'all but withdrawn', Status | null, string, GuardId[]]> = [
      ['screen-in', ['proposed', 'screened', 'not-applicable'], 'screened', 'screening', []],
      ['screen-out', ['proposed', 'screened', 'not-applicable'], 'not-applicable', 'screening', []],
      ['rescreen', ['not-applicable'], 'proposed', 'note required', []],
      ['start-business-case', ['screened'], 'business-case', 'note optional', []],
      ['submit-for-approval', ['business-case'], 'awaiting-approval', 'note optional', ['budget-answered', 'screening-applies', 'assessment-complete']],
      ['send-back', ['awaiting-approval'], 'business-case', 'note required', []],
      ['approve', ['awaiting-approval'], 'approved', 'partnership approved', ['budget-answered', 'unbudgeted-approved']],
      ['reject', ['awaiting-approval'], 'rejected', 'partnership rejected', []],
      [
        'approve-unbudgeted-commitment',
        ['business-case', 'awaiting-approval', 'approved', 'setting-up', 'operating', 'under-review', 'exiting'],
        null,
        'unbudgeted-commitment approved',
        ['is-unbudgeted', 'not-yet-recorded'],
      ],
      ['record-approval', ['approved', 'setting-up', 'operating', 'under-review', 'exiting'], null, 'partnership approved', ['no-approval-yet']],
      ['start-setting-up', ['approved'], 'setting-up', 'note optional', []],
      ['start-operating', ['approved', 'setting-up'], 'operating', 'note optional', ['approval-recorded', 'unbudgeted-approved', 'compliance-before-operating']],
      ['start-review', ['operating'], 'under-review', 'note required', []],
      ['continue-operating', ['under-review'], 'operating', 'note required', ['approval-recorded', 'compliance-before-operating']],
      ['start-exit', ['operating', 'under-review'], 'exiting', 'note required', []],
      ['dissolve', ['exiting'], 'dissolved', 'note optional', ['dissolution-checklist-complete']],
      ['withdraw', 'all but withdrawn', 'withdrawn', 'partnership withdrawn', ['may-withdraw']],
    ];
    for (const [action, from, to, evidence, guards] of rows) {
      const t = transitionOf(action);
      assert.deepEqual([...t.from], from === 'all but withdrawn' ? STATUSES.filter((s) => s !== 'withdrawn') : from, action);
      assert.equal(t.to, to, action);
      const e = t.evidence;
      assert.equal(e.kind === 'note' ? `note ${e.required ? 'required' : 'optional'}` : e.kind === 'screening' ? 'screening' : `${e.subject} ${e.outcome}`, evidence, action);
      assert.deepEqual([...t.guards], guards, action);
    }
  });

  it('a guard’s remedy can be taken from every status where the guard refuses', () => {
    for (const t of TRANSITIONS) {
      for (const g of t.guards) {
        for (const status of t.from) {
          for (const refusal of guardRefusals(g, facts({ status, ...UNBUDGETED, screeningApplies: null, assessmentMissing: [MISSING_POWER] }), 'officer'))
            if (refusal.remedy) assert.ok(transitionOf(refusal.remedy).from.includes(status), `${t.action} from ${status}: ${g} → ${refusal.remedy}`);
        }
      }
    }
  });
});

/** Facts under which each row's guards all pass. */
function passing(action: LifecycleAction): Partial<LifecycleFacts> {
  switch (action) {
    case 'approve-unbudgeted-commitment':
      return UNBUDGETED;
    case 'start-operating':
    case 'continue-operating':
      return { decisions: [APPROVAL] };
    default:
      return {};
  }
}

describe('decideTransition: every allowed move, from each status it starts from', () => {
  for (const t of TRANSITIONS) {
    for (const status of t.from) {
      it(`${t.clause}: ${t.action} from ${status} → ${t.to ?? `${status} (kept)`}`, () => {
        for (const role of ['officer', 'administrator'] as const) {
          const d = decideTransition(role, facts({ status, ...passing(t.action) }), t.action);
          assert.deepEqual(d, { allowed: true, transition: t }, role);
        }
      });
    }
  }
});

describe('decideTransition: every move refused because it is not from this status, naming the next steps', () => {
  for (const t of TRANSITIONS) {
    for (const status of STATUSES.filter((s) => !t.from.includes(s) && s !== 'withdrawn')) {
      it(`${t.clause}: ${t.action} is refused from ${status}`, () => {
        const f = facts({ status, ...passing(t.action) });
        const [reason, ...more] = reasonsOf(decideTransition('officer', f, t.action));
        assert.equal(more.length, 0);
        assert.equal(reason?.field, 'action');
        assert.equal(reason?.clause, t.clause);
        assert.match(reason!.message, new RegExp(`^${t.label} is for a partnership .+; this one is .+\\. Its next steps: .+\\.$`));
        // The steps it lists are exactly those that may be taken now.
        const open = nextActions('officer', f).filter((a) => a.decision.allowed).map((a) => a.transition.label);
        assert.ok(reason!.message.endsWith(`Its next steps: ${open.join(', ')}.`), reason!.message);
      });
    }
  }

  const worded: Array<[string, LifecycleAction, Partial<LifecycleFacts>, string]> = [
    ['R-APPROVE: approve while proposed', 'approve', {}, 'Approve is for a partnership awaiting approval; this one is proposed. Its next steps: Record screening, Screen out, Withdraw.'],
    [
      'R-APPROVE: start operating before approval',
      'start-operating',
      { status: 'awaiting-approval' },
      'Start operating is for a partnership approved or setting up; this one is awaiting approval. Its next steps: Send back to the business case, Approve, Reject, Withdraw.',
    ],
    [
      'R-2.5c: the unbudgeted commitment is not approved before the business case; approve is not listed while it is unapproved',
      'approve-unbudgeted-commitment',
      { status: 'screened', ...UNBUDGETED },
      'Record approval of the unbudgeted commitment is for a partnership at the business case, awaiting approval, approved, setting up, operating, under review or exiting; this one is screened. Its next steps: Record screening, Screen out, Start the business case, Withdraw.',
    ],
    [
      'R-2.2: re-screen only what was screened out',
      'rescreen',
      { status: 'rejected' },
      'Reopen as proposed is for a partnership screened out (the protocol does not apply); this one is rejected. Its next steps: Withdraw.',
    ],
    ['R-2.14: dissolve only while exiting', 'dissolve', { status: 'operating', decisions: [APPROVAL] }, 'Dissolve is for a partnership exiting; this one is operating. Its next steps: Start a review, Start exit, Withdraw.'],
    [
      'R-2.14: not dissolved until the dissolution checklist is complete',
      'dissolve',
      { status: 'exiting', decisions: [APPROVAL], dissolutionOpen: ['final-report'] },
      'Close ‘Final report made’ on the dissolution checklist first: record it done, or an exception with the reason (R-2.14).',
    ],
  ];
  for (const [name, action, f, message] of worded) {
    it(`in words: ${name}`, () => assert.deepEqual(reasonsOf(decideTransition('officer', facts(f), action)).map((r) => r.message), [message]));
  }

  it('decision 24: a withdrawn partnership takes no step at all, and says so', () => {
    for (const action of LIFECYCLE_ACTIONS) {
      assert.deepEqual(reasonsOf(decideTransition('administrator', facts({ status: 'withdrawn', decisions: [APPROVAL] }), action)), [
        { field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and it takes no further steps.', clause: 'decision 24' },
      ]);
    }
  });
});

describe('decideTransition: refused by a guard, with its reason and clause', () => {
  const budgetMissing = 'Record the council’s contribution per year in the partnership’s details first, or £0 if it pays nothing: protocol 2.5 needs to know what the council commits before it is approved (R-2.5c).';
  const budgetUnanswered = (amount: string) =>
    `Say in the partnership’s details whether the council’s ${amount} a year is within an approved budget first: an unbudgeted commitment needs its own approval under protocol 2.5 (R-2.5c).`;
  const unbudgeted =
    'Record the approval of the unbudgeted commitment first: the council’s £40,000 a year is not within an approved budget, so protocol 2.5 needs its own approval (R-2.5c). Use ‘Record approval of the unbudgeted commitment’.';
  const noApproval =
    'Record the approval first: a partnership cannot operate without a recorded approval saying who decided, which body, when, and its reference (R-APPROVE). Use ‘Record the approval’.';
  /** 'business-case#legalPower': the page that fixes it, and the answer there. */
  const fixOf = (fix: string) => {
    const [page, field] = fix.split('#');
    return field ? { page, field } : { page };
  };
  const noScreening = 'Record a screening first: only an arrangement the protocol applies to goes for approval (R-1.1).';
  const screenedOut = 'The latest screening found the protocol does not apply: screen it again before it goes for approval (R-2.2).';
  const cases: Array<[string, LifecycleAction, Partial<LifecycleFacts>, Array<[string, string, string?]>]> = [
    ['R-1.1, R-APPROVE: submitting with no screening recorded, fixed on the Screening page', 'submit-for-approval', { status: 'business-case', screeningApplies: null }, [[noScreening, 'R-1.1', 'screening']]],
    ['R-2.2, R-APPROVE: submitting when the latest screening found the protocol does not apply', 'submit-for-approval', { status: 'business-case', screeningApplies: false }, [[screenedOut, 'R-2.2', 'screening']]],
    [
      'R-APPROVE: submitting with the assessment incomplete names each missing item, its clause and the page that fixes it',
      'submit-for-approval',
      { status: 'business-case', assessmentMissing: [MISSING_POWER, MISSING_PRIORITIES] },
      [
        [`${MISSING_POWER.message}.`, 'R-A1.1', 'business-case#legalPower'],
        [`${MISSING_PRIORITIES.message}.`, 'R-2.5b', 'details#priorities'],
      ],
    ],
    [
      'R-APPROVE, R-2.5c: every reason at once, the contribution said once (by the budget guard)',
      'submit-for-approval',
      { status: 'business-case', councilContributionPence: null, withinApprovedBudget: null, screeningApplies: null, assessmentMissing: [MISSING_MONEY, MISSING_POWER] },
      [
        [budgetMissing, 'R-2.5c'],
        [noScreening, 'R-1.1', 'screening'],
        [`${MISSING_POWER.message}.`, 'R-A1.1', 'business-case#legalPower'],
      ],
    ],
    ['R-2.5c: submitting with no contribution recorded', 'submit-for-approval', { status: 'business-case', councilContributionPence: null, withinApprovedBudget: null }, [[budgetMissing, 'R-2.5c']]],
    ['R-2.5c: submitting with the budget question unanswered', 'submit-for-approval', { status: 'business-case', withinApprovedBudget: null }, [[budgetUnanswered('£25,000'), 'R-2.5c']]],
    ['R-2.5c: approving with the budget question unanswered', 'approve', { status: 'awaiting-approval', councilContributionPence: 12_345_650, withinApprovedBudget: null }, [[budgetUnanswered('£123,456.50'), 'R-2.5c']]],
    ['R-2.5c: approving an unbudgeted commitment without its own approval', 'approve', { status: 'awaiting-approval', ...UNBUDGETED }, [[unbudgeted, 'R-2.5c']]],
    ['R-2.5c: a rejected approval of the commitment is no approval', 'approve', { status: 'awaiting-approval', ...UNBUDGETED, decisions: [{ subject: 'unbudgeted-commitment', outcome: 'rejected' }] }, [[unbudgeted, 'R-2.5c']]],
    ['R-2.5c: the partnership’s own approval is not the commitment’s', 'approve', { status: 'awaiting-approval', ...UNBUDGETED, decisions: [APPROVAL] }, [[unbudgeted, 'R-2.5c']]],
    ['R-APPROVE: no operating without a recorded approval', 'start-operating', { status: 'approved' }, [[noApproval, 'R-APPROVE']]],
    ['R-APPROVE: a withdrawn decision is no approval', 'start-operating', { status: 'setting-up', decisions: [{ subject: 'partnership', outcome: 'withdrawn' }] }, [[noApproval, 'R-APPROVE']]],
    ['R-2.5c: no operating with an unbudgeted commitment unapproved', 'start-operating', { status: 'setting-up', ...UNBUDGETED, decisions: [APPROVAL] }, [[unbudgeted, 'R-2.5c']]],
    ['R-APPROVE, R-2.5c: every reason at once', 'start-operating', { status: 'approved', ...UNBUDGETED }, [[noApproval, 'R-APPROVE'], [unbudgeted, 'R-2.5c']]],
    ['R-APPROVE: no continuing after a review without a recorded approval', 'continue-operating', { status: 'under-review' }, [[noApproval, 'R-APPROVE']]],
    ['R-APPROVE: an approval is recorded once', 'record-approval', { status: 'operating', decisions: [APPROVAL] }, [['This partnership’s approval is already recorded: it is on its timeline (R-APPROVE).', 'R-APPROVE']]],
    ['R-2.5c: no commitment approval for a budgeted contribution', 'approve-unbudgeted-commitment', { status: 'business-case' }, [['There is no unbudgeted commitment to approve: the council’s £25,000 a year is within an approved budget (R-2.5c).', 'R-2.5c']]],
    ['R-2.5c: no commitment approval for £0', 'approve-unbudgeted-commitment', { status: 'approved', councilContributionPence: 0, withinApprovedBudget: null }, [['There is no unbudgeted commitment to approve: the council contributes £0 (R-2.5c).', 'R-2.5c']]],
    [
      'R-2.5c: the commitment is approved once',
      'approve-unbudgeted-commitment',
      { status: 'operating', ...UNBUDGETED, decisions: [UNBUDGETED_APPROVAL] },
      [['The approval of the unbudgeted commitment is already recorded: it is on the timeline (R-2.5c).', 'R-2.5c']],
    ],
  ];
  for (const [name, action, f, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        reasonsOf(decideTransition('officer', facts(f), action)),
        expected.map(([message, clause, fix]) => ({ field: 'action', message, clause, ...(fix ? { fix: fixOf(fix) } : {}) })),
      );
    });
  }

  const allowed: Array<[string, LifecycleAction, Partial<LifecycleFacts>]> = [
    ['R-2.5c: £0 needs no budget answer', 'submit-for-approval', { status: 'business-case', councilContributionPence: 0, withinApprovedBudget: null }],
    ['R-2.5c: an unbudgeted commitment may be submitted, to be approved separately', 'submit-for-approval', { status: 'business-case', ...UNBUDGETED }],
    ['R-2.5c: approving once the commitment is approved', 'approve', { status: 'awaiting-approval', ...UNBUDGETED, decisions: [UNBUDGETED_APPROVAL] }],
    ['R-2.5c: operating once both are approved', 'start-operating', { status: 'approved', ...UNBUDGETED, decisions: [UNBUDGETED_APPROVAL, APPROVAL] }],
    ['R-APPROVE: a migrated partnership records its earlier approval', 'record-approval', { status: 'operating', decisions: [{ subject: 'partnership', outcome: 'rejected' }] }],
    ['R-APPROVE: rejecting needs no budget answer', 'reject', { status: 'awaiting-approval', councilContributionPence: null, withinApprovedBudget: null }],
  ];
  for (const [name, action, f] of allowed) it(`allowed: ${name}`, () => assert.equal(decideTransition('officer', facts(f), action).allowed, true));

  it('R-APPROVE: internal audit reads the lifecycle and moves nothing', () => {
    for (const t of TRANSITIONS) {
      assert.deepEqual(reasonsOf(decideTransition('auditor', facts({ status: t.from[0]!, ...passing(t.action) }), t.action)), [
        { field: 'action', message: 'Only officers and administrators can move a partnership through its lifecycle.', clause: 'R-APPROVE' },
      ]);
    }
  });

  it('R-APPROVE: an unknown action is refused at action, naming the next steps', () => {
    assert.deepEqual(reasonsOf(decideTransition('officer', facts(), 'go-live')), [
      { field: 'action', message: 'There is no lifecycle step called “go-live”. Its next steps: Record screening, Screen out, Withdraw.', clause: 'R-APPROVE' },
    ]);
  });
});

describe('guards: each one both ways', () => {
  const none: LifecycleFacts['decisions'] = [];
  const cases: Array<[GuardId, Partial<LifecycleFacts>, Role, string | null]> = [
    // R-2.5c: budget-answered
    ['budget-answered', {}, 'officer', null],
    ['budget-answered', { councilContributionPence: 0, withinApprovedBudget: null }, 'officer', null],
    ['budget-answered', UNBUDGETED, 'officer', null],
    ['budget-answered', { councilContributionPence: null, withinApprovedBudget: null }, 'officer', 'R-2.5c'],
    ['budget-answered', { withinApprovedBudget: null }, 'officer', 'R-2.5c'],
    // R-2.5c: is-unbudgeted
    ['is-unbudgeted', UNBUDGETED, 'officer', null],
    ['is-unbudgeted', {}, 'officer', 'R-2.5c'],
    ['is-unbudgeted', { councilContributionPence: 0, withinApprovedBudget: false }, 'officer', 'R-2.5c'],
    ['is-unbudgeted', { councilContributionPence: null, withinApprovedBudget: null }, 'officer', 'R-2.5c'],
    ['is-unbudgeted', { withinApprovedBudget: null }, 'officer', 'R-2.5c'],
    // R-2.5c: unbudgeted-approved
    ['unbudgeted-approved', {}, 'officer', null],
    ['unbudgeted-approved', { councilContributionPence: null, withinApprovedBudget: null }, 'officer', null],
    ['unbudgeted-approved', { ...UNBUDGETED, decisions: [UNBUDGETED_APPROVAL] }, 'officer', null],
    ['unbudgeted-approved', UNBUDGETED, 'officer', 'R-2.5c'],
    // R-APPROVE: approval-recorded
    ['approval-recorded', { decisions: [APPROVAL] }, 'officer', null],
    ['approval-recorded', { decisions: none }, 'officer', 'R-APPROVE'],
    ['approval-recorded', { decisions: [UNBUDGETED_APPROVAL, { subject: 'partnership', outcome: 'rejected' }] }, 'officer', 'R-APPROVE'],
    // R-APPROVE: no-approval-yet
    ['no-approval-yet', {}, 'officer', null],
    ['no-approval-yet', { decisions: [UNBUDGETED_APPROVAL] }, 'officer', null],
    ['no-approval-yet', { decisions: [APPROVAL] }, 'officer', 'R-APPROVE'],
    // R-2.5c: not-yet-recorded
    ['not-yet-recorded', { decisions: [APPROVAL] }, 'officer', null],
    ['not-yet-recorded', { decisions: [UNBUDGETED_APPROVAL] }, 'officer', 'R-2.5c'],
    // decision 24: may-withdraw
    ['may-withdraw', {}, 'officer', null],
    ['may-withdraw', {}, 'administrator', null],
    ['may-withdraw', {}, 'auditor', 'decision 24'],
    // R-1.1, R-2.2, R-APPROVE: screening-applies, on the latest screening
    ['screening-applies', { screeningApplies: true }, 'officer', null],
    ['screening-applies', { screeningApplies: null }, 'officer', 'R-1.1'],
    ['screening-applies', { screeningApplies: false }, 'officer', 'R-2.2'],
    // R-APPROVE: assessment-complete (the contribution alone is budget-answered's to say)
    ['assessment-complete', { assessmentMissing: [] }, 'officer', null],
    ['assessment-complete', { assessmentMissing: [MISSING_MONEY] }, 'officer', null],
    ['assessment-complete', { assessmentMissing: [MISSING_POWER, MISSING_PRIORITIES] }, 'officer', 'R-A1.1'],
    // Issue 9, R-APPROVE: compliance-before-operating, one refusal per blocker (lifecycle-operating-gate.test.ts has the rest)
    ['compliance-before-operating', { operatingBlockers: [] }, 'officer', null],
    ['compliance-before-operating', { operatingBlockers: [NO_ACCOUNTABLE_OFFICER] }, 'officer', 'R-2.6.1'],
    // R-2.14: dissolution-checklist-complete, one refusal per item open
    ['dissolution-checklist-complete', { dissolutionOpen: [] }, 'officer', null],
    ['dissolution-checklist-complete', { dissolutionOpen: ['final-report', 'informing'] }, 'officer', 'R-2.14'],
  ];
  for (const [guard, f, role, clause] of cases) {
    it(`${guard} ${clause === null ? 'passes' : `refuses (${clause})`}: ${JSON.stringify({ ...f, role })}`, () => {
      const [refusal, ...more] = guardRefusals(guard, facts(f), role);
      if (clause === null) assert.equal(refusal, undefined);
      else {
        assert.ok(refusal);
        for (const r of more) assert.ok(r.message.endsWith('.'), r.message);
        assert.equal(refusal?.clause, clause);
        // In words a user can act on, citing the clause where it is a protocol one.
        assert.ok(refusal.message.endsWith('.'), refusal.message);
        if (clause.startsWith('R-')) assert.ok(refusal.message.includes(`(${clause})`), refusal.message);
      }
    });
  }
  it('every guard has a case each way', () => {
    for (const g of GUARD_IDS) {
      assert.ok(cases.some(([id, , , c]) => id === g && c === null), `${g} passes`);
      assert.ok(cases.some(([id, , , c]) => id === g && c !== null), `${g} refuses`);
    }
  });
});

describe('nextActions: the steps from this status, each with whether it may be taken', () => {
  const summary = (role: Role, f: Partial<LifecycleFacts>) => nextActions(role, facts(f)).map(({ transition, decision }) => `${transition.action}${decision.allowed ? '' : ' (refused)'}`);
  it('R-APPROVE: proposed', () => assert.deepEqual(summary('officer', {}), ['screen-in', 'screen-out', 'withdraw']));
  it('R-2.5c: awaiting approval with an unbudgeted commitment', () =>
    assert.deepEqual(summary('officer', { status: 'awaiting-approval', ...UNBUDGETED }), ['send-back', 'approve (refused)', 'reject', 'approve-unbudgeted-commitment', 'withdraw']));
  it('R-APPROVE: a migrated operating partnership with no approval recorded', () =>
    assert.deepEqual(summary('officer', { status: 'operating' }), ['approve-unbudgeted-commitment (refused)', 'record-approval', 'start-review', 'start-exit', 'withdraw']));
  it('decision 24: withdrawn has none', () => assert.deepEqual(summary('administrator', { status: 'withdrawn' }), []));
  it('R-APPROVE: internal audit sees the steps, each refused', () => assert.deepEqual(summary('auditor', {}), ['screen-in (refused)', 'screen-out (refused)', 'withdraw (refused)']));
});

describe('screening’s steps (R-1.1, R-2.2)', () => {
  it('R-1.1, R-2.2: the outcome chooses the step', () => {
    assert.equal(screeningStep(true), 'screen-in');
    assert.equal(screeningStep(false), 'screen-out');
  });
  it('R-2.2: proposed is screened, and screened or screened out can be re-screened; nothing later', () => {
    assert.deepEqual(STATUSES.filter(mayBeScreened), ['proposed', 'screened', 'not-applicable']);
  });
  it('R-2.2: a re-screen that applies takes a screened-out arrangement back to screened', () => {
    const d = decideTransition('officer', facts({ status: 'not-applicable' }), 'screen-in');
    assert.ok(d.allowed && d.transition.to === 'screened');
  });
  it('R-2.2: a re-screen that does not apply takes a screened arrangement to not applicable', () => {
    const d = decideTransition('officer', facts({ status: 'screened' }), 'screen-out');
    assert.ok(d.allowed && d.transition.to === 'not-applicable');
  });
  it('R-1.1: nothing after screened can be screened again', () => {
    const d = decideTransition('officer', facts({ status: 'business-case' }), 'screen-in');
    assert.ok(!d.allowed);
  });
});

describe('evidenceProblems: what a step must record', () => {
  const decision = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
    decisionMaker: 'cabinet',
    decisionMakerName: null,
    decidedOn: '2026-03-12',
    reference: 'CAB/2026/031',
    conditions: null,
    reason: null,
    ...overrides,
  });
  const today = '2026-04-01';
  const cases: Array<[string, LifecycleAction, { note?: string | null; decision?: DecisionRecord | null; screened?: boolean }, Array<[string, string, string]>]> = [
    ['R-1.1: screening in is taken only by recording a screening, not with a note', 'screen-in', { note: 'The protocol applies' }, [['action', SCREENING_ONLY, 'R-1.1']]],
    ['R-2.2: screening out is taken only by recording a screening', 'screen-out', {}, [['action', SCREENING_ONLY, 'R-2.2']]],
    ['R-2.2: with the screening recorded in the same command', 'screen-out', { screened: true }, []],
    ['R-2.6.4: the review’s outcome', 'continue-operating', { note: null }, [['note', 'Enter what the review decided', 'R-2.6.4']]],
    ['R-2.14: why it is ending', 'start-exit', { note: '' }, [['note', 'Enter why it is ending', 'R-2.14']]],
    ['R-APPROVE: an optional note may be left out', 'start-setting-up', {}, []],
    ['R-APPROVE: a note is 2,000 characters at most', 'dissolve', { note: 'x'.repeat(2001) }, [['note', 'The note must be 2,000 characters or fewer', 'R-2.14']]],
    ['R-APPROVE: an approval needs its decision', 'approve', { note: 'Agreed' }, [['decision', 'Record the decision: who made it and when', 'R-APPROVE']]],
    ['R-APPROVE: an approval with its decision', 'approve', { decision: decision() }, []],
    ['R-APPROVE: the decision’s own problems, at decision.<field>', 'approve', { decision: decision({ decidedOn: '2026-04-02' }) }, [['decision.decidedOn', 'The date of the decision must be today or in the past', 'R-APPROVE']]],
    ['R-2.5c: the commitment’s decision cites R-2.5c', 'approve-unbudgeted-commitment', { decision: decision({ decisionMaker: 'other-body' }) }, [['decision.decisionMakerName', 'Enter the name of the body that made the decision', 'R-2.5c']]],
    ['decision 24: a withdrawal’s reason', 'withdraw', { decision: decision({ decisionMaker: 'officer-delegation', reference: null }) }, [['decision.reason', 'Enter why the partnership is being withdrawn', 'decision 24']]],
    ['R-APPROVE: a step that records no decision refuses one', 'start-review', { note: 'Annual review', decision: decision() }, [['decision', 'Start a review records no decision: leave the decision out', 'R-2.6.4']]],
    [
      'R-APPROVE: every problem in one round (decision 29)',
      'send-back',
      { note: '', decision: decision() },
      [
        ['note', 'Enter what the decision-making body asked for', 'R-APPROVE'],
        ['decision', 'Send back to the business case records no decision: leave the decision out', 'R-APPROVE'],
      ],
    ],
  ];
  for (const [name, action, input, expected] of cases) {
    it(name, () =>
      assert.deepEqual(
        evidenceProblems(transitionOf(action), input, today),
        expected.map(([field, message, clause]) => ({ field, message, clause })),
      ),
    );
  }
});

describe('decisionProblems: who decided, when, the reference and the reason (R-APPROVE)', () => {
  const evidence = (subject: DecisionSubject, outcome: DecisionOutcome): DecisionEvidence => ({ kind: 'decision', subject, outcome });
  const approval = evidence('partnership', 'approved');
  const record = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
    decisionMaker: 'cabinet',
    decisionMakerName: null,
    decidedOn: '2026-03-12',
    reference: null,
    conditions: null,
    reason: null,
    ...overrides,
  });
  const today = '2026-03-12';
  const cases: Array<[string, DecisionEvidence, Partial<DecisionRecord>, Array<[string, string]>]> = [
    ['R-APPROVE: Cabinet, today, no reference (optional)', approval, {}, []],
    ['R-APPROVE: with a reference and conditions', approval, { reference: 'CAB/2026/031', conditions: 'Reviewed after a year' }, []],
    ['R-APPROVE: a decision maker that is not on the list', approval, { decisionMaker: 'mayor' as never }, [['decision.decisionMaker', 'Select who made the decision']]],
    ['R-APPROVE: another body is named', approval, { decisionMaker: 'other-body', decisionMakerName: ' ' }, [['decision.decisionMakerName', 'Enter the name of the body that made the decision']]],
    ['R-APPROVE: another body, named', approval, { decisionMaker: 'other-body', decisionMakerName: 'Brackenford Health and Wellbeing Board' }, []],
    ['R-APPROVE: a Cabinet Member may be named', approval, { decisionMaker: 'cabinet-member', decisionMakerName: 'Cllr A. Patel' }, []],
    ['R-APPROVE: the date is required', approval, { decidedOn: '' }, [['decision.decidedOn', 'Enter the date of the decision']]],
    ['R-APPROVE: the date is yyyy-mm-dd', approval, { decidedOn: '12/03/2026' }, [['decision.decidedOn', 'The date of the decision must be a real date, like 2026-03-12']]],
    ['R-APPROVE: the date exists', approval, { decidedOn: '2026-02-29' }, [['decision.decidedOn', 'The date of the decision must be a real date, like 2026-03-12']]],
    ['R-APPROVE: a leap day exists', approval, { decidedOn: '2024-02-29' }, []],
    ['R-APPROVE: not tomorrow', approval, { decidedOn: '2026-03-13' }, [['decision.decidedOn', 'The date of the decision must be today or in the past']]],
    ['R-APPROVE: a rejection needs its reason', evidence('partnership', 'rejected'), {}, [['decision.reason', 'Enter why it was not approved']]],
    ['R-APPROVE: a rejection with its reason', evidence('partnership', 'rejected'), { reason: 'Not value for money' }, []],
    ['decision 24: a withdrawal needs its reason', evidence('partnership', 'withdrawn'), { decisionMaker: 'officer-delegation', reason: '\n' }, [['decision.reason', 'Enter why the partnership is being withdrawn']]],
    ['R-2.5c: the commitment’s approval needs no reason', evidence('unbudgeted-commitment', 'approved'), { decisionMaker: 'full-council' }, []],
    ['R-APPROVE: a reason of 2,001 characters', approval, { reason: 'x'.repeat(2001) }, [['decision.reason', 'The reason must be 2,000 characters or fewer']]],
    ['R-APPROVE: conditions of 2,001 characters', approval, { conditions: 'x'.repeat(2001) }, [['decision.conditions', 'The conditions must be 2,000 characters or fewer']]],
    ['R-APPROVE: a reference of 201 characters', approval, { reference: 'x'.repeat(201) }, [['decision.reference', 'The decision reference must be 200 characters or fewer']]],
    [
      'R-APPROVE: every problem at once',
      evidence('partnership', 'rejected'),
      { decisionMaker: 'other-body', decidedOn: '2027-01-01' },
      [
        ['decision.decisionMakerName', 'Enter the name of the body that made the decision'],
        ['decision.decidedOn', 'The date of the decision must be today or in the past'],
        ['decision.reason', 'Enter why it was not approved'],
      ],
    ],
  ];
  for (const [name, e, d, expected] of cases) {
    it(name, () =>
      assert.deepEqual(
        decisionProblems(e, record(d), today),
        expected.map(([field, message]) => ({ field, message })),
      ),
    );
  }

  it('decision 24: a withdrawal defaults to an officer’s decision today; an approval has no defaults', () => {
    assert.deepEqual(decisionDefaults(evidence('partnership', 'withdrawn'), today), { decisionMaker: 'officer-delegation', decidedOn: today });
    assert.deepEqual(decisionDefaults(approval, today), {});
  });

  it('calendar dates, worked out without a clock', () => {
    const cases: Array<[string, boolean, string]> = [
      ['2026-03-12', true, '12 March 2026'],
      ['2024-02-29', true, '29 February 2024'],
      ['2000-02-29', true, '29 February 2000'],
      ['1900-02-29', false, '1900-02-29'],
      ['2026-04-31', false, '2026-04-31'],
      ['2026-13-01', false, '2026-13-01'],
      ['2026-00-10', false, '2026-00-10'],
      ['2026-01-00', false, '2026-01-00'],
      ['2026-1-5', false, '2026-1-5'],
      ['1899-12-31', false, '1899-12-31'],
      ['2026-12-31', true, '31 December 2026'],
    ];
    for (const [iso, real, words] of cases) {
      assert.equal(isCalendarDate(iso), real, iso);
      assert.equal(dateInWords(iso), words, iso);
    }
  });

  it('decisionSummary: who, when and the reference in one line', () => {
    const base = { decidedOn: '2026-03-12', reference: null, decisionMakerName: null } as const;
    assert.equal(decisionSummary({ ...base, decisionMaker: 'cabinet', reference: 'CAB/2026/031' }), 'Cabinet, 12 March 2026, CAB/2026/031');
    assert.equal(decisionSummary({ ...base, decisionMaker: 'officer-delegation' }), 'Officer under delegated powers, 12 March 2026');
    assert.equal(decisionSummary({ ...base, decisionMaker: 'cabinet-member', decisionMakerName: 'Cllr A. Patel' }), 'Cabinet Member (Cllr A. Patel), 12 March 2026');
    assert.equal(decisionSummary({ ...base, decisionMaker: 'other-body', decisionMakerName: 'Brackenford Health and Wellbeing Board', reference: 'HWB 4/26' }), 'Brackenford Health and Wellbeing Board, 12 March 2026, HWB 4/26');
  });
});

describe('pathTo: the status-changing steps the example data and tests walk', () => {
  for (const target of STATUSES) {
    it(`R-APPROVE: proposed reaches ${target}, each step taken with its evidence`, () => {
      const path = pathTo('proposed', target);
      assert.ok(path, target);
      // Walk it as the example data does: budgeted money, each decision recorded as the step asks.
      let f = facts();
      for (const action of path) {
        const t = transitionOf(action);
        assert.notEqual(t.to, null, `${action} changes the status`);
        const d = decideTransition('officer', f, action);
        assert.ok(d.allowed, `${action} from ${f.status}: ${JSON.stringify(reasonsOf(d))}`);
        const decisions = t.evidence.kind === 'decision' ? [...f.decisions, { subject: t.evidence.subject, outcome: t.evidence.outcome }] : f.decisions;
        f = { ...f, status: t.to!, decisions };
      }
      assert.equal(f.status, target);
    });
  }

  const shortest: Array<[Status, Status, LifecycleAction[]]> = [
    ['proposed', 'proposed', []],
    ['proposed', 'not-applicable', ['screen-out']],
    ['not-applicable', 'screened', ['screen-in']],
    ['screened', 'not-applicable', ['screen-out']],
    ['proposed', 'operating', ['screen-in', 'start-business-case', 'submit-for-approval', 'approve', 'start-operating']],
    ['proposed', 'rejected', ['screen-in', 'start-business-case', 'submit-for-approval', 'reject']],
    ['awaiting-approval', 'business-case', ['send-back']],
    ['under-review', 'dissolved', ['start-exit', 'dissolve']],
    ['dissolved', 'withdrawn', ['withdraw']],
  ];
  for (const [from, to, path] of shortest) it(`${from} → ${to}`, () => assert.deepEqual(pathTo(from, to), path));

  const unreachable: Array<[Status, Status]> = [
    ['withdrawn', 'proposed'],
    ['dissolved', 'operating'],
    ['rejected', 'approved'],
    ['operating', 'awaiting-approval'],
    ['exiting', 'operating'],
  ];
  for (const [from, to] of unreachable) it(`${from} → ${to} is unreachable: null`, () => assert.equal(pathTo(from, to), null));
});

describe('timeline: registered, the status before the lifecycle, then each step (R-APPROVE)', () => {
  const createdAt = '2026-01-05T10:00:00.000Z';
  const step = (seq: number, action: LifecycleAction, fromStatus: Status, toStatus: Status, overrides: Partial<RecordedTransition> = {}): RecordedTransition => ({
    seq,
    action,
    fromStatus,
    toStatus,
    occurredAt: `2026-02-0${seq}T09:00:00.000Z`,
    actorLabel: 'Sam Officer',
    note: null,
    decision: null,
    ...overrides,
  });
  const brief = (entries: TimelineEntry[]) => entries.map((e) => [e.kind, e.title, e.at, e.status]);

  it('a new partnership: registered, proposed', () => {
    assert.deepEqual(brief(timeline({ createdAt, status: 'proposed' }, [])), [['registered', 'Registered', createdAt, 'proposed']]);
  });

  it('each step in order of seq, titled by its `done` word, a recorded step keeping the status', () => {
    const approval = { subject: 'partnership', outcome: 'approved', decisionMaker: 'cabinet', decisionMakerName: null, decidedOn: '2026-02-03', reference: 'CAB/2026/031', conditions: null, reason: null } as const;
    const entries = timeline({ createdAt, status: 'approved' }, [
      step(4, 'approve', 'awaiting-approval', 'approved', { decision: approval }),
      step(1, 'screen-in', 'proposed', 'screened', { note: 'Council and CVS share the outcomes' }),
      step(3, 'approve-unbudgeted-commitment', 'awaiting-approval', 'awaiting-approval'),
      step(2, 'start-business-case', 'screened', 'business-case'),
    ]);
    assert.deepEqual(brief(entries), [
      ['registered', 'Registered', createdAt, 'proposed'],
      ['transition', 'Screened', '2026-02-01T09:00:00.000Z', 'screened'],
      ['transition', 'Business case started', '2026-02-02T09:00:00.000Z', 'business-case'],
      ['transition', 'Unbudgeted commitment approved', '2026-02-03T09:00:00.000Z', 'awaiting-approval'],
      ['transition', 'Approved', '2026-02-04T09:00:00.000Z', 'approved'],
    ]);
    assert.equal(entries[1]!.note, 'Council and CVS share the outcomes');
    assert.equal(entries[1]!.by, 'Sam Officer');
    assert.equal(entries[4]!.decisionSummary, 'Cabinet, 3 February 2026, CAB/2026/031');
    assert.deepEqual(entries[4]!.decision, approval);
    assert.deepEqual(
      entries.map((e) => e.seq),
      [null, 1, 2, 3, 4],
    );
  });

  it('a partnership that was operating before Accord kept the lifecycle says so', () => {
    assert.deepEqual(brief(timeline({ createdAt, status: 'operating' }, [])), [
      ['registered', 'Registered', createdAt, null],
      ['before-lifecycle', 'Recorded as Operating before Accord kept the lifecycle', null, 'operating'],
    ]);
  });

  it('…and keeps saying so after its first step: the first step’s `from` is what it was', () => {
    const entries = timeline({ createdAt, status: 'under-review' }, [step(2, 'start-review', 'operating', 'under-review'), step(1, 'record-approval', 'operating', 'operating')]);
    assert.deepEqual(brief(entries), [
      ['registered', 'Registered', createdAt, null],
      ['before-lifecycle', 'Recorded as Operating before Accord kept the lifecycle', null, 'operating'],
      ['transition', 'Approval recorded', '2026-02-01T09:00:00.000Z', 'operating'],
      ['transition', 'Review started', '2026-02-02T09:00:00.000Z', 'under-review'],
    ]);
  });

  it('a proposed partnership that was screened out and back: no “before” entry', () => {
    const entries = timeline({ createdAt, status: 'proposed' }, [step(1, 'screen-out', 'proposed', 'not-applicable'), step(2, 'rescreen', 'not-applicable', 'proposed')]);
    assert.deepEqual(
      entries.map((e) => e.title),
      ['Registered', 'Screened out', 'Rescreened'],
    );
  });

  it('an action the table no longer has is shown by its name', () => {
    const entries = timeline({ createdAt, status: 'screened' }, [step(1, 'screen-in', 'proposed', 'screened', { action: 'record-screening-outcome' })]);
    assert.equal(entries[1]!.title, 'Record screening outcome');
  });
});

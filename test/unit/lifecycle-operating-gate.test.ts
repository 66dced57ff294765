// The gate to operating (issue 9, lifecycle gates; R-APPROVE): start-operating and continue-operating are
// refused while a requirement that gates operating is a gap with no exception in date, one refusal per
// missing item with its requirement and the page that fixes it. The engine is the real one, over a
// joint committee that has everything, less one thing per case.
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluatePartnership, NOT_EXCEPTABLE, operatingBlockers } from '../../src/domain/compliance/evaluate.ts';
import type { PartnershipSnapshot } from '../../src/domain/compliance/snapshot.ts';
import type { ComplianceException } from '../../src/domain/compliance/types.ts';
import { GOVERNANCE_SECTIONS } from '../../src/domain/governance/catalogue.ts';
import { decideTransition, type LifecycleFacts, type LifecycleProblem } from '../../src/domain/lifecycle/transitions.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { fixHref } from '../../src/web/shared/fix-href.ts';

const TODAY = '2026-06-01';
const agreedAll = Object.fromEntries(GOVERNANCE_SECTIONS.map((s) => [s.key, { status: 'agreed' as const, summary: 'Agreed.', agreedOn: '2026-05-01' }]));

/** A joint committee setting up with everything the default configuration gates operating on. */
const COMPLETE: PartnershipSnapshot = {
  id: 'p1',
  reference: 'P-0001',
  name: 'Joint Waste Committee',
  status: 'setting-up',
  legalForm: 'joint-committee',
  purpose: 'Collect waste jointly.',
  expectedOutcomes: 'Cleaner streets.',
  rationale: ['coordinated-services'],
  startDate: '2026-04-01',
  expectedEndDate: '2029-03-31',
  councilContributionPence: 5_000_000,
  withinApprovedBudget: true,
  sponsoringOfficer: 'Head of Environment',
  accountableOfficer: 'Waste Manager',
  partners: [
    { organisationId: 'o-council', name: 'Example Borough Council', isThisCouncil: true, ownPriorities: null, confirmedBy: null, confirmedOn: null, organisationalPlanReference: null },
    { organisationId: 'o-neighbour', name: 'Neighbour District Council', isThisCouncil: false, ownPriorities: 'Recycling rate', confirmedBy: 'A. Chief, Director', confirmedOn: '2026-04-02', organisationalPlanReference: 'Corporate plan 2026, action 4' },
  ],
  representatives: [{ name: 'Cllr Jones', codesAcknowledgedOn: '2026-04-03' }],
  priorities: [{ title: 'A greener borough', how: 'Recycles more.' }],
  screening: { applies: true, screenedOn: '2026-01-10', reasons: ['none of the exclusions of 2.2 applies'] },
  assessment: { existingCommitments: 'None', legalPower: 'LGA 1972 s101', barIdentified: false, barDetails: 'Legal advice', legalFormReason: 'Shared function', businessCase: 'Cheaper.', evidenceBase: 'Data.' },
  decisions: [{ subject: 'partnership', outcome: 'approved', decidedOn: '2026-03-01', body: 'Cabinet' }],
  governance: { sections: agreedAll, documents: [{ documentId: 'd1', title: 'Terms of reference 2026', type: 'terms-of-reference', section: 'element-i' }] },
  attestations: [],
  exceptions: [],
  decisionRules: { votingSeats: 6, votingRules: 2, ordinaryRule: true, quorumConditions: 2 },
  actions: { actions: 3, overdueActions: 0 },
  untold: 0,
  authority: { withoutAuthority: 0, awaitingRatification: 0 },
  forwardPlan: [],
  forwardPlanDays: 28,
  objectives: [{ title: 'Cleaner streets', indicators: 2 }],
  meetings: [{ title: 'Partnership Board', meetsOn: '2026-02-12', noticeDays: 5, noticeSentOn: '2026-02-02', hasMinutes: true, attendance: 6 }],
  reporting: [
    { id: 'l1', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-06-30', notes: null, reports: 0, lastSubmittedOn: null },
    { id: 'l2', body: 'overview-scrutiny', bodyName: 'Environment Scrutiny Panel', frequency: 'six-monthly', firstDueOn: '2026-03-31', notes: null, reports: 1, lastSubmittedOn: '2026-03-24' },
  ],
  actionPlan: { actions: [{ title: 'Recycling drive', startsOn: '2026-04-01', dueOn: '2027-03-31', status: 'on-track' }], refreshes: [{ organisationId: 'o-neighbour', confirmedBy: 'A. Chief, Director', confirmedOn: '2026-04-02' }] },
  riskRegister: { matrix: DEFAULT_RISK_MATRIX, risks: [{ id: 'k1', title: 'Contractor failure', identifiedOn: '2026-04-01', residualLikelihood: 2, residualImpact: 3, targetScore: 4, status: 'open' }], reviews: [{ riskId: 'k1', reviewedOn: '2026-05-01', likelihood: 2, impact: 3 }] },
  poorPerformance: { indicators: [], issues: [] },
  challenges: [],
  annualReviews: [],
  exit: { provisions: [], topics: [], checklist: [] },
};

const exception = (requirementId: string, until: string): ComplianceException => ({
  id: `e-${requirementId}`,
  requirementId,
  reason: 'Agreed while the partner’s board meets',
  agreedBy: 'J. Smith, Monitoring Officer',
  recordedBy: 'An officer',
  recordedOn: '2026-05-20',
  until,
});

/** The facts the lifecycle service builds: the engine's blockers less what takes no exception (the step's own guards say those). */
function factsOf(s: PartnershipSnapshot): LifecycleFacts {
  const blockers = operatingBlockers(evaluatePartnership(s, DEFAULT_PROTOCOL_CONFIG, TODAY)).filter((f) => !NOT_EXCEPTABLE[f.requirementId]);
  return { status: s.status, councilContributionPence: s.councilContributionPence, withinApprovedBudget: s.withinApprovedBudget, decisions: s.decisions, screeningApplies: true, assessmentMissing: [], operatingBlockers: blockers, dissolutionOpen: [] };
}

const refusals = (s: PartnershipSnapshot, action = 'start-operating'): LifecycleProblem[] => {
  const d = decideTransition('officer', factsOf(s), action);
  return d.allowed ? [] : d.reasons;
};

const noSections = (...keys: string[]) => ({ ...COMPLETE.governance, sections: Object.fromEntries(Object.entries(agreedAll).filter(([k]) => !keys.includes(k))) });

describe('the gate to operating refuses with each missing item (R-APPROVE, issue 9)', () => {
  const cases: Array<[string, Partial<PartnershipSnapshot>, string, string]> = [
    ['no accountable officer', { accountableOfficer: null }, 'R-2.6.1', '/partnerships/p1/edit'],
    ['no sponsoring officer', { sponsoringOfficer: null }, 'R-2.16', '/partnerships/p1/edit'],
    ['no council representative', { representatives: [] }, 'R-2.16', '/partnerships/p1/representatives'],
    ['the Codes of Conduct not acknowledged', { representatives: [{ name: 'Cllr Jones', codesAcknowledgedOn: null }] }, 'R-2.16', '/partnerships/p1/representatives'],
    ['a partner not confirmed', { partners: [COMPLETE.partners[0]!, { ...COMPLETE.partners[1]!, confirmedBy: null, confirmedOn: null }] }, 'R-2.6.5', '/partnerships/p1/partners'],
    ['the terms of reference not held', { governance: { ...COMPLETE.governance, documents: [] } }, 'R-2.7doc', '/partnerships/p1/documents/new?type=terms-of-reference'],
    ['the standards of conduct not agreed', { governance: noSections(...GOVERNANCE_SECTIONS.filter((s) => s.clause === 'R-2.12').map((s) => s.key)) }, 'R-2.12', '/partnerships/p1/governance/'],
  ];
  for (const [what, change, clause, href] of cases) {
    it(`refused with ${what} (${clause}), linked to the page that fixes it`, () => {
      const found = refusals({ ...COMPLETE, ...change });
      const mine = found.filter((r) => r.clause === clause);
      assert.equal(mine.length, 1, JSON.stringify(found));
      const [r] = mine;
      assert.match(r!.message, new RegExp(`\\(${clause.replace(/[.()]/g, '\\$&')}\\)`));
      assert.match(r!.message, /or record an exception on the Compliance page\.$/);
      assert.ok(fixHref('p1', r!.fix!).startsWith(href), `${fixHref('p1', r!.fix!)} starts ${href}`);
      // Every refusal is one of a gating requirement: nothing else stops it.
      for (const other of found) assert.ok(DEFAULT_PROTOCOL_CONFIG.compliance.gateOperating.includes(other.clause), other.clause);
    });
  }

  it('passes when everything that gates operating is met', () => assert.deepEqual(refusals(COMPLETE), []));
  it('passes with an exception in date for each gap (the last day it stands included)', () => {
    const s = { ...COMPLETE, accountableOfficer: null, representatives: [], exceptions: [exception('R-2.6.1', '2026-09-30'), exception('R-2.16', TODAY)] };
    assert.deepEqual(refusals(s), []);
  });
  it('refused with an exception that has expired, and with one for another requirement', () => {
    const s = { ...COMPLETE, accountableOfficer: null, representatives: [], exceptions: [exception('R-2.6.1', '2026-05-31'), exception('R-2.6.5', '2026-09-30')] };
    assert.deepEqual(refusals(s).map((r) => r.clause), ['R-2.6.1', 'R-2.16']);
  });
  it('continue-operating after a review goes through the same gate (decision 51)', () => {
    const s = { ...COMPLETE, status: 'under-review' as const, accountableOfficer: null };
    assert.deepEqual(refusals(s, 'continue-operating').map((r) => r.clause), ['R-2.6.1']);
    assert.deepEqual(refusals({ ...COMPLETE, status: 'under-review' }, 'continue-operating'), []);
  });
  it('the approval is said once, by the step’s own guard with the step that records it, and takes no exception', () => {
    const [only, ...more] = refusals({ ...COMPLETE, decisions: [] });
    assert.equal(more.length, 0);
    assert.equal(only!.clause, 'R-APPROVE');
    assert.match(only!.message, /Use ‘Record the approval’\./);
  });
  it('a finding with no page of its own is put right on the Compliance tab', () => {
    assert.equal(fixHref('p1', { page: 'compliance' }), '/partnerships/p1/compliance');
  });
});

// The compliance catalogue lists every requirement of requirements.md, as that file says it (id, clause,
// kind), and each check is met by a partnership that has what it needs and a gap for one that lacks it.
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REQUIREMENTS } from '../../src/domain/compliance/requirements.ts';
import { CHECKS } from '../../src/domain/compliance/checks.ts';
import { exceptionRefusal } from '../../src/app/compliance.service.ts';
import { evaluatePartnership, operatingBlockers } from '../../src/domain/compliance/evaluate.ts';
import { significanceTier } from '../../src/domain/compliance/tier.ts';
import type { PartnershipSnapshot } from '../../src/domain/compliance/snapshot.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../../src/domain/protocol-config/parse.ts';
import { GOVERNANCE_SECTIONS } from '../../src/domain/governance/catalogue.ts';

// The council's numbered protocol, kept in the repository so a clone alone can check the catalogue; the
// project's shared copy beside the checkout, where there is one, must say the same.
const FILE = new URL('../../docs/protocol/requirements.md', import.meta.url);
const SHARED = new URL('../../../shared/protocol/requirements.md', import.meta.url);

function rowsOfRequirementsFile(): Array<{ id: string; clause: string; kind: string }> {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => /^\| R-/.test(line))
    .map((line) => {
      const [id, clause, kind] = line.split('|').slice(1, 4).map((c) => c.trim());
      return { id: id!, clause: clause!, kind: kind! };
    });
}

describe('the compliance catalogue covers requirements.md', () => {
  it('every id of requirements.md has an entry with its clause and kind, and every entry an id there', () => {
    const file = rowsOfRequirementsFile();
    assert.ok(file.length >= 50, `read ${file.length} requirements`);
    assert.deepEqual(REQUIREMENTS.map((q) => ({ id: q.id, clause: q.clause, kind: q.kind })).sort((a, b) => a.id.localeCompare(b.id)), file.sort((a, b) => a.id.localeCompare(b.id)));
  });
  it('the repository’s copy of requirements.md is the shared one, where the shared one is beside the checkout', (t) => {
    if (!existsSync(SHARED)) return t.skip('no shared protocol beside this checkout');
    assert.equal(readFileSync(FILE, 'utf8'), readFileSync(SHARED, 'utf8'), 'copy ../shared/protocol/requirements.md to docs/protocol/requirements.md');
  });
  it('every check requirement is computed or attested, and every computed one has its check', () => {
    for (const q of REQUIREMENTS) {
      if (q.how === 'computed') assert.ok(CHECKS[q.id], `${q.id} is computed but has no check`);
      if (q.kind === 'check') assert.notEqual(q.how, 'system', q.id);
    }
  });
});

const agreedAll = Object.fromEntries(GOVERNANCE_SECTIONS.map((s) => [s.key, { status: 'agreed' as const, summary: 'Agreed.', agreedOn: '2026-05-01' }]));

/** A joint committee that has everything the protocol asks before it operates. */
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
  withinApprovedBudget: false,
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
  decisions: [
    { subject: 'unbudgeted-commitment', outcome: 'approved', decidedOn: '2026-02-20', body: 'Council' },
    { subject: 'partnership', outcome: 'approved', decidedOn: '2026-03-01', body: 'Cabinet' },
  ],
  governance: { sections: agreedAll, documents: [{ documentId: 'd1', title: 'Terms of reference 2026', type: 'terms-of-reference', section: 'element-i' }] },
  attestations: [],
  exceptions: [],
  decisionRules: { votingSeats: 6, votingRules: 2, ordinaryRule: true, quorumConditions: 2 },
  actions: { actions: 3, overdueActions: 0 },
  untold: 0,
  authority: { withoutAuthority: 0, awaitingRatification: 0 },
  meetings: [{ title: 'Partnership Board', meetsOn: '2026-02-12', noticeDays: 5, noticeSentOn: '2026-02-02', hasMinutes: true, attendance: 6 }],
  forwardPlan: [{ title: 'Recycling contract', takenOn: '2026-02-12', entry: { title: 'Award of the recycling contract', plannedOn: '2026-02-12', publishedOn: '2026-01-05', noticeDays: 28 } }],
  forwardPlanDays: 28,
  objectives: [{ title: 'Cleaner streets', indicators: 2 }],
  reporting: [
    { id: 'l1', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-06-30', notes: null, reports: 0, lastSubmittedOn: null },
    { id: 'l2', body: 'overview-scrutiny', bodyName: 'Environment Scrutiny Panel', frequency: 'six-monthly', firstDueOn: '2026-03-31', notes: null, reports: 1, lastSubmittedOn: '2026-03-24' },
  ],
  actionPlan: { actions: [{ title: 'Recycling drive', startsOn: '2026-04-01', dueOn: '2027-03-31', status: 'on-track' }], refreshes: [{ organisationId: 'o-neighbour', confirmedBy: 'A. Chief, Director', confirmedOn: '2026-04-02' }] },
  riskRegister: { matrix: DEFAULT_RISK_MATRIX, risks: [{ id: 'k1', title: 'Contractor failure', identifiedOn: '2026-04-01', residualLikelihood: 2, residualImpact: 3, targetScore: 4, status: 'open' }], reviews: [{ riskId: 'k1', reviewedOn: '2026-05-01', likelihood: 2, impact: 3 }] },
  // one indicator, red once then green (not a run); an issue opened 1 April at the board, due at the next level on 1 July.
  poorPerformance: {
    indicators: [{ id: 'i1', name: 'Streets cleaned to standard', rules: { polarity: 'higher', tolerance: 5, unit: '%', target: 90, frequency: 'quarterly' }, periods: [{ periodEnding: '2025-12-31', value: 70, target: null }, { periodEnding: '2026-03-31', value: 92, target: null }] }],
    issues: [{ title: 'Fly-tipping backlog', indicatorId: null, reportingLineId: null, openedOn: '2026-04-01', level: 'board', status: 'open', closedOn: null }],
  },
  // one challenge answered, one raised on 20 May and due an answer by 17 June.
  challenges: [
    { partnerName: 'Neighbour District Council', raisedOn: '2026-03-01', answeredOn: '2026-03-20', subject: 'performance' },
    { partnerName: 'Neighbour District Council', raisedOn: '2026-05-20', answeredOn: null, subject: 'added-value' },
  ],
  // R-2.4e: reviewed on 30 September 2025, approved, its one partner fed back: the next due by 30 September 2026.
  annualReviews: [{ reviewedOn: '2025-09-30', approvedOn: '2025-10-14', contributions: 1, feedbackOwed: [] }],
  // R-2.14: six months' notice from the month after, at a financial year's end; the four arrangements the protocol names.
  exit: { provisions: [{ party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', municipalYearEnds: null, whoMayShorten: null, conditions: null }], topics: ['surpluses', 'mediation', 'assets', 'liabilities'], checklist: [] },
};
const TODAY = '2026-06-01';
const findingOf = (s: PartnershipSnapshot, id: string) => evaluatePartnership(s, DEFAULT_PROTOCOL_CONFIG, TODAY).findings.find((f) => f.requirementId === id)!;

describe('each computed check: met, and a gap with its clause and fix', () => {
  const cases: Array<[string, Partial<PartnershipSnapshot>, RegExp]> = [
    ['R-1.1', { screening: null }, /No screening recorded \(R-1\.1\)/],
    ['R-1.2', { screening: null }, /R-1\.2/],
    ['R-2.2', { screening: null }, /R-2\.2/],
    ['R-2.1', { expectedOutcomes: ' ' }, /Expected outcomes not recorded \(R-2\.1\)/],
    ['R-2.3', { rationale: [] }, /No rationale recorded \(R-2\.3\)/],
    ['R-2.5a', { assessment: { ...COMPLETE.assessment!, existingCommitments: null } }, /R-2\.5a/],
    ['R-2.5b', { priorities: [] }, /R-2\.5b/],
    ['R-A1.1', { assessment: { ...COMPLETE.assessment!, legalPower: null } }, /R-A1\.1/],
    ['R-A1.2', { assessment: { ...COMPLETE.assessment!, legalFormReason: null } }, /R-A1\.2/],
    ['R-2.6.3', { assessment: { ...COMPLETE.assessment!, businessCase: null } }, /R-2\.6\.3/],
    ['R-2.5c', { decisions: [{ subject: 'partnership', outcome: 'approved', decidedOn: '2026-03-01', body: 'Cabinet' }] }, /not within an approved budget and its approval is not recorded \(R-2\.5c\)/],
    ['R-APPROVE', { decisions: [{ subject: 'unbudgeted-commitment', outcome: 'approved', decidedOn: '2026-02-20', body: 'Council' }] }, /No approval recorded \(R-APPROVE\)/],
    ['R-2.6.1', { accountableOfficer: null }, /No accountable officer named \(R-2\.6\.1\)/],
    ['R-2.6.5', { partners: [{ ...COMPLETE.partners[1]!, confirmedOn: null }] }, /Not confirmed by Neighbour District Council \(R-2\.6\.5\)/],
    ['R-2.6.6', { partners: [{ ...COMPLETE.partners[1]!, organisationalPlanReference: null }] }, /No organisational plan referenced for Neighbour District Council \(R-2\.6\.6\)/],
    ['R-2.16', { representatives: [{ name: 'Cllr Jones', codesAcknowledgedOn: null }] }, /not acknowledged by Cllr Jones \(R-2\.16\)/],
    ['R-2.16', { sponsoringOfficer: null }, /No sponsoring officer named \(R-2\.16\)/],
    ['R-2.7', { governance: { sections: { ...agreedAll, 'element-i': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /1 of 15 not agreed: \(i\) Meetings \(draft\) \(R-2\.7\)/],
    ['R-2.7doc', { governance: { sections: agreedAll, documents: [] } }, /Not held: Terms of reference \(R-2\.7doc\)/],
    ['R-A1.4', { governance: { sections: { ...agreedAll, complaints: { status: 'not-started', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /Complaints handling \(not started\) \(R-A1\.4\)/],
    ['R-A1.5', { governance: { sections: { ...agreedAll, 'finance-tax': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-A1\.5/],
    ['R-A1.6', { governance: { sections: { ...agreedAll, disputes: { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-A1\.6/],
    ['R-2.6.9', { governance: { sections: { ...agreedAll, 'performance-information': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.6\.9/],
    ['R-2.6.13', { governance: { sections: { ...agreedAll, 'accountability-channels': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.6\.13/],
    ['R-2.10', { governance: { sections: { ...agreedAll, communications: { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.10/],
    ['R-2.11', { governance: { sections: { ...agreedAll, 'information-sharing': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.11/],
    ['R-2.12', { governance: { sections: { ...agreedAll, 'standards-of-conduct': { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.12/],
    ['R-2.17', { governance: { sections: { ...agreedAll, scrutiny: { status: 'draft', summary: null, agreedOn: null } }, documents: COMPLETE.governance.documents } }, /R-2\.17/],
    ['R-2.8a', { decisionRules: { ...COMPLETE.decisionRules, votingSeats: 0 } }, /No voting members recorded, so no vote can be counted \(R-2\.8a\)/],
    ['R-2.8a', { decisionRules: { ...COMPLETE.decisionRules, ordinaryRule: false } }, /No voting rule recorded for ordinary business \(R-2\.8a\)/],
    ['R-A1.3', { objectives: [] }, /No strategic objectives recorded, so none can be measured \(R-A1\.3\)/],
    ['R-A1.3', { objectives: [{ title: 'Cleaner streets', indicators: 2 }, { title: 'Less landfill', indicators: 0 }] }, /1 objective of 2 without an outcome indicator: Less landfill \(R-A1\.3\)/],
    ['R-2.6.2', { reporting: [] }, /No reporting line recorded: to whom the partnership reports its performance, and how often \(R-2\.6\.2\)/],
    // Due on 31 March 2026 (before the day of the evaluation, 1 June) with no report: owed since then.
    ['R-2.6.2', { reporting: [{ id: 'l1', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-03-31', notes: null, reports: 0, lastSubmittedOn: null }] }, /Overdue: the report to Cabinet due 31 March 2026 \(R-2\.6\.2\)/],
    ['R-2.6.2', { reporting: [{ id: 'l1', body: 'cabinet-member', bodyName: 'Cabinet Member for Environment', frequency: 'monthly', firstDueOn: '2026-01-31', notes: null, reports: 1, lastSubmittedOn: '2026-02-02' }] }, /Overdue: the report to A Cabinet Member: Cabinet Member for Environment due 28 February 2026, and 3 more since \(R-2\.6\.2\)/],
    ['R-2.6.12', { reporting: [{ id: 'l1', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-06-30', notes: null, reports: 0, lastSubmittedOn: null }] }, /No reporting to Overview and Scrutiny is recorded: the protocol asks for Cabinet and Overview and Scrutiny oversight of performance \(R-2\.6\.12\)/],
    ['R-2.6.12', { reporting: [] }, /No reporting to Cabinet or a Cabinet Member, nor to Overview and Scrutiny, is recorded \(R-2\.6\.12\)|No reporting to Cabinet or a Cabinet Member, nor to Overview and Scrutiny is recorded/],
    ['R-2.8b', { decisionRules: { ...COMPLETE.decisionRules, quorumConditions: 0 } }, /No quorum recorded \(R-2\.8b\)/],
    ['R-2.8c', { untold: 2 }, /2 members not present at a meeting have not been told of a decision it took \(one for each member and decision\) \(R-2\.8c\)/],
    ['R-2.8e', { authority: { withoutAuthority: 2, awaitingRatification: 0 } }, /2 voting members have no limit of authority recorded: what they may decide for their organisation \(R-2\.8e\)/],
    ['R-2.8e', { authority: { withoutAuthority: 0, awaitingRatification: 1 } }, /1 decision beyond a representative’s authority awaits a partner’s ratification \(R-2\.8e\)/],
    ['R-2.8e', { decisionRules: { ...COMPLETE.decisionRules, votingSeats: 0 } }, /No voting members recorded, so no representative’s authority is \(R-2\.8e\)/],
    ['R-2.8d', { actions: { actions: 3, overdueActions: 2 } }, /2 actions arising from decisions are overdue \(R-2\.8d\)/],
    ['R-2.8f', { forwardPlan: [{ title: 'Recycling contract', takenOn: '2026-02-12', entry: null }] }, /Recycling contract, taken on 12 February 2026: A key decision that is not on the forward plan: it should have been published there at least 28 clear days before the meeting on 12 February 2026, by 14 January 2026 \(R-2\.8f\)/],
    ['R-2.8f', { forwardPlan: [{ ...COMPLETE.forwardPlan[0]!, entry: { ...COMPLETE.forwardPlan[0]!.entry!, publishedOn: '2026-02-01' } }] }, /Recycling contract, taken on 12 February 2026: On the forward plan as “Award of the recycling contract”\. Published on the forward plan on 1 February 2026, 10 clear days before the meeting on 12 February 2026; 28 clear days are required, so it needed to be published by 14 January 2026 \(R-2\.8f\)/],
    // Planned for 1 June 2026 and unpublished on the evaluation's day (1 June): it needed publishing by 3 May.
    ['R-2.8f', { forwardPlan: [{ title: 'Budget', takenOn: null, entry: { title: 'Budget', plannedOn: '2026-06-01', publishedOn: null, noticeDays: 28 } }] }, /Budget, planned for 1 June 2026: Not yet published on the forward plan: for the meeting on 1 June 2026 it needed to be published by 3 May 2026 \(28 clear days\) \(R-2\.8f\)/],
    ['R-2.6.7', { actionPlan: { actions: [], refreshes: [] } }, /No action plan recorded: the partnership’s actions, each owned by a partner \(R-2\.6\.7\)/],
    // Begun 1 April 2025: the council never refreshed it (due 1 April 2026), the neighbour last on 1 May 2025 (due 1 May 2026).
    ['R-2.6.7', { actionPlan: { actions: [{ title: 'Recycling drive', startsOn: '2025-04-01', dueOn: '2027-03-31', status: 'on-track' }], refreshes: [{ organisationId: 'o-neighbour', confirmedBy: 'A. Chief', confirmedOn: '2025-05-01' }] } }, /Overdue: the action plan’s annual refresh by Example Borough Council, due 1 April 2026; Neighbour District Council, due 1 May 2026 \(R-2\.6\.7\)/],
    ['R-2.6.8', { riskRegister: { matrix: DEFAULT_RISK_MATRIX, risks: [], reviews: [] } }, /No risk register recorded: the risks the partners share, each owned by a partner \(R-2\.6\.8\)/],
    // Identified 15 January at 4 × 4 = 16 (Very high, reviewed monthly) and never reviewed: due 15 February. The reviewed Medium one (6) is due 1 August.
    ['R-2.6.8', { riskRegister: { matrix: DEFAULT_RISK_MATRIX, risks: [{ id: 'k2', title: 'Funding withdrawn', identifiedOn: '2026-01-15', residualLikelihood: 4, residualImpact: 4, targetScore: null, status: 'open' }, ...COMPLETE.riskRegister.risks], reviews: COMPLETE.riskRegister.reviews } }, /^Overdue: the review of Funding withdrawn \(Very high\), due 15 February 2026 \(R-2\.6\.8\)$/],
    // red two quarters running (70 and 75 against 90, amber from 85.5) with no issue open on it.
    ['R-2.6.14', { poorPerformance: { ...COMPLETE.poorPerformance, indicators: [{ ...COMPLETE.poorPerformance.indicators[0]!, periods: [{ periodEnding: '2025-12-31', value: 70, target: null }, { periodEnding: '2026-03-31', value: 75, target: null }] }] } }, /^Not tackled: Streets cleaned to standard, red for 2 periods in a row, with no performance issue open \(R-2\.6\.14\)$/],
    // The Cabinet report due 31 March 2026 never went in, and no issue names its line.
    ['R-2.6.14', { reporting: [{ id: 'l1', body: 'cabinet', bodyName: null, frequency: 'quarterly', firstDueOn: '2026-03-31', notes: null, reports: 0, lastSubmittedOn: null }] }, /^Not tackled: the report to Cabinet, overdue since 31 March 2026, with no performance issue open \(R-2\.6\.14\)$/],
    // Opened 15 January at the board: due at the sponsoring officer by 15 April (three months), still at the board on 1 June.
    ['R-2.6.14', { poorPerformance: { ...COMPLETE.poorPerformance, issues: [{ ...COMPLETE.poorPerformance.issues[0]!, openedOn: '2026-01-15' }] } }, /^Fly-tipping backlog: Escalation overdue: open since 15 January 2026, it was due at the sponsoring officer \(Head of Service\) by 15 April 2026 \(R-2\.6\.14\)$/],
    // Raised 1 May, unanswered on 1 June: an answer was due by 29 May.
    ['R-2.6.15', { challenges: [{ partnerName: 'Neighbour District Council', raisedOn: '2026-05-01', answeredOn: null, subject: 'added-value' }] }, /^Unanswered: the challenge of the value the partnership adds by Neighbour District Council, raised on 1 May 2026, due an answer by 29 May 2026 \(R-2\.6\.15\)$/],
    // the last approved review on 15 May 2025, so the next was due by 15 May 2026.
    ['R-2.6.4', { annualReviews: [{ reviewedOn: '2025-05-15', approvedOn: '2025-05-20', contributions: 1, feedbackOwed: [] }] }, /^Overdue: the annual review was due by 15 May 2026; the last was on 15 May 2025 \(R-2\.6\.4\)$/],
    // Started 1 April 2025; a review held on 15 May 2025 never approved does not count.
    ['R-2.6.4', { startDate: '2025-04-01', annualReviews: [{ reviewedOn: '2025-05-15', approvedOn: null, contributions: 0, feedbackOwed: [] }] }, /^Overdue: the annual review was due by 1 April 2026; none yet; the review of 15 May 2025 awaits approval \(R-2\.6\.4\)$/],
    ['R-2.6.4', { startDate: null, annualReviews: [] }, /^No start date recorded: the first annual review is due a year after the partnership starts \(R-2\.6\.4\)$/],
    ['R-2.4e', { annualReviews: [{ reviewedOn: '2025-09-30', approvedOn: '2025-10-14', contributions: 2, feedbackOwed: ['Neighbour District Council'] }] }, /^Not yet fed back: the evaluation at the review of 30 September 2025 of Neighbour District Council \(R-2\.4e\)$/],
    ['R-2.4e', { startDate: '2025-04-01', annualReviews: [] }, /^No annual review yet has evaluated the partners’ contribution: the first was due by 1 April 2026 \(R-2\.4e\)$/],
    // only the council's own notice is no minimum notice for every partner; an exit strategy without mediation or continuing liabilities is a gap naming both.
    ['R-2.14', { exit: { ...COMPLETE.exit, provisions: [{ ...COMPLETE.exit.provisions[0]!, party: 'council' }] } }, /^No minimum notice recorded for a partner to withdraw: the termination provisions \(R-2\.14\)$/],
    ['R-2.14', { exit: { ...COMPLETE.exit, topics: ['surpluses', 'assets', 'staff'] } }, /^The exit strategy has no arrangement for mediation; continuing financial liabilities \(R-2\.14\)$/],
    // exiting (or dissolved), the dissolution checklist says what is still open.
    [
      'R-2.14',
      { status: 'exiting', exit: { ...COMPLETE.exit, checklist: [{ item: 'notice', outcome: 'done' }, { item: 'surpluses', outcome: 'done' }, { item: 'assets', outcome: 'done' }, { item: 'liabilities', outcome: 'done' }, { item: 'staff', outcome: 'exception' }, { item: 'disputes', outcome: 'done' }] } },
      /^The dissolution checklist is not complete: 6 of 8 items closed \(5 done, 1 exception\); open: final report made; funders, stakeholders and service users informed \(R-2\.14\)$/,
    ],
    ['R-2.14', { status: 'dissolved', exit: { ...COMPLETE.exit, checklist: [] } }, /^The dissolution checklist is not complete: 0 of 8 items closed; open: notice given/],
    ['R-2.8g', { meetings: [] }, /No meeting held in the last 12 months is recorded \(R-2\.8g\)/],
    ['R-2.8g', { meetings: [{ ...COMPLETE.meetings[0]!, noticeSentOn: '2026-02-09' }] }, /Partnership Board, 12 February 2026: Notice insufficient: sent on 9 February 2026, 2 clear days before the meeting on 12 February 2026; 5 clear days are required, so it needed to be sent by 6 February 2026 \(R-2\.8g\)/],
    ['R-2.8g', { meetings: [{ ...COMPLETE.meetings[0]!, hasMinutes: false, attendance: 0 }] }, /Partnership Board, 12 February 2026: no attendance recorded; Partnership Board, 12 February 2026: no minutes recorded \(R-2\.8g\)/],
  ];
  for (const [id, change, reason] of cases) {
    it(`${id}: met when it is there; a gap when it is not (${reason.source.slice(0, 40)})`, () => {
      // R-2.8c, R-2.8d, R-2.8f, R-2.8g, R-2.6.2, R-2.6.7, R-2.6.8, R-2.6.12 and apply from operating: their cases are of an operating partnership.
      const base: typeof COMPLETE = ['R-2.8c', 'R-2.8d', 'R-2.8f', 'R-2.8g', 'R-2.6.2', 'R-2.6.7', 'R-2.6.8', 'R-2.6.12', 'R-2.6.14', 'R-2.6.15', 'R-2.6.4', 'R-2.4e'].includes(id) ? { ...COMPLETE, status: 'operating' } : COMPLETE;
      assert.equal(findingOf(base, id).result, 'pass', findingOf(base, id).reason);
      const f = findingOf({ ...base, ...change }, id);
      assert.equal(f.result, 'gap');
      assert.match(f.reason, reason);
      assert.ok(f.fix?.href.startsWith('/partnerships/p1/'), `${id} fix ${f.fix?.href}`);
    });
  }
  it('every computed check is in the table above', () => {
    const tested = new Set(cases.map((c) => c[0]));
    for (const id of Object.keys(CHECKS)) assert.ok(tested.has(id), id);
  });
});

describe('R-2.6.8: the risk register on the council’s own matrix (decision 87)', () => {
  // Identified 15 January at 4 × 4 = 16, never reviewed: on the default matrix Very high, monthly, so due 15 February.
  const unreviewed = { id: 'k2', title: 'Funding withdrawn', identifiedOn: '2026-01-15', residualLikelihood: 4, residualImpact: 4, targetScore: null, status: 'open' as const };
  it('R-2.6.8: reviewed at the interval of the configured band: every band six-monthly, so due 15 July and not yet overdue', () => {
    const matrix = { ...DEFAULT_RISK_MATRIX, bands: DEFAULT_RISK_MATRIX.bands.map((b) => ({ ...b, reviewMonths: 6 })) };
    const f = findingOf({ ...COMPLETE, status: 'operating', riskRegister: { matrix, risks: [unreviewed], reviews: [] } }, 'R-2.6.8');
    assert.equal(f.result, 'pass', f.reason);
    assert.ok(f.evidence.some((e) => e.includes('Next review due by 15 July 2026')), f.evidence.join('; '));
  });
  it('R-2.6.8: a band named by the council names the overdue review', () => {
    const matrix = { ...DEFAULT_RISK_MATRIX, bands: DEFAULT_RISK_MATRIX.bands.map((b) => (b.name === 'Very high' ? { ...b, name: 'Red' } : b)) };
    const f = findingOf({ ...COMPLETE, status: 'operating', riskRegister: { matrix, risks: [unreviewed], reviews: [] } }, 'R-2.6.8');
    assert.equal(f.result, 'gap');
    assert.match(f.reason, /^Overdue: the review of Funding withdrawn \(Red\), due 15 February 2026 \(R-2\.6\.8\)$/);
  });
});

describe('R-2.6.3: the business case’s evidence documents', () => {
  it('R-2.6.3: met on the written evidence base, naming each evidence document held', () => {
    assert.deepEqual(findingOf(COMPLETE, 'R-2.6.3').evidence, []);
    const documents = [...COMPLETE.governance.documents, { documentId: 'd2', title: 'Waste needs assessment 2025', type: 'business-case-evidence' as const, section: null }];
    const f = findingOf({ ...COMPLETE, governance: { ...COMPLETE.governance, documents } }, 'R-2.6.3');
    assert.equal(f.result, 'pass');
    assert.match(f.reason, /with its evidence base; 1 evidence document held \(R-2\.6\.3\)/);
    assert.deepEqual(f.evidence, ['Evidence document: Waste needs assessment 2025']);
  });
  it('R-2.6.3: an evidence document does not stand in for the written evidence base', () => {
    const documents = [{ documentId: 'd2', title: 'Waste needs assessment 2025', type: 'business-case-evidence' as const, section: null }];
    const f = findingOf({ ...COMPLETE, assessment: { ...COMPLETE.assessment!, evidenceBase: null }, governance: { ...COMPLETE.governance, documents } }, 'R-2.6.3');
    assert.equal(f.result, 'gap');
    assert.match(f.reason, /evidence base of the business case \(R-2\.6\.3\)/);
  });
});

describe('applicability (lifecycle, ends, tier) and attestations', () => {
  it('R-2.5c does not apply to a budgeted contribution', () => {
    assert.equal(findingOf({ ...COMPLETE, withinApprovedBudget: true }, 'R-2.5c').result, 'not-applicable');
  });
  it('a proposed partnership: screening applies, the framework applies from approval', () => {
    assert.equal(findingOf({ ...COMPLETE, status: 'proposed', screening: null }, 'R-1.1').result, 'gap');
    const f = findingOf({ ...COMPLETE, status: 'proposed' }, 'R-2.7');
    assert.equal(f.result, 'not-applicable');
    assert.match(f.reason, /Applies from approved; it is proposed \(R-2\.7\)/);
  });
  it('withdrawn: nothing applies; screened out: only the screening', () => {
    assert.ok(evaluatePartnership({ ...COMPLETE, status: 'withdrawn' }, DEFAULT_PROTOCOL_CONFIG, TODAY).findings.every((f) => f.result === 'not-applicable'));
    const out = evaluatePartnership({ ...COMPLETE, status: 'not-applicable' }, DEFAULT_PROTOCOL_CONFIG, TODAY).findings;
    assert.deepEqual(out.filter((f) => f.result !== 'not-applicable').map((f) => f.requirementId), ['R-1.1', 'R-1.2', 'R-2.2']);
  });
  it('a minor informal arrangement is spared the communications strategy (R-2.10) by the default tiers', () => {
    const minor = { ...COMPLETE, legalForm: 'informal' as const, councilContributionPence: 0 };
    assert.equal(significanceTier(minor, DEFAULT_PROTOCOL_CONFIG.compliance.tiers).tier, 'minor');
    assert.match(findingOf(minor, 'R-2.10').reason, /Not required of a minor partnership/);
  });
  it('tiers: significant by money, by duration or by legal form, with the reasons', () => {
    const t = DEFAULT_PROTOCOL_CONFIG.compliance.tiers;
    assert.equal(significanceTier({ ...COMPLETE, councilContributionPence: 30_000_000 }, t).tier, 'significant');
    assert.match(significanceTier({ ...COMPLETE, startDate: '2026-01-01', expectedEndDate: '2031-01-01' }, t).reasons[0]!, /expected to last 5 years/);
    assert.equal(significanceTier({ ...COMPLETE, legalForm: 'latco' }, t).tier, 'significant');
    assert.equal(significanceTier({ ...COMPLETE, legalForm: 'informal', councilContributionPence: null }, t).tier, 'standard');
  });
  it('an attested requirement: a gap until attested, met while in date, a gap again once expired', () => {
    const running = { ...COMPLETE, status: 'operating' as const };
    assert.equal(findingOf(running, 'R-2.9').result, 'gap');
    const a = { id: 'a1', requirementId: 'R-2.9', statement: 'Reported in the council’s performance framework on 1 May.', documentId: null, attestedBy: 'Officer', attestedOn: '2026-05-01', validUntil: '2027-04-30' };
    assert.equal(findingOf({ ...running, attestations: [a] }, 'R-2.9').result, 'pass');
    const expired = findingOf({ ...running, attestations: [{ ...a, validUntil: '2026-05-31' }] }, 'R-2.9');
    assert.equal(expired.result, 'gap');
    assert.match(expired.reason, /expired on 2026-05-31/);
  });
  it('a council’s configuration changes what applies: R-2.10 off for standard partnerships', () => {
    const parsed = parseProtocolConfig({ compliance: { notForTiers: { standard: ['R-2.10'] } } });
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const f = evaluatePartnership(COMPLETE, parsed.config, TODAY).findings.find((x) => x.requirementId === 'R-2.10')!;
    assert.equal(f.result, 'not-applicable');
  });
});

describe('the gate to operating (R-APPROVE)', () => {
  it('a partnership with everything in place has no blocker', () => {
    assert.deepEqual(operatingBlockers(evaluatePartnership(COMPLETE, DEFAULT_PROTOCOL_CONFIG, TODAY)), []);
  });
  it('each gating gap blocks; an exception in date lets it through; an expired one does not', () => {
    const lacking = { ...COMPLETE, accountableOfficer: null };
    assert.deepEqual(operatingBlockers(evaluatePartnership(lacking, DEFAULT_PROTOCOL_CONFIG, TODAY)).map((f) => f.requirementId), ['R-2.6.1']);
    const e = { id: 'e1', requirementId: 'R-2.6.1', reason: 'Recruiting', agreedBy: 'Director', recordedBy: 'Officer', recordedOn: '2026-05-01', until: '2026-07-01' };
    assert.deepEqual(operatingBlockers(evaluatePartnership({ ...lacking, exceptions: [e] }, DEFAULT_PROTOCOL_CONFIG, TODAY)), []);
    assert.equal(operatingBlockers(evaluatePartnership({ ...lacking, exceptions: [{ ...e, until: '2026-05-31' }] }, DEFAULT_PROTOCOL_CONFIG, TODAY)).length, 1);
  });
  it('R-APPROVE, R-2.5c: no exception stands in for a recorded approval, even one in date', () => {
    const unapproved = { ...COMPLETE, decisions: [] };
    const until = '2026-12-31';
    const exceptions = ['R-APPROVE', 'R-2.5c'].map((id, i) => ({ id: `e${i}`, requirementId: id, reason: 'Pending', agreedBy: 'Director', recordedBy: 'Officer', recordedOn: '2026-05-01', until }));
    const c = evaluatePartnership({ ...unapproved, exceptions }, DEFAULT_PROTOCOL_CONFIG, TODAY);
    assert.deepEqual(operatingBlockers(c).map((f) => f.requirementId), ['R-2.5c', 'R-APPROVE']);
    for (const f of operatingBlockers(c)) assert.equal(f.exception, undefined, f.requirementId);
    // The Compliance tab offers no "Record an exception" for them, and the form and API refuse one, saying why.
    for (const f of operatingBlockers(c)) assert.match(exceptionRefusal(f) ?? '', new RegExp(`takes no exception: .*record (the|that) approval instead \\(${f.requirementId}\\)`), f.requirementId);
    assert.equal(exceptionRefusal(evaluatePartnership({ ...COMPLETE, accountableOfficer: null }, DEFAULT_PROTOCOL_CONFIG, TODAY).findings.find((f) => f.requirementId === 'R-2.6.1')!), null);
  });
  it('a gap that does not gate (an attested running duty) never blocks', () => {
    const c = evaluatePartnership(COMPLETE, DEFAULT_PROTOCOL_CONFIG, TODAY);
    assert.ok(c.findings.some((f) => f.result === 'gap' && !f.gatesOperating) || c.findings.every((f) => f.result !== 'gap'));
  });
});

// Who may use the API. Every /api/v1 route × every kind of caller, written out by hand (the main
// authorization table, test/integration/authorization.test.ts, leaves /api/v1 to this one, because
// these routes take bearer tokens, not sessions). A token acts with its user's current role;
// cookies are ignored; revoked tokens and deactivated users' tokens are refused with 401 and
// WWW-Authenticate: Bearer; refused writes save nothing; tokens are stored only as their SHA-256.
// Every operation under a partnership goes through the scope hook: for a partnership that does not
// exist it answers 404 before the handler, for every caller allowed.
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import { revokeOwnApiToken } from '../../src/app/api-tokens.service.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { updateUser } from '../../src/app/users.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { addInterest } from '../../src/app/interests.service.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import type { Database } from '../../src/db/database.ts';
import { startObservedApp, type ObservedApp } from '../helpers/observed-app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { multipart, SAMPLES, type Part } from '../helpers/documents.ts';
import { personDetails, signedIn } from '../helpers/factories.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

type Caller = 'no token' | 'session cookie only' | 'unknown token' | 'administrator' | 'officer' | 'sponsoring-officer' | 'auditor' | 'partner-representative';
type Outcome = 'ok' | 'unauthorized' | 'forbidden';
const CALLERS: readonly Caller[] = ['no token', 'session cookie only', 'unknown token', 'administrator', 'officer', 'sponsoring-officer', 'auditor', 'partner-representative'];
const SO = 'sponsoring-officer' as const;

// The partner representative works for a partner of every probed partnership (partnershipBody), and the
// sponsoring officer is the sponsoring officer of each (body): each is theirs.
const readers: Record<Caller, Outcome> = { 'no token': 'unauthorized', 'session cookie only': 'unauthorized', 'unknown token': 'unauthorized', administrator: 'ok', officer: 'ok', [SO]: 'ok', auditor: 'ok', 'partner-representative': 'ok' };
/** Registering partnerships and keeping the directories: a sponsoring officer's grant reaches only their partnerships. */
const keepers: Record<Caller, Outcome> = { ...readers, [SO]: 'forbidden', auditor: 'forbidden', 'partner-representative': 'forbidden' };
/** Keeping one partnership's records: its sponsoring officer too. */
const partnershipKeepers: Record<Caller, Outcome> = { ...keepers, [SO]: 'ok' };
/** measurements are submitted by the keepers and by a partner's representative for the indicators it supplies. */
const submitters: Record<Caller, Outcome> = { ...partnershipKeepers, 'partner-representative': 'ok' };
// The council's directories: its own staff, not a partner's.
const directoryReaders: Record<Caller, Outcome> = { ...readers, 'partner-representative': 'forbidden' };
const deleters: Record<Caller, Outcome> = { ...keepers, officer: 'forbidden' };

const EXPECTED: Readonly<Record<string, Record<Caller, Outcome>>> = {
  'GET /api/v1/partnerships': readers,
  'POST /api/v1/partnerships': keepers,
  'GET /api/v1/partnerships/:id': readers,
  'PATCH /api/v1/partnerships/:id': partnershipKeepers,
  'POST /api/v1/partnerships/:id/withdrawal': partnershipKeepers,
  'GET /api/v1/partnerships/:id/transitions': readers,
  'POST /api/v1/partnerships/:id/transitions': partnershipKeepers,
  'GET /api/v1/partnerships/:id/screenings': readers,
  'POST /api/v1/partnerships/:id/screenings': partnershipKeepers,
  // R-2.5a, R-A1.1, R-A1.2, R-2.6.3 its business case.
  'GET /api/v1/partnerships/:id/business-case': readers,
  'PATCH /api/v1/partnerships/:id/business-case': partnershipKeepers,
  // R-A1.4–R-A1.6 its governance framework and running arrangements.
  'GET /api/v1/partnerships/:id/governance': readers,
  'PUT /api/v1/partnerships/:id/governance/:section': partnershipKeepers,
  // R-2.7doc, R-2.7(n) its documents: read and downloaded by every role; uploaded (multipart) by officers and administrators.
  'GET /api/v1/partnerships/:id/documents': readers,
  'POST /api/v1/partnerships/:id/documents': partnershipKeepers,
  'GET /api/v1/partnerships/:id/documents/:documentId': readers,
  'POST /api/v1/partnerships/:id/documents/:documentId/versions': partnershipKeepers,
  'GET /api/v1/partnerships/:id/documents/:documentId/versions/:n/content': readers,
  // Issue 9 its compliance: read by every role; attestations and exceptions recorded by officers and administrators.
  'GET /api/v1/partnerships/:id/compliance': readers,
  'POST /api/v1/partnerships/:id/compliance/:requirementId/attestations': partnershipKeepers,
  'POST /api/v1/partnerships/:id/compliance/:requirementId/exceptions': partnershipKeepers,
  // its History: internal audit reads it too.
  'GET /api/v1/partnerships/:id/history': readers,
  // R-2.4b its overlaps: whoever reads the register.
  'GET /api/v1/partnerships/:id/overlaps': readers,
  'DELETE /api/v1/partnerships/:id': deleters,
  // A partnership's partners and council representatives, each a record of its own: removing one is keeping the register.
  'GET /api/v1/partnerships/:id/partners': readers,
  'POST /api/v1/partnerships/:id/partners': partnershipKeepers,
  'GET /api/v1/partnerships/:id/partners/:organisationId': readers,
  'PATCH /api/v1/partnerships/:id/partners/:organisationId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/partners/:organisationId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/representatives': readers,
  'POST /api/v1/partnerships/:id/representatives': partnershipKeepers,
  'GET /api/v1/partnerships/:id/representatives/:personId': readers,
  'PATCH /api/v1/partnerships/:id/representatives/:personId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/representatives/:personId': partnershipKeepers,
  // R-2.8a, R-2.8b its decision rules, each a record of its own; checking a decision saves nothing, so every reader may.
  ...Object.fromEntries(
    [
      ['seats', 'personId'],
      ['voting-rules', 'decisionType'],
      ['quorum', 'kind'],
      // the termination provisions and the exit strategy, keyed as the quorum is.
      ['termination-provisions', 'party'],
      ['exit-strategy', 'topic'],
      // the dissolution checklist, one entry an item (its partnership exiting: see `ending`).
      ['dissolution-checklist', 'item'],
      // the partnership's publication on the public register, keyed by the register.
      ['publication', 'register'],
    ].flatMap(([segment, key]) => [
      [`GET /api/v1/partnerships/:id/${segment}`, readers],
      [`POST /api/v1/partnerships/:id/${segment}`, partnershipKeepers],
      [`GET /api/v1/partnerships/:id/${segment}/:${key}`, readers],
      [`PATCH /api/v1/partnerships/:id/${segment}/:${key}`, partnershipKeepers],
      [`DELETE /api/v1/partnerships/:id/${segment}/:${key}`, partnershipKeepers],
    ]),
  ),
  'POST /api/v1/decision-rules/evaluate': readers,
  // when notice to withdraw would take effect: computed for whoever reads the partnership, saving nothing.
  'POST /api/v1/partnerships/:id/notice/evaluate': readers,
  // R-2.8g its meetings, a record of their own, and each one's attendance, agenda items, declarations and votes (R-2.8a).
  'GET /api/v1/partnerships/:id/actions': readers,
  'POST /api/v1/partnerships/:id/actions': partnershipKeepers,
  'GET /api/v1/partnerships/:id/actions/:actionId': readers,
  'PATCH /api/v1/partnerships/:id/actions/:actionId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/actions/:actionId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/forward-plan': readers,
  'POST /api/v1/partnerships/:id/forward-plan': partnershipKeepers,
  'GET /api/v1/partnerships/:id/forward-plan/:entryId': readers,
  'PATCH /api/v1/partnerships/:id/forward-plan/:entryId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/forward-plan/:entryId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/meetings': readers,
  'POST /api/v1/partnerships/:id/meetings': partnershipKeepers,
  'GET /api/v1/partnerships/:id/meetings/:meetingId': readers,
  'PATCH /api/v1/partnerships/:id/meetings/:meetingId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/meetings/:meetingId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/meetings/:meetingId/agenda': readers,
  'PUT /api/v1/partnerships/:id/meetings/:meetingId/attendance': partnershipKeepers,
  'POST /api/v1/partnerships/:id/meetings/:meetingId/items': partnershipKeepers,
  'PATCH /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId': partnershipKeepers,
  'POST /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/declarations': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId': partnershipKeepers,
  'POST /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/vote': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/vote': partnershipKeepers,
  'POST /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/told': partnershipKeepers,
  'POST /api/v1/partnerships/:id/meetings/:meetingId/items/:itemId/ratifications': partnershipKeepers,
  'GET /api/v1/partnerships/:id/authority': readers,
  'POST /api/v1/partnerships/:id/authority': partnershipKeepers,
  'GET /api/v1/partnerships/:id/authority/:authorityId': readers,
  'PATCH /api/v1/partnerships/:id/authority/:authorityId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/authority/:authorityId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/rule-changes': readers,
  'POST /api/v1/partnerships/:id/rule-changes': partnershipKeepers,
  'GET /api/v1/partnerships/:id/rule-changes/:changeId': readers,
  'PATCH /api/v1/partnerships/:id/rule-changes/:changeId': partnershipKeepers,
  'GET /api/v1/organisations': directoryReaders,
  'POST /api/v1/organisations': keepers,
  'GET /api/v1/organisations/:id': directoryReaders,
  'PATCH /api/v1/organisations/:id': keepers,
  'GET /api/v1/people': directoryReaders,
  'POST /api/v1/people': keepers,
  'GET /api/v1/people/:id': directoryReaders,
  // their register of interests: read as the directories are (a sensitive interest withheld, interests.test.ts).
  'GET /api/v1/people/:id/interests': directoryReaders,
  // Kept by whoever keeps the register (and the monitoring officer, who has no token here).
  'POST /api/v1/people/:id/interests': keepers,
  'PATCH /api/v1/people/:id/interests/:interestId': keepers,
  'DELETE /api/v1/people/:id/interests/:interestId': keepers,
  // the council-wide compliance dashboard's results: whoever reads the register.
  'GET /api/v1/compliance': readers,
  // R-2.8a the decisions register, one partnership's and the council's: whoever reads the register.
  'GET /api/v1/partnerships/:id/decisions': readers,
  'GET /api/v1/decisions': readers,
  // R-A1.3, R-2.9 performance: a partnership's, the council's view, and objectives, indicators and measurements as records.
  'GET /api/v1/partnerships/:id/performance': readers,
  'GET /api/v1/performance': readers,
  'GET /api/v1/risk-matrix': readers,
  // the council's risk matrix is set by administrators alone.
  'PUT /api/v1/risk-matrix': { ...keepers, officer: 'forbidden' },
  'GET /api/v1/risks': readers,
  // What's due: one's own for every token; across the partnerships for administrators, sponsoring officers and internal audit.
  'GET /api/v1/due': readers,
  'GET /api/v1/due/council': { ...readers, officer: 'forbidden', 'partner-representative': 'forbidden' },
  'GET /api/v1/partnerships/:id/objectives': readers,
  'POST /api/v1/partnerships/:id/objectives': partnershipKeepers,
  'GET /api/v1/partnerships/:id/objectives/:objectiveId': readers,
  'PATCH /api/v1/partnerships/:id/objectives/:objectiveId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/objectives/:objectiveId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/indicators': readers,
  'POST /api/v1/partnerships/:id/indicators': partnershipKeepers,
  'GET /api/v1/partnerships/:id/indicators/:indicatorId': readers,
  'PATCH /api/v1/partnerships/:id/indicators/:indicatorId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/indicators/:indicatorId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/measurements': readers,
  'POST /api/v1/partnerships/:id/measurements': submitters,
  'GET /api/v1/partnerships/:id/measurements/:measurementId': readers,
  'PATCH /api/v1/partnerships/:id/measurements/:measurementId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/measurements/:measurementId': partnershipKeepers,
  // reporting: its lines and the reports submitted on them, as records.
  'GET /api/v1/partnerships/:id/reporting-lines': readers,
  'POST /api/v1/partnerships/:id/reporting-lines': partnershipKeepers,
  'GET /api/v1/partnerships/:id/reporting-lines/:reportingLineId': readers,
  'PATCH /api/v1/partnerships/:id/reporting-lines/:reportingLineId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/reporting-lines/:reportingLineId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/performance-reports': readers,
  'POST /api/v1/partnerships/:id/performance-reports': partnershipKeepers,
  'GET /api/v1/partnerships/:id/performance-reports/:reportId': readers,
  'PATCH /api/v1/partnerships/:id/performance-reports/:reportId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/performance-reports/:reportId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/plan-actions': readers,
  'POST /api/v1/partnerships/:id/plan-actions': partnershipKeepers,
  'GET /api/v1/partnerships/:id/plan-actions/:planActionId': readers,
  'PATCH /api/v1/partnerships/:id/plan-actions/:planActionId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/plan-actions/:planActionId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/plan-refreshes': readers,
  'POST /api/v1/partnerships/:id/plan-refreshes': partnershipKeepers,
  'GET /api/v1/partnerships/:id/plan-refreshes/:planRefreshId': readers,
  'PATCH /api/v1/partnerships/:id/plan-refreshes/:planRefreshId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/plan-refreshes/:planRefreshId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/performance-issues': readers,
  'POST /api/v1/partnerships/:id/performance-issues': partnershipKeepers,
  'GET /api/v1/partnerships/:id/performance-issues/:performanceIssueId': readers,
  'PATCH /api/v1/partnerships/:id/performance-issues/:performanceIssueId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/performance-issues/:performanceIssueId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/performance-challenges': readers,
  'POST /api/v1/partnerships/:id/performance-challenges': submitters,
  'GET /api/v1/partnerships/:id/performance-challenges/:performanceChallengeId': readers,
  'PATCH /api/v1/partnerships/:id/performance-challenges/:performanceChallengeId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/performance-challenges/:performanceChallengeId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/annual-reviews': readers,
  'POST /api/v1/partnerships/:id/annual-reviews': partnershipKeepers,
  'GET /api/v1/partnerships/:id/annual-reviews/:annualReviewId': readers,
  'PATCH /api/v1/partnerships/:id/annual-reviews/:annualReviewId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/annual-reviews/:annualReviewId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/objective-evaluations': readers,
  'POST /api/v1/partnerships/:id/objective-evaluations': partnershipKeepers,
  'GET /api/v1/partnerships/:id/objective-evaluations/:objectiveEvaluationId': readers,
  'PATCH /api/v1/partnerships/:id/objective-evaluations/:objectiveEvaluationId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/objective-evaluations/:objectiveEvaluationId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/contribution-evaluations': readers,
  'POST /api/v1/partnerships/:id/contribution-evaluations': partnershipKeepers,
  'GET /api/v1/partnerships/:id/contribution-evaluations/:contributionEvaluationId': readers,
  'PATCH /api/v1/partnerships/:id/contribution-evaluations/:contributionEvaluationId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/contribution-evaluations/:contributionEvaluationId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risks': readers,
  'POST /api/v1/partnerships/:id/risks': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risks/:riskId': readers,
  'PATCH /api/v1/partnerships/:id/risks/:riskId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/risks/:riskId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risk-controls': readers,
  'POST /api/v1/partnerships/:id/risk-controls': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risk-controls/:riskControlId': readers,
  'PATCH /api/v1/partnerships/:id/risk-controls/:riskControlId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/risk-controls/:riskControlId': partnershipKeepers,
  // Protocol 2.4(h): funding proposals, kept as the partnership's records are.
  'GET /api/v1/partnerships/:id/funding-proposals': readers,
  'POST /api/v1/partnerships/:id/funding-proposals': partnershipKeepers,
  'GET /api/v1/partnerships/:id/funding-proposals/:fundingProposalId': readers,
  'PATCH /api/v1/partnerships/:id/funding-proposals/:fundingProposalId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/funding-proposals/:fundingProposalId': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risk-reviews': readers,
  'POST /api/v1/partnerships/:id/risk-reviews': partnershipKeepers,
  'GET /api/v1/partnerships/:id/risk-reviews/:riskReviewId': readers,
  'PATCH /api/v1/partnerships/:id/risk-reviews/:riskReviewId': partnershipKeepers,
  'DELETE /api/v1/partnerships/:id/risk-reviews/:riskReviewId': partnershipKeepers,
  'PATCH /api/v1/people/:id': keepers,
};

const MISSING = '01890000-0000-7000-8000-000000000000';
const NO_PERFORMANCE = { objectiveId: '', measuredObjective: '', indicatorId: '', measuredIndicator: '', measurementId: '', reportingLineId: '', reportedLine: '', reportId: '', planActionId: '', planRefreshId: '', riskId: '', reviewedRisk: '', riskReviewId: '', riskControlId: '', fundingProposalId: '', performanceIssueId: '', performanceChallengeId: '', annualReviewId: '', objectiveEvaluationId: '', contributionEvaluationId: '' };

async function writes(database: Database) {
  const n = async (table: 'partnerships' | 'organisations' | 'people') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { partnerships: await n('partnerships'), organisations: await n('organisations'), people: await n('people'), audit: await lastAuditSeq(database) };
}

forEachDatabase('API: authorization and tokens', (ctx) => {
  let t: ObservedApp;
  let contract: Contract;
  let register: Register;
  const tokens = {} as Record<'administrator' | 'officer' | 'sponsoring-officer' | 'auditor' | 'partner-representative', string>;
  let sponsorId = '';
  /** A partnership the representative's organisation is not a partner in. */
  let othersPartnership = '';
  let sessionCookie = '';
  const ids = {} as Record<'partnerships' | 'organisations' | 'people', string>;
  /** An approved partnership: its attested requirements apply, and its gating gaps take exceptions. */
  let approved = '';
  /** an exiting partnership with the first item of its dissolution checklist closed, for the checklist's reads. */
  let ending = '';
  /** A document of ids.partnerships, for its versions and content. */
  let documentId = '';
  /** The shared partnership's meeting and its agenda item, for the reads, and an action. */
  let shared = { meetingId: '', itemId: '', actionId: '', entryId: '', authorityId: '', changeId: '', ...NO_PERFORMANCE };
  /** The performance records of the partnership a case acts on (its own, or the shared one's), for its body. */
  let perf = NO_PERFORMANCE;
  let sequence = 0;

  before(async () => {
    t = await startObservedApp(ctx.database);
    contract = await loadContract(t.app);
    register = await seedRegister(t.deps);
    for (const role of ['administrator', 'officer', 'auditor'] as const) tokens[role] = (await userWithToken(t.deps, role)).token;
    const rep = await userWithToken(t.deps, 'partner-representative');
    tokens['partner-representative'] = rep.token;
    await createPerson(t.deps, SYSTEM, personDetails('Rep Resentative', register.partners[0]!.id, { userId: rep.user.id }));
    const sponsor = await userWithToken(t.deps, SO);
    tokens[SO] = sponsor.token;
    sponsorId = (await createPerson(t.deps, SYSTEM, personDetails('Sonia Sponsor', register.council.id, { jobTitle: 'Head of Service', councilRole: 'officer', userId: sponsor.user.id }))).id;
    const admin = await userWithToken(t.deps, 'administrator');
    const browser = await signedIn(t.app, admin.user);
    sessionCookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const officer = new ApiClient(t.app, contract, tokens.officer);
    ids.partnerships = (await officer.post('/api/v1/partnerships', body('POST /api/v1/partnerships'))).body.id;
    await decisionRules(ids.partnerships);
    approved = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Authorization probe approved', councilContributionPence: 0, withinApprovedBudget: true, sponsoringOfficerId: sponsorId }))).body.id;
    await reachStatus(t.deps, approved, 'approved');
    ending = await exitingPartnership();
    const uploaded = await officer.upload(`/api/v1/partnerships/${ids.partnerships}/documents`, documentParts('POST /api/v1/partnerships/:id/documents'));
    assert.equal(uploaded.status, 201);
    documentId = uploaded.body.id;
    shared = { ...(await meetingOf(ids.partnerships, '')), actionId: await actionOf(ids.partnerships), entryId: await entryOf(ids.partnerships), authorityId: await authorityOf(ids.partnerships), changeId: await ruleChangeOf(ids.partnerships), ...(await performanceOf(ids.partnerships)) };
    perf = shared;
    othersPartnership = (
      await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Someone else’s partnership', partners: [{ organisationId: register.council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: register.partners[1]!.id, role: 'member', memberStatus: 'voting' }] }))
    ).body.id;
    ids.organisations = register.partners[0]!.id;
    ids.people = register.officers[0]!.id;
  });
  after(() => t.close());

  it('covers every /api/v1 route, and only those', () => {
    const registered = t.app.routeDeclarations.filter((r) => r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(registered.filter((k) => !(k in EXPECTED)), [], 'routes missing from the table');
    assert.deepEqual(Object.keys(EXPECTED).filter((k) => !registered.includes(k)), [], 'routes in the table that do not exist');
  });

  /** a partnership of its own taken to exiting, its checklist's first item closed (the checklist is worked through only then). */
  const exitingPartnership = async (): Promise<string> => {
    const officer = new ApiClient(t.app, contract, tokens.officer);
    const id = (await officer.post('/api/v1/partnerships', { ...(body('POST /api/v1/partnerships') as object), councilContributionPence: 0, withinApprovedBudget: true })).body.id as string;
    await reachStatus(t.deps, id, 'exiting');
    assert.equal((await officer.post(`/api/v1/partnerships/${id}/dissolution-checklist`, { item: 'notice', outcome: 'done', completedOn: '2026-12-01' })).status, 201);
    return id;
  };

  /** R-2.8a, R-2.8b: the partnership's decision rules, one of each kind, as the probes' addresses name them. */
  const decisionRules = async (partnershipId: string) => {
    const officer = new ApiClient(t.app, contract, tokens.officer);
    const base = `/api/v1/partnerships/${partnershipId}`;
    for (const [segment, sent] of [
      ['seats', { personId: register.officers[0]!.id, organisationId: register.council.id, status: 'voting', weight: 1, substituteId: null }],
      ['voting-rules', { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' }],
      ['quorum', { kind: 'number', members: 2 }],
      ['termination-provisions', { party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end' }],
      ['exit-strategy', { topic: 'surpluses', arrangement: 'Probe surpluses' }],
      // published on the public register, for its reads, changes and removal.
      ['publication', { register: 'public-register', publishedOn: '2026-12-01' }],
    ] as const) {
      assert.equal((await officer.post(`${base}/${segment}`, sent)).status, 201, segment);
    }
  };

  /**
   * R-2.8g: a meeting of the partnership with one agenda item; for the writes that need more, the seat's
   * attendance, and the declaration or the vote they remove (the seat is the first officer's, decisionRules).
   */
  const meetingOf = async (partnershipId: string, key: string) => {
    const officer = new ApiClient(t.app, contract, tokens.officer);
    const base = `/api/v1/partnerships/${partnershipId}/meetings`;
    const made = await officer.post(base, { title: `Probe board ${++sequence}`, meetsOn: '2027-03-18', noticeDays: 5 });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const meetingId = made.body.id as string;
    const item = await officer.post(`${base}/${meetingId}/items`, { title: `Probe item ${sequence}`, decisionType: 'ordinary' });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const itemId = item.body.id as string;
    const seat = register.officers[0]!.id;
    if (/\/vote$|\/declarations/.test(key)) assert.equal((await officer.put(`${base}/${meetingId}/attendance`, { attendance: { [seat]: 'present' } })).status, 200);
    // R-2.8c: a decision the only member missed, to tell them of.
    if (key.endsWith('/told')) {
      assert.equal((await officer.put(`${base}/${meetingId}/attendance`, { attendance: { [seat]: 'absent' } })).status, 200);
      assert.equal((await officer.post(`${base}/${meetingId}/items/${itemId}/vote`, { mode: 'named' })).status, 200);
    }
    // R-2.8e: a decision carried beyond the authority of the members present, for the council to ratify.
    if (key.endsWith('/ratifications')) {
      const second = register.officers[1]!.id;
      assert.equal((await officer.post(`/api/v1/partnerships/${partnershipId}/seats`, { personId: second, organisationId: register.council.id, status: 'voting', weight: 1, substituteId: null })).status, 201);
      for (const person of [seat, second]) assert.equal((await officer.post(`/api/v1/partnerships/${partnershipId}/authority`, { personId: person, decisionType: 'any', scope: 'none', ratifier: 'Probe Cabinet' })).status, 201);
      assert.equal((await officer.put(`${base}/${meetingId}/attendance`, { attendance: { [seat]: 'present', [second]: 'present' } })).status, 200);
      const voted = await officer.post(`${base}/${meetingId}/items/${itemId}/vote`, { mode: 'named', votes: { [seat]: 'for', [second]: 'for' } });
      assert.equal(voted.body.ratifications.length, 1, JSON.stringify(voted.body));
    }
    if (key.startsWith('DELETE') && key.includes('/declarations/')) {
      assert.equal((await officer.post(`${base}/${meetingId}/items/${itemId}/declarations`, { personId: seat, kind: 'other', consequence: 'took-part' })).status, 201);
    }
    if (key.startsWith('DELETE') && key.endsWith('/vote')) assert.equal((await officer.post(`${base}/${meetingId}/items/${itemId}/vote`, { mode: 'named', votes: { [seat]: 'for' } })).status, 200);
    return { meetingId, itemId };
  };

  /** R-2.8d: an action of the partnership, owned by the first officer for the council. */
  const actionOf = async (partnershipId: string) => {
    const made = await new ApiClient(t.app, contract, tokens.officer).post(`/api/v1/partnerships/${partnershipId}/actions`, { title: `Probe action ${++sequence}`, ownerId: register.officers[0]!.id, organisationId: register.council.id, dueOn: '2027-03-31' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body.id as string;
  };

  /** R-2.8f: a planned decision on the partnership's forward plan. */
  const entryOf = async (partnershipId: string) => {
    const made = await new ApiClient(t.app, contract, tokens.officer).post(`/api/v1/partnerships/${partnershipId}/forward-plan`, body('POST /api/v1/partnerships/:id/forward-plan'));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body.id as string;
  };

  /** R-2.8e: a limit of authority of the partnership's seated member (decisionRules). */
  const authorityOf = async (partnershipId: string) => {
    const made = await new ApiClient(t.app, contract, tokens.officer).post(`/api/v1/partnerships/${partnershipId}/authority`, { personId: register.officers[0]!.id, decisionType: 'any', scope: 'full' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body.id as string;
  };

  /** R-2.7(n): a change to the partnership's rules (decisionRules), from a day. */
  const ruleChangeOf = async (partnershipId: string) => {
    const made = await new ApiClient(t.app, contract, tokens.officer).post(`/api/v1/partnerships/${partnershipId}/rule-changes`, { inForceFrom: '2027-04-01', reason: `Probe change ${++sequence}` });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    return made.body.id as string;
  };

  /**
   * R-A1.3, R-2.9: an objective with an indicator and its measurement, and an objective and an indicator
   * with nothing under them (what may be removed: a measured one is refused, 422).
   */
  const performanceOf = async (partnershipId: string) => {
    const client = new ApiClient(t.app, contract, tokens.officer);
    const base = `/api/v1/partnerships/${partnershipId}`;
    const made = async (url: string, sent: unknown) => {
      const r = await client.post(url, sent);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.id as string;
    };
    const measured = await made(`${base}/objectives`, { title: `Probe objective ${++sequence}` });
    const objectiveId = await made(`${base}/objectives`, { title: `Probe bare objective ${sequence}` });
    const indicator = { objectiveId: measured, name: `Probe indicator ${sequence}`, definition: 'Probed', unit: '%', polarity: 'higher', target: 75, frequency: 'quarterly', organisationId: register.council.id };
    // The partner representative's organisation supplies it: they may submit its measurements.
    const measuredIndicator = await made(`${base}/indicators`, { ...indicator, organisationId: register.partners[0]!.id });
    const indicatorId = await made(`${base}/indicators`, { ...indicator, name: `Probe bare indicator ${sequence}` });
    const measurementId = await made(`${base}/measurements`, { indicatorId: measuredIndicator, periodEnding: '2026-06-30', value: 70, attested: true });
    // a line with a report (kept while it has one) and a bare line (which may be removed).
    const reportedLine = await made(`${base}/reporting-lines`, { body: 'overview-scrutiny', bodyName: `Probe panel ${sequence}`, frequency: 'quarterly', firstDueOn: '2026-06-30' });
    const reportingLineId = await made(`${base}/reporting-lines`, { body: 'cabinet', frequency: 'annual', firstDueOn: '2027-03-31' });
    const reportId = await made(`${base}/performance-reports`, { reportingLineId: reportedLine, title: `Probe report ${sequence}`, submittedOn: '2026-07-01' });
    // an action of the plan, owned for the council, and the council's refresh of the plan.
    const planActionId = await made(`${base}/plan-actions`, { title: `Probe plan action ${sequence}`, objectiveId: measured, ownerId: register.officers[0]!.id, organisationId: register.council.id, startsOn: '2026-04-01', dueOn: '2027-03-31' });
    const planRefreshId = await made(`${base}/plan-refreshes`, { organisationId: register.council.id, confirmedBy: `Probe officer ${sequence}`, confirmedOn: '2026-04-01' });
    // a risk with no review or control (so it may be removed), and a reviewed one with its review and a control.
    const risk = { cause: 'Probe cause', event: 'Probe event', consequence: 'Probe consequence', category: 'operational', ownerId: register.officers[0]!.id, organisationId: register.council.id, identifiedOn: '2026-04-01', inherentLikelihood: 4, inherentImpact: 4, residualLikelihood: 3, residualImpact: 3, response: 'treat' };
    const riskId = await made(`${base}/risks`, { ...risk, title: `Probe risk ${sequence}` });
    const reviewedRisk = await made(`${base}/risks`, { ...risk, title: `Probe reviewed risk ${sequence}` });
    const riskReviewId = await made(`${base}/risk-reviews`, { riskId: reviewedRisk, reviewedOn: '2026-06-01', likelihood: 2, impact: 3, reviewedBy: `Probe board ${sequence}` });
    const riskControlId = await made(`${base}/risk-controls`, { riskId: reviewedRisk, title: `Probe control ${sequence}`, ownerId: register.officers[0]!.id, effectiveness: 'effective', assessedOn: '2026-06-01' });
    // Protocol 2.4(h): a funding proposal no risk names (so it may be removed).
    const fundingProposalId = await made(`${base}/funding-proposals`, { title: `Probe proposal ${sequence}`, source: 'Probe funder', proposedOn: '2026-06-01' });
    // a performance issue about the measured indicator.
    const performanceIssueId = await made(`${base}/performance-issues`, { title: `Probe issue ${sequence}`, trigger: 'indicator', indicatorId: measuredIndicator, ownerId: register.officers[0]!.id, openedOn: '2026-07-01', level: 'board', actions: 'Probe actions' });
    // a challenge by the council.
    const performanceChallengeId = await made(`${base}/performance-challenges`, { organisationId: register.council.id, raisedBy: `Probe director ${sequence}`, raisedOn: '2026-07-01', subject: 'performance', challenge: 'Probe challenge' });
    // R-2.4e: an annual review still to approve, evaluating the measured objective and the first partner.
    // A bare one besides, to remove and to evaluate afresh.
    const annualReviewId = await made(`${base}/annual-reviews`, { reviewedOn: '2026-06-01', addedValue: `Probe bare value ${sequence}`, recommendation: 'continue', reasons: 'Probe reasons' });
    const evaluatedReview = await made(`${base}/annual-reviews`, { reviewedOn: '2026-07-01', addedValue: `Probe value ${sequence}`, recommendation: 'continue', reasons: 'Probe reasons' });
    const objectiveEvaluationId = await made(`${base}/objective-evaluations`, { annualReviewId: evaluatedReview, objectiveId: measured, finding: 'progressing', evaluation: 'Probe evaluation' });
    const contributionEvaluationId = await made(`${base}/contribution-evaluations`, { annualReviewId: evaluatedReview, organisationId: register.partners[0]!.id, evaluation: 'Probe contribution' });
    return { objectiveId, measuredObjective: measured, indicatorId, measuredIndicator, measurementId, reportingLineId, reportedLine, reportId, planActionId, planRefreshId, riskId, reviewedRisk, riskReviewId, riskControlId, fundingProposalId, performanceIssueId, performanceChallengeId, annualReviewId, objectiveEvaluationId, contributionEvaluationId };
  };

  /** The address with its partnership and, for a partnership's records, the council as the partner and the first officer as the representative. */
  const concrete = (pattern: string, id: string, document = documentId, interestId = '01890000-0000-7000-8000-000000000000', meeting = shared) =>
    pattern.replace(':interestId', interestId).replace(':riskReviewId', meeting.riskReviewId || MISSING).replace(':riskControlId', meeting.riskControlId || MISSING).replace(':fundingProposalId', meeting.fundingProposalId || MISSING).replace(':performanceIssueId', meeting.performanceIssueId || MISSING).replace(':performanceChallengeId', meeting.performanceChallengeId || MISSING).replace(':annualReviewId', meeting.annualReviewId || MISSING).replace(':objectiveEvaluationId', meeting.objectiveEvaluationId || MISSING).replace(':contributionEvaluationId', meeting.contributionEvaluationId || MISSING).replace(':riskId', meeting.riskId || MISSING).replace(':planActionId', meeting.planActionId || MISSING).replace(':planRefreshId', meeting.planRefreshId || MISSING).replace(':reportingLineId', meeting.reportingLineId || MISSING).replace(':reportId', meeting.reportId || MISSING).replace(':objectiveId', meeting.objectiveId || MISSING).replace(':indicatorId', meeting.indicatorId || MISSING).replace(':measurementId', meeting.measurementId || MISSING).replace(':changeId', meeting.changeId || '01890000-0000-7000-8000-000000000000').replace(':entryId', meeting.entryId || '01890000-0000-7000-8000-000000000000').replace(':authorityId', meeting.authorityId || '01890000-0000-7000-8000-000000000000').replace(':actionId', meeting.actionId || '01890000-0000-7000-8000-000000000000').replace(':meetingId', meeting.meetingId || '01890000-0000-7000-8000-000000000000').replace(':itemId', meeting.itemId || '01890000-0000-7000-8000-000000000000').replace(':id', id).replace(':documentId', document).replace(':n', '1').replace(':organisationId', register.council.id).replace(':personId', register.officers[0]!.id).replace(':section', 'element-a').replace(':decisionType', 'ordinary').replace(':kind', 'number').replace(':party', 'every-partner').replace(':topic', 'surpluses').replace(':item', 'notice').replace(':register', 'public-register')
      // An attested requirement; a gating gap of an approved partnership with no accountable officer.
      .replace(':requirementId', pattern.endsWith('/exceptions') ? 'R-2.6.1' : 'R-2.13');

  /** A document's upload (multipart/form-data) that would succeed for a caller who is allowed. */
  const documentParts = (key: string): Part[] => [
    ...(key.endsWith('/versions') ? [] : [{ name: 'title', value: `Probe ${++sequence}` }, { name: 'type', value: 'partnership-agreement' }]),
    { name: 'effectiveFrom', value: '2026-04-01' },
    { name: 'file', filename: 'probe.pdf', content: SAMPLES.pdf },
  ];
  /** The request's body options: multipart for an upload, JSON otherwise. */
  const sent = (key: string, headers?: Record<string, string>) => {
    if (!/\/documents(\/:documentId\/versions)?$/.test(key)) return { body: body(key), ...(headers ? { headers } : {}) };
    const { payload, contentType } = multipart(documentParts(key));
    return { payload, headers: { 'content-type': contentType, ...headers } };
  };

  /** A body that would succeed for a caller who is allowed, so only authorization can stop it. */
  const body = (key: string): unknown => {
    sequence += 1;
    if (key.endsWith('partnerships')) {
      return partnershipBody(register, { name: `Authorization probe ${sequence}`, representatives: [{ personId: register.officers[0]!.id, capacity: 'officer' }], sponsoringOfficerId: sponsorId });
    }
    if (key.endsWith('/partners')) return { organisationId: register.partners[1]!.id, role: 'funder', memberStatus: 'observer' };
    if (key.endsWith('/partners/:organisationId')) return { memberStatus: 'non-voting' };
    if (key.endsWith('/representatives')) return { personId: register.officers[1]!.id, capacity: 'officer' };
    // a representative attends in their council role's capacity, so a valid change is this one, and records nothing.
    if (key.endsWith('/representatives/:personId')) return { capacity: 'officer' };
    if (key.endsWith('/seats')) return { personId: register.officers[1]!.id, organisationId: register.council.id, status: 'voting', weight: 1, substituteId: null };
    if (key.endsWith('/seats/:personId')) return { weight: 2 };
    if (key.endsWith('/voting-rules')) return { decisionType: 'budget', method: 'unanimity', abstentions: 'count', castingVote: 'none', onTie: 'lost' };
    if (key.endsWith('/voting-rules/:decisionType')) return { onTie: 'lot' };
    if (key.endsWith('/quorum')) return { kind: 'partners', members: 2 };
    if (key.endsWith('/quorum/:kind')) return { members: 5 };
    if (key.endsWith('/termination-provisions')) return { party: 'council', noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day' };
    if (key.endsWith('/termination-provisions/:party')) return { whoMayShorten: `Probe ${sequence}` };
    if (key.endsWith('/exit-strategy')) return { topic: 'staff', arrangement: `Probe ${sequence}` };
    if (key.endsWith('/exit-strategy/:topic')) return { arrangement: `Probe ${sequence}` };
    if (key.endsWith('/dissolution-checklist')) return { item: 'staff', outcome: 'exception', completedOn: '2026-12-01', note: `Probe ${sequence}` };
    if (key.endsWith('/dissolution-checklist/:item')) return { note: `Probe ${sequence}` };
    if (key.endsWith('/publication')) return { register: 'public-register', publishedOn: '2026-12-01', summary: `Probe ${sequence}` };
    if (key.endsWith('/publication/:register')) return { summary: `Probe ${sequence}` };
    if (key.endsWith('/notice/evaluate')) return { servedOn: '2027-01-15', provisions: { noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day' } };
    if (key.endsWith('/decision-rules/evaluate')) return { partnershipId: ids.partnerships, decisionType: 'ordinary', attendance: [{ seat: register.officers[0]!.id, attendance: 'present' }], votes: [{ seat: register.officers[0]!.id, vote: 'for' }] };
    if (key.endsWith('/objectives')) return { title: `Probe objective ${sequence}` };
    if (key.endsWith('/objectives/:objectiveId')) return { outcome: `Probe ${sequence}` };
    if (key.endsWith('/indicators')) return { objectiveId: perf.measuredObjective, name: `Probe indicator ${sequence}`, definition: 'Probed', unit: '%', polarity: 'lower', frequency: 'monthly', organisationId: register.council.id };
    if (key.endsWith('/indicators/:indicatorId')) return { dataQuality: `Probe ${sequence}` };
    if (key.endsWith('/measurements')) return { indicatorId: perf.measuredIndicator, periodEnding: '2026-09-30', value: 72.5, attested: true };
    if (key.endsWith('/measurements/:measurementId')) return { commentary: `Probe ${sequence}` };
    if (key.endsWith('/reporting-lines')) return { body: 'partners-boards', frequency: 'six-monthly', firstDueOn: '2026-12-31' };
    if (key.endsWith('/reporting-lines/:reportingLineId')) return { notes: `Probe ${sequence}` };
    if (key.endsWith('/performance-reports')) return { reportingLineId: perf.reportedLine, title: `Probe report ${sequence}`, submittedOn: '2026-10-01' };
    if (key.endsWith('/performance-reports/:reportId')) return { summary: `Probe ${sequence}` };
    if (key.endsWith('/plan-actions')) return { title: `Probe plan action ${sequence}`, ownerId: register.officers[0]!.id, organisationId: register.partners[0]!.id, startsOn: '2026-10-01', dueOn: '2027-06-30' };
    if (key.endsWith('/plan-actions/:planActionId')) return { progress: `Probe ${sequence}` };
    if (key.endsWith('/plan-refreshes')) return { organisationId: register.partners[0]!.id, confirmedBy: `Probe director ${sequence}`, confirmedOn: '2026-10-01' };
    if (key.endsWith('/plan-refreshes/:planRefreshId')) return { notes: `Probe ${sequence}` };
    if (key.endsWith('/risks')) return { title: `Probe risk ${sequence}`, cause: 'Probe cause', event: 'Probe event', consequence: 'Probe consequence', category: 'financial', ownerId: register.officers[0]!.id, organisationId: register.partners[0]!.id, identifiedOn: '2026-10-01', inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 2, residualImpact: 3, response: 'tolerate' };
    if (key.endsWith('/risks/:riskId')) return { status: 'closed' };
    if (key.endsWith('/annual-reviews')) return { reviewedOn: '2026-09-30', addedValue: `Probe value ${sequence}`, recommendation: 'change', reasons: `Probe reasons ${sequence}` };
    if (key.endsWith('/annual-reviews/:annualReviewId')) return { reasons: `Probe ${sequence}` };
    if (key.endsWith('/objective-evaluations')) return { annualReviewId: perf.annualReviewId, objectiveId: perf.objectiveId, finding: 'achieved', evaluation: `Probe ${sequence}` };
    if (key.endsWith('/objective-evaluations/:objectiveEvaluationId')) return { evaluation: `Probe ${sequence}` };
    if (key.endsWith('/contribution-evaluations')) return { annualReviewId: perf.annualReviewId, organisationId: register.partners[0]!.id, evaluation: `Probe ${sequence}` };
    if (key.endsWith('/contribution-evaluations/:contributionEvaluationId')) return { feedbackSentOn: '2026-07-10' };
    if (key.endsWith('/performance-challenges')) return { organisationId: register.partners[0]!.id, raisedBy: `Probe partner ${sequence}`, raisedOn: '2026-10-01', subject: 'added-value', challenge: `Probe challenge ${sequence}` };
    if (key.endsWith('/performance-challenges/:performanceChallengeId')) return { response: `Probe ${sequence}`, answeredOn: '2026-10-02' };
    if (key.endsWith('/performance-issues')) return { title: `Probe issue ${sequence}`, trigger: 'other', ownerId: register.officers[0]!.id, openedOn: '2026-10-01', level: 'sponsoring-officer', actions: `Probe actions ${sequence}` };
    if (key.endsWith('/performance-issues/:performanceIssueId')) return { actions: `Probe ${sequence}` };
    if (key.endsWith('/risk-controls')) return { riskId: perf.reviewedRisk, title: `Probe control ${sequence}`, ownerId: register.officers[0]!.id, effectiveness: 'not-assessed' };
    if (key.endsWith('/risk-controls/:riskControlId')) return { notes: `Probe ${sequence}` };
    if (key.endsWith('/funding-proposals')) return { title: `Probe proposal ${sequence}`, source: 'Probe funder', proposedOn: '2026-06-01' };
    if (key.endsWith('/funding-proposals/:fundingProposalId')) return { notes: `Probe ${sequence}` };
    if (key.endsWith('/risk-reviews')) return { riskId: perf.reviewedRisk, reviewedOn: '2026-10-01', likelihood: 2, impact: 2, reviewedBy: `Probe owner ${sequence}` };
    if (key.endsWith('/risk-reviews/:riskReviewId')) return { notes: `Probe ${sequence}` };
    if (key.endsWith('/actions')) return { title: `Probe action ${sequence}`, ownerId: register.officers[0]!.id, organisationId: register.council.id, dueOn: '2027-03-31' };
    if (key.endsWith('/actions/:actionId')) return { progress: `Probe ${sequence}` };
    if (key.endsWith('/authority')) return { personId: register.officers[0]!.id, decisionType: 'budget', scope: 'up-to', limitPence: 100_000, ratifier: `Probe board ${++sequence}` };
    if (key.endsWith('/authority/:authorityId')) return { ratifier: `Probe board ${++sequence}` };
    if (key.endsWith('/rule-changes')) return { inForceFrom: '2027-05-01', reason: `Probe change ${sequence}` };
    if (key.endsWith('/rule-changes/:changeId')) return { reason: `Probe change ${sequence}` };
    if (key.endsWith('/ratifications')) return { organisationId: register.council.id, ratifiedOn: '2027-03-20', note: `Probe ${sequence}` };
    if (key.endsWith('/forward-plan')) return { title: `Probe planned decision ${++sequence}`, decisionType: 'ordinary', implications: 'policy', plannedOn: '2027-03-18', noticeDays: 28 };
    if (key.endsWith('/forward-plan/:entryId')) return { publishedOn: '2027-01-04' };
    if (key.endsWith('/meetings')) return { title: `Probe board ${sequence}`, meetsOn: '2027-03-18', noticeDays: 5 };
    if (key.endsWith('/meetings/:meetingId')) return { location: `Probe room ${sequence}` };
    if (key.endsWith('/attendance')) return { attendance: { [register.officers[0]!.id]: 'present' } };
    if (key.endsWith('/items')) return { title: `Probe item ${sequence}`, decisionType: 'ordinary' };
    if (key.endsWith('/items/:itemId')) return { title: `Probe item ${sequence}` };
    if (key.endsWith('/declarations')) return { personId: register.officers[0]!.id, kind: 'other', consequence: 'took-part' };
    if (key.endsWith('/vote')) return { mode: 'named', votes: { [register.officers[0]!.id]: 'for' } };
    if (key.endsWith('/told')) return { personIds: [register.officers[0]!.id], toldOn: '2027-03-20', how: 'email' };
    if (key.endsWith('/interests')) return { kind: 'pecuniary', body: `Probe interest ${sequence}`, startsOn: '2026-01-01', sensitive: false };
    if (key.endsWith('/interests/:interestId')) return { details: `Probe ${sequence}` };
    if (key.endsWith('partnerships/:id')) return { purpose: `Probed ${sequence}` };
    if (key.endsWith('/withdrawal')) return { reason: `Probe ${sequence}` };
    // A step a proposed partnership takes with evidence of its own (screening's steps are taken by a screening).
    if (key.endsWith('/transitions')) return { action: 'withdraw', decision: { reason: `Probe ${sequence}` } };
    if (key.endsWith('/business-case')) return { legalPower: `Probe ${sequence}` };
    if (key.endsWith('/governance/:section')) return { status: 'draft', summary: `Probe ${sequence}` };
    if (key === 'PUT /api/v1/risk-matrix') return { likelihood: [...DEFAULT_RISK_MATRIX.likelihood], impact: [...DEFAULT_RISK_MATRIX.impact], bands: DEFAULT_RISK_MATRIX.bands.map((b) => ({ ...b })) };
    if (key.endsWith('/attestations')) return { statement: `Probe ${sequence}`, attestedOn: '2026-01-01' };
    if (key.endsWith('/exceptions')) return { reason: `Probe ${sequence}`, agreedByName: 'Probe', agreedByRole: 'Monitoring Officer', until: '2099-12-31' };
    if (key.endsWith('/screenings')) return { sharedResponsibility: true, wellbeing: ['social'], characteristics: [], exclusions: [], note: `Probe ${sequence}` };
    if (key.endsWith('organisations')) return { name: `Probe Organisation ${ctx.dialect} ${sequence}`, sector: 'other', isThisCouncil: false };
    if (key.endsWith('organisations/:id')) return { contactName: `Probe ${sequence}` };
    if (key.endsWith('people')) return { name: `Probe Person ${sequence}`, organisationId: register.partners[1]!.id };
    return { jobTitle: `Probe ${sequence}` };
  };

  for (const [key, row] of Object.entries(EXPECTED)) {
    const [method, pattern] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
    for (const caller of CALLERS) {
      const expected = row[caller];
      it(`${key} by ${caller}: ${expected}`, async () => {
        const resource = pattern.split('/')[3] as keyof typeof ids;
        // Withdrawing, deleting, taking a lifecycle step and changing its records use the partnership up: each case has one of its own.
        const own = key.endsWith('/withdrawal') || (method === 'DELETE' && resource === 'partnerships') || key === 'POST /api/v1/partnerships/:id/transitions' || key === 'POST /api/v1/partnerships/:id/screenings' || (method !== 'GET' && /\/(partners|representatives|seats|voting-rules|quorum|meetings|actions|forward-plan|authority|rule-changes|objectives|indicators|measurements|reporting-lines|performance-reports|plan-actions|plan-refreshes|performance-issues|performance-challenges|annual-reviews|objective-evaluations|contribution-evaluations|risks|risk-controls|risk-reviews|funding-proposals|termination-provisions|exit-strategy|dissolution-checklist|publication)/.test(key));
        const checklist = key.includes('/dissolution-checklist');
        const id = key.includes('/compliance/')
          ? approved
          : checklist
            ? own && expected === 'ok' ? await exitingPartnership() : ending
            : own ? (await new ApiClient(t.app, contract, tokens.officer).post('/api/v1/partnerships', body('POST /api/v1/partnerships'))).body.id : ids[resource];
        if (own && /\/(seats|voting-rules|quorum|meetings|termination-provisions|exit-strategy|publication)\/|\/authority|\/rule-changes/.test(key)) await decisionRules(id);
        const meeting = own && key.includes('/meetings/')
          ? { ...(await meetingOf(id, key)), actionId: '', entryId: '', authorityId: '', changeId: '', ...NO_PERFORMANCE }
          : own && key.includes('/actions/')
            ? { ...shared, actionId: await actionOf(id) }
            : own && key.includes('/forward-plan/')
              ? { ...shared, entryId: await entryOf(id) }
              : own && key.includes('/authority/')
                ? { ...shared, authorityId: await authorityOf(id) }
                : own && key.includes('/rule-changes/')
                  ? { ...shared, changeId: await ruleChangeOf(id) }
                  : own && /\/(objectives|indicators|measurements|reporting-lines|performance-reports|plan-actions|plan-refreshes|performance-issues|performance-challenges|annual-reviews|objective-evaluations|contribution-evaluations|risks|risk-controls|risk-reviews|funding-proposals)/.test(key)
                    ? { ...shared, ...(await performanceOf(id)) }
                    : shared;
        perf = meeting;
        // A partnership of its own holds a document of its own, for a new version.
        const document =
          pattern.includes(':documentId') && id !== ids.partnerships
            ? ((await new ApiClient(t.app, contract, tokens.officer).upload(`/api/v1/partnerships/${id}/documents`, documentParts('POST /api/v1/partnerships/:id/documents'))).body.id as string)
            : documentId;
        // An interest of its own for each change or removal (removing uses it up).
        const interestId = pattern.includes(':interestId')
          ? (await addInterest(t.deps, SYSTEM, COMMAND_LINE, ids.people, { kind: 'fiduciary', body: `Probe body ${++sequence}`, organisationId: null, role: 'trustee', details: null, startsOn: '2026-01-01', endsOn: null, sensitive: false, sensitiveAgreedBy: null })).id
          : undefined;
        const url = concrete(pattern, id, document, interestId, meeting);
        const token = caller === 'no token' || caller === 'session cookie only' ? null : caller === 'unknown token' ? `accord_${'A'.repeat(43)}` : tokens[caller];
        const client = new ApiClient(t.app, contract, token);
        const headers = caller === 'session cookie only' ? { cookie: sessionCookie } : undefined;
        const before = await writes(ctx.database);
        const res =
          method === 'GET' || method === 'DELETE'
            ? await client.request(method, url, headers ? { headers } : {})
            : await client.request(method, url, sent(key, headers));
        const after = await writes(ctx.database);
        const where = `${key} by ${caller} answered ${res.status}: ${JSON.stringify(res.body ?? null).slice(0, 300)}`;
        if (expected === 'ok') {
          assert.ok([200, 201, 204].includes(res.status), where);
          const unchanged = key === 'PATCH /api/v1/partnerships/:id/representatives/:personId';
          // Checking a decision, or when notice would take effect, computes, and saves nothing.
          if (key === 'POST /api/v1/decision-rules/evaluate' || key.endsWith('/notice/evaluate')) assert.deepEqual(after, before, `${where}: saved nothing`);
          else if (method !== 'GET' && !unchanged) assert.ok(after.audit > before.audit, `${where}: an allowed write is audited`);
          return;
        }
        assert.equal(res.status, expected === 'unauthorized' ? 401 : 403, where);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        if (expected === 'unauthorized') assert.match(String(res.headers['www-authenticate']), /^Bearer realm="accord"/, where);
        assert.deepEqual(after, before, `${where}: a refused request saved nothing`);
      });
    }
  }

  for (const [key, row] of Object.entries(EXPECTED).filter(([k]) => k.split(' ')[1]!.startsWith('/api/v1/partnerships/:id'))) {
    const [method, pattern] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
    it(`${key} for a partnership that does not exist: 404 before the handler, for every caller allowed`, async () => {
      for (const caller of CALLERS.filter((c) => row[c] === 'ok') as Array<keyof typeof tokens>) {
        for (const [id, detail] of [
          ['01890000-0000-7000-8000-00000000dead', 'There is no record with this id.'],
          ['not-an-id', 'There is no record or endpoint at this address.'],
        ] as const) {
          const url = concrete(pattern, id);
          const before = await writes(ctx.database);
          t.reached.length = 0;
          const client = new ApiClient(t.app, contract, tokens[caller]);
          const res = method === 'GET' || method === 'DELETE' ? await client.request(method, url) : await client.request(method, url, sent(key));
          const where = `${method} ${url} by ${caller} answered ${res.status}`;
          assert.equal(res.status, 404, where);
          assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', where);
          assert.equal(res.body.detail, detail, where);
          assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
          assert.deepEqual(await writes(ctx.database), before, `${where}: saved nothing`);
        }
      }
    });
  }

  // IDOR: a partner representative's token, for a partnership that exists but is not theirs: 404 as for
  // one that does not exist (its existence is not theirs to learn), before the handler, saving nothing.
  for (const [key] of Object.entries(EXPECTED).filter(([k, r]) => k.split(' ')[1]!.startsWith('/api/v1/partnerships/:id') && r['partner-representative'] === 'ok')) {
    const [method, pattern] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
    it(`${key} for someone else’s partnership, by a partner representative: 404 before the handler`, async () => {
      const url = concrete(pattern, othersPartnership);
      const before = await writes(ctx.database);
      t.reached.length = 0;
      const client = new ApiClient(t.app, contract, tokens['partner-representative']);
      const res = method === 'GET' || method === 'DELETE' ? await client.request(method, url) : await client.request(method, url, sent(key));
      const where = `${method} ${url} answered ${res.status}`;
      assert.equal(res.status, 404, where);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', where);
      assert.equal(res.body.detail, 'There is no record with this id.', where);
      assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
      assert.deepEqual(await writes(ctx.database), before, `${where}: saved nothing`);
    });
  }

  // a sponsoring officer's token, for a partnership they are not part of: read, but its records
  // not changed (403: they may see it exists), before the handler, saving nothing.
  for (const [key, row] of Object.entries(EXPECTED).filter(([k, r]) => k.split(' ')[1]!.startsWith('/api/v1/partnerships/:id') && r[SO] === 'ok')) {
    const [method, pattern] = key.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string];
    const keeping = row === partnershipKeepers || row === submitters;
    it(`${key} for a partnership they do not sponsor, by a sponsoring officer: ${keeping ? '403 before the handler' : 'read'}`, async () => {
      const url = concrete(pattern, othersPartnership);
      const before = await writes(ctx.database);
      t.reached.length = 0;
      const client = new ApiClient(t.app, contract, tokens[SO]);
      const res = method === 'GET' || method === 'DELETE' ? await client.request(method, url) : await client.request(method, url, sent(key));
      const where = `${method} ${url} answered ${res.status}`;
      if (!keeping) {
        assert.ok(res.status !== 403 && res.status < 500, where);
        return;
      }
      assert.equal(res.status, 403, where);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', where);
      assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
      assert.deepEqual(await writes(ctx.database), before, `${where}: saved nothing`);
    });
  }

  it('refuses a revoked token with 401 and WWW-Authenticate error="invalid_token"', async () => {
    const made = await userWithToken(t.deps, 'officer');
    const client = new ApiClient(t.app, contract, made.token);
    assert.equal((await client.get('/api/v1/partnerships')).status, 200);
    await revokeOwnApiToken(t.deps, SYSTEM, { userId: made.user.id, tokenId: made.tokenId });
    const res = await client.get('/api/v1/partnerships');
    assert.equal(res.status, 401);
    assert.equal(res.headers['www-authenticate'], 'Bearer realm="accord", error="invalid_token"');
    const before = await writes(ctx.database);
    assert.equal((await client.post('/api/v1/partnerships', partnershipBody(register))).status, 401);
    assert.deepEqual(await writes(ctx.database), before);
  });

  it('refuses a deactivated user’s token with 401, and the token works again only if they are reactivated', async () => {
    const made = await userWithToken(t.deps, 'officer');
    const client = new ApiClient(t.app, contract, made.token);
    assert.equal((await client.get('/api/v1/people')).status, 200);
    await updateUser(t.deps, SYSTEM, made.user.id, { email: made.user.email, name: made.user.name, role: 'officer', active: false });
    assert.equal((await client.get('/api/v1/people')).status, 401);
    const before = await writes(ctx.database);
    assert.equal((await client.post('/api/v1/organisations', { name: 'Deactivated Org', sector: 'other', isThisCouncil: false })).status, 401);
    assert.deepEqual(await writes(ctx.database), before);
    await updateUser(t.deps, SYSTEM, made.user.id, { email: made.user.email, name: made.user.name, role: 'officer', active: true });
    assert.equal((await client.get('/api/v1/people')).status, 200);
  });

  it('acts with the user’s current role: an officer made internal audit can read but no longer write', async () => {
    const made = await userWithToken(t.deps, 'officer');
    const client = new ApiClient(t.app, contract, made.token);
    assert.equal((await client.patch(`/api/v1/people/${ids.people}`, { jobTitle: 'Before the change' })).status, 200);
    await updateUser(t.deps, SYSTEM, made.user.id, { email: made.user.email, name: made.user.name, role: 'auditor', active: true });
    assert.equal((await client.get(`/api/v1/people/${ids.people}`)).status, 200);
    const before = await writes(ctx.database);
    const res = await client.patch(`/api/v1/people/${ids.people}`, { jobTitle: 'After the change' });
    assert.equal(res.status, 403);
    assert.deepEqual(await writes(ctx.database), before);
    assert.equal((await client.get(`/api/v1/people/${ids.people}`)).body.jobTitle, 'Before the change');
  });

  it('refuses every malformed Authorization header with 401, and accepts the scheme in any case', async () => {
    const good = tokens.officer;
    for (const header of [
      `Basic ${Buffer.from('officer:password').toString('base64')}`,
      'Bearer',
      'Bearer ',
      `Bearer ${good} extra`,
      `Bearer ${good.slice(0, -1)}`,
      `Bearer ${good}x`,
      `Token ${good}`,
      `Bearer ${good.replace('accord_', 'other_')}`,
      `Bearer ${'a'.repeat(5000)}`,
      `Bearer accord_${'<script>'.repeat(5)}`,
      `Bearer ${good},Bearer ${good}`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/partnerships', headers: { authorization: header } });
      assert.equal(res.statusCode, 401, header.slice(0, 60));
      assert.match(String(res.headers['www-authenticate']), /^Bearer realm="accord"/);
    }
    for (const header of [`bearer ${good}`, `BEARER ${good}`, `Bearer  ${good} `]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/partnerships', headers: { authorization: header } });
      assert.equal(res.statusCode, 200, header.slice(0, 12));
    }
  });

  it('stores a token only as its SHA-256: the token itself is nowhere in the database', async () => {
    const made = await userWithToken(t.deps, 'officer');
    const row = await ctx.database.db.selectFrom('api_tokens').selectAll().where('id', '=', made.tokenId).executeTakeFirstOrThrow();
    assert.equal(row.token_hash, createHash('sha256').update(made.token).digest('hex'));
    assert.match(made.token, /^accord_[A-Za-z0-9_-]{43}$/);
    const secret = made.token.slice('accord_'.length);
    const tokensTable = JSON.stringify(await ctx.database.db.selectFrom('api_tokens').selectAll().execute());
    const audit = JSON.stringify(await ctx.database.db.selectFrom('audit_events').selectAll().execute());
    assert.ok(!tokensTable.includes(secret), 'not in api_tokens');
    assert.ok(!audit.includes(secret), 'not in the audit trail');
  });

  it('records when a token was last used', async () => {
    const made = await userWithToken(t.deps, 'auditor');
    const lastUsed = async () => (await ctx.database.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', made.tokenId).executeTakeFirstOrThrow()).last_used_at;
    assert.equal(await lastUsed(), null);
    await new ApiClient(t.app, contract, made.token).get('/api/v1/organisations');
    assert.ok(await lastUsed());
  });

  it('ignores a session cookie even beside a token: the token alone decides', async () => {
    const auditor = new ApiClient(t.app, contract, tokens.auditor);
    const res = await auditor.request('POST', '/api/v1/organisations', { body: { name: 'Cookie Borrowed', sector: 'other', isThisCouncil: false }, headers: { cookie: sessionCookie } });
    assert.equal(res.status, 403, 'the administrator’s session cookie lends the auditor’s token nothing');
  });

  it('does not look a session cookie up, so an API call does not keep that session alive', async () => {
    const lastSeen = async () => (await ctx.database.db.selectFrom('sessions').select(['id_hash', 'last_seen_at']).execute());
    const twoMinutesAgo = new Date(Date.now() - 120_000).toISOString();
    await ctx.database.db.updateTable('sessions').set({ last_seen_at: twoMinutesAgo }).execute();
    const before = await lastSeen();
    assert.ok(before.length > 0, 'the browser’s session exists');
    const res = await new ApiClient(t.app, contract, tokens.auditor).request('GET', '/api/v1/organisations', { headers: { cookie: sessionCookie } });
    assert.equal(res.status, 200);
    assert.deepEqual(await lastSeen(), before, 'last seen as it was: the page would have marked it seen now');
  });
});

// Authorization, route by role. The expectations below are written out by hand, on purpose: they are
// not derived from roles.ts, so this test fails when the code grants or refuses the wrong thing.
// Every registered route must be in the table and every route in the table must exist.
//
// Outcomes, precisely:
//   'ok'        the request passed the access check and the CSRF check and reached the route's
//               handler (a probe hook placed after both records it); whatever the handler answered
//               (200, a 303 of its own, 400 for a form error, 404 for /setup once set up, 429) is
//               its business, but never 401/403, never a 5xx, never the sign-in redirect below.
//   'sign-in'   refused before the handler with 303 to /sign-in?returnTo=<the path, encoded> for a
//               GET, /sign-in?returnTo=%2F for anything else.
//   'forbidden' refused before the handler with 403 and the "no permission" page.
// A refused POST (sent with a valid CSRF token and a body that would succeed) changes nothing:
// the row counts of users, sessions, audit_events and sign_in_throttle are unchanged.
//
// Path parameters get real ids (PARAMETERS): the record of that kind, so a reached handler does its
// real work. Every route under a partnership is scoped (src/web/plugins/partnership-scope.ts): a
// request that reaches its handler carries the partnership of its address, and one for a partnership
// that does not exist is answered 404 before the handler, for every role the route allows. A
// state-changing request under a partnership gets a partnership of its own (withdrawing or deleting
// uses it up).
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import { matrixToForm } from '../../src/web/features/risk-matrix/risk-matrix.form.ts';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { ROLES, type Role } from '../../src/domain/access/roles.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { Client, type Form } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, partnershipDetails, PASSWORD, personDetails, signedIn } from '../helpers/factories.ts';
import { startObservedApp, type ObservedApp } from '../helpers/observed-app.ts';
import { quickSession } from '../helpers/quick-session.ts';
import { rowCounts, type RowCounts } from '../helpers/rows.ts';
import { seedRegister, type Register } from './api-helpers.ts';

type Who = 'anonymous' | Role;
type Outcome = 'ok' | 'sign-in' | 'forbidden';
type Row = Record<Who, Outcome>;

const WHO: readonly Who[] = ['anonymous', 'administrator', 'officer', 'sponsoring-officer', 'councillor', 'scrutiny', 'monitoring-officer', 'auditor', 'partner-representative'];
const REP = 'partner-representative' as const;
const SO = 'sponsoring-officer' as const;
/** The council's members and statutory officers who read the register and its directories, and change nothing. */
const COUNCIL_READERS = ['councillor', 'scrutiny', 'monitoring-officer'] as const;
const as = (outcome: Outcome, roles: readonly Role[]): Partial<Row> => Object.fromEntries(roles.map((r) => [r, outcome]));

// The partner representative is linked to a person of the probed partnerships' partner, and the sponsoring
// officer to the person who is their sponsoring officer: each probed partnership is theirs.
const everyone: Row = { anonymous: 'ok', administrator: 'ok', officer: 'ok', [SO]: 'ok', ...as('ok', COUNCIL_READERS), auditor: 'ok', [REP]: 'ok' } as Row;
const signedInOnly: Row = { ...everyone, anonymous: 'sign-in' };
const readers: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'forbidden', [SO]: 'forbidden', ...as('forbidden', COUNCIL_READERS), auditor: 'ok', [REP]: 'forbidden' } as Row;
const administrators: Row = { ...readers, auditor: 'forbidden' };
const registerReaders: Row = signedInOnly;
/** Registering partnerships and keeping the directories: a sponsoring officer's grant reaches only their partnerships. */
const registerKeepers: Row = { ...administrators, officer: 'ok' };
/** Keeping one partnership's records: its sponsoring officer too (the probed partnership is theirs). */
const partnershipKeepers: Row = { ...registerKeepers, [SO]: 'ok' };
/** R-2.9: a measurement is added by the keepers and by a partner's representative (for the indicators it supplies). */
const submitters: Row = { ...partnershipKeepers, [REP]: 'ok' };
/** R-2.13: people's registers of interests: whoever keeps the register, and the monitoring officer. */
const interestKeepers: Row = { ...registerKeepers, 'monitoring-officer': 'ok' };
// The council's directories (organisations, people, priorities): its own staff, not a partner's.
const directoryReaders: Row = { ...registerReaders, [REP]: 'forbidden' };

const EXPECTED: Readonly<Record<string, Row>> = {
  'GET /health/live': everyone,
  'GET /health/ready': everyone,
  'GET /static/:name': everyone,
  'GET /accessibility': everyone,
  'GET /setup': everyone, // 404 from the handler once a user exists
  'POST /setup': everyone, // likewise
  'GET /sign-in': everyone,
  'POST /sign-in': everyone,
  'POST /sign-out': signedInOnly,
  // Single sign-on (issue 10): for anyone; with no OIDC_ISSUER (as here) the handler's own 404.
  'GET /sign-in/sso': everyone,
  'GET /sign-in/sso/callback': everyone,
  'GET /sign-in/sso/signed-out': everyone,
  // Forgotten your password (issue 10): for anyone; with no SMTP_URL the page says to ask an administrator.
  'GET /forgot-password': everyone,
  'POST /forgot-password': everyone,
  'GET /reset-password/:token': everyone, // a link never sent: the handler's own 404
  'POST /reset-password/:token': everyone,
  // Invitations (issue 10): officers and administrators invite a partner's person; the link is for anyone.
  'GET /invitation/:token': everyone, // a link never sent: the handler's own 404
  'POST /invitation/:token': everyone,
  'GET /': everyone, // the handler sends anonymous visitors to /sign-in itself
  'GET /users': readers,
  'GET /users/new': administrators,
  'POST /users': administrators,
  'GET /users/:id': readers,
  'GET /users/:id/edit': administrators,
  'POST /users/:id': administrators,
  'GET /users/:id/password': administrators,
  'POST /users/:id/password': administrators,
  'GET /account': signedInOnly,
  // Two-factor sign-in (issue 10): the code after a password is anyone's page (no session yet, a cookie
  // names the waiting sign-in); your own set-up is any signed-in user's; a reset is an administrator's.
  'GET /sign-in/two-factor': everyone,
  'POST /sign-in/two-factor': everyone,
  'GET /account/two-factor': signedInOnly,
  'POST /account/two-factor/start': signedInOnly,
  'GET /account/two-factor/set-up': signedInOnly,
  'POST /account/two-factor/set-up': signedInOnly,
  'GET /account/two-factor/recovery-codes': signedInOnly,
  'POST /account/two-factor/recovery-codes': signedInOnly,
  'GET /account/two-factor/turn-off': signedInOnly,
  'POST /account/two-factor/turn-off': signedInOnly,
  'GET /users/:id/two-factor/reset': administrators,
  'POST /users/:id/two-factor/reset': administrators,
  'GET /account/password': signedInOnly,
  'POST /account/password': signedInOnly,
  // Your own API tokens (any role may make them; a token acts with its user's role).
  'GET /account/tokens': signedInOnly,
  // R-2.8g a user's calendar link, and the feed it opens (the link is the key: anyone, with it).
  'GET /account/calendar': signedInOnly,
  'POST /account/calendar': signedInOnly,
  'POST /account/calendar/stop': signedInOnly,
  'GET /calendar/:token.ics': everyone,
  'GET /partnerships/:id/meetings.ics': registerReaders,
  'GET /partnerships/:id/meetings/:meetingId/papers.pdf': registerReaders,
  'GET /account/tokens/new': signedInOnly,
  'POST /account/tokens': signedInOnly,
  'GET /account/tokens/:id/revoke': signedInOnly, // a user's id here, not a token's: the handler's own 404
  'POST /account/tokens/:id/revoke': signedInOnly,
  // The API's description is public; /api/v1 takes bearer tokens, not sessions: its own table is in api-auth.test.ts.
  'GET /api/openapi.json': everyone,
  'GET /api/docs': everyone,
  'GET /audit': readers,
  // The filtered audit trail as CSV and XLSX (R-2.6.10, R-2.6.11): whoever reads the trail.
  'GET /audit/export.csv': readers,
  'GET /audit/export.xlsx': readers,
  // The partnership register: everyone signed in reads it (a partner representative their own partnerships); officers and administrators keep it.
  'GET /partnerships': registerReaders,
  'GET /partnerships/new': registerKeepers,
  'POST /partnerships': registerKeepers,
  'GET /partnerships/:id': registerReaders,
  'GET /partnerships/:id/edit': partnershipKeepers,
  'POST /partnerships/:id': partnershipKeepers,
  // Withdrawing a partnership entered by mistake: whoever keeps the register. Deleting: administrators alone.
  'GET /partnerships/:id/withdraw': partnershipKeepers,
  'POST /partnerships/:id/withdraw': partnershipKeepers,
  // The lifecycle (R-APPROVE): everyone signed in reads it; whoever keeps the register takes its steps.
  'GET /partnerships/:id/history': registerReaders,
  'GET /partnerships/:id/lifecycle': registerReaders,
  'GET /partnerships/:id/transitions/:action': partnershipKeepers,
  'POST /partnerships/:id/transitions/:action': partnershipKeepers,
  // R-1.1, R-1.2, R-2.2: screening's pages.
  'GET /partnerships/:id/screening': registerReaders,
  'GET /partnerships/:id/screening/questions/:question': partnershipKeepers,
  'POST /partnerships/:id/screening/questions/:question': partnershipKeepers,
  'GET /partnerships/:id/screening/check': partnershipKeepers,
  'POST /partnerships/:id/screening/check': partnershipKeepers,
  'GET /partnerships/:id/screening/:screeningId': registerReaders,
  // R-2.5a, R-A1.1, R-A1.2, R-2.6.3: the assessment and business case.
  'GET /partnerships/:id/business-case': registerReaders,
  'GET /partnerships/:id/business-case/edit': partnershipKeepers,
  'POST /partnerships/:id/business-case/edit': partnershipKeepers,
  // R-2.7, R-A1.4–R-A1.6: the governance framework and running arrangements.
  'GET /partnerships/:id/governance': registerReaders,
  'GET /partnerships/:id/governance/:section': partnershipKeepers,
  'POST /partnerships/:id/governance/:section': partnershipKeepers,
  // Issue 9: the Compliance tab, read by whoever reads the register; attestations and exceptions recorded by officers and administrators.
  'GET /partnerships/:id/compliance': registerReaders,
  'GET /partnerships/:id/compliance/:requirementId/attest': partnershipKeepers,
  'POST /partnerships/:id/compliance/:requirementId/attest': partnershipKeepers,
  'GET /partnerships/:id/compliance/:requirementId/exception': partnershipKeepers,
  'POST /partnerships/:id/compliance/:requirementId/exception': partnershipKeepers,
  // R-2.7doc, R-2.7(n): documents; internal audit downloads, officers and administrators upload.
  'GET /partnerships/:id/documents': registerReaders,
  'GET /partnerships/:id/documents/new': partnershipKeepers,
  'POST /partnerships/:id/documents/new': partnershipKeepers,
  'GET /partnerships/:id/documents/:documentId': registerReaders,
  'GET /partnerships/:id/documents/:documentId/versions/new': partnershipKeepers,
  'POST /partnerships/:id/documents/:documentId/versions/new': partnershipKeepers,
  'GET /partnerships/:id/documents/:documentId/versions/:n/download': registerReaders,
  // A partnership's partners and council representatives (R-1.1, R-2.16), each a record of its own.
  'GET /partnerships/:id/partners': registerReaders,
  'GET /partnerships/:id/partners/new': partnershipKeepers,
  'POST /partnerships/:id/partners': partnershipKeepers,
  'GET /partnerships/:id/partners/:organisationId': registerReaders,
  'GET /partnerships/:id/partners/:organisationId/edit': partnershipKeepers,
  'POST /partnerships/:id/partners/:organisationId': partnershipKeepers,
  'GET /partnerships/:id/partners/:organisationId/remove': partnershipKeepers,
  'POST /partnerships/:id/partners/:organisationId/remove': partnershipKeepers,
  'GET /partnerships/:id/representatives': registerReaders,
  'GET /partnerships/:id/representatives/new': partnershipKeepers,
  'POST /partnerships/:id/representatives': partnershipKeepers,
  'GET /partnerships/:id/representatives/:personId': registerReaders,
  'GET /partnerships/:id/representatives/:personId/edit': partnershipKeepers,
  'POST /partnerships/:id/representatives/:personId': partnershipKeepers,
  'GET /partnerships/:id/representatives/:personId/remove': partnershipKeepers,
  'POST /partnerships/:id/representatives/:personId/remove': partnershipKeepers,
  // R-2.8a, R-2.8b its decision rules: member seats, voting rules and quorum conditions, each a record of its own;
  // the Decision making page and Check a decision (which saves nothing) for whoever reads the register.
  ...Object.fromEntries(
    [
      ['seats', 'personId'],
      ['voting-rules', 'decisionType'],
      ['quorum', 'kind'],
    ].flatMap(([segment, key]) => [
      [`GET /partnerships/:id/${segment}`, registerReaders],
      [`GET /partnerships/:id/${segment}/new`, partnershipKeepers],
      [`POST /partnerships/:id/${segment}`, partnershipKeepers],
      [`GET /partnerships/:id/${segment}/:${key}`, registerReaders],
      [`GET /partnerships/:id/${segment}/:${key}/edit`, partnershipKeepers],
      [`POST /partnerships/:id/${segment}/:${key}`, partnershipKeepers],
      [`GET /partnerships/:id/${segment}/:${key}/remove`, partnershipKeepers],
      [`POST /partnerships/:id/${segment}/:${key}/remove`, partnershipKeepers],
    ]),
  ),
  // R-2.8g meetings, a record of their own keyed by an id, and what each holds: attendance, agenda items,
  // declarations (R-2.13) and votes (R-2.8a): read by whoever reads the register, kept by its keepers.
  'GET /partnerships/:id/meetings': registerReaders,
  'GET /partnerships/:id/meetings/new': partnershipKeepers,
  'POST /partnerships/:id/meetings': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId': registerReaders,
  'GET /partnerships/:id/meetings/:meetingId/edit': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/remove': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/remove': partnershipKeepers,
  // R-2.8d the actions arising, a record of their own keyed by an id.
  'GET /partnerships/:id/actions': registerReaders,
  'GET /partnerships/:id/actions/new': partnershipKeepers,
  'POST /partnerships/:id/actions': partnershipKeepers,
  'GET /partnerships/:id/actions/:actionId': registerReaders,
  'GET /partnerships/:id/actions/:actionId/edit': partnershipKeepers,
  'POST /partnerships/:id/actions/:actionId': partnershipKeepers,
  'GET /partnerships/:id/actions/:actionId/remove': partnershipKeepers,
  'POST /partnerships/:id/actions/:actionId/remove': partnershipKeepers,
  // R-2.8f the forward plan, a record of its own keyed by an id.
  'GET /partnerships/:id/forward-plan': registerReaders,
  'GET /partnerships/:id/forward-plan/new': partnershipKeepers,
  'POST /partnerships/:id/forward-plan': partnershipKeepers,
  'GET /partnerships/:id/forward-plan/:entryId': registerReaders,
  'GET /partnerships/:id/forward-plan/:entryId/edit': partnershipKeepers,
  'POST /partnerships/:id/forward-plan/:entryId': partnershipKeepers,
  'GET /partnerships/:id/forward-plan/:entryId/remove': partnershipKeepers,
  'POST /partnerships/:id/forward-plan/:entryId/remove': partnershipKeepers,
  // R-2.8e representatives' authority, a record of its own keyed by an id, under Decision making.
  'GET /partnerships/:id/authority': registerReaders,
  'GET /partnerships/:id/authority/new': partnershipKeepers,
  'POST /partnerships/:id/authority': partnershipKeepers,
  'GET /partnerships/:id/authority/:authorityId': registerReaders,
  'GET /partnerships/:id/authority/:authorityId/edit': partnershipKeepers,
  'POST /partnerships/:id/authority/:authorityId': partnershipKeepers,
  'GET /partnerships/:id/authority/:authorityId/remove': partnershipKeepers,
  'POST /partnerships/:id/authority/:authorityId/remove': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/attendance': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/attendance': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/new': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId': registerReaders,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/edit': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/remove': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/remove': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/declarations/new': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/declarations': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId/remove': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId/remove': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/vote': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/vote': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/vote/clear': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/told': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/told': partnershipKeepers,
  'GET /partnerships/:id/meetings/:meetingId/items/:itemId/ratify': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/ratify': partnershipKeepers,
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/vote/clear': partnershipKeepers,
  'GET /partnerships/:id/decision-making': registerReaders,
  'GET /partnerships/:id/decision-making/check': registerReaders,
  'POST /partnerships/:id/decision-making/check': registerReaders,
  'GET /partnerships/:id/decision-making/changes/new': partnershipKeepers,
  'POST /partnerships/:id/decision-making/changes': partnershipKeepers,
  'GET /partnerships/:id/decision-making/changes/:changeId': registerReaders,
  'GET /partnerships/:id/decision-making/changes/:changeId/edit': partnershipKeepers,
  'POST /partnerships/:id/decision-making/changes/:changeId/edit': partnershipKeepers,
  'GET /partnerships/:id/delete': administrators,
  'POST /partnerships/:id/delete': administrators,
  'GET /partnerships/export.csv': registerReaders, // exporting is reading: internal audit may
  'GET /partnerships/export.xlsx': registerReaders,
  // Organisations and people: read by the council's roles, kept by officers and administrators.
  'GET /organisations': directoryReaders,
  'GET /organisations/new': registerKeepers,
  'POST /organisations': registerKeepers,
  'GET /organisations/:id': directoryReaders,
  'GET /organisations/export.csv': directoryReaders, // exporting is reading (R-2.6.11)
  'GET /organisations/export.xlsx': directoryReaders,
  'GET /organisations/:id/edit': registerKeepers,
  'POST /organisations/:id': registerKeepers,
  'GET /people': directoryReaders,
  'GET /people/new': registerKeepers,
  'POST /people': registerKeepers,
  'GET /people/:id': directoryReaders,
  'GET /people/export.csv': directoryReaders,
  'GET /people/export.xlsx': directoryReaders,
  'GET /people/:id/edit': registerKeepers,
  'POST /people/:id': registerKeepers,
  // Inviting a partner's person to sign in (issue 10): whoever keeps the register; internal audit only reads.
  // R-2.13 registers of interests: kept by the monitoring officer, officers and administrators.
  'GET /people/:id/interests/new': interestKeepers,
  'POST /people/:id/interests': interestKeepers,
  'GET /people/:id/interests/:interestId/edit': interestKeepers,
  'POST /people/:id/interests/:interestId': interestKeepers,
  'GET /people/:id/interests/:interestId/remove': interestKeepers,
  'POST /people/:id/interests/:interestId/remove': interestKeepers,
  'GET /people/:id/invite': registerKeepers,
  'POST /people/:id/invite': registerKeepers,
  // Corporate priorities (R-2.5b): the council's roles read them; administrators alone keep them.
  'GET /priorities': directoryReaders,
  'GET /priorities/new': administrators,
  'POST /priorities': administrators,
  'GET /priorities/:id': directoryReaders,
  'GET /priorities/:id/edit': administrators,
  'POST /priorities/:id': administrators,
  // The protocol configuration in force, read-only: administrators, and internal audit who reads everything.
  'GET /admin/protocol-configuration': readers,
  'GET /admin/protocol-configuration.json': readers,
  // R-2.6.8 the council's risk matrix: read as the configuration is; set by administrators alone.
  'GET /admin/risk-matrix': readers,
  'GET /admin/risk-matrix/edit': administrators,
  'POST /admin/risk-matrix': administrators,
  // R-2.9 the council-wide compliance dashboard and its downloads (R-2.6.11): whoever reads the register.
  'GET /compliance': registerReaders,
  'GET /compliance/export.csv': registerReaders,
  'GET /compliance/export.xlsx': registerReaders,
  // R-2.8a the decisions register, one partnership's and the council's, and their downloads (R-2.6.11): whoever reads the partnership's meetings.
  'GET /partnerships/:id/decisions': registerReaders,
  'GET /partnerships/:id/decisions.csv': registerReaders,
  'GET /partnerships/:id/decisions.xlsx': registerReaders,
  // R-A1.3, R-2.9 performance: the partnership's page, the council's view and its downloads, and the three kinds of record.
  'GET /partnerships/:id/performance': registerReaders,
  'GET /partnerships/:id/action-plan.csv': registerReaders,
  'GET /partnerships/:id/action-plan.xlsx': registerReaders,
  'GET /performance': registerReaders,
  'GET /performance.csv': registerReaders,
  'GET /performance.xlsx': registerReaders,
  'GET /performance/measurements.csv': registerReaders,
  'GET /performance/measurements.xlsx': registerReaders,
  'GET /risks': registerReaders,
  'GET /risks.csv': registerReaders,
  'GET /risks.xlsx': registerReaders,
  // What's due: one's own for everyone signed in; across the partnerships for administrators, sponsoring officers and internal audit.
  'GET /due': signedInOnly,
  'GET /due/council': { ...readers, [SO]: 'ok' },
  'GET /partnerships/:id/objectives': registerReaders,
  'GET /partnerships/:id/objectives/new': partnershipKeepers,
  'POST /partnerships/:id/objectives': partnershipKeepers,
  'GET /partnerships/:id/objectives/:objectiveId': registerReaders,
  'GET /partnerships/:id/objectives/:objectiveId/edit': partnershipKeepers,
  'POST /partnerships/:id/objectives/:objectiveId': partnershipKeepers,
  'GET /partnerships/:id/objectives/:objectiveId/remove': partnershipKeepers,
  'POST /partnerships/:id/objectives/:objectiveId/remove': partnershipKeepers,
  'GET /partnerships/:id/indicators': registerReaders,
  'GET /partnerships/:id/indicators/new': partnershipKeepers,
  'POST /partnerships/:id/indicators': partnershipKeepers,
  'GET /partnerships/:id/indicators/:indicatorId': registerReaders,
  'GET /partnerships/:id/indicators/:indicatorId/edit': partnershipKeepers,
  'POST /partnerships/:id/indicators/:indicatorId': partnershipKeepers,
  'GET /partnerships/:id/indicators/:indicatorId/remove': partnershipKeepers,
  'POST /partnerships/:id/indicators/:indicatorId/remove': partnershipKeepers,
  'GET /partnerships/:id/measurements': registerReaders,
  'GET /partnerships/:id/measurements/new': submitters,
  'POST /partnerships/:id/measurements': submitters,
  'GET /partnerships/:id/measurements/:measurementId': registerReaders,
  'GET /partnerships/:id/measurements/:measurementId/edit': partnershipKeepers,
  'POST /partnerships/:id/measurements/:measurementId': partnershipKeepers,
  'GET /partnerships/:id/measurements/:measurementId/remove': partnershipKeepers,
  'POST /partnerships/:id/measurements/:measurementId/remove': partnershipKeepers,
  // R-2.6.2, R-2.6.12 reporting: its lines and the reports submitted on them.
  'GET /partnerships/:id/reporting-lines': registerReaders,
  'GET /partnerships/:id/reporting-lines/new': partnershipKeepers,
  'POST /partnerships/:id/reporting-lines': partnershipKeepers,
  'GET /partnerships/:id/reporting-lines/:reportingLineId': registerReaders,
  'GET /partnerships/:id/reporting-lines/:reportingLineId/edit': partnershipKeepers,
  'POST /partnerships/:id/reporting-lines/:reportingLineId': partnershipKeepers,
  'GET /partnerships/:id/reporting-lines/:reportingLineId/remove': partnershipKeepers,
  'POST /partnerships/:id/reporting-lines/:reportingLineId/remove': partnershipKeepers,
  'GET /partnerships/:id/performance-reports': registerReaders,
  'GET /partnerships/:id/performance-reports/new': partnershipKeepers,
  'POST /partnerships/:id/performance-reports': partnershipKeepers,
  'GET /partnerships/:id/performance-reports/:reportId': registerReaders,
  'GET /partnerships/:id/performance-reports/:reportId/edit': partnershipKeepers,
  'POST /partnerships/:id/performance-reports/:reportId': partnershipKeepers,
  'GET /partnerships/:id/performance-reports/:reportId/remove': partnershipKeepers,
  'POST /partnerships/:id/performance-reports/:reportId/remove': partnershipKeepers,
  'GET /partnerships/:id/plan-actions': registerReaders,
  'GET /partnerships/:id/plan-actions/new': partnershipKeepers,
  'POST /partnerships/:id/plan-actions': partnershipKeepers,
  'GET /partnerships/:id/plan-actions/:planActionId': registerReaders,
  'GET /partnerships/:id/plan-actions/:planActionId/edit': partnershipKeepers,
  'POST /partnerships/:id/plan-actions/:planActionId': partnershipKeepers,
  'GET /partnerships/:id/plan-actions/:planActionId/remove': partnershipKeepers,
  'POST /partnerships/:id/plan-actions/:planActionId/remove': partnershipKeepers,
  'GET /partnerships/:id/plan-refreshes': registerReaders,
  'GET /partnerships/:id/plan-refreshes/new': partnershipKeepers,
  'POST /partnerships/:id/plan-refreshes': partnershipKeepers,
  'GET /partnerships/:id/plan-refreshes/:planRefreshId': registerReaders,
  'GET /partnerships/:id/plan-refreshes/:planRefreshId/edit': partnershipKeepers,
  'POST /partnerships/:id/plan-refreshes/:planRefreshId': partnershipKeepers,
  'GET /partnerships/:id/plan-refreshes/:planRefreshId/remove': partnershipKeepers,
  'POST /partnerships/:id/plan-refreshes/:planRefreshId/remove': partnershipKeepers,
  'GET /partnerships/:id/performance-issues': registerReaders,
  'GET /partnerships/:id/performance-issues/new': partnershipKeepers,
  'POST /partnerships/:id/performance-issues': partnershipKeepers,
  'GET /partnerships/:id/performance-issues/:performanceIssueId': registerReaders,
  'GET /partnerships/:id/performance-issues/:performanceIssueId/edit': partnershipKeepers,
  'POST /partnerships/:id/performance-issues/:performanceIssueId': partnershipKeepers,
  'GET /partnerships/:id/performance-issues/:performanceIssueId/remove': partnershipKeepers,
  'POST /partnerships/:id/performance-issues/:performanceIssueId/remove': partnershipKeepers,
  'GET /partnerships/:id/performance-challenges': registerReaders,
  'GET /partnerships/:id/performance-challenges/new': submitters,
  'POST /partnerships/:id/performance-challenges': submitters,
  'GET /partnerships/:id/performance-challenges/:performanceChallengeId': registerReaders,
  'GET /partnerships/:id/performance-challenges/:performanceChallengeId/edit': partnershipKeepers,
  'POST /partnerships/:id/performance-challenges/:performanceChallengeId': partnershipKeepers,
  'GET /partnerships/:id/performance-challenges/:performanceChallengeId/remove': partnershipKeepers,
  'POST /partnerships/:id/performance-challenges/:performanceChallengeId/remove': partnershipKeepers,
  'GET /partnerships/:id/annual-reviews': registerReaders,
  'GET /partnerships/:id/annual-reviews/new': partnershipKeepers,
  'POST /partnerships/:id/annual-reviews': partnershipKeepers,
  'GET /partnerships/:id/annual-reviews/:annualReviewId': registerReaders,
  'GET /partnerships/:id/annual-reviews/:annualReviewId/edit': partnershipKeepers,
  'POST /partnerships/:id/annual-reviews/:annualReviewId': partnershipKeepers,
  'GET /partnerships/:id/annual-reviews/:annualReviewId/remove': partnershipKeepers,
  'POST /partnerships/:id/annual-reviews/:annualReviewId/remove': partnershipKeepers,
  'GET /partnerships/:id/objective-evaluations': registerReaders,
  'GET /partnerships/:id/objective-evaluations/new': partnershipKeepers,
  'POST /partnerships/:id/objective-evaluations': partnershipKeepers,
  'GET /partnerships/:id/objective-evaluations/:objectiveEvaluationId': registerReaders,
  'GET /partnerships/:id/objective-evaluations/:objectiveEvaluationId/edit': partnershipKeepers,
  'POST /partnerships/:id/objective-evaluations/:objectiveEvaluationId': partnershipKeepers,
  'GET /partnerships/:id/objective-evaluations/:objectiveEvaluationId/remove': partnershipKeepers,
  'POST /partnerships/:id/objective-evaluations/:objectiveEvaluationId/remove': partnershipKeepers,
  'GET /partnerships/:id/contribution-evaluations': registerReaders,
  'GET /partnerships/:id/contribution-evaluations/new': partnershipKeepers,
  'POST /partnerships/:id/contribution-evaluations': partnershipKeepers,
  'GET /partnerships/:id/contribution-evaluations/:contributionEvaluationId': registerReaders,
  'GET /partnerships/:id/contribution-evaluations/:contributionEvaluationId/edit': partnershipKeepers,
  'POST /partnerships/:id/contribution-evaluations/:contributionEvaluationId': partnershipKeepers,
  'GET /partnerships/:id/contribution-evaluations/:contributionEvaluationId/remove': partnershipKeepers,
  'POST /partnerships/:id/contribution-evaluations/:contributionEvaluationId/remove': partnershipKeepers,
  'GET /partnerships/:id/annual-reviews/:annualReviewId/review.pdf': registerReaders,
  'GET /partnerships/:id/risks': registerReaders,
  'GET /partnerships/:id/risks/new': partnershipKeepers,
  'POST /partnerships/:id/risks': partnershipKeepers,
  'GET /partnerships/:id/risks/:riskId': registerReaders,
  'GET /partnerships/:id/risks/:riskId/edit': partnershipKeepers,
  'POST /partnerships/:id/risks/:riskId': partnershipKeepers,
  'GET /partnerships/:id/risks/:riskId/remove': partnershipKeepers,
  'POST /partnerships/:id/risks/:riskId/remove': partnershipKeepers,
  'GET /partnerships/:id/risk-controls': registerReaders,
  'GET /partnerships/:id/risk-controls/new': partnershipKeepers,
  'POST /partnerships/:id/risk-controls': partnershipKeepers,
  'GET /partnerships/:id/risk-controls/:riskControlId': registerReaders,
  'GET /partnerships/:id/risk-controls/:riskControlId/edit': partnershipKeepers,
  'POST /partnerships/:id/risk-controls/:riskControlId': partnershipKeepers,
  'GET /partnerships/:id/risk-controls/:riskControlId/remove': partnershipKeepers,
  'POST /partnerships/:id/risk-controls/:riskControlId/remove': partnershipKeepers,
  // Protocol 2.4(h) funding proposals and their risk assessments: read as the partnership is, kept as its records are.
  'GET /partnerships/:id/funding-proposals': registerReaders,
  'GET /partnerships/:id/funding-proposals/new': partnershipKeepers,
  'POST /partnerships/:id/funding-proposals': partnershipKeepers,
  'GET /partnerships/:id/funding-proposals/:fundingProposalId': registerReaders,
  'GET /partnerships/:id/funding-proposals/:fundingProposalId/edit': partnershipKeepers,
  'POST /partnerships/:id/funding-proposals/:fundingProposalId': partnershipKeepers,
  'GET /partnerships/:id/funding-proposals/:fundingProposalId/remove': partnershipKeepers,
  'POST /partnerships/:id/funding-proposals/:fundingProposalId/remove': partnershipKeepers,
  // R-2.14: the Exit page (its calculation saves nothing, so its readers may run it), the termination provisions and the exit strategy, kept as the partnership's records are.
  'GET /partnerships/:id/exit': registerReaders,
  'POST /partnerships/:id/exit': registerReaders,
  'GET /partnerships/:id/termination-provisions': registerReaders,
  'GET /partnerships/:id/termination-provisions/new': partnershipKeepers,
  'POST /partnerships/:id/termination-provisions': partnershipKeepers,
  'GET /partnerships/:id/termination-provisions/:party': registerReaders,
  'GET /partnerships/:id/termination-provisions/:party/edit': partnershipKeepers,
  'POST /partnerships/:id/termination-provisions/:party': partnershipKeepers,
  'GET /partnerships/:id/termination-provisions/:party/remove': partnershipKeepers,
  'POST /partnerships/:id/termination-provisions/:party/remove': partnershipKeepers,
  'GET /partnerships/:id/exit-strategy': registerReaders,
  'GET /partnerships/:id/exit-strategy/new': partnershipKeepers,
  'POST /partnerships/:id/exit-strategy': partnershipKeepers,
  'GET /partnerships/:id/exit-strategy/:topic': registerReaders,
  'GET /partnerships/:id/exit-strategy/:topic/edit': partnershipKeepers,
  'POST /partnerships/:id/exit-strategy/:topic': partnershipKeepers,
  'GET /partnerships/:id/exit-strategy/:topic/remove': partnershipKeepers,
  'POST /partnerships/:id/exit-strategy/:topic/remove': partnershipKeepers,
  'GET /partnerships/:id/dissolution-checklist': registerReaders,
  'GET /partnerships/:id/dissolution-checklist/new': partnershipKeepers,
  'POST /partnerships/:id/dissolution-checklist': partnershipKeepers,
  'GET /partnerships/:id/dissolution-checklist/:item': registerReaders,
  'GET /partnerships/:id/dissolution-checklist/:item/edit': partnershipKeepers,
  'POST /partnerships/:id/dissolution-checklist/:item': partnershipKeepers,
  'GET /partnerships/:id/dissolution-checklist/:item/remove': partnershipKeepers,
  'POST /partnerships/:id/dissolution-checklist/:item/remove': partnershipKeepers,
  // R-2.6.10: the council's decision to publish a partnership: read by whoever reads it, made by its keepers.
  'GET /partnerships/:id/publication': registerReaders,
  'GET /partnerships/:id/publication/new': partnershipKeepers,
  'POST /partnerships/:id/publication': partnershipKeepers,
  'GET /partnerships/:id/publication/:register': registerReaders,
  'GET /partnerships/:id/publication/:register/edit': partnershipKeepers,
  'POST /partnerships/:id/publication/:register': partnershipKeepers,
  'GET /partnerships/:id/publication/:register/remove': partnershipKeepers,
  'POST /partnerships/:id/publication/:register/remove': partnershipKeepers,
  // R-2.6.10: the public register and its open data, for anyone, signed in or not.
  'GET /public': everyone,
  'GET /public/partnerships/:reference': everyone, // none published here: the handler's own 404
  'GET /public/open-data': everyone,
  'GET /public/open-data/partnerships.csv': everyone,
  'GET /public/open-data/partnerships.xlsx': everyone,
  'GET /public/open-data/partnerships.json': everyone,
  'GET /partnerships/:id/risk-reviews': registerReaders,
  'GET /partnerships/:id/risk-reviews/new': partnershipKeepers,
  'POST /partnerships/:id/risk-reviews': partnershipKeepers,
  'GET /partnerships/:id/risk-reviews/:riskReviewId': registerReaders,
  'GET /partnerships/:id/risk-reviews/:riskReviewId/edit': partnershipKeepers,
  'POST /partnerships/:id/risk-reviews/:riskReviewId': partnershipKeepers,
  'GET /partnerships/:id/risk-reviews/:riskReviewId/remove': partnershipKeepers,
  'POST /partnerships/:id/risk-reviews/:riskReviewId/remove': partnershipKeepers,
  'GET /decisions': registerReaders,
  'GET /decisions.csv': registerReaders,
  'GET /decisions.xlsx': registerReaders,
};

let sequence = 0;
const unique = () => `${Date.now()}-${(sequence += 1)}`;

/** A body that would succeed for whoever is allowed, so only authorization can stop it. */
const BODIES: Readonly<Record<string, (target: User) => Form>> = {
  'POST /setup': () => ({ name: 'Eve Early', email: `eve.${unique()}@example.gov.uk`, password: 'long enough password', confirmPassword: 'long enough password' }),
  'POST /sign-in': () => ({ email: `nobody.${unique()}@example.gov.uk`, password: 'not the password at all' }),
  'POST /sign-out': () => ({}),
  'POST /forgot-password': () => ({ email: `someone.${unique()}@example.gov.uk` }),
  'POST /reset-password/:token': () => ({ newPassword: 'lantern orchard velvet 2026', confirmPassword: 'lantern orchard velvet 2026' }),
  'POST /invitation/:token': () => ({ newPassword: 'lantern orchard velvet 2026', confirmPassword: 'lantern orchard velvet 2026' }),
  'POST /people/:id/invite': () => ({}),
  // Nothing answered: refused at its fields (400), nothing kept; an interest that does not exist (404, after authorization).
  'POST /people/:id/interests': () => ({}),
  'POST /people/:id/interests/:interestId': () => ({}),
  'POST /people/:id/interests/:interestId/remove': () => ({}),
  'POST /users': () => ({ name: 'New Person', email: `new.${unique()}@example.gov.uk`, role: 'officer', password: 'long enough password' }),
  'POST /users/:id': (target) => ({ name: `Target renamed ${unique()}`, email: target.email, role: 'officer', active: 'yes' }),
  'POST /users/:id/password': () => ({ password: 'another long password', confirmPassword: 'another long password' }),
  // The same password again: allowed, and leaves each role's user able to sign in afterwards.
  'POST /account/password': () => ({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }),
  'POST /account/tokens': () => ({ name: `Token ${unique()}` }),
  'POST /account/calendar': () => ({}),
  'POST /account/calendar/stop': () => ({}),
  'POST /sign-in/two-factor': () => ({ code: '123456' }),
  'POST /account/two-factor/start': () => ({}),
  'POST /account/two-factor/set-up': () => ({ code: '123456' }),
  'POST /account/two-factor/recovery-codes': () => ({ code: '123456' }),
  'POST /account/two-factor/turn-off': () => ({ password: PASSWORD }),
  'POST /users/:id/two-factor/reset': () => ({}),
  'POST /account/tokens/:id/revoke': () => ({}),
  'POST /partnerships': () => ({ name: `Partnership ${unique()}`, purpose: 'Joint working' }),
  'POST /partnerships/:id': () => ({ name: `Partnership ${unique()}`, purpose: 'Joint working' }),
  'POST /partnerships/:id/withdraw': () => ({ reason: 'Entered by mistake' }),
  'POST /partnerships/:id/transitions/:action': () => ({ note: 'Probe' }),
  'POST /partnerships/:id/screening/questions/:question': () => ({ sharedResponsibility: 'yes' }),
  // Nothing answered yet, so Check your answers refuses (400) and records nothing.
  'POST /partnerships/:id/screening/check': () => ({}),
  'POST /partnerships/:id/business-case/edit': () => ({ legalPower: `Probe ${unique()}` }),
  'POST /partnerships/:id/governance/:section': () => ({ status: 'draft', summary: `Probe ${unique()}` }),
  // A form post with no file: refused (400) at the file field, nothing kept (the upload itself is documents.test.ts's).
  'POST /partnerships/:id/documents/new': () => ({ title: `Probe ${unique()}` }),
  // Nothing written: refused at the statement and the reason (400), nothing kept (recording one is compliance.test.ts's).
  'POST /partnerships/:id/compliance/:requirementId/attest': () => ({}),
  'POST /partnerships/:id/compliance/:requirementId/exception': () => ({}),
  'POST /partnerships/:id/documents/:documentId/versions/new': () => ({}),
  'POST /partnerships/:id/delete': () => ({}),
  // No organisation or person chosen, so adding answers 400; changing succeeds; removing the only other partner is refused (R-1.1, 400).
  'POST /partnerships/:id/partners': () => ({ role: 'member', memberStatus: 'voting' }),
  'POST /partnerships/:id/partners/:organisationId': () => ({ role: 'member', memberStatus: 'non-voting' }),
  'POST /partnerships/:id/partners/:organisationId/remove': () => ({}),
  'POST /partnerships/:id/representatives': () => ({ capacity: 'officer' }),
  'POST /partnerships/:id/representatives/:personId': () => ({ capacity: 'officer' }),
  'POST /partnerships/:id/representatives/:personId/remove': () => ({}),
  // No member chosen, so adding a seat answers 400; a rule or condition adds (201); changing and removing find none (404).
  'POST /partnerships/:id/seats': () => ({ status: 'voting', weight: '1' }),
  'POST /partnerships/:id/seats/:personId': () => ({ status: 'voting', weight: '1' }),
  'POST /partnerships/:id/seats/:personId/remove': () => ({}),
  'POST /partnerships/:id/voting-rules': () => ({ decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' }),
  'POST /partnerships/:id/voting-rules/:decisionType': () => ({ method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' }),
  'POST /partnerships/:id/voting-rules/:decisionType/remove': () => ({}),
  'POST /partnerships/:id/quorum': () => ({ kind: 'number', members: '3' }),
  'POST /partnerships/:id/quorum/:kind': () => ({ members: '3' }),
  'POST /partnerships/:id/quorum/:kind/remove': () => ({}),
  // A meeting with no name answers 400; the probed partnership has no meetings, so the rest find none (404).
  'POST /partnerships/:id/meetings': () => ({ noticeDays: '5' }),
  'POST /partnerships/:id/meetings/:meetingId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/meetings/:meetingId/remove': () => ({}),
  // An action with no owner answers 400; the probed partnership has none, so the rest find none (404).
  // An objective, indicator or measurement with a field missing answers 400; the probed partnership has none, so the rest find none (404).
  'POST /partnerships/:id/objectives': () => ({ title: `Probe ${unique()}`, name: `Probe ${unique()}` }),
  'POST /partnerships/:id/objectives/:objectiveId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/objectives/:objectiveId/remove': () => ({}),
  'POST /partnerships/:id/indicators': () => ({ title: `Probe ${unique()}`, name: `Probe ${unique()}` }),
  'POST /partnerships/:id/indicators/:indicatorId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/indicators/:indicatorId/remove': () => ({}),
  'POST /partnerships/:id/measurements': () => ({ title: `Probe ${unique()}`, name: `Probe ${unique()}` }),
  'POST /partnerships/:id/measurements/:measurementId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/measurements/:measurementId/remove': () => ({}),
  // A reporting line or report with a field missing answers 400; the probed partnership has none, so the rest find none (404).
  'POST /partnerships/:id/reporting-lines': () => ({ bodyName: `Probe ${unique()}` }),
  'POST /partnerships/:id/reporting-lines/:reportingLineId': () => ({ bodyName: `Probe ${unique()}` }),
  'POST /partnerships/:id/reporting-lines/:reportingLineId/remove': () => ({}),
  'POST /partnerships/:id/performance-reports': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-reports/:reportId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-reports/:reportId/remove': () => ({}),
  // An action of the plan or a refresh with a field missing answers 400; the probed partnership has none, so the rest find none (404).
  'POST /partnerships/:id/plan-actions': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/plan-actions/:planActionId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/plan-actions/:planActionId/remove': () => ({}),
  'POST /partnerships/:id/plan-refreshes': () => ({ confirmedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/plan-refreshes/:planRefreshId': () => ({ confirmedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/plan-refreshes/:planRefreshId/remove': () => ({}),
  // A risk or a review with a field missing answers 400; the probed partnership has none, so the rest find none (404).
  'POST /partnerships/:id/risks': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/risks/:riskId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/risks/:riskId/remove': () => ({}),
  'POST /partnerships/:id/performance-issues': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-issues/:performanceIssueId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-issues/:performanceIssueId/remove': () => ({}),
  'POST /partnerships/:id/performance-challenges': () => ({ raisedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-challenges/:performanceChallengeId': () => ({ raisedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/performance-challenges/:performanceChallengeId/remove': () => ({}),
  'POST /partnerships/:id/annual-reviews': () => ({ reasons: `Probe ${unique()}` }),
  'POST /partnerships/:id/annual-reviews/:annualReviewId': () => ({ reasons: `Probe ${unique()}` }),
  'POST /partnerships/:id/annual-reviews/:annualReviewId/remove': () => ({}),
  'POST /partnerships/:id/objective-evaluations': () => ({ evaluation: `Probe ${unique()}` }),
  'POST /partnerships/:id/objective-evaluations/:objectiveEvaluationId': () => ({ evaluation: `Probe ${unique()}` }),
  'POST /partnerships/:id/objective-evaluations/:objectiveEvaluationId/remove': () => ({}),
  'POST /partnerships/:id/contribution-evaluations': () => ({ evaluation: `Probe ${unique()}` }),
  'POST /partnerships/:id/contribution-evaluations/:contributionEvaluationId': () => ({ evaluation: `Probe ${unique()}` }),
  'POST /partnerships/:id/contribution-evaluations/:contributionEvaluationId/remove': () => ({}),
  'POST /partnerships/:id/risk-controls': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/risk-controls/:riskControlId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/risk-controls/:riskControlId/remove': () => ({}),
  'POST /partnerships/:id/funding-proposals': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/funding-proposals/:fundingProposalId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/funding-proposals/:fundingProposalId/remove': () => ({}),
  'POST /partnerships/:id/exit': () => ({ 'servedOn-day': '15', 'servedOn-month': '1', 'servedOn-year': '2027' }),
  'POST /partnerships/:id/termination-provisions': () => ({ party: 'council', noticeLength: '3', noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day' }),
  'POST /partnerships/:id/termination-provisions/:party': () => ({ whoMayShorten: `Probe ${unique()}` }),
  'POST /partnerships/:id/termination-provisions/:party/remove': () => ({}),
  'POST /partnerships/:id/exit-strategy': () => ({ topic: 'staff', arrangement: `Probe ${unique()}` }),
  'POST /partnerships/:id/exit-strategy/:topic': () => ({ arrangement: `Probe ${unique()}` }),
  'POST /partnerships/:id/exit-strategy/:topic/remove': () => ({}),
  // R-2.14: refused at its box (the probed partnership is not exiting) for whoever is let in.
  'POST /partnerships/:id/dissolution-checklist': () => ({ item: 'notice', outcome: 'done', 'completedOn-day': '1', 'completedOn-month': '12', 'completedOn-year': '2026' }),
  'POST /partnerships/:id/dissolution-checklist/:item': () => ({ note: `Probe ${unique()}` }),
  'POST /partnerships/:id/dissolution-checklist/:item/remove': () => ({}),
  'POST /partnerships/:id/publication': () => ({ register: 'public-register', 'publishedOn-day': '1', 'publishedOn-month': '12', 'publishedOn-year': '2026' }),
  'POST /partnerships/:id/publication/:register': () => ({ summary: `Probe ${unique()}`, 'publishedOn-day': '1', 'publishedOn-month': '12', 'publishedOn-year': '2026' }),
  'POST /partnerships/:id/publication/:register/remove': () => ({}),
  'POST /partnerships/:id/risk-reviews': () => ({ reviewedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/risk-reviews/:riskReviewId': () => ({ reviewedBy: `Probe ${unique()}` }),
  'POST /partnerships/:id/risk-reviews/:riskReviewId/remove': () => ({}),
  'POST /partnerships/:id/actions': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/actions/:actionId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/actions/:actionId/remove': () => ({}),
  'POST /partnerships/:id/forward-plan': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/forward-plan/:entryId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/forward-plan/:entryId/remove': () => ({}),
  'POST /partnerships/:id/meetings/:meetingId/attendance': () => ({}),
  'POST /partnerships/:id/meetings/:meetingId/items': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId': () => ({ title: `Probe ${unique()}` }),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/remove': () => ({}),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/declarations': () => ({ kind: 'other' }),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/declarations/:personId/remove': () => ({}),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/vote': () => ({ mode: 'named' }),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/vote/clear': () => ({}),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/told': () => ({ how: 'email' }),
  'POST /partnerships/:id/meetings/:meetingId/items/:itemId/ratify': () => ({ note: 'Probe' }),
  'POST /partnerships/:id/authority': () => ({ ratifier: `Probe ${unique()}` }),
  'POST /partnerships/:id/authority/:authorityId': () => ({ ratifier: `Probe ${unique()}` }),
  'POST /partnerships/:id/authority/:authorityId/remove': () => ({}),
  // With no seats recorded, the check of a decision has nothing to count but answers (200), saving nothing.
  'POST /partnerships/:id/decision-making/check': () => ({ decisionType: 'ordinary', mode: 'named', consensusReached: 'no', castingVote: 'none', lot: 'not-drawn' }),
  // R-2.7(n): the probed partnership has no rules to change (400); a change that does not exist (404), after authorization.
  'POST /partnerships/:id/decision-making/changes': () => ({ reason: 'Probe' }),
  'POST /partnerships/:id/decision-making/changes/:changeId/edit': () => ({ reason: 'Probe' }),
  'POST /organisations': () => ({ name: `Organisation ${unique()}`, sector: 'vcse', isThisCouncil: 'no' }),
  'POST /organisations/:id': () => ({ name: `Organisation ${unique()}`, sector: 'vcse', isThisCouncil: 'no' }),
  // No organisation exists here, so the handler answers 400; authorization alone decides before it.
  'POST /people': () => ({ name: `Person ${unique()}`, organisationId: '01890000-0000-7000-8000-000000000000' }),
  'POST /people/:id': () => ({ name: `Person ${unique()}`, organisationId: '01890000-0000-7000-8000-000000000000' }),
  'POST /priorities': () => ({ title: `Priority ${unique()}`, description: '', active: 'yes' }),
  // The council's default matrix, as its form posts it: it fits whatever risks the cases have scored.
  'POST /admin/risk-matrix': () => matrixToForm(DEFAULT_RISK_MATRIX),
  'POST /priorities/:id': () => ({ title: `Priority ${unique()}`, description: '', active: 'yes' }),
};

/** What the records a request's address names are: the ones made in before(). */
interface Fixtures {
  target: User;
  asset: string;
  register: Register;
  partnershipId: string;
  /** A partnership the partner representative's organisation is not in. */
  othersPartnershipId: string;
}

/** The value of each path parameter; `:id` is a record of the kind its address names. */
const PARAMETERS: Readonly<Record<string, (f: Fixtures, url: string) => string>> = {
  id: (f, url) => {
    if (url.startsWith('/partnerships/')) return f.partnershipId;
    if (url.startsWith('/organisations/')) return f.register.partners[0]!.id;
    if (url.startsWith('/people/')) return f.register.officers[0]!.id;
    if (url.startsWith('/priorities/')) return f.register.priorities[0]!.id;
    return f.target.id;
  },
  name: (f) => f.asset,
  // A reset link never sent (its pages answer 404, after authorization).
  token: () => 'A'.repeat(43),
  // A lifecycle step a new (proposed) partnership can take, so an allowed POST takes it.
  action: () => 'screen-in',
  // The first screening question; a screening that does not exist (its page answers 404, after authorization).
  question: () => 'shared-responsibility',
  screeningId: () => '01890000-0000-7000-8000-000000000000',
  // The partnership's partner other than the council, and its council representative (newPartnership).
  organisationId: (f) => f.register.partners[0]!.id,
  personId: (f) => f.register.officers[0]!.id,
  // R-2.7: the first of the framework's elements.
  section: () => 'element-a',
  // An interest that does not exist (its pages answer 404, after authorization).
  interestId: () => '01890000-0000-7000-8000-000000000000',
  // R-2.8a, R-2.8b: a type of decision and a kind of quorum condition (the probed partnership has none: 404 after authorization).
  decisionType: () => 'ordinary',
  kind: () => 'number',
  // R-2.14: every partner's notice and the first topic of the exit strategy (the probed partnership has neither: 404 after authorization).
  party: () => 'every-partner',
  topic: () => 'surpluses',
  // R-2.14: an item of the dissolution checklist (none closed on the probed partnership: 404 after authorization).
  item: () => 'notice',
  // R-2.6.10: the one register (the probed partnership is not published: 404 after authorization), and a reference published nowhere.
  register: () => 'public-register',
  reference: () => 'P-1999-001',
  // A document that does not exist (its pages answer 404, after authorization), and its first version.
  documentId: () => '01890000-0000-7000-8000-000000000000',
  n: () => '1',
  // R-2.8g: a meeting and an agenda item that do not exist (their pages answer 404, after authorization).
  meetingId: () => '01890000-0000-7000-8000-000000000000',
  itemId: () => '01890000-0000-7000-8000-000000000000',
  actionId: () => '01890000-0000-7000-8000-000000000000',
  objectiveId: () => '01890000-0000-7000-8000-000000000000',
  indicatorId: () => '01890000-0000-7000-8000-000000000000',
  measurementId: () => '01890000-0000-7000-8000-000000000000',
  reportingLineId: () => '01890000-0000-7000-8000-000000000000',
  reportId: () => '01890000-0000-7000-8000-000000000000',
  planActionId: () => '01890000-0000-7000-8000-000000000000',
  planRefreshId: () => '01890000-0000-7000-8000-000000000000',
  riskId: () => '01890000-0000-7000-8000-000000000000',
  riskReviewId: () => '01890000-0000-7000-8000-000000000000',
  riskControlId: () => '01890000-0000-7000-8000-000000000000',
  fundingProposalId: () => '01890000-0000-7000-8000-000000000000',
  performanceIssueId: () => '01890000-0000-7000-8000-000000000000',
  performanceChallengeId: () => '01890000-0000-7000-8000-000000000000',
  annualReviewId: () => '01890000-0000-7000-8000-000000000000',
  objectiveEvaluationId: () => '01890000-0000-7000-8000-000000000000',
  contributionEvaluationId: () => '01890000-0000-7000-8000-000000000000',
  entryId: () => '01890000-0000-7000-8000-000000000000',
  authorityId: () => '01890000-0000-7000-8000-000000000000',
  changeId: () => '01890000-0000-7000-8000-000000000000',
  // An attested requirement (it does not apply to a proposed partnership yet: its pages answer 409, after authorization).
  requirementId: () => 'R-2.13',
};

/** The route's address with every parameter filled in; a parameter with no value above fails, naming it. */
function concrete(url: string, f: Fixtures): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = PARAMETERS[name];
    assert.ok(value, `no value for the path parameter :${name} of ${url}: add it to PARAMETERS`);
    return value(f, url);
  });
}

const underPartnership = (url: string) => url.startsWith('/partnerships/:id');
/** A well-formed id of no partnership. */
const UNKNOWN_ID = '01890000-0000-7000-8000-00000000dead';

function describeResponse(res: LightMyRequestResponse): string {
  return `${res.statusCode}${res.headers.location ? ` → ${res.headers.location}` : ''}`;
}

forEachDatabase('authorization by route and role', (ctx) => {
  let t: ObservedApp;
  let target: User;
  let fixtures: Fixtures;
  const users = {} as Record<Role, User>;
  let sponsorId = '';
  const shared = {} as Record<Who, Client>;

  before(async () => {
    t = await startObservedApp(ctx.database);
    for (const role of ROLES) users[role] = await makeUser(t.deps, role);
    target = await makeUser(t.deps, 'officer', { name: 'Target Person' });
    const register = await seedRegister(t.deps);
    // The representative works for the partner of every probed partnership (newPartnership).
    await createPerson(t.deps, SYSTEM, personDetails('Rep Resentative', register.partners[0]!.id, { userId: users[REP].id }));
    // The sponsoring officer of every probed partnership (newPartnership), a Head of Service of the council.
    sponsorId = (await createPerson(t.deps, SYSTEM, personDetails('Sonia Sponsor', register.council.id, { jobTitle: 'Head of Service', councilRole: 'officer', userId: users[SO].id }))).id;
    shared.anonymous = new Client(t.app);
    for (const role of ROLES) shared[role] = await signedIn(t.app, users[role]);
    const home = await shared.administrator.get('/');
    const asset = /href="\/static\/([^"]+\.css)"/.exec(home.body)?.[1] ?? '';
    assert.ok(asset, 'the layout links a stylesheet under /static/');
    fixtures = { target, asset, register, partnershipId: await newPartnership(register), othersPartnershipId: await othersPartnership(register) };
  });

  const newPartnership = async (register: Register) => {
    const partners = [
      { organisationId: register.council.id, role: 'lead' as const, memberStatus: 'voting' as const },
      { organisationId: register.partners[0]!.id, role: 'member' as const, memberStatus: 'voting' as const },
    ];
    const representatives = [{ personId: register.officers[0]!.id, capacity: 'officer' as const }];
    return (await createPartnership(t.deps, SYSTEM, partnershipDetails({ name: `Probed partnership ${unique()}`, partners, representatives, sponsoringOfficerId: sponsorId }))).id;
  };
  /** A partnership the representative's organisation is not a partner in. */
  const othersPartnership = async (register: Register) => {
    const partners = [
      { organisationId: register.council.id, role: 'lead' as const, memberStatus: 'voting' as const },
      { organisationId: register.partners[1]!.id, role: 'member' as const, memberStatus: 'voting' as const },
    ];
    return (await createPartnership(t.deps, SYSTEM, partnershipDetails({ name: `Someone else’s partnership ${unique()}`, partners }))).id;
  };
  after(() => t.close());

  it('covers every registered route, and only those', () => {
    const registered = t.app.routeDeclarations.filter((r) => !r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !(k in EXPECTED));
    const stale = Object.keys(EXPECTED).filter((k) => !registered.includes(k));
    assert.deepEqual(missing, [], `routes with no expectation in the table (add them): ${missing.join(', ')}`);
    assert.deepEqual(stale, [], `routes in the table that are not registered: ${stale.join(', ')}`);
    const bodiless = registered.filter((k) => !k.startsWith('GET ') && !(k in BODIES));
    assert.deepEqual(bodiless, [], `state-changing routes with no body in BODIES: ${bodiless.join(', ')}`);
  });

  for (const [key, row] of Object.entries(EXPECTED)) {
    const [method, url] = key.split(' ') as [string, string];
    for (const who of WHO) {
      const expected = row[who];
      it(`${key} as ${who}: ${expected}`, async () => {
        const own = method !== 'GET' && underPartnership(url);
        const f = own ? { ...fixtures, partnershipId: await newPartnership(fixtures.register) } : fixtures;
        const path = concrete(url, f);
        let res: LightMyRequestResponse;
        let counts: { before: RowCounts; after: RowCounts } | undefined;
        t.reached.length = 0;
        if (method === 'GET') {
          res = await shared[who].get(path);
        } else {
          // A fresh session per state-changing request: signing out or a password change stays local.
          const client = who === 'anonymous' ? new Client(t.app) : await quickSession(t.app, ctx.database, users[who]);
          await client.get(who === 'anonymous' ? '/sign-in' : '/account');
          const before = await rowCounts(ctx.database);
          t.reached.length = 0;
          res = await client.post(path, BODIES[key]!(target));
          counts = { before, after: await rowCounts(ctx.database) };
          // A password change signs the user out elsewhere: the shared session starts afresh.
          if (who !== 'anonymous') shared[who] = await quickSession(t.app, ctx.database, users[who]);
        }
        const visit = t.reached.find((r) => r.route === key);
        const reached = visit !== undefined;
        const where = `${key} as ${who} answered ${describeResponse(res)}`;
        assert.ok(res.statusCode < 500, where);

        if (expected === 'ok') {
          assert.ok(reached, `${where}: expected to reach the handler`);
          assert.ok(![401, 403].includes(res.statusCode), where);
          assert.doesNotMatch(String(res.headers.location ?? ''), /^\/sign-in\?returnTo=/, where);
          if (method !== 'GET') assert.ok([200, 303, 400, 404, 429].includes(res.statusCode), where);
          assert.equal(visit.partnershipId, underPartnership(url) ? f.partnershipId : null, `${where}: the partnership the scope hook set`);
          return;
        }

        assert.ok(!reached, `${where}: must be refused before the handler`);
        if (expected === 'sign-in') {
          assert.equal(res.statusCode, 303, where);
          assert.equal(res.headers.location, `/sign-in?returnTo=${encodeURIComponent(method === 'GET' ? path : '/')}`, where);
        } else {
          assert.equal(res.statusCode, 403, where);
          assert.match(res.body, /You do not have permission to see this page/, where);
        }
        if (counts) assert.deepEqual(counts.after, counts.before, `${where}: a refused request changed nothing`);
      });
    }
  }

  it('scopes every route under a partnership, pages and API alike, by the partnership in its address', () => {
    const declared = t.app.routeDeclarations;
    // Any parameter straight after /partnerships/ means a partnership: it must be :id, the one the hook reads.
    const underAny = declared.filter((r) => /^(\/api\/v1)?\/partnerships\/:/.test(r.url));
    assert.ok(underAny.some((r) => r.url.startsWith('/api/')) && underAny.some((r) => !r.url.startsWith('/api/')), 'pages and API operations under a partnership');
    const misnamed = underAny.filter((r) => !/^(\/api\/v1)?\/partnerships\/:id(\/|$)/.test(r.url)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(misnamed, [], 'routes under a partnership whose parameter is not :id (the scope hook would not see them)');
    const unscoped = underAny.filter((r) => r.scope !== 'partnership').map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(unscoped, [], 'routes under a partnership that the scope hook does not check');
    const strays = declared.filter((r) => r.scope !== null && !underAny.includes(r)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(strays, [], 'routes scoped to a partnership that are not under one');
  });

  for (const [key, row] of Object.entries(EXPECTED).filter(([k]) => underPartnership(k.split(' ')[1]!))) {
    const [method, url] = key.split(' ') as [string, string];
    it(`${key} for a partnership that does not exist: 404 before the handler, for every role allowed`, async () => {
      for (const who of WHO.filter((w) => row[w] === 'ok')) {
        for (const id of [UNKNOWN_ID, 'not-an-id']) {
          const path = concrete(url, { ...fixtures, partnershipId: id });
          const client = who === 'anonymous' ? new Client(t.app) : await quickSession(t.app, ctx.database, users[who as Role]);
          await client.get(who === 'anonymous' ? '/sign-in' : '/account');
          const before = await rowCounts(ctx.database);
          t.reached.length = 0;
          const res = method === 'GET' ? await client.get(path) : await client.post(path, BODIES[key]!(target));
          const where = `${method} ${path} as ${who} answered ${describeResponse(res)}`;
          assert.equal(res.statusCode, 404, where);
          assert.match(res.body, /Page not found/, where);
          assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
          assert.deepEqual(await rowCounts(ctx.database), before, `${where}: nothing changed`);
        }
      }
    });
  }

  // R-2.16: a sponsoring officer reads every partnership but keeps only their own: another's records are
  // refused (403: they may see it exists) before the handler, and nothing changes; reading it works.
  for (const [key, row] of Object.entries(EXPECTED).filter(([k, r]) => underPartnership(k.split(' ')[1]!) && r[SO] === 'ok')) {
    const [method, url] = key.split(' ') as [string, string];
    const keeping = row === partnershipKeepers || row === submitters;
    it(`${key} for a partnership they do not sponsor, as a sponsoring officer: ${keeping ? '403 before the handler' : 'read'}`, async () => {
      const path = concrete(url, { ...fixtures, partnershipId: fixtures.othersPartnershipId });
      const client = await quickSession(t.app, ctx.database, users[SO]);
      await client.get('/account');
      const before = await rowCounts(ctx.database);
      t.reached.length = 0;
      const res = method === 'GET' ? await client.get(path) : await client.post(path, BODIES[key]!(target));
      const where = `${method} ${path} answered ${describeResponse(res)}`;
      if (keeping) {
        assert.equal(res.statusCode, 403, where);
        assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
        assert.deepEqual(await rowCounts(ctx.database), before, `${where}: nothing changed`);
      } else {
        // Reached, and answered by the handler (its own 404 where the probed record is not this partnership's).
        assert.ok(res.statusCode !== 403 && res.statusCode < 500, where);
        assert.ok(t.reached.some((r) => r.route === key), `${where}: reached the handler`);
      }
    });
  }

  // IDOR: the same route, for a partnership that exists but is not theirs, is answered 404 (not 403: whether
  // it exists is not theirs to learn) before the handler, and changes nothing.
  for (const [key] of Object.entries(EXPECTED).filter(([k, r]) => underPartnership(k.split(' ')[1]!) && r[REP] === 'ok')) {
    const [method, url] = key.split(' ') as [string, string];
    it(`${key} for someone else’s partnership, as a partner representative: 404 before the handler`, async () => {
      const path = concrete(url, { ...fixtures, partnershipId: fixtures.othersPartnershipId });
      const client = await quickSession(t.app, ctx.database, users[REP]);
      await client.get('/account');
      const before = await rowCounts(ctx.database);
      t.reached.length = 0;
      const res = method === 'GET' ? await client.get(path) : await client.post(path, BODIES[key]!(target));
      const where = `${method} ${path} answered ${describeResponse(res)}`;
      assert.equal(res.statusCode, 404, where);
      assert.match(res.body, /Page not found/, where);
      assert.deepEqual(t.reached, [], `${where}: refused before the handler`);
      assert.deepEqual(await rowCounts(ctx.database), before, `${where}: nothing changed`);
    });
  }

  it('lets an allowed POST do its work: an administrator adds a user, an auditor cannot', async () => {
    const admin = await signedIn(t.app, users.administrator);
    await admin.get('/users/new');
    const res = await admin.post('/users', { name: 'Proof Person', email: `proof.${unique()}@example.gov.uk`, role: 'auditor', password: 'long enough password' });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/users\/[0-9a-f-]{36}$/);
    const page = await shared.auditor.get(String(res.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Proof Person/);
  });
});

// buildApp(deps): the whole web application, without listening. One setup function per concern,
// in the order a request meets them: request id → security headers → cookies → session → access → CSRF
// → the partnership scope.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { proxyTrust, type Config } from '../config.ts';
import { systemClock, uuidIds, type AppDeps, type Clock, type Ids } from '../app/deps.ts';
import type { AuditKey } from '../app/audit-chain.ts';
import type { ProtocolConfig } from '../domain/protocol-config/schema.ts';
import type { Database } from '../db/database.ts';
import { loadAssets, type Assets } from './assets.ts';
import { accountRoutes } from './features/account/account.routes.ts';
import { setupPasswordChangeRequired } from './features/account/password-change-required.ts';
import { setupTwoFactor } from './features/two-factor/two-factor-required.ts';
import { twoFactorRoutes } from './features/two-factor/two-factor.routes.ts';
import { signInCodeRoutes } from './features/two-factor/sign-in-code.routes.ts';
import { secretBox } from '../app/two-factor.ts';
import { tokensRoutes } from './features/account/tokens.routes.ts';
import { calendarRoutes } from './features/calendar/calendar.routes.ts';
import { apiRoutes } from './api/api.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { homeRoutes } from './features/home/home.routes.ts';
import { setupRoutes } from './features/setup/setup.routes.ts';
import { signInRoutes } from './features/sign-in/sign-in.routes.ts';
import { passwordResetRoutes } from './features/password-reset/password-reset.routes.ts';
import { invitationsRoutes } from './features/invitations/invitations.routes.ts';
import { singleSignOnRoutes } from './features/single-sign-on/single-sign-on.routes.ts';
import { setupSingleSignOn } from './features/single-sign-on/single-sign-on-session.ts';
import { singleSignOnFrom } from '../app/single-sign-on.ts';
import { mailerFrom, type Mailer } from '../app/mail.ts';
import { staticRoutes } from './features/static/static.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { exportRoutes } from './features/partnerships/export.routes.ts';
import { partnershipsRoutes } from './features/partnerships/partnerships.routes.ts';
import { lifecycleRoutes } from './features/lifecycle/lifecycle.routes.ts';
import { screeningRoutes } from './features/screening/screening.routes.ts';
import { businessCaseRoutes } from './features/business-case/business-case.routes.ts';
import { documentsRoutes } from './features/documents/documents.routes.ts';
import { interestsRoutes } from './features/interests/interests.routes.ts';
import { decisionMakingRoutes } from './features/decision-making/decision-making.routes.ts';
import { exitRoutes } from './features/exit/exit.routes.ts';
import { indicatorPage } from './features/performance/indicator.page.ts';
import { performanceRoutes } from './features/performance/performance.routes.ts';
import { annualReviewPage } from './features/performance/annual-review.page.ts';
import { riskRoutes } from './features/performance/risks.routes.ts';
import { dueRoutes } from './features/due/due.routes.ts';
import { ruleChangesRoutes } from './features/decision-making/rule-changes.routes.ts';
import { meetingPage } from './features/meetings/meeting.page.ts';
import { meetingsRoutes } from './features/meetings/meetings.routes.ts';
import { governanceRoutes } from './features/governance/governance.routes.ts';
import { complianceRoutes } from './features/compliance/compliance.routes.ts';
import { recordPages } from './records/record-pages.ts';
import { organisationsRoutes } from './features/organisations/organisations.routes.ts';
import { peopleRoutes } from './features/people/people.routes.ts';
import { prioritiesRoutes } from './features/priorities/priorities.routes.ts';
import { protocolConfigurationRoutes } from './features/protocol-configuration/configuration.routes.ts';
import { riskMatrixRoutes } from './features/risk-matrix/risk-matrix.routes.ts';
import { complianceDashboardRoutes } from './features/compliance-dashboard/dashboard.routes.ts';
import { publicRoutes } from './features/public/public.routes.ts';
import { decisionsRegisterRoutes } from './features/decisions-register/decisions-register.routes.ts';
import { setupAccess } from './plugins/access.ts';
import { setupCsrf } from './plugins/csrf.ts';
import { setupFormBodies } from './plugins/form-bodies.ts';
import { setupPartnershipScope } from './plugins/partnership-scope.ts';
import { frameworkErrors, setupErrors } from './plugins/errors.ts';
import { setupSecurity } from './plugins/security.ts';
import { setupSession } from './plugins/session.ts';
import { setupViews } from './plugins/views.ts';
import './types.ts';

export interface BuildAppDeps {
  config: Config;
  database: Database;
  /** Signs cookies and CSRF tokens: the same on every app server. */
  sessionSecret: string;
  /** Gives every audit event a keyed hash (AUDIT_KEY): the same on every app server. */
  auditKey?: AuditKey;
  logger?: Logger | false;
  clock?: Clock;
  ids?: Ids;
  assets?: Assets;
  /** The council's protocol configuration; the protocol's defaults when left out. */
  protocol?: ProtocolConfig;
  /** Accord's email; from SMTP_URL when left out (none when that is unset). */
  mailer?: Mailer | null;
}

export type AccordApp = FastifyInstance;

// A client's X-Request-Id is kept when it is a sensible token; otherwise Accord makes one.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function noSchemas(): never {
  throw new Error('Accord routes declare no Fastify schemas: validate with zod in the handler (decision 25)');
}

export async function buildApp(input: BuildAppDeps): Promise<AccordApp> {
  const { config, database } = input;
  const deps: AppDeps = {
    database,
    clock: input.clock ?? systemClock,
    ids: input.ids ?? uuidIds,
    ...(input.auditKey && { auditKey: input.auditKey }),
    ...(input.protocol && { protocol: input.protocol }),
    mailer: input.mailer === undefined ? mailerFrom(config) : input.mailer,
  };
  const assets = input.assets ?? (await loadAssets());

  const app = Fastify({
    ...(input.logger ? { loggerInstance: input.logger as FastifyBaseLogger } : { logger: false }),
    // A hop count or the proxies' addresses, never every hop (see TRUST_PROXY in config.ts).
    trustProxy: proxyTrust(config.TRUST_PROXY),
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    // An undecodable path or an over-long path parameter: problem+json on the API, an error page elsewhere.
    frameworkErrors,
    // No route declares a Fastify schema (zod validates, decision 25), so the default compilers would only
    // load ajv and fast-json-stringify (over a hundred modules, about 60 ms of a cold start) for nothing.
    // A route that declares one fails loudly at start rather than going unchecked.
    schemaController: { compilersFactory: { buildValidator: noSchemas, buildSerializer: noSchemas } },
  });

  // Any trusted proxy means TLS ends in front of Accord: cookies stay Secure.
  const behindTls = config.TRUST_PROXY !== false;
  app.decorate('cookieDefaults', { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: behindTls });
  // Single sign-on (OIDC_ISSUER), or null: read by the sign-in page, its own routes and signing out.
  setupSingleSignOn(app, singleSignOnFrom(config));
  setupSecurity(app, behindTls);
  await app.register(cookie, { secret: input.sessionSecret });
  await app.register(formbody);
  setupSession(app, deps);
  setupPasswordChangeRequired(app);
  setupTwoFactor(app, { box: secretBox(input.sessionSecret), requiredRoles: config.TWO_FACTOR_ROLES, issuer: `Accord (${config.COUNCIL_NAME})` });
  const routeDeclarations = setupAccess(app);
  setupFormBodies(app);
  await setupCsrf(app, input.sessionSecret);
  setupPartnershipScope(app, deps);
  setupViews(app, config, assets);
  setupErrors(app);

  await app.register(healthRoutes(database));
  await app.register(staticRoutes(assets));
  await app.register(setupRoutes(deps));
  await app.register(signInRoutes(deps));
  await app.register(signInCodeRoutes(deps));
  await app.register(singleSignOnRoutes(deps));
  await app.register(passwordResetRoutes(deps));
  await app.register(invitationsRoutes(deps, config.COUNCIL_NAME));
  await app.register(homeRoutes(deps));
  await app.register(usersRoutes(deps));
  await app.register(accountRoutes(deps));
  await app.register(twoFactorRoutes(deps));
  await app.register(tokensRoutes(deps));
  await app.register(calendarRoutes(deps, config.PUBLIC_URL ?? null));
  await app.register(apiRoutes(deps, config));
  await app.register(auditRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(partnershipsRoutes(deps));
  await app.register(lifecycleRoutes(deps));
  await app.register(screeningRoutes(deps));
  await app.register(businessCaseRoutes(deps));
  await app.register(documentsRoutes(deps, config));
  await app.register(governanceRoutes(deps));
  await app.register(decisionMakingRoutes(deps));
  await app.register(exitRoutes(deps));
  await app.register(performanceRoutes(deps, config.COUNCIL_NAME));
  await app.register(riskRoutes(deps));
  await app.register(dueRoutes(deps));
  await app.register(ruleChangesRoutes(deps));
  await app.register(meetingsRoutes(deps, config.COUNCIL_NAME));
  await app.register(interestsRoutes(deps));
  await app.register(complianceRoutes(deps));
  await app.register(recordPages(deps, undefined, { meetings: meetingPage, indicators: indicatorPage, 'annual-reviews': annualReviewPage }));
  await app.register(organisationsRoutes(deps));
  await app.register(peopleRoutes(deps));
  await app.register(prioritiesRoutes(deps));
  await app.register(protocolConfigurationRoutes(deps, config));
  await app.register(riskMatrixRoutes(deps));
  await app.register(complianceDashboardRoutes(deps));
  await app.register(decisionsRegisterRoutes(deps));
  await app.register(publicRoutes(deps, config.COUNCIL_NAME));

  app.decorate('routeDeclarations', routeDeclarations);
  return app;
}

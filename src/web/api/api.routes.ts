// The JSON API: /api/v1/* (bearer tokens only, problem+json errors, JSON bodies only), and two public
// pages generated from the same operations: /api/openapi.json and /api/docs.
import { meetingOperations } from './meetings.api.ts';
import { decisionOperations } from './decisions.api.ts';
import { interestOperations } from './interests.api.ts';
import { decisionRuleOperations } from './decision-rules.api.ts';
import { ruleChangeOperations } from './rule-changes.api.ts';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import type { Config } from '../../config.ts';
import { setupBearerAuth } from './bearer.ts';
import { docsView } from './docs.view-model.ts';
import { setupJsonBodies } from './json-body.ts';
import { buildOpenApi, MULTIPART, toFastifyPath, type ApiOperation, type OpenApiDocument } from './openapi.ts';
import { organisationOperations } from './organisations.api.ts';
import { partnershipOperations } from './partnerships.api.ts';
import { peopleOperations } from './people.api.ts';
import { withdrawalOperations } from './withdrawal.api.ts';
import { transitionOperations } from './transitions.api.ts';
import { screeningOperations } from './screenings.api.ts';
import { businessCaseOperations } from './business-case.api.ts';
import { governanceOperations } from './governance.api.ts';
import { complianceOperations } from './compliance.api.ts';
import { historyOperations } from './history.api.ts';
import { overlapOperations } from './overlaps.api.ts';
import { recordOperations } from '../records/record-api.ts';
import { councilComplianceOperations } from './compliance-council.api.ts';
import { performanceOperations } from './performance.api.ts';
import { riskOperations } from './risks.api.ts';
import { riskMatrixOperations } from './risk-matrix.api.ts';
import { noticeOperations } from './notice.api.ts';
import { dueOperations } from './due.api.ts';
import { documentOperations, setupDocumentBodies } from './documents.api.ts';
import { documentStore } from '../../app/document-store.ts';
import { ApiProblem, apiErrorHandler, illFormedText, invalidRequest, sendApiProblem } from './problem.ts';

const V1 = '/api/v1';

const noEndpoint = () => new ApiProblem({ status: 404, detail: 'There is no endpoint at this address: see /api/docs.' });

export function apiOperations(deps: AppDeps, config: Pick<Config, 'DOCUMENTS_DIR' | 'DOCUMENT_MAX_MB'>): ApiOperation[] {
  return [...partnershipOperations(deps), ...withdrawalOperations(deps), ...transitionOperations(deps), ...screeningOperations(deps), ...businessCaseOperations(deps), ...governanceOperations(deps), ...documentOperations(deps, config), ...complianceOperations(deps), ...historyOperations(deps), ...overlapOperations(deps), ...recordOperations(deps), ...decisionRuleOperations(deps), ...ruleChangeOperations(deps), ...meetingOperations(deps), ...decisionOperations(deps), ...organisationOperations(deps), ...peopleOperations(deps), ...interestOperations(deps), ...councilComplianceOperations(deps), ...performanceOperations(deps), ...riskOperations(deps), ...riskMatrixOperations(deps), ...dueOperations(deps), ...noticeOperations(deps)];
}

export function apiRoutes(deps: AppDeps, config: Pick<Config, 'COUNCIL_NAME' | 'DOCUMENTS_DIR' | 'DOCUMENT_MAX_MB'>) {
  const operations = apiOperations(deps, config);
  let document: OpenApiDocument | undefined;
  const openApi = () => (document ??= buildOpenApi(operations, config.COUNCIL_NAME));

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/api/openapi.json', { config: { access: 'public' } }, async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(openApi()));
    });

    app.get('/api/docs', { config: { access: 'public' } }, async (request, reply) => {
      return reply.view('api/docs', { title: 'Accord API', columns: 'full', ...docsView(openApi(), `${request.protocol}://${request.host}`) });
    });

    await app.register(
      async function v1(api) {
        // JSON only: forms and plain text are refused here (415), whatever the pages accept.
        api.removeContentTypeParser(['application/x-www-form-urlencoded', 'text/plain']);
        setupJsonBodies(api);
        api.setErrorHandler(apiErrorHandler);
        api.setNotFoundHandler((_request, reply) => sendApiProblem(reply, noEndpoint()));
        setupBearerAuth(api, deps);
        // 404 first: an address with no endpoint is answered (after the token check) before its body is read.
        api.addHook('onRequest', async (request) => {
          if (request.is404) throw noEndpoint();
        });
        api.addHook('preValidation', async (request) => {
          const problems = [...illFormedText(request.query), ...illFormedText(request.body)];
          if (problems.length) throw invalidRequest(problems);
        });
        const route = (scope: FastifyInstance, op: ApiOperation) =>
          scope.route({ method: op.method, url: toFastifyPath(op.path).slice(V1.length), config: { access: op.access }, handler: op.handler });
        for (const op of operations.filter((o) => o.requestBody?.media !== MULTIPART)) route(api, op);
        // Uploads (a document's file) take multipart/form-data only, in a scope of their own.
        await api.register(async (uploads) => {
          await setupDocumentBodies(uploads, documentStore(config));
          for (const op of operations.filter((o) => o.requestBody?.media === MULTIPART)) route(uploads, op);
        });
      },
      { prefix: V1 },
    );
  };
}

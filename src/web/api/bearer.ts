// Bearer tokens on /api/v1: the only way in. Cookies are ignored there (so the API needs no CSRF
// protection); the token's user, with its current role, becomes request.user before the access check.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveApiToken } from '../../app/api-tokens.service.ts';
import type { AppDeps, RequestContext } from '../../app/deps.ts';
import { scopeOf } from '../plugins/partnership-scope.ts';
import { allows } from '../../domain/access/roles.ts';
import { ApiProblem } from './problem.ts';

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

interface TokenInfo {
  id: string;
  name: string;
}

const tokens = new WeakMap<FastifyRequest, TokenInfo>();

function unauthorized(detail: string, invalid: boolean): ApiProblem {
  return new ApiProblem({
    status: 401,
    detail,
    // RFC 6750 §3: the challenge, and why a token that was sent is refused.
    headers: { 'www-authenticate': invalid ? 'Bearer realm="accord", error="invalid_token"' : 'Bearer realm="accord"' },
  });
}

/** The token in an Authorization header, or null when there is none of the right shape. */
export function bearerToken(header: string | undefined): string | null {
  if (typeof header !== 'string' || header.length > 300) return null;
  return BEARER.exec(header)?.[1] ?? null;
}

export function setupBearerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (request) => {
    // A session cookie sent along means nothing here: only the token counts.
    request.user = null;
    const header = request.headers.authorization;
    if (!header) throw unauthorized('Send an API token in the Authorization header: Bearer accord_…', false);
    const token = bearerToken(header);
    const user = token ? await resolveApiToken(deps, token) : null;
    if (user && 'expired' in user) throw unauthorized(`The API token expired on ${user.expired.slice(0, 10)}. Make a new one under Your account, API tokens.`, true);
    if (!user) throw unauthorized('The API token is not valid: it is mistyped, revoked, or its user has been deactivated.', true);
    request.user = { id: user.id, name: user.name, email: user.email, role: user.role, sessionHash: user.sessionHash, partnershipIds: user.partnershipIds };
    tokens.set(request, { id: user.tokenId, name: user.tokenName });
    // The access check runs again as a preHandler; checking here too refuses before the body is read.
    const access = request.routeOptions.config.access;
    if (access && !request.is404 && !allows(access, user.role, scopeOf(request.routeOptions.url ?? '') === 'partnership')) throw new ApiProblem({ status: 403, detail: 'Your role does not allow this. A token acts with its user’s role.' });
  });
}

/** Who is acting, for the audit trail: the token's user, and which of their tokens. */
export function apiRequestContext(request: FastifyRequest): RequestContext {
  const user = request.user;
  const token = tokens.get(request);
  if (!user || !token) throw new ApiProblem({ status: 401, detail: 'Send an API token in the Authorization header: Bearer accord_…' });
  return {
    actor: { id: user.id, label: `${user.name} <${user.email}> via API token “${token.name}”` },
    requestId: String(request.id),
  };
}

// The use-case context for a request: who is acting, and the request id for the audit trail; and
// the principal the application layer's reads are made for.
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../app/deps.ts';
import type { Principal } from '../app/principal.ts';
import { SignInRequiredError } from './errors.ts';

export function requestContext(request: FastifyRequest): RequestContext {
  const user = request.user;
  return {
    actor: user ? { id: user.id, label: `${user.name} <${user.email}>` } : { id: null, label: 'anonymous' },
    requestId: String(request.id),
  };
}

/** The signed-in user (or the API token's user) as a principal. Only routes that require signing in ask. */
export function principalOf(request: FastifyRequest): Principal {
  const user = request.user;
  if (!user) throw new SignInRequiredError();
  return { userId: user.id, role: user.role, partnershipIds: user.partnershipIds ?? null };
}

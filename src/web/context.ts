// The use-case context for a request: who is acting, and the request id for the audit trail.
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../app/deps.ts';

export function requestContext(request: FastifyRequest): RequestContext {
  const user = request.user;
  return {
    actor: user ? { id: user.id, label: `${user.name} <${user.email}>` } : { id: null, label: 'anonymous' },
    requestId: String(request.id),
  };
}

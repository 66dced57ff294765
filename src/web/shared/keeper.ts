// Whether the signed-in user may change what a page shows, so the page offers only what they may do.
// The same rules the access and scope hooks enforce (roles.ts, scope.ts), asked for the page's buttons.
import type { FastifyRequest } from 'fastify';
import { allows, type Role } from '../../domain/access/roles.ts';
import { mayOn } from '../../domain/access/scope.ts';
import { principalOf } from '../context.ts';

/** They keep this partnership's records: their grant of register.manage reaches it (a sponsoring officer: their own). */
export function keepsPartnership(request: FastifyRequest): boolean {
  return request.partnership !== null && mayOn(principalOf(request), 'register.manage', request.partnership.id);
}

/** They register partnerships and keep the directories: a grant of register.manage beyond one partnership. */
export function keepsRegister(role: Role): boolean {
  return allows('register.manage', role);
}

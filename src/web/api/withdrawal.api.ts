// Withdrawing and deleting a partnership on the API, through the same use cases as the pages
// (withdraw.routes.ts, delete.routes.ts): withdrawing is an action on the record, so it is a POST to
// its withdrawal; deleting removes the record, so it is DELETE on it. A rule's refusal is 422 naming why.
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { deletePartnership, withdrawPartnership } from '../../app/partnerships.service.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import { invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { toPartnershipResource, withdrawalSchema } from './schemas/partnership.api.ts';

/**
 * Withdrawing is the lifecycle's withdraw step (POST …/transitions with action withdraw does the same).
 * This operation keeps v1's fields: a refusal at status, the reason at reason.
 */
const V1_FIELDS: Readonly<Record<string, string>> = { action: 'status', 'decision.reason': 'reason' };

export function withdrawalOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/withdrawal',
      operationId: 'withdrawPartnership',
      tag: 'Partnerships',
      summary: 'Withdraw a partnership entered by mistake',
      description:
        'Marks the partnership withdrawn, with the reason. It stays on the register and its history is kept; withdrawn is final: it cannot be changed or withdrawn again afterwards.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'WithdrawalInput', description: 'Why it is being withdrawn.', example: { reason: 'Entered twice by mistake: see PP-2026-0007.' } },
      refusal: 'The partnership has already been withdrawn: errors says so, at status.',
      // 200, not 201: nothing new is made; the answer is the partnership as now recorded.
      responses: { '200': { description: 'Withdrawn: the partnership as now recorded.', component: 'Partnership' } },
      handler: async (request) => {
        const id = idOf(request);
        const parsed = withdrawalSchema.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const user = request.user!;
        try {
          return toPartnershipResource(await withdrawPartnership(deps, apiRequestContext(request), user.role, id, parsed.data.reason));
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: V1_FIELDS[p.field] ?? p.field, message: p.message })));
          throw error;
        }
      },
    },
    {
      method: 'DELETE',
      path: '/api/v1/partnerships/{id}',
      operationId: 'deletePartnership',
      tag: 'Partnerships',
      summary: 'Delete a partnership',
      description:
        'Deletes the partnership with its own partners, representatives and priorities, while no other record refers to it. Its audit history is kept (R-2.6.10), with the record as it was.',
      access: 'register.delete',
      parameters: [ID_PARAMETER],
      refusal: 'Other records refer to the partnership: errors names them, at references. Withdraw it instead, or remove those records first.',
      responses: { '204': { description: 'Deleted.' } },
      handler: async (request, reply) => {
        const id = idOf(request);
        const user = request.user!;
        await write(() => deletePartnership(deps, apiRequestContext(request), user.role, id));
        return reply.code(204).send();
      },
    },
  ];
}

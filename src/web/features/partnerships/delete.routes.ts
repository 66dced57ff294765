// Deleting a partnership: administrators only, while nothing but its own parts refers to it. A
// confirmation page says what would stop it, then the POST; the audit event keeps the record as it was.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { deletePartnership, deletionCheck, loadPartnership } from '../../../app/partnerships.service.ts';
import type { Permission } from '../../../domain/access/roles.ts';
import type { PartnershipView } from '../../../domain/register/records.ts';
import type { Problem } from '../../../domain/register/partnership.ts';
import { requestContext } from '../../context.ts';
import { errorView } from '../../forms/form.ts';
import { idParam } from '../../shared/params.ts';
import { setFlash } from '../../plugins/flash.ts';

/** Deleting is for administrators alone (domain/register/withdrawal.ts: mayDelete). */
export const DELETE_ACCESS: Permission = 'register.delete';

export function deleteRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const access = { config: { access: DELETE_ACCESS } };

    const render = (reply: FastifyReply, partnership: PartnershipView, blockers: readonly Problem[], errors: readonly Problem[] = []) =>
      reply.view('partnerships/delete', {
        title: `Delete ${partnership.name}`,
        backLink: `/partnerships/${partnership.id}`,
        partnership,
        blockers,
        ...errorView(errors.map((p) => ({ field: 'confirm', message: p.message }))),
      });

    app.get<{ Params: { id: string } }>('/partnerships/:id/delete', access, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      const { decision } = await deletionCheck(deps, request.user!.role, partnership.id);
      return render(reply, partnership, decision.allowed ? [] : decision.reasons);
    });

    app.post<{ Params: { id: string } }>('/partnerships/:id/delete', access, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      try {
        await deletePartnership(deps, requestContext(request), request.user!.role, partnership.id);
      } catch (error) {
        // Something came to refer to it since the page was shown: say what, and delete nothing.
        if (error instanceof ValidationError) return render(reply.code(400), partnership, error.problems, error.problems);
        throw error;
      }
      setFlash(reply, `${partnership.reference} ${partnership.name} has been deleted. Its history is kept in the audit trail`);
      return reply.redirect('/partnerships', 303);
    });
  };
}

// Withdrawing a partnership entered by mistake: a confirmation page with the reason, then the POST.
// It stays on the register, marked withdrawn, with the reason, and the History tab shows who and when.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { ValidationError } from '../../../app/errors.ts';
import { loadPartnership, withdrawPartnership } from '../../../app/partnerships.service.ts';
import type { PartnershipView } from '../../../domain/register/records.ts';
import { MAX_REASON_LENGTH } from '../../../domain/register/withdrawal.ts';
import { requestContext } from '../../context.ts';
import { text } from '../../../app/schemas/fields.ts';
import { errorView, parseForm, type FieldError } from '../../forms/form.ts';
import { idParam } from '../../params.ts';
import { setFlash } from '../../plugins/flash.ts';

const withdrawForm = z.object({
  reason: text({ missing: 'Enter why the partnership is being withdrawn', label: 'The reason', max: MAX_REASON_LENGTH, multiline: true }),
});

export function withdrawRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const access = { config: { access: 'register.manage' as const } };

    const render = (reply: FastifyReply, partnership: PartnershipView, input: Record<string, string> = {}, errors: FieldError[] = []) =>
      reply.view('partnerships/withdraw', {
        title: `Withdraw ${partnership.name}`,
        backLink: `/partnerships/${partnership.id}`,
        partnership,
        input,
        maxLength: MAX_REASON_LENGTH,
        ...errorView(errors),
      });

    app.get<{ Params: { id: string } }>('/partnerships/:id/withdraw', access, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      // Already withdrawn: nothing to confirm; the partnership's page says so.
      if (partnership.status === 'withdrawn') return reply.redirect(`/partnerships/${partnership.id}`, 303);
      return render(reply, partnership);
    });

    app.post<{ Params: { id: string } }>('/partnerships/:id/withdraw', access, async (request, reply) => {
      const partnership = await loadPartnership(deps, idParam(request.params.id));
      const form = parseForm(withdrawForm, request.body);
      if (!form.ok) return render(reply.code(400), partnership, form.input, form.errors);
      try {
        await withdrawPartnership(deps, requestContext(request), request.user!.role, partnership.id, form.value.reason);
      } catch (error) {
        if (error instanceof ValidationError) return render(reply.code(400), partnership, form.input, error.problems.map((p) => ({ field: 'reason', message: p.message })));
        throw error;
      }
      setFlash(reply, `${partnership.name} has been withdrawn. It stays on the register, marked withdrawn, with your reason`);
      return reply.redirect(`/partnerships/${partnership.id}`, 303);
    });
  };
}

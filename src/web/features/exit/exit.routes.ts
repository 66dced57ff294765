// A partnership's exit and termination under /partnerships/:id/exit: when the council would be out
// were it to serve notice today (or on a day the reader gives, saving nothing), its termination provisions,
// its exit strategy and, once exiting, its dissolution checklist, each kept on its record pages. Works
// without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { dissolutionChecklist, exitStrategy, terminationProvisions } from '../../../app/records/index.ts';
import { listRecords } from '../../../app/records/record-queries.ts';
import { realDate } from '../../../app/schemas/fields.ts';
import { principalOf } from '../../context.ts';
import { dateError, dateFromParts, dateItems, partsOfDate } from '../../forms/date-input.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { exitPage } from './exit.view-model.ts';

type Params = { id: string };
const LABEL = 'The date notice is served';

export function exitRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };

    const page = async (request: FastifyRequest<{ Params: Params }>): Promise<FormPage<Record<string, string>, string, string>> => {
      const p = request.partnership!;
      const principal = principalOf(request);
      const today = londonToday(deps.clock.now());
      const [provisions, arrangements, checklist] = await Promise.all([
        listRecords(deps, principal, terminationProvisions, p.id),
        listRecords(deps, principal, exitStrategy, p.id),
        listRecords(deps, principal, dissolutionChecklist, p.id),
      ]);
      const data = (typed: Record<string, string>, errors: readonly FieldError[], servedOn: string) => {
        const shown = errorView(errors);
        return {
          title: `Exit and termination: ${p.name}`,
          ...exitPage(p, provisions, arrangements, checklist, servedOn, today),
          ...shown,
          servedOn: { items: dateItems(typed, 'servedOn', dateError(shown.errors, 'servedOn')), error: dateError(shown.errors, 'servedOn') },
          canChange: keepsPartnership(request) && !p.withdrawn,
        };
      };
      return {
        read: (body) => formInput(body),
        parse: (typed) => {
          const errors: FieldError[] = [];
          const served = dateFromParts(typed, 'servedOn', LABEL, errors);
          if (served === null) return { ok: false, errors: [{ field: 'servedOn-day', message: 'Enter the date notice is served' }] };
          if (served === undefined) return { ok: false, errors };
          if (!realDate(served)) return { ok: false, errors: [{ field: 'servedOn-day', message: `${LABEL} must be a real date` }] };
          return { ok: true, value: served };
        },
        // A refused date keeps the answer for today above it.
        render: (reply: FastifyReply, typed, errors) => reply.view('exit/show', data(typed, errors, today)),
        // Nothing is saved: the answer is the same page, for the day given.
        command: async (servedOn) => servedOn,
        done: (servedOn) => ({ view: 'exit/show', data: data(partsOfDate('servedOn', servedOn), [], servedOn) }),
      };
    };

    app.get<{ Params: Params }>('/partnerships/:id/exit', view, async (request, reply) => (await page(request)).render(reply, {}, []));
    app.post<{ Params: Params }>('/partnerships/:id/exit', view, async (request, reply) => submitForm(request, reply, await page(request)));
  };
}

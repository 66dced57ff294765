// A partnership's Summary, its own page at /partnerships/:id: its record in the protocol's terms, its
// partners and council people (each changed on their own pages), the partnerships it may duplicate
// (R-2.4b), and the latest of its History.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { findWithdrawal } from '../../../app/partnerships.service.ts';
import { overlapsOf } from '../../../app/queries/overlap.queries.ts';
import { partnershipHistory, partnershipView } from '../../../app/queries/partnership.queries.ts';
import { OVERLAP_WARNING_STATUSES } from '../../../domain/overlap/overlaps.ts';
import { mayDelete, mayWithdraw } from '../../../domain/register/withdrawal.ts';
import { principalOf } from '../../context.ts';
import { historyEntries } from './history.view-model.ts';
import { registerReturn } from './register-return.ts';
import { keepsPartnership } from '../../shared/keeper.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { terminationProvisions } from '../../../app/records/index.ts';
import { listRecords } from '../../../app/records/record-queries.ts';
import { councilsExit } from '../../../domain/exit/provisions.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';

/** How many of the latest events the Summary shows; the History page has them all. */
const LATEST_EVENTS = 5;

export function summaryRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/partnerships/:id', { config: { access: 'register.view' } }, async (request, reply) => {
      const principal = principalOf(request);
      const { id, withdrawn } = request.partnership!;
      const [partnership, latest, provisions] = await Promise.all([
        partnershipView(deps, principal, id),
        partnershipHistory(deps, principal, id, { beforeSeq: null, size: LATEST_EVENTS }),
        listRecords(deps, principal, terminationProvisions, id),
      ]);
      // "if notice were served today, the council would be out on …".
      const out = councilsExit(provisions, londonToday(deps.clock.now()));
      const role = request.user!.role;
      return reply.view('partnerships/show', {
        title: partnership.name,
        columns: 'full',
        // Back to the register as the user left it, when they came from it.
        backLink: registerReturn((request.query as Record<string, unknown>).from),
        partnership,
        history: await historyEntries(deps, latest.events),
        // R-2.4b: what it may duplicate, as a warning until it is approved.
        overlaps: await overlapsOf(deps, principal, partnership),
        overlapWarning: OVERLAP_WARNING_STATUSES.has(partnership.status),
        exitOn: out && dateInWords(out.effectiveOn),
        withdrawal: withdrawn ? await findWithdrawal(deps.database.db, id) : null,
        // A withdrawn record is kept as it was: it is not changed, nor withdrawn again.
        canManage: keepsPartnership(request) && !withdrawn,
        canWithdraw: mayWithdraw(role) && keepsPartnership(request) && !withdrawn,
        canDelete: mayDelete(role),
      });
    });
  };
}

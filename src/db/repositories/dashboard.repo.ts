// The numbers on the home page: the register at a glance, across the partnerships in the principal's
// scope (the start of ). Organisations and people are the council's directory: counted whole.
import type { Db } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { whereInScope } from './scope.ts';
import { COMMITTED_STATUSES } from '../../domain/register/vocabulary.ts';

export interface RegisterSummary {
  partnershipsByStatus: Array<{ status: string; count: number }>;
  organisations: number;
  people: number;
  /** Council money per year in partnerships the council has committed to (COMMITTED_STATUSES). */
  committedContributionPence: number;
  /** Committed partnerships whose contribution is recorded as not within an approved budget (R-2.5c). */
  unbudgeted: number;
}

export async function registerSummary(db: Db, scope: PartnershipScope): Promise<RegisterSummary> {
  const partnerships = () => whereInScope(db.selectFrom('partnerships'), scope, 'partnerships.id');
  const [byStatus, organisations, people, money, unbudgeted] = await Promise.all([
    partnerships().select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    partnerships()
      .select((eb) => eb.fn.sum<number>('council_contribution_pence').as('total'))
      .where('status', 'in', COMMITTED_STATUSES)
      .executeTakeFirstOrThrow(),
    partnerships()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', COMMITTED_STATUSES)
      .where('within_approved_budget', '=', 0)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    partnershipsByStatus: byStatus.map((r) => ({ status: r.status, count: Number(r.n) })),
    organisations: Number(organisations.n),
    people: Number(people.n),
    committedContributionPence: Number(money.total ?? 0),
    unbudgeted: Number(unbudgeted.n),
  };
}

// The example council's exit provisions (R-2.14): six months' notice, running from the month after it is
// served and taking effect at a financial year's end, and an exit strategy. Where the example has a gap,
// its strategy has no arrangement yet for mediation or for continuing financial liabilities.
import type { ExitArrangement } from '../../db/repositories/exit-provisions.repo.ts';
import type { TerminationProvision } from '../../domain/exit/provisions.ts';

export function demoExit(gap: boolean, agreedOn: string): { provisions: TerminationProvision[]; arrangements: ExitArrangement[] } {
  const arrangements: ExitArrangement[] = [
    { topic: 'surpluses', arrangement: 'Any surplus is returned to the partners in proportion to their cash contributions over the last three financial years.', agreedOn },
    { topic: 'mediation', arrangement: 'A dispute about a withdrawal goes first to the chief executives; then to a mediator agreed by the partners, or named by the Centre for Effective Dispute Resolution.', agreedOn },
    { topic: 'assets', arrangement: 'Equipment bought with the partnership’s budget is owned by the lead partner; on dissolution it is sold at market value and the proceeds shared as a surplus.', agreedOn },
    { topic: 'liabilities', arrangement: 'A partner leaving meets its share of the liabilities that continue (leases, contracts already let) to their end, in proportion to its contribution.', agreedOn },
    { topic: 'staff', arrangement: 'Seconded staff return to their employing partner; no one is employed by the partnership itself.', agreedOn },
    { topic: 'informing', arrangement: 'The lead partner tells funders within a month of notice; the communications lead tells service users before any service changes.', agreedOn: null },
  ];
  return {
    provisions: [{ party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', municipalYearEnds: null, whoMayShorten: 'the board, unanimously', conditions: 'Its share of any losses for the year is paid' }],
    arrangements: gap ? arrangements.filter((a) => a.topic !== 'mediation' && a.topic !== 'liabilities') : arrangements,
  };
}

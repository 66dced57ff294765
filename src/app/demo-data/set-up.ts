// Issue 9, R-APPROVE: before a partnership starts (or goes on) operating, whatever the compliance engine
// still finds missing among the requirements that gate operating is excepted: an exception recorded
// through the compliance service for each, agreed by someone named, for a year. Used by the example
// data and the tests' reachStatus, which reach operating without building every record a council would.
// A real council puts the records right instead, or agrees exceptions one by one on the Compliance page.
import { recordException } from '../compliance.service.ts';
import type { AppDeps, RequestContext } from '../deps.ts';
import { lifecycleOf, londonToday } from '../lifecycle.service.ts';
import type { Role } from '../../domain/access/roles.ts';

/** The day a year after `today`, yyyy-mm-dd (29 February gives 1 March in a common year; still in the future). */
function aYearOn(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** Records an exception for each blocker of the gate to operating; returns the requirements excepted. */
export async function exceptOperatingBlockers(deps: AppDeps, ctx: RequestContext, principal: { role: Role }, partnershipId: string, agreedBy = { name: 'Example Monitoring Officer', role: 'Monitoring Officer' }): Promise<string[]> {
  const { facts } = await lifecycleOf(deps, principal, partnershipId);
  const until = aYearOn(londonToday(deps.clock.now()));
  for (const f of facts.operatingBlockers) {
    await recordException(deps, ctx, principal, partnershipId, f.requirementId, {
      reason: `Agreed while it is put right: ${f.reason}`,
      agreedByName: agreedBy.name,
      agreedByRole: agreedBy.role,
      until,
    });
  }
  return facts.operatingBlockers.map((f) => f.requirementId);
}

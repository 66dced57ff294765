// The rule for a person's council role: officer or councillor is a capacity of the council's
// own people; for a partner's staff it means nothing and is not kept.
import type { CouncilRole } from './records.ts';
import type { Problem } from './partnership.ts';

export function councilRoleFor(
  organisation: { isThisCouncil: boolean } | undefined,
  councilRole: CouncilRole | null,
): { councilRole: CouncilRole | null; problems: Problem[] } {
  if (!organisation?.isThisCouncil) return { councilRole: null, problems: [] };
  if (!councilRole) {
    return { councilRole: null, problems: [{ field: 'councilRole', message: 'Select whether they are a council officer or a councillor' }] };
  }
  return { councilRole, problems: [] };
}

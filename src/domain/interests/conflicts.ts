// R-2.8b: a partnership's members with a registered interest in another of its partners: each
// declares it at every item concerning that partner, and one that is prejudicial or pecuniary takes them out
// of that item's vote and quorum. Read from what the reader may see: a sensitive interest withheld from them
// names no organisation, so it warns of nothing (its existence near a partner would give it away).
import { FIDUCIARY_ROLE_LABELS, INTEREST_KIND_LABELS, isCurrent, type Interest } from './interest.ts';

export interface PartnerConflict {
  personId: string;
  person: string;
  partner: string;
  message: string;
  clause: 'R-2.13';
}

export function partnerConflicts(
  members: ReadonlyArray<{ personId: string; name: string; organisationId: string }>,
  partners: ReadonlyArray<{ organisationId: string; name: string }>,
  interests: ReadonlyArray<Pick<Interest, 'personId' | 'organisationId' | 'kind' | 'role' | 'startsOn' | 'endsOn'>>,
  today: string,
): PartnerConflict[] {
  const partnerNames = new Map(partners.map((p) => [p.organisationId, p.name]));
  const out: PartnerConflict[] = [];
  for (const m of members) {
    for (const i of interests) {
      // An interest in the partner the member sits for is why they sit for it, not a conflict with it.
      if (i.personId !== m.personId || !i.organisationId || i.organisationId === m.organisationId || !isCurrent(i, today)) continue;
      const partner = partnerNames.get(i.organisationId);
      if (!partner) continue;
      const what = i.kind === 'fiduciary' && i.role ? `${FIDUCIARY_ROLE_LABELS[i.role].toLowerCase()} (a fiduciary role)` : INTEREST_KIND_LABELS[i.kind].toLowerCase();
      out.push({
        personId: m.personId,
        person: m.name,
        partner,
        message: `${m.name} has a registered interest in ${partner}, a partner of this partnership: ${what}. They declare it at each item concerning ${partner}, and a prejudicial or pecuniary interest takes them out of that item’s vote and quorum (R-2.13)`,
        clause: 'R-2.13',
      });
    }
  }
  return out;
}

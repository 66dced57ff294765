// The council's representatives on a partnership: its own councillors and officers, each
// attending in the capacity they hold at the council, each named once. The registration form checks
// the whole list; a representative added or changed on their own is checked by the same rules.
import type { Change } from '../records/change.ts';
import type { Problem, RepresentativeLink } from './partnership.ts';
import type { CouncilRole } from './records.ts';

/** what a representative acknowledges; who acknowledged is the representative themselves. */
export interface RepresentativeAcknowledgement {
  /** When they acknowledged the council's Codes of Conduct, yyyy-mm-dd; null: not yet. */
  codesAcknowledgedOn: string | null;
}

/** A representative as their pages show them: the person's name beside the id, and their acknowledgement. */
export interface Representative extends RepresentativeLink, RepresentativeAcknowledgement {
  name: string;
  jobTitle: string | null;
}

/** A representative as they are added or changed one at a time: the acknowledgement may be left out. */
export type RepresentativeRecordInput = RepresentativeLink & Partial<RepresentativeAcknowledgement>;

/** whether the representative has acknowledged the council's Codes of Conduct, and when. */
export function representativeAcknowledged(r: Partial<RepresentativeAcknowledgement>): { acknowledged: boolean; on: string | null; clause: 'R-2.16' } {
  const on = typeof r.codesAcknowledgedOn === 'string' && r.codesAcknowledgedOn !== '' ? r.codesAcknowledgedOn : null;
  return { acknowledged: on !== null, on, clause: 'R-2.16' };
}

/** What the council-people rules need to know of each person named on a partnership. */
export interface NamedPerson {
  name: string;
  /** Officer or councillor when they are the council's own; null for partners' staff. */
  councilRole: CouncilRole | null;
}

/** the council is represented by its own councillors and officers, nobody else. */
export function mayRepresentCouncil(person: Pick<NamedPerson, 'councilRole'>): boolean {
  return person.councilRole !== null;
}

/** Each person is a representative once: the first one named twice, at its row. */
export function representativeSetProblems(representatives: ReadonlyArray<Pick<RepresentativeLink, 'personId'>>): Problem[] {
  const people = new Set<string>();
  const again = representatives.findIndex((r) => people.size === people.add(r.personId).size);
  return again === -1 ? [] : [{ field: 'representatives', message: 'Each person can be a council representative only once', index: again, key: 'personId' }];
}

/**
 * representatives represent only the council, so they are its own councillors or officers,
 * attending in that capacity. Each problem at its row; unknown ids are the caller's to report.
 */
export function representativeProblems(representatives: ReadonlyArray<{ personId: string; capacity: string }>, people: ReadonlyMap<string, NamedPerson>): Problem[] {
  const problems: Problem[] = [];
  representatives.forEach((r, index) => {
    const person = people.get(r.personId);
    if (!person) return;
    if (!mayRepresentCouncil(person)) {
      problems.push({ field: 'representatives', message: `${person.name} is not a council officer or councillor: representatives represent only the council`, index, key: 'personId' });
    } else if (person.councilRole !== r.capacity) {
      problems.push({ field: 'representatives', message: person.councilRole === 'councillor' ? `${person.name} is a councillor: they attend as a councillor` : `${person.name} is a council officer: they attend as an officer`, index, key: 'capacity' });
    }
  });
  return problems;
}

/**
 * Problems with one representative added or changed, at their own fields (personId, capacity): named
 * once, and for the person chosen (`people` holds whoever of them exists). Removing one breaks no rule.
 */
export function representativeChangeProblems(
  representatives: readonly Representative[],
  change: Change<RepresentativeRecordInput>,
  people: ReadonlyMap<string, NamedPerson>,
): Problem[] {
  if (change.kind === 'remove') return [];
  const problems: Problem[] = [];
  const personId = change.kind === 'change' ? change.key : change.value.personId;
  if (change.kind === 'add') {
    const existing = representatives.find((r) => r.personId === personId);
    if (existing) problems.push({ field: 'personId', message: `${existing.name} is already a council representative on this partnership` });
  }
  if (personId) {
    // A capacity the schema refused matches no council role, so it is compared as blank.
    const row = { personId, capacity: change.value.capacity ?? '' };
    for (const p of representativeProblems([row], people)) {
      // With no capacity known yet, only whether the person may represent the council is said.
      if (p.key === 'capacity' && change.value.capacity === undefined) continue;
      problems.push({ field: p.key!, message: p.message });
    }
  }
  return problems;
}

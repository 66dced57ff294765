// R-2.8a: who may chair. The chair and vice-chair are two people, each holding a voting seat (a casting
// vote is a vote, and the vice-chair stands in for the chair); where the partners agreed it, from
// different partners, so one partner does not hold both. A post not yet filled is not a problem here.
import { SEAT_STATUS_LABELS, votes, type Seat } from './rules.ts';

const holdsVotingSeat = (role: string, s: Seat): string | null =>
  votes(s.status) ? null : `The ${role} must hold a voting seat: ${s.name} is ${s.status === 'observer' ? 'an observer' : `a ${SEAT_STATUS_LABELS[s.status].toLowerCase()}`}`;

/** What is wrong with the chair and vice-chair as appointed; empty when nothing is. */
export function chairingProblems(chair: Seat | null, viceChair: Seat | null, restrictSamePartner: boolean): string[] {
  const problems: string[] = [];
  for (const [role, s] of [['chair', chair], ['vice-chair', viceChair]] as const) {
    const problem = s && holdsVotingSeat(role, s);
    if (problem) problems.push(problem);
  }
  if (chair && viceChair) {
    // A seat is keyed by its member's person id, so the same id is the same person.
    if (chair.id === viceChair.id) problems.push(`The chair and vice-chair must be different people: ${chair.name} is named as both`);
    else if (restrictSamePartner && chair.partnerId === viceChair.partnerId) {
      problems.push(`The chair and vice-chair must come from different partners: both are from ${chair.partnerName}`);
    }
  }
  return problems;
}

// A person's register of interests: interests that may conflict with their duties to the council
// (disclosable pecuniary, other registrable, non-registrable) and fiduciary roles (director, trustee,
// member of a body), each with the body it is in, from when and until when. A sensitive interest (one
// whose disclosure could lead to violence or intimidation, or that reveals special-category data) is
// withheld from publication with the monitoring officer's agreement: who may read it is sensitiveReader.
import type { Problem } from '../register/partnership.ts';

export const INTEREST_KINDS = ['pecuniary', 'other-registrable', 'non-registrable', 'fiduciary'] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];
export const INTEREST_KIND_LABELS: Readonly<Record<InterestKind, string>> = {
  pecuniary: 'Disclosable pecuniary interest',
  'other-registrable': 'Other registrable interest',
  'non-registrable': 'Non-registrable interest',
  fiduciary: 'Fiduciary role',
};
export const INTEREST_KIND_HINTS: Readonly<Record<InterestKind, string>> = {
  pecuniary: 'Employment, sponsorship, contracts, land, shares and the like, of the person or their partner.',
  'other-registrable': 'Membership or management of a body, such as a charity, a lobbying group or a public body.',
  'non-registrable': 'Anything else that affects their own or a relative’s or close associate’s well-being or finances.',
  fiduciary: 'A role holding a duty to a body: director, trustee, or member of a partner body.',
};

export const FIDUCIARY_ROLES = ['director', 'trustee', 'member', 'other'] as const;
export type FiduciaryRole = (typeof FIDUCIARY_ROLES)[number];
export const FIDUCIARY_ROLE_LABELS: Readonly<Record<FiduciaryRole, string>> = { director: 'Director', trustee: 'Trustee', member: 'Member of the body', other: 'Another role' };

/** An interest as it is added or changed. */
export interface InterestInput {
  kind: InterestKind;
  /** The body the interest is in, in words: a company, a charity, a landholding. */
  body: string;
  /** The body as an organisation of the register, where it is one (a partner): conflicts are found through it. */
  organisationId: string | null;
  /** A fiduciary role's office; null for the other kinds. */
  role: FiduciaryRole | null;
  details: string | null;
  startsOn: string;
  endsOn: string | null;
  /** Withheld from publication with the monitoring officer's agreement. */
  sensitive: boolean;
  /** Who agreed it is sensitive: the monitoring officer, by name. */
  sensitiveAgreedBy: string | null;
}

export interface Interest extends InterestInput {
  id: string;
  personId: string;
  organisationName: string | null;
}

/** a fiduciary role names its office and nothing else does; an end is not before its start; a sensitive interest says who agreed it. */
export function interestProblems(i: Partial<InterestInput>): Problem[] {
  const problems: Problem[] = [];
  if (i.kind === 'fiduciary' && !i.role) problems.push({ field: 'role', message: 'Select the role they hold in the body (R-2.13)' });
  if (i.kind !== undefined && i.kind !== 'fiduciary' && i.role) problems.push({ field: 'role', message: 'Give a role only for a fiduciary role' });
  if (i.startsOn && i.endsOn && i.endsOn < i.startsOn) problems.push({ field: 'endsOn', message: 'The date it ended must be the same as or after the date it began' });
  if (i.sensitive === true && !i.sensitiveAgreedBy) problems.push({ field: 'sensitiveAgreedBy', message: 'Enter who agreed it is sensitive: the monitoring officer (R-2.13)' });
  if (i.sensitive === false && i.sensitiveAgreedBy) problems.push({ field: 'sensitiveAgreedBy', message: 'Say who agreed only for a sensitive interest' });
  return problems;
}

/** Whether the interest is current on `today` (yyyy-mm-dd). */
export const isCurrent = (i: Pick<InterestInput, 'startsOn' | 'endsOn'>, today: string): boolean => i.startsOn <= today && (i.endsOn === null || i.endsOn >= today);

/**
 * who may read a sensitive interest: the person it is theirs, and those the council's matrix lets
 * read sensitive interests (the monitoring officer, administrators). Everyone else sees that one is
 * withheld, and nothing of it.
 */
export function sensitiveReader(reader: { userId: string | null; readsSensitive: boolean }, person: { userId: string | null }): boolean {
  return reader.readsSensitive || (reader.userId !== null && reader.userId === person.userId);
}

export const WITHHELD = 'Withheld: a sensitive interest (R-2.13)';

/** who may not read a sensitive interest may not change or remove it: a change made blind. */
export const SENSITIVE_UNTOUCHABLE = 'Only the monitoring officer or an administrator can change or remove a sensitive interest (R-2.13)';

/**
 * an interest is marked sensitive, or no longer, with the monitoring officer's agreement: by them or
 * an administrator (`readsSensitive`), at the field that says so.
 */
export function sensitiveChangeProblems(readsSensitive: boolean, before: boolean, after: boolean): Problem[] {
  return before !== after && !readsSensitive ? [{ field: 'sensitive', message: 'Only the monitoring officer or an administrator can mark an interest sensitive, or not (R-2.13)' }] : [];
}

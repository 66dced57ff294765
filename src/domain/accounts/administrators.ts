// There must always be someone who can manage users: the last active administrator
// cannot be demoted or deactivated, by themselves or anyone else.
import type { Role } from '../access/roles.ts';

export interface AdminChange {
  currentRole: Role;
  currentActive: boolean;
  nextRole: Role;
  nextActive: boolean;
  /** Active administrators now, this user included if they are one. */
  activeAdministrators: number;
}

export function removesLastAdministrator(change: AdminChange): boolean {
  const isAdminNow = change.currentRole === 'administrator' && change.currentActive;
  const isAdminAfter = change.nextRole === 'administrator' && change.nextActive;
  return isAdminNow && !isAdminAfter && change.activeAdministrators <= 1;
}

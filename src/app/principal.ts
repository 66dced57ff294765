// Who is asking, as the application layer sees it. Every read a page or the API makes takes one, so a
// rule about who may see what is applied once, in the query layer, rather than in each page.
import type { Role } from '../domain/access/roles.ts';

export interface Principal {
  /** The user acting; null for the command line and the demo loader. */
  userId: string | null;
  role: Role;
  /** A limited reach's partnerships (src/app/reach.ts); null or absent: as far as the role reaches. */
  partnershipIds?: readonly string[] | null;
}

/** The command line and the demo loader: an administrator with no user account. */
export const COMMAND_LINE: Principal = { userId: null, role: 'administrator' };

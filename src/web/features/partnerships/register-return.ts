// The partnership page's Back link returns to the register as the user left it (search, filters, sort,
// page), passed as ?from=<the register's URL>. Only the register itself is accepted: no open redirect,
// no link to another page dressed as one.
import { safeReturnTo } from '../sign-in/return-to.ts';

export const REGISTER = '/partnerships';

export function registerReturn(from: unknown): string {
  const local = safeReturnTo(from);
  const url = URL.parse(local, 'http://accord.invalid');
  if (!url || url.host !== 'accord.invalid' || url.pathname !== REGISTER || url.hash) return REGISTER;
  return `${REGISTER}${url.search}`;
}

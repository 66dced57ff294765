// Which page routes each crawl must reach by following links, derived from the routes the app declares
// and who may see them: a new page nobody links to fails a crawl until it is linked, or listed here and
// visited by every-page.test.ts (which checks that it visits each one listed).
import { allows, type Access, type Role } from '../../../src/domain/access/roles.ts';
import type { RouteDeclaration } from '../../../src/web/plugins/access.ts';
import { pageRoutes } from './routes.ts';

/** Pages no link leads to, and why; every-page.test.ts visits each. */
export const NOT_LINKED: Readonly<Record<string, string>> = {
  '/setup': 'open only until the first user exists (then 404), so before anyone can sign in to crawl',
};

/**
 * Pages no link in Accord leads to, visited by a journey of their own (named here) rather than by
 * every-page.test.ts: the page behind the link in an email.
 */
export const VISITED_BY_JOURNEY: Readonly<Record<string, string>> = {
  '/reset-password/:token': 'password-reset-journey.test.ts follows the link in the email it receives',
  '/invitation/:token': 'invitation-journey.test.ts follows the link in the invitation it receives',
  // Single sign-on's pages exist only with OIDC_ISSUER set (the crawls' app has none).
  '/sign-in/sso': 'single-sign-on-journey.test.ts presses the sign-in page’s single sign-on button',
  '/sign-in/sso/callback': 'single-sign-on-journey.test.ts comes back to it from the OpenID provider',
  '/sign-in/sso/signed-out': 'single-sign-on-journey.test.ts signs out of a single sign-on session',
  // Two-factor sign-in's pages need an authenticator set up, or being set up, or a sign-in waiting for its code.
  '/sign-in/two-factor': 'two-factor-journey.test.ts signs in with a recovery code',
  '/account/two-factor/set-up': 'two-factor-journey.test.ts sets an authenticator up',
  '/account/two-factor/recovery-codes': 'two-factor-journey.test.ts makes new recovery codes',
  '/account/two-factor/turn-off': 'two-factor-journey.test.ts opens it for an officer',
  '/users/:id/two-factor/reset': 'two-factor-journey.test.ts resets an officer’s',
};

/** Pages only a signed-out visitor is sent to: a signed-in person has no link to them. */
const SIGNED_OUT_ONLY: readonly string[] = ['/sign-in', '/forgot-password'];

/**
 * Public pages linked only from signed-in pages: the API reference is open so that another system's
 * developers can read it without an account, but the sign-in page does not advertise it.
 */
const SIGNED_IN_ONLY: readonly string[] = ['/api/docs'];

/** The page routes a crawl signed in as `role` (null: signed out) must reach. */
export function mustReach(routes: readonly RouteDeclaration[], role: Role | null): string[] {
  return pageRoutes(routes)
    .filter((r) => allows(r.access as Access, role))
    .map((r) => r.url)
    .filter((url) => !(url in NOT_LINKED) && !(url in VISITED_BY_JOURNEY) && !(role === null ? SIGNED_IN_ONLY : SIGNED_OUT_ONLY).includes(url));
}

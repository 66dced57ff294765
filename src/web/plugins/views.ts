// Nunjucks pages with GOV.UK Frontend. Autoescape stays on: user text is never marked safe.
import type { FastifyInstance, FastifyReply } from 'fastify';
import nunjucks from 'nunjucks';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../config.ts';
import { can, ROLE_LABELS, type Permission } from '../../domain/access/roles.ts';
import type { Assets } from '../assets.ts';
import { csrfUserInfo } from './csrf.ts';
import { addRegisterFilters } from './view-filters.ts';
import { readFlash } from './flash.ts';
import { partnershipNav } from '../shared/partnership-nav.ts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  // A calendar date (most of them: start dates, decisions) needs no time zone: written as Intl writes it
  // in en-GB, without Intl's cost (a twentieth of the register page's own work).
  const day = DATE_ONLY.exec(iso);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const check = new Date(Date.UTC(year, month - 1, date));
    // Only a date that exists; another (30 February) is left to Date, which rolls it on, as before.
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === date && year >= 1000) return `${date} ${MONTHS[month - 1]} ${day[1]}`;
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : LONDON_DATE.format(d);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${LONDON_DATE.format(d)} at ${LONDON_TIME.format(d).replace(' ', '').toLowerCase()}`;
}

/**
 * Every govuk-frontend macro includes "./template.njk" and imports "../../macros/…" on each call, and
 * nunjucks works out each such path again every time (path.resolve: about a tenth of rendering the
 * register page). The answer depends only on the two paths, so it is worked out once per pair.
 */
class FileSystemLoader extends nunjucks.FileSystemLoader {
  private readonly resolved = new Map<string, string>();

  override resolve(from: string, to: string): string {
    const key = `${from}\0${to}`;
    let path = this.resolved.get(key);
    if (path === undefined) {
      path = super.resolve(from, to);
      this.resolved.set(key, path);
    }
    return path;
  }
}

export function createViewEnvironment(): nunjucks.Environment {
  const env = new nunjucks.Environment(new FileSystemLoader([join(here, '..', 'views'), govukDist]), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('date', formatDate);
  env.addFilter('datetime', formatDateTime);
  env.addFilter('roleLabel', (role: string) => ROLE_LABELS[role as keyof typeof ROLE_LABELS] ?? role);
  addRegisterFilters(env);
  return env;
}

interface NavItem {
  text: string;
  href: string;
  permission: Permission;
}

// The main menu; later areas add their entries here.
const NAVIGATION: readonly NavItem[] = [
  { text: 'Home', href: '/', permission: 'dashboard.view' },
  { text: 'What’s due', href: '/due', permission: 'dashboard.view' },
  { text: 'Partnerships', href: '/partnerships', permission: 'register.view' },
  { text: 'Organisations', href: '/organisations', permission: 'directory.view' },
  { text: 'People', href: '/people', permission: 'directory.view' },
  { text: 'Priorities', href: '/priorities', permission: 'directory.view' },
  { text: 'Compliance', href: '/compliance', permission: 'register.view' },
  { text: 'Decisions', href: '/decisions', permission: 'register.view' },
  { text: 'Users', href: '/users', permission: 'users.view' },
  { text: 'Audit trail', href: '/audit', permission: 'audit.view' },
  { text: 'Your account', href: '/account', permission: 'account.manage-own' },
];

export function setupViews(app: FastifyInstance, config: Config, assets: Assets): void {
  const env = createViewEnvironment();
  // For answers given before any hook has run (a URL Fastify cannot route): no user, no forms.
  app.decorate('renderBarePage', (template: string, data: Record<string, unknown>) =>
    env.render(`${template}.njk`, { councilName: config.COUNCIL_NAME, assets: assets.urls, user: null, navigation: [], ...data }),
  );
  app.decorateReply('view', function view(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    const request = this.request;
    const user = request.user;
    const path = request.url.split('?')[0] ?? '/';
    const navigation = user
      ? NAVIGATION.filter((item) => can(user.role, item.permission)).map((item) => ({
          text: item.text,
          href: item.href,
          active: item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`),
        }))
      : [];
    const html = env.render(`${template}.njk`, {
      councilName: config.COUNCIL_NAME,
      assets: assets.urls,
      cspNonce: this.cspNonce?.script,
      csrfToken: this.generateCsrf({ userInfo: csrfUserInfo(request) }),
      user,
      // Names link to the directory's pages only for those who may open them.
      mayReadDirectory: user ? can(user.role, 'directory.view') : false,
      // The sign-in page's single sign-on button (OIDC_BUTTON_LABEL), when single sign-on is on.
      singleSignOnLabel: this.server.singleSignOn?.buttonLabel ?? null,
      navigation,
      flash: readFlash(request, this),
      // The scope hook's header and sub-navigation, for the partnership layout; a handler's own `partnership` wins.
      ...(request.partnership && { partnership: request.partnership, partnershipNav: partnershipNav(request.partnership.id, path) }),
      ...data,
    });
    return this.type('text/html; charset=utf-8').send(html);
  });
}

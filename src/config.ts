// The only reader of process.env. Validated once at boot, typed and frozen.
// Each setting is documented here and in the README's configuration table (a test keeps them in step).
import { isIP } from 'node:net';
import { z } from 'zod';
import { isRole, ROLES, type Role } from './domain/access/roles.ts';
import { parseList, parseRoleMap } from './domain/accounts/single-sign-on.ts';

export const SETTINGS = {
  DATABASE_URL: 'Where the data lives: sqlite:<file>, sqlite::memory: or postgres://user@host:port/db.',
  PORT: 'TCP port to listen on.',
  HOST: 'Address to listen on (0.0.0.0 to accept connections from other machines).',
  COUNCIL_NAME: 'The council’s name, shown in the header, page titles and footer.',
  SESSION_SECRET: 'Secret (32+ characters) that signs cookies. When unset, one is generated once and kept in the data directory.',
  AUDIT_KEY: 'Secret (32+ characters) that gives every audit event a keyed hash. When unset, one is generated once and kept in the data directory. The same on every app server.',
  LOG_LEVEL: 'fatal, error, warn, info, debug, trace or silent.',
  TRUST_PROXY: 'Behind a TLS-terminating proxy: how many proxies (1) or their addresses (10.0.0.0/8, comma-separated). Cookies become Secure and the client address is read from X-Forwarded-For, through those proxies only.',
  MIGRATE_ON_START: 'PostgreSQL only: false stops the start when a migration is pending (apply with npx accord migrate).',
  ACCORD_ADMIN_EMAIL: 'With ACCORD_ADMIN_PASSWORD: creates this administrator at start when there are no users.',
  ACCORD_ADMIN_PASSWORD: 'The first administrator’s password (12 characters or more).',
  PROTOCOL_CONFIG: 'A JSON file of the council’s protocol configuration (docs/protocol-config.md); when unset, the protocol’s defaults.',
  DATA_DIR: 'Directory for the SQLite file’s neighbours (generated session secret and audit key).',
  DOCUMENTS_DIR: 'Keep uploaded documents’ files in this directory (shared storage every app server reaches) rather than in the database (the default).',
  DOCUMENT_MAX_MB: 'The largest document that may be uploaded, in megabytes (1 to 1024).',
  SMTP_URL: 'Where Accord sends email (smtp://user:password@host:587 or smtps://…:465). When unset, Accord sends none: no “forgotten your password” link, and an administrator sets passwords.',
  MAIL_FROM: 'The From address of Accord’s email, e.g. Accord <accord@council.gov.uk>. Needed with SMTP_URL.',
  DIGEST_HOUR: 'The hour (0 to 23, London time) from which each day’s What’s due digest email is sent, once a day to each user with something due or overdue. Needs SMTP_URL; off when that is unset.',
  PUBLIC_URL: 'The address people reach Accord at (https://accord.council.gov.uk), for the links in its email. Needed with SMTP_URL; never taken from a request’s Host header.',
  OIDC_ISSUER: 'Single sign-on: the OpenID Connect issuer (for Entra ID https://login.microsoftonline.com/<tenant id>/v2.0). When unset, there is no single sign-on. Needs PUBLIC_URL (the redirect URI is PUBLIC_URL/sign-in/sso/callback).',
  OIDC_CLIENT_ID: 'Single sign-on: Accord’s client (application) id at the provider. Needed with OIDC_ISSUER.',
  OIDC_CLIENT_SECRET: 'Single sign-on: Accord’s client secret at the provider. Needed with OIDC_ISSUER.',
  OIDC_ALLOWED_TENANTS: 'Single sign-on: the Entra ID tenant ids (the tid claim) that may sign in, comma-separated; when unset, any the issuer vouches for.',
  OIDC_ALLOWED_DOMAINS: 'Single sign-on: the email domains that may sign in, comma-separated (council.gov.uk); when unset, any.',
  OIDC_ROLE_CLAIM: 'Single sign-on: the ID token claim holding roles or groups: roles (Entra ID app roles, the default) or groups.',
  OIDC_ROLE_MAP: 'Single sign-on: which claim value is which Accord role, e.g. Accord.Admin=administrator,Accord.Officer=officer; the first the person has wins, re-applied at every sign-in.',
  OIDC_NEW_USERS: 'Single sign-on: refuse (the default) to refuse people with no Accord account, or a role (e.g. councillor) to make their account at first sign-in.',
  OIDC_REQUIRED_DOMAINS: 'Single sign-on: email domains whose users must sign in with it, comma-separated: their password is refused.',
  OIDC_BUTTON_LABEL: 'Single sign-on: the sign-in page’s button (default “Sign in with your council account”).',
  TWO_FACTOR_ROLES: 'The roles that must use two-factor sign-in (an authenticator app) with a password, comma-separated: administrator,auditor by default; none for no one. Optional for everyone else; single sign-on is exempt.',
} as const;

export type SettingName = keyof typeof SETTINGS;

const bool = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
      message: `${name} must be true or false`,
    })
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

// TRUST_PROXY: which proxies may say who the client is. Trusting every hop (Fastify's `true`) lets a
// client write its own X-Forwarded-For and choose the address sign-in throttling counts; so Accord takes
// a hop count or the proxies' addresses, and reads `true` as one hop (docs/decisions.md).
export type TrustProxy = false | number | readonly string[];
const TRUST_PROXY_ALLOWED = 'TRUST_PROXY must be false, the number of proxies in front of Accord (e.g. 1) or their addresses (e.g. 10.0.0.0/8, comma-separated)';
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
function proxyAddress(item: string): boolean {
  if (PROXY_NAMES.includes(item)) return true;
  const [address = '', prefix, extra] = item.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  // A prefix of 0 would trust every address again.
  return /^\d{1,3}$/.test(prefix) && Number(prefix) >= 1 && Number(prefix) <= (family === 4 ? 32 : 128);
}
const trustProxy = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v, ctx): TrustProxy => {
    if (['false', 'no', '0'].includes(v)) return false;
    if (['true', 'yes'].includes(v)) return 1;
    if (/^\d{1,2}$/.test(v)) return Number(v);
    const items = v.split(',').map((item) => item.trim());
    if (items.every(proxyAddress)) return Object.freeze(items);
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_ALLOWED });
    return z.NEVER;
  });

/**
 * What Fastify is told. A hop count is Accord's own function: Fastify 5.12 reads a bare number as
 * "trust nothing", since a client that reaches Accord directly could write the hops itself.
 */
export function proxyTrust(value: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (value === false) return false;
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return [...value];
}

// Single sign-on's settings (src/app/single-sign-on.ts); validated here so a mistake stops the start.
const singleSignOnSchema = {
  // HTTPS, but for a loopback issuer: the provider's keys and tokens travel over this connection, and only
  // on the machine itself (the tests' provider) is there no network to read or alter them on.
  OIDC_ISSUER: z
    .string()
    .trim()
    .refine((v) => {
      try {
        const url = new URL(v);
        return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
      } catch {
        return false;
      }
    }, { message: 'OIDC_ISSUER must be an https:// address, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 (http:// only on loopback, for tests)' })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(255).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(1024).optional(),
  OIDC_ALLOWED_TENANTS: z.string().trim().optional().transform(parseList),
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .trim()
    .optional()
    .transform(parseList)
    .refine((list) => list.every((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(d)), { message: 'OIDC_ALLOWED_DOMAINS must be email domains, comma-separated, e.g. council.gov.uk' }),
  OIDC_ROLE_CLAIM: z.string().trim().min(1).max(100).default('roles'),
  OIDC_ROLE_MAP: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseRoleMap(v ?? '');
      if (parsed.ok) return parsed.map;
      ctx.addIssue({ code: 'custom', message: `OIDC_ROLE_MAP must be claim-value=role pairs, comma-separated (${parsed.message}); roles: ${ROLES.join(', ')}` });
      return z.NEVER;
    }),
  OIDC_NEW_USERS: z
    .string()
    .trim()
    .default('refuse')
    .refine((v) => v === 'refuse' || isRole(v), { message: `OIDC_NEW_USERS must be refuse or a role: ${ROLES.join(', ')}` })
    .transform((v) => v as 'refuse' | Role),
  OIDC_REQUIRED_DOMAINS: z
    .string()
    .trim()
    .optional()
    .transform(parseList)
    .refine((list) => list.every((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(d)), { message: 'OIDC_REQUIRED_DOMAINS must be email domains, comma-separated, e.g. council.gov.uk' }),
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(100).default('Sign in with your council account'),
};

const twoFactorRoles = z
  .string()
  .trim()
  .default('administrator,auditor')
  .transform((v) => (v.toLowerCase() === 'none' ? [] : parseList(v)))
  .refine((list) => list.every(isRole), { message: `TWO_FACTOR_ROLES must be roles, comma-separated, or none; roles: ${ROLES.join(', ')}` })
  .transform((list) => list as Role[]);

function singleSignOnTogether(c: { OIDC_ISSUER?: string | undefined; OIDC_CLIENT_ID?: string | undefined; OIDC_CLIENT_SECRET?: string | undefined; PUBLIC_URL?: string | undefined; OIDC_REQUIRED_DOMAINS: string[] }, ctx: z.RefinementCtx): void {
  if (!c.OIDC_ISSUER) {
    // Requiring single sign-on with none set up would lock those people out.
    if (c.OIDC_REQUIRED_DOMAINS.length > 0) ctx.addIssue({ code: 'custom', path: ['OIDC_REQUIRED_DOMAINS'], message: 'OIDC_REQUIRED_DOMAINS needs OIDC_ISSUER (single sign-on) set up' });
    return;
  }
  if (!c.OIDC_CLIENT_ID || !c.OIDC_CLIENT_SECRET) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET set too' });
  else if (!c.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'OIDC_ISSUER needs PUBLIC_URL set too (the redirect URI is PUBLIC_URL/sign-in/sso/callback)' });
}

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default('sqlite:./data/accord.sqlite')
    .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'DATABASE_URL must start with sqlite: (e.g. sqlite:./data/accord.sqlite or sqlite::memory:) or postgres://',
    }),
  PORT: z
    .string()
    .trim()
    .default('3000')
    .refine((v) => /^\d{1,5}$/.test(v) && Number(v) >= 0 && Number(v) <= 65535, {
      message: 'PORT must be a whole number from 0 to 65535',
    })
    .transform(Number),
  HOST: z.string().trim().min(1, 'HOST must not be empty').default('127.0.0.1'),
  COUNCIL_NAME: z
    .string()
    .trim()
    .min(1, 'COUNCIL_NAME must not be empty')
    .max(100, 'COUNCIL_NAME must be 100 characters or fewer')
    .default('Example Borough Council'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  TWO_FACTOR_ROLES: twoFactorRoles,
  AUDIT_KEY: z.string().min(32, 'AUDIT_KEY must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  }).default('info'),
  TRUST_PROXY: trustProxy.default(false),
  MIGRATE_ON_START: bool('MIGRATE_ON_START').default(true),
  ACCORD_ADMIN_EMAIL: z.email('ACCORD_ADMIN_EMAIL must be an email address').optional(),
  ACCORD_ADMIN_PASSWORD: z.string().min(12, 'ACCORD_ADMIN_PASSWORD must be 12 characters or more').optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PROTOCOL_CONFIG: z.string().trim().min(1).optional(),
  DOCUMENTS_DIR: z.string().trim().min(1).optional(),
  DOCUMENT_MAX_MB: z
    .string()
    .trim()
    .default('20')
    .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1024, { message: 'DOCUMENT_MAX_MB must be a whole number of megabytes from 1 to 1024' })
    .transform(Number),
  SMTP_URL: z
    .string()
    .trim()
    .refine((v) => /^smtps?:\/\/[^\s/]+/.test(v), { message: 'SMTP_URL must start with smtp:// or smtps://, e.g. smtp://user:password@mail.council.gov.uk:587' })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  DIGEST_HOUR: z
    .string()
    .trim()
    .default('7')
    .refine((v) => /^\d{1,2}$/.test(v) && Number(v) <= 23, { message: 'DIGEST_HOUR must be a whole hour from 0 to 23 (London time)' })
    .transform(Number),
  PUBLIC_URL: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+$/.test(v.replace(/\/+$/, '')), { message: 'PUBLIC_URL must be an http:// or https:// address with no path, e.g. https://accord.council.gov.uk' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  ...singleSignOnSchema,
}).refine((c) => Boolean(c.ACCORD_ADMIN_EMAIL) === Boolean(c.ACCORD_ADMIN_PASSWORD), {
  message: 'ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD must be set together',
  path: ['ACCORD_ADMIN_EMAIL'],
}).refine((c) => !c.SMTP_URL || (c.MAIL_FROM && c.PUBLIC_URL), {
  message: 'SMTP_URL needs MAIL_FROM (the From address) and PUBLIC_URL (for the links in email) set too',
  path: ['SMTP_URL'],
}).superRefine(singleSignOnTogether);

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {}

/** Reads settings from an environment (process.env by default). Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(SETTINGS)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const setting = String(first?.path[0] ?? 'configuration');
    // One line naming the setting and what is allowed.
    throw new ConfigError(`Invalid setting ${setting}: ${first?.message ?? 'not valid'}`);
  }
  return Object.freeze(parsed.data);
}

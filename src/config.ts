// The only reader of process.env. Validated once at boot, typed and frozen.
// Each setting is documented here and in the README's configuration table (a test keeps them in step).
import { isIP } from 'node:net';
import { z } from 'zod';

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
  PUBLIC_URL: 'The address people reach Accord at (https://accord.council.gov.uk), for the links in its email. Needed with SMTP_URL; never taken from a request’s Host header.',
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
  PUBLIC_URL: z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s/]+$/.test(v.replace(/\/+$/, '')), { message: 'PUBLIC_URL must be an http:// or https:// address with no path, e.g. https://accord.council.gov.uk' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
}).refine((c) => Boolean(c.ACCORD_ADMIN_EMAIL) === Boolean(c.ACCORD_ADMIN_PASSWORD), {
  message: 'ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD must be set together',
  path: ['ACCORD_ADMIN_EMAIL'],
}).refine((c) => !c.SMTP_URL || (c.MAIL_FROM && c.PUBLIC_URL), {
  message: 'SMTP_URL needs MAIL_FROM (the From address) and PUBLIC_URL (for the links in email) set too',
  path: ['SMTP_URL'],
});

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

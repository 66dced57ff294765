import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, SETTINGS } from '../../src/config.ts';

const SECRET_32 = 'x'.repeat(32);

describe('loadConfig: defaults', () => {
  it('an empty environment gives the documented defaults', () => {
    const c = loadConfig({});
    assert.equal(c.DATABASE_URL, 'sqlite:./data/accord.sqlite');
    assert.equal(c.PORT, 3000);
    assert.equal(c.HOST, '127.0.0.1');
    assert.equal(c.COUNCIL_NAME, 'Example Borough Council');
    assert.equal(c.LOG_LEVEL, 'info');
    assert.equal(c.TRUST_PROXY, false);
    assert.equal(c.MIGRATE_ON_START, true);
    assert.equal(c.DATA_DIR, './data');
    assert.equal(c.SESSION_SECRET, undefined);
    assert.equal(c.ACCORD_ADMIN_EMAIL, undefined);
    assert.equal(c.ACCORD_ADMIN_PASSWORD, undefined);
  });

  it('empty strings count as unset', () => {
    const env = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, '']));
    assert.deepEqual(loadConfig(env), loadConfig({}));
  });

  it('settings it does not know are ignored', () => {
    assert.deepEqual(loadConfig({ PATH: '/usr/bin', NODE_ENV: 'production', port: 'x' }), loadConfig({}));
  });

  it('reads process.env when given nothing', () => {
    const saved = process.env.COUNCIL_NAME;
    process.env.COUNCIL_NAME = 'Borough of Processenv';
    try {
      assert.equal(loadConfig().COUNCIL_NAME, 'Borough of Processenv');
    } finally {
      if (saved === undefined) delete process.env.COUNCIL_NAME;
      else process.env.COUNCIL_NAME = saved;
    }
  });

  it('the result is frozen', () => {
    const c = loadConfig({});
    assert.ok(Object.isFrozen(c));
    assert.throws(() => {
      (c as { PORT: number }).PORT = 1;
    }, TypeError);
    assert.equal(c.PORT, 3000);
  });
});

describe('loadConfig: valid settings', () => {
  const cases: Array<[string, Record<string, string>, Record<string, unknown>]> = [
    ['PORT as a number', { PORT: '8080' }, { PORT: 8080 }],
    ['PORT 0 (any free port)', { PORT: '0' }, { PORT: 0 }],
    ['PORT 65535', { PORT: '65535' }, { PORT: 65535 }],
    ['PORT with spaces around', { PORT: ' 8080 ' }, { PORT: 8080 }],
    ['an in-memory SQLite', { DATABASE_URL: 'sqlite::memory:' }, { DATABASE_URL: 'sqlite::memory:' }],
    ['a PostgreSQL URL', { DATABASE_URL: 'postgres://accord@db:5432/accord' }, { DATABASE_URL: 'postgres://accord@db:5432/accord' }],
    ['a postgresql: URL', { DATABASE_URL: 'postgresql://accord@db/accord' }, { DATABASE_URL: 'postgresql://accord@db/accord' }],
    ['TRUST_PROXY=true (one hop)', { TRUST_PROXY: 'true' }, { TRUST_PROXY: 1 }],
    ['TRUST_PROXY=TRUE', { TRUST_PROXY: 'TRUE' }, { TRUST_PROXY: 1 }],
    ['TRUST_PROXY=1', { TRUST_PROXY: '1' }, { TRUST_PROXY: 1 }],
    ['TRUST_PROXY=yes', { TRUST_PROXY: ' yes ' }, { TRUST_PROXY: 1 }],
    ['TRUST_PROXY=false', { TRUST_PROXY: 'false' }, { TRUST_PROXY: false }],
    ['TRUST_PROXY=0', { TRUST_PROXY: '0' }, { TRUST_PROXY: false }],
    ['TRUST_PROXY=no', { TRUST_PROXY: 'no' }, { TRUST_PROXY: false }],
    ['MIGRATE_ON_START=false', { MIGRATE_ON_START: 'false' }, { MIGRATE_ON_START: false }],
    ['every LOG_LEVEL: silent', { LOG_LEVEL: 'silent' }, { LOG_LEVEL: 'silent' }],
    ['LOG_LEVEL debug', { LOG_LEVEL: 'debug' }, { LOG_LEVEL: 'debug' }],
    ['SESSION_SECRET of 32 characters', { SESSION_SECRET: SECRET_32 }, { SESSION_SECRET: SECRET_32 }],
    ['COUNCIL_NAME trimmed', { COUNCIL_NAME: '  Royal Borough of Example ' }, { COUNCIL_NAME: 'Royal Borough of Example' }],
    ['COUNCIL_NAME of 100 characters', { COUNCIL_NAME: 'C'.repeat(100) }, { COUNCIL_NAME: 'C'.repeat(100) }],
    [
      'the first administrator, both set',
      { ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk', ACCORD_ADMIN_PASSWORD: 'twelve chars' },
      { ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk', ACCORD_ADMIN_PASSWORD: 'twelve chars' },
    ],
    ['HOST 0.0.0.0', { HOST: '0.0.0.0' }, { HOST: '0.0.0.0' }],
  ];
  for (const [name, env, expected] of cases) {
    it(name, () => {
      const c = loadConfig(env) as Record<string, unknown>;
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(c[k], v, k);
    });
  }
});

describe('loadConfig: each invalid setting stops the start with one line naming it', () => {
  // [name, env, the setting the message must name, words the message must contain]
  const cases: Array<[string, Record<string, string>, string, RegExp]> = [
    ['PORT not a number', { PORT: 'eighty' }, 'PORT', /whole number from 0 to 65535/],
    ['PORT too large', { PORT: '65536' }, 'PORT', /0 to 65535/],
    ['PORT negative', { PORT: '-1' }, 'PORT', /0 to 65535/],
    ['PORT fractional', { PORT: '80.5' }, 'PORT', /whole number/],
    ['PORT in hex', { PORT: '0x50' }, 'PORT', /whole number/],
    ['PORT only spaces', { PORT: '   ' }, 'PORT', /whole number/],
    ['DATABASE_URL of another database', { DATABASE_URL: 'mysql://root@db/accord' }, 'DATABASE_URL', /sqlite:.*postgres:\/\//],
    ['DATABASE_URL a bare path', { DATABASE_URL: './data/accord.sqlite' }, 'DATABASE_URL', /must start with sqlite:/],
    ['DATABASE_URL sqlite: with no file', { DATABASE_URL: 'sqlite:' }, 'DATABASE_URL', /must start with sqlite:/],
    ['DATABASE_URL postgres:// with nothing after', { DATABASE_URL: 'postgres://' }, 'DATABASE_URL', /postgres:\/\//],
    ['LOG_LEVEL unknown', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', /fatal, error, warn, info, debug, trace, silent/],
    ['LOG_LEVEL in capitals', { LOG_LEVEL: 'INFO' }, 'LOG_LEVEL', /one of/],
    ['SESSION_SECRET of 31 characters', { SESSION_SECRET: 'y'.repeat(31) }, 'SESSION_SECRET', /at least 32 characters/],
    ['TRUST_PROXY=maybe', { TRUST_PROXY: 'maybe' }, 'TRUST_PROXY', /number of proxies .* or their addresses/],
    ['MIGRATE_ON_START=sometimes', { MIGRATE_ON_START: 'sometimes' }, 'MIGRATE_ON_START', /true or false/],
    ['COUNCIL_NAME of only spaces', { COUNCIL_NAME: '   ' }, 'COUNCIL_NAME', /must not be empty/],
    ['COUNCIL_NAME of 101 characters', { COUNCIL_NAME: 'C'.repeat(101) }, 'COUNCIL_NAME', /100 characters or fewer/],
    ['an admin email without a password', { ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk' }, 'ACCORD_ADMIN_EMAIL', /ACCORD_ADMIN_PASSWORD must be set together/],
    ['an admin password without an email', { ACCORD_ADMIN_PASSWORD: 'long enough password' }, 'ACCORD_ADMIN', /ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD/],
    ['an admin email that is not one', { ACCORD_ADMIN_EMAIL: 'admin', ACCORD_ADMIN_PASSWORD: 'long enough password' }, 'ACCORD_ADMIN_EMAIL', /email address/],
    ['an admin password of 11 characters', { ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk', ACCORD_ADMIN_PASSWORD: 'a'.repeat(11) }, 'ACCORD_ADMIN_PASSWORD', /12 characters or more/],
    ['SMTP_URL not smtp', { SMTP_URL: 'http://mail.example.gov.uk', MAIL_FROM: 'a@example.gov.uk', PUBLIC_URL: 'https://accord.example.gov.uk' }, 'SMTP_URL', /smtp:\/\/ or smtps:\/\//],
    ['SMTP_URL without MAIL_FROM and PUBLIC_URL', { SMTP_URL: 'smtp://mail.example.gov.uk' }, 'SMTP_URL', /needs MAIL_FROM .* and PUBLIC_URL/],
    ['PUBLIC_URL with a path', { PUBLIC_URL: 'https://accord.example.gov.uk/accord' }, 'PUBLIC_URL', /no path/],
  ];
  for (const [name, env, setting, words] of cases) {
    it(name, () => {
      let caught: unknown;
      try {
        loadConfig(env);
      } catch (error) {
        caught = error;
      }
      assert.ok(caught instanceof ConfigError, `expected a ConfigError, got ${String(caught)}`);
      const message = caught.message;
      assert.doesNotMatch(message, /\n/, 'one line');
      assert.match(message, new RegExp(`^Invalid setting ${setting}`), message);
      assert.match(message, words);
    });
  }

  it('never repeats a secret in the message', () => {
    const secret = 'short-but-secret-value';
    assert.throws(() => loadConfig({ SESSION_SECRET: secret }), (e: Error) => e instanceof ConfigError && !e.message.includes(secret));
    const password = 'short-pass!';
    assert.throws(
      () => loadConfig({ ACCORD_ADMIN_EMAIL: 'a@example.gov.uk', ACCORD_ADMIN_PASSWORD: password }),
      (e: Error) => e instanceof ConfigError && !e.message.includes(password),
    );
  });
});

describe('SETTINGS documents every setting', () => {
  it('every setting loadConfig returns has a description, and every description a setting', () => {
    const full = loadConfig({ SESSION_SECRET: SECRET_32, AUDIT_KEY: SECRET_32, ACCORD_ADMIN_EMAIL: 'a@example.gov.uk', ACCORD_ADMIN_PASSWORD: 'long enough password', PROTOCOL_CONFIG: 'protocol.json', DOCUMENTS_DIR: '/srv/accord/documents', SMTP_URL: 'smtp://mail.example.gov.uk:587', MAIL_FROM: 'Accord <accord@example.gov.uk>', PUBLIC_URL: 'https://accord.example.gov.uk', OIDC_ISSUER: 'https://login.example.gov.uk', OIDC_CLIENT_ID: 'accord', OIDC_CLIENT_SECRET: 'secret' });
    assert.deepEqual(Object.keys(full).sort(), Object.keys(SETTINGS).sort());
    for (const [key, text] of Object.entries(SETTINGS)) assert.ok(text.length > 10, key);
  });
});

describe('email settings', () => {
  it('PUBLIC_URL loses a trailing slash, so links are written once', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://user:pass@mail.example.gov.uk:465', MAIL_FROM: 'Accord <accord@example.gov.uk>', PUBLIC_URL: 'https://accord.example.gov.uk/' });
    assert.equal(c.PUBLIC_URL, 'https://accord.example.gov.uk');
  });
});

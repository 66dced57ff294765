import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger, REDACT_PATHS } from '../../src/logger.ts';

function capture(level = 'info') {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger(level, sink), lines, text: () => lines.join('') };
}

const FIELDS = ['password', 'newPassword', 'currentPassword', 'confirmPassword', 'token', '_csrf'];

describe('createLogger: secrets are redacted wherever they appear', () => {
  it('writes JSON lines at the level asked', () => {
    const { logger, lines } = capture('warn');
    logger.info('not written');
    logger.warn({ email: 'ada@example.gov.uk' }, 'written');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0]!);
    assert.equal(entry.msg, 'written');
    assert.equal(entry.email, 'ada@example.gov.uk', 'what is not secret is kept');
  });

  const shapes: Array<[string, (secret: string) => Record<string, unknown>]> = [
    ['a request cookie header', (s) => ({ req: { headers: { cookie: `accord_session=${s}` } } })],
    ['a request authorization header', (s) => ({ req: { headers: { authorization: `Bearer ${s}` } } })],
    ['bare headers', (s) => ({ headers: { cookie: s, authorization: s } })],
    ['a response set-cookie header', (s) => ({ res: { headers: { 'set-cookie': [`accord_session=${s}`] } } })],
    ['the session secret', (s) => ({ SESSION_SECRET: s })],
    ['the first administrator’s password', (s) => ({ ACCORD_ADMIN_PASSWORD: s })],
  ];
  for (const field of FIELDS) {
    shapes.push([`${field} at the top level`, (s) => ({ [field]: s })]);
    shapes.push([`${field} in a body`, (s) => ({ body: { [field]: s } })]);
    shapes.push([`${field} in a request's body`, (s) => ({ req: { body: { [field]: s } } })]);
  }
  for (const [name, shape] of shapes) {
    it(name, () => {
      const secret = `zq-secret-${Math.random().toString(36).slice(2)}`;
      const { logger, text } = capture();
      logger.info(shape(secret), 'logged');
      assert.ok(text().includes('"msg":"logged"'), 'the line was written');
      assert.ok(!text().includes(secret), text());
      assert.ok(text().includes('[redacted]'), 'the censor marks the spot');
    });
  }

  it('every documented path is a valid pino path (the logger can be made)', () => {
    assert.ok(REDACT_PATHS.length > 0);
    assert.doesNotThrow(() => createLogger('info'));
  });
});

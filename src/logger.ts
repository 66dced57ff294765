// pino JSON logs. Cookies, tokens and passwords are redacted wherever they appear.
import pino, { type Logger } from 'pino';

const SECRET_FIELDS = ['password', 'newPassword', 'currentPassword', 'confirmPassword', 'token', '_csrf'];

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  // pino's wildcards match one level each: a secret field at the top, one or two levels down
  // ({ password }, { body: { password } }, { req: { body: { password } } }).
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'ACCORD_ADMIN_PASSWORD',
  'SESSION_SECRET',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}

// The secret that signs cookies and CSRF tokens: SESSION_SECRET, or one generated once and kept
// beside the data so restarts do not sign everyone out.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

export function resolveSessionSecret(config: Config, logger: Logger): string {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const file = join(config.DATA_DIR, 'session-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(config.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  logger.warn(
    { file },
    'SESSION_SECRET is not set: generated one and kept it in the data directory. Set SESSION_SECRET when running more than one app server.',
  );
  return secret;
}

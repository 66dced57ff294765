// The audit key (AUDIT_KEY) gives every audit event a keyed hash, so the trail cannot be rewritten
// undetected by someone who can only write to the database. It must therefore live outside the
// database: the setting, or a file generated once in the data directory. Every app server and
// command line writing to one database must use the same key.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';

export const AUDIT_KEY_FILE = 'audit-key';

export class AuditKeyError extends Error {}

/** AUDIT_KEY, or the key kept in DATA_DIR/audit-key; null when neither exists (never invents one: for verifying). */
export function findAuditKeySecret(config: Pick<Config, 'AUDIT_KEY' | 'DATA_DIR'>): string | null {
  return config.AUDIT_KEY ?? readKept(join(config.DATA_DIR, AUDIT_KEY_FILE));
}

/** The same, generating and keeping a key with a warning when there is none (for whatever writes events). */
export function ensureAuditKeySecret(config: Pick<Config, 'AUDIT_KEY' | 'DATA_DIR'>, warn: (message: string, file: string) => void): string {
  const found = findAuditKeySecret(config);
  if (found !== null) return found;
  const file = join(config.DATA_DIR, AUDIT_KEY_FILE);
  mkdirSync(config.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // Written whole, then linked into place: of two processes starting at once on one data directory,
  // the second finds the first's complete key (link refuses to replace a file).
  const draft = `${file}.${process.pid}.new`;
  writeFileSync(draft, `${secret}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    const kept = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readKept(file) : null;
    if (kept !== null) return kept;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  warn(
    'AUDIT_KEY is not set: generated one and kept it in the data directory. Keep a copy somewhere safe (without it the audit trail cannot be verified), and set AUDIT_KEY to the same value on every app server and command line that shares this database.',
    file,
  );
  return secret;
}

function readKept(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const kept = text.trim();
  // Never replace a damaged key: every event written with it would then fail verification.
  if (kept.length < 32) throw new AuditKeyError(`${file} does not hold an audit key (32 characters or more): restore it from your copy, or set AUDIT_KEY`);
  return kept;
}

// The audit key for the command line: commands that write events make one when there is none (as the
// server does); commands that verify never do, since a new key would only prove nothing matches.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { ensureAuditKeySecret, findAuditKeySecret } from '../startup.ts';
import { createAuditKey, type AuditKey } from '../app/audit-chain.ts';
import { CliError, type CliIo } from './io.ts';

export function writingAuditKey(io: CliIo, config: Config): AuditKey {
  return createAuditKey(ensureAuditKeySecret(config, (message, file) => io.stderr.write(`Warning: ${message} (${file})\n`)));
}

export function verifyingAuditKey(config: Config): AuditKey {
  const secret = findAuditKeySecret(config);
  if (secret === null) {
    throw new CliError(
      `No audit key: AUDIT_KEY is not set and ${join(config.DATA_DIR, 'audit-key')} does not exist. Set AUDIT_KEY to the key the app servers use.`,
    );
  }
  return createAuditKey(secret);
}

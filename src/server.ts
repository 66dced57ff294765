// Boot, top to bottom: config → logger → database → migrations → first administrator → app → listen,
// then a graceful shutdown on SIGTERM/SIGINT (finish in-flight requests, close the database).
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { explainDatabaseFailure, explainDataDirFailure, explainListenFailure, openDatabase, PendingMigrationsError } from './startup.ts';
import type { Database } from './db/database.ts';
import { resolveSessionSecret } from './session-secret.ts';
import { AuditKeyError, ensureAuditKeySecret } from './audit-key.ts';
import { createAuditKey, type AuditKey } from './app/audit-chain.ts';
import { sealUnkeyedAuditEvents } from './app/command.ts';
import { SYSTEM, systemClock, uuidIds } from './app/deps.ts';
import { ensureFirstAdministrator } from './app/users.service.ts';
import { UserFacingError } from './app/errors.ts';
import { buildApp } from './web/app.ts';
import { mailerFrom } from './app/mail.ts';
import { scheduleDueDigests } from './app/digest.service.ts';
import { ProtocolConfigError, readProtocolConfig } from './app/protocol-config.ts';
import type { ProtocolConfig } from './domain/protocol-config/schema.ts';

/** A failure a person can fix: one plain line on standard error naming the setting, then exit 1. */
function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) stop(error.message);
  throw error;
}

// Read before anything else is opened: a configuration the council did not mean stops the start.
let protocol: ProtocolConfig;
try {
  protocol = readProtocolConfig(config.PROTOCOL_CONFIG);
} catch (error) {
  if (error instanceof ProtocolConfigError) stop(error.message);
  throw error;
}

const logger = createLogger(config.LOG_LEVEL);
// Read before the database is opened: a damaged key file stops the start before anything is written.
let auditKey: AuditKey;
try {
  auditKey = createAuditKey(ensureAuditKeySecret(config, (message, file) => logger.warn({ file }, message)));
} catch (error) {
  if (error instanceof AuditKeyError) stop(error.message);
  stop(explainDataDirFailure(config, error) ?? (error instanceof Error ? error.message : String(error)));
}
let database: Database;
try {
  database = await openDatabase(config, logger);
} catch (error) {
  if (error instanceof PendingMigrationsError) stop(error.message);
  const line = explainDatabaseFailure(config, error);
  if (line) stop(line);
  logger.fatal({ err: error }, 'could not open or migrate the database');
  process.exit(1);
}

// Events from before keyed hashing get one keyed event after them, which seals them.
if (await sealUnkeyedAuditEvents({ database, clock: systemClock, ids: uuidIds, auditKey }, SYSTEM)) {
  logger.info('sealed the audit events written before keyed hashing with a keyed event');
}

if (config.ACCORD_ADMIN_EMAIL && config.ACCORD_ADMIN_PASSWORD) {
  try {
    const outcome = await ensureFirstAdministrator(
      { database, clock: systemClock, ids: uuidIds, auditKey },
      { email: config.ACCORD_ADMIN_EMAIL, password: config.ACCORD_ADMIN_PASSWORD },
    );
    if (outcome === 'created') logger.info({ email: config.ACCORD_ADMIN_EMAIL }, 'created the first administrator');
  } catch (error) {
    // A refused password ("ACCORD_ADMIN_PASSWORD is refused: …") is the setting to fix, said in one line.
    await database.close();
    if (error instanceof UserFacingError) stop(error.message);
    throw error;
  }
}

let sessionSecret: string;
try {
  sessionSecret = resolveSessionSecret(config, logger);
} catch (error) {
  await database.close();
  const line = explainDataDirFailure(config, error);
  if (line) stop(line);
  throw error;
}
const app = await buildApp({ config, database, logger, sessionSecret, auditKey, protocol });

try {
  await app.listen({ port: config.PORT, host: config.HOST });
} catch (error) {
  await database.close();
  const line = explainListenFailure(config, error);
  if (line) stop(line);
  logger.fatal({ err: error }, `could not listen on ${config.HOST}:${config.PORT}`);
  process.exit(1);
}
logger.info(
  { council: config.COUNCIL_NAME, database: database.location, startupMs: Math.round(process.uptime() * 1000) },
  `Accord is ready on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`,
);

// The What's due digests, once a day from DIGEST_HOUR; every server may run them: a row claims each one.
const mailer = mailerFrom(config);
const stopDigests = mailer ? scheduleDueDigests({ database, clock: systemClock, ids: uuidIds, auditKey }, mailer, config.DIGEST_HOUR, logger) : () => undefined;

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    logger.error('shutdown took longer than 10 seconds: exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  stopDigests();
  await app.close();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// accord: the command line. `npx accord --help`.
import { Command, CommanderError } from 'commander';
import { hostname, userInfo } from 'node:os';
import { ConfigError, loadConfig } from '../config.ts';
import { explainDatabaseFailure, openDatabase, PendingMigrationsError } from '../startup.ts';
import { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock, uuidIds, type AppDeps, type RequestContext } from '../app/deps.ts';
import { UserFacingError } from '../app/errors.ts';
import { createUser, updateUser } from '../app/users.service.ts';
import { findUserByEmail } from '../db/repositories/users.repo.ts';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { isRole, ROLES, type Role } from '../domain/access/roles.ts';
import { CliError, type CliIo } from './io.ts';
import { readSecret } from './secret-input.ts';
import { registerTokenCommand } from './commands/token.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerDigestCommand } from './commands/digest.ts';
import { writingAuditKey } from './audit-key.ts';

function operator(): RequestContext {
  let who = 'unknown';
  try {
    who = `${userInfo().username}@${hostname()}`;
  } catch {
    // no passwd entry (some containers): keep "unknown"
  }
  return { actor: { id: null, label: `command line (${who})` }, requestId: null };
}

function role(value: string): Role {
  if (!isRole(value)) throw new CliError(`Role must be one of: ${ROLES.join(', ')}`, 2);
  return value;
}

async function withDeps<T>(io: CliIo, work: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const auditKey = writingAuditKey(io, config);
  const database = await openDatabase(config);
  try {
    return await work({ database, clock: systemClock, ids: uuidIds, auditKey });
  } finally {
    await database.close();
  }
}

function program(io: CliIo): Command {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const cli = new Command('accord')
    .description('Accord: the partnership register. Settings come from the environment (see the README).')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  cli
    .command('migrate')
    .description('apply pending database migrations to DATABASE_URL')
    .action(async () => {
      const config = loadConfig(io.env);
      const database = Database.fromUrl(config.DATABASE_URL);
      try {
        const applied = await migrateToLatest(database);
        out(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await database.close();
      }
    });

  const user = cli.command('user').description('manage users');
  user
    .command('add')
    .description('add a user; the password is read from standard input or prompted for, never an argument')
    .requiredOption('--email <email>', 'email address they sign in with')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .action(async (opts: { email: string; name: string; role: string }) => {
      const r = role(opts.role);
      const password = await readSecret(io, 'Password (12 characters or more): ');
      const created = await withDeps(io, (deps) => createUser(deps, operator(), { email: opts.email, name: opts.name, role: r, password }));
      out(`Added ${created.name} <${created.email}> as ${created.role}.`);
    });

  user
    .command('set-role')
    .description("change a user's role")
    .requiredOption('--email <email>', 'the user’s email address')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .action(async (opts: { email: string; role: string }) => {
      const r = role(opts.role);
      await withDeps(io, async (deps) => {
        const found = await findUserByEmail(deps.database.db, normaliseEmail(opts.email));
        if (!found) throw new CliError(`No user has the email address ${opts.email}`);
        await updateUser(deps, operator(), found.id, { email: found.email, name: found.name, role: r, active: found.active });
        out(`${found.name} <${found.email}> is now ${r}.`);
      });
    });

  registerAuditCommands(cli, io);
  registerDigestCommand(cli, io);

  registerDemoCommand(cli, io);

  registerTokenCommand(cli, { io, withDeps, operator });

  return cli;
}

function databaseFailure(io: CliIo, error: unknown): string | undefined {
  try {
    return explainDatabaseFailure(loadConfig(io.env), error);
  } catch {
    return undefined;
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // A database Accord cannot reach is said as the server says it: one line naming DATABASE_URL.
    const unreachable = error instanceof ConfigError ? undefined : databaseFailure(io, error);
    const message =
      error instanceof CliError || error instanceof ConfigError || error instanceof UserFacingError || error instanceof PendingMigrationsError
        ? error.message
        : (unreachable ?? `Failed: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr.write(`${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

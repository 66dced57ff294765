// accord token create --email E --name N: makes an API token for a user and prints only the token on
// standard output (so `TOKEN=$(npx accord token create …)` works); it is never shown again.
import type { Command } from 'commander';
import { createApiToken, tokenNameProblem } from '../../app/api-tokens.service.ts';
import type { AppDeps, RequestContext } from '../../app/deps.ts';
import { findUserByEmail } from '../../db/repositories/users.repo.ts';
import { normaliseEmail } from '../../domain/accounts/email.ts';
import { CliError, type CliIo } from '../io.ts';

export interface CommandContext {
  io: CliIo;
  withDeps: <T>(io: CliIo, work: (deps: AppDeps) => Promise<T>) => Promise<T>;
  operator: () => RequestContext;
}

export function registerTokenCommand(cli: Command, ctx: CommandContext): void {
  const token = cli.command('token').description('API tokens for the JSON API (see /api/docs)');
  token
    .command('create')
    .description("make an API token for a user; prints only the token, once (it acts with the user's role)")
    .requiredOption('--email <email>', 'the email address of the user the token acts as')
    .requiredOption('--name <name>', 'what will use the token, like "Power BI"')
    .action(async (opts: { email: string; name: string }) => {
      const name = opts.name.trim();
      const problem = tokenNameProblem(name);
      if (problem) throw new CliError(problem, 2);
      await ctx.withDeps(ctx.io, async (deps) => {
        const user = await findUserByEmail(deps.database.db, normaliseEmail(opts.email));
        if (!user) throw new CliError(`No user has the email address ${opts.email}`);
        const made = await createApiToken(deps, ctx.operator(), { userId: user.id, name });
        ctx.io.stdout.write(`${made.token}\n`);
        ctx.io.stderr.write(`Made API token "${name}" for ${user.name} <${user.email}> (${user.role}). Copy it now: it will not be shown again.\n`);
      });
    });
}

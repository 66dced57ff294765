// accord audit verify [--checkpoint FILE] and accord audit checkpoint: the chain walked with
// the audit key, and a signed record of its head to keep outside the database (a ticket, a committee
// report, another system), which later proves that the chain still extends it.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../startup.ts';
import { signCheckpoint } from '../../app/audit-chain.ts';
import { verifyAuditChain } from '../../app/audit-verify.ts';
import { systemClock } from '../../app/deps.ts';
import { parseCheckpoint, type Checkpoint } from '../../domain/audit/chain.ts';
import { verifyingAuditKey } from '../audit-key.ts';
import { CliError, type CliIo } from '../io.ts';

function readCheckpoint(file: string): Checkpoint {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the checkpoint file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2);
  }
  const parsed = parseCheckpoint(text);
  if ('error' in parsed) throw new CliError(`${file}: ${parsed.error}`, 2);
  return parsed.checkpoint;
}

export function registerAuditCommands(cli: Command, io: CliIo): void {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const audit = cli.command('audit').description('the audit trail');

  audit
    .command('verify')
    .description('walk the hash chain with the audit key; exit 1 naming the first event that does not match')
    .option('--checkpoint <file>', 'also prove the chain still extends this checkpoint (from accord audit checkpoint)')
    .action(async (opts: { checkpoint?: string }) => {
      const config = loadConfig(io.env);
      const key = verifyingAuditKey(config);
      const checkpoint = opts.checkpoint === undefined ? undefined : readCheckpoint(opts.checkpoint);
      const database = await openDatabase(config);
      try {
        const result = await verifyAuditChain(database, { key, ...(checkpoint && { checkpoint }) });
        if (!result.intact) {
          const which = result.eventId ? ` (event id ${result.eventId})` : '';
          throw new CliError(
            `Audit chain BROKEN after ${result.count} good events: ${result.problem}${which}.\nWhat it likely means: ${result.meaning}`,
          );
        }
        out(`Audit chain intact: ${result.count} events. Head hash ${result.headHash}`);
        if (checkpoint) out(`It extends the checkpoint taken at ${checkpoint.at} (event ${checkpoint.seq}).`);
      } finally {
        await database.close();
      }
    });

  audit
    .command('checkpoint')
    .description('verify the chain, then print a signed checkpoint of its head (JSON) to keep outside the database')
    .action(async () => {
      const config = loadConfig(io.env);
      const key = verifyingAuditKey(config);
      const database = await openDatabase(config);
      try {
        // A checkpoint of a broken chain would vouch for the break.
        const result = await verifyAuditChain(database, { key });
        if (!result.intact) throw new CliError(`No checkpoint: the audit chain is BROKEN after ${result.count} good events: ${result.problem}. Run accord audit verify.`);
        // The head just verified, not a newer one read afterwards.
        out(JSON.stringify(signCheckpoint(key, { seq: result.count, hash: result.headHash }, systemClock.now()), null, 2));
      } finally {
        await database.close();
      }
    });
}

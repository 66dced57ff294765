// `accord digest`: sends today's What's due digests now, for a council that runs them from its own
// scheduler (cron) rather than the app servers' timer. Safe beside the servers: a digest already claimed
// today is not sent again.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../startup.ts';
import { systemClock, uuidIds } from '../../app/deps.ts';
import { sendDueDigests } from '../../app/digest.service.ts';
import { mailerFrom } from '../../app/mail.ts';
import { CliError, type CliIo } from '../io.ts';
import { writingAuditKey } from '../audit-key.ts';

export function registerDigestCommand(cli: Command, io: CliIo): void {
  cli
    .command('digest')
    .description('send today’s What’s due digest emails now (each user’s at most once a day; needs SMTP_URL, MAIL_FROM and PUBLIC_URL)')
    .action(async () => {
      const config = loadConfig(io.env);
      const mailer = mailerFrom(config);
      if (!mailer) throw new CliError('No email is configured: set SMTP_URL, MAIL_FROM and PUBLIC_URL to send the digests');
      const auditKey = writingAuditKey(io, config);
      const database = await openDatabase(config);
      try {
        const run = await sendDueDigests({ database, clock: systemClock, ids: uuidIds, auditKey }, mailer);
        io.stdout.write(`What’s due digests for ${run.day}: ${run.sent} sent, ${run.already} already sent today, ${run.failed} could not be sent (tried again next time)\n`);
        if (run.failed) throw new CliError(`${run.failed} digest${run.failed === 1 ? '' : 's'} could not be sent`);
      } finally {
        await database.close();
      }
    });
}

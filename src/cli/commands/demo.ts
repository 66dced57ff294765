// `accord demo [--force]`: fills an empty register with an example council to try Accord with.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../startup.ts';
import { systemClock, uuidIds } from '../../app/deps.ts';
import { DemoRefusedError, loadDemoData } from '../../app/demo-data.ts';
import { documentStore } from '../../app/document-store.ts';
import { CliError, type CliIo } from '../io.ts';
import { writingAuditKey } from '../audit-key.ts';

export function registerDemoCommand(cli: Command, io: CliIo): void {
  const out = (line: string) => io.stdout.write(`${line}\n`);
  cli
    .command('demo')
    .description('fill an empty register with an example council’s partnerships, partners and people (creates no user accounts)')
    .option('--force', 'add the example even when the register already has partnerships')
    .action(async (opts: { force?: boolean }) => {
      const config = loadConfig(io.env);
      const auditKey = writingAuditKey(io, config);
      const database = await openDatabase(config);
      try {
        const result = await loadDemoData({ database, clock: systemClock, ids: uuidIds, auditKey }, { councilName: config.COUNCIL_NAME, force: opts.force === true, documents: documentStore(config) });
        const reused = (n: number) => (n ? ` (${n} already there, reused)` : '');
        out(`Example data added to ${database.location}:`);
        out(`  this council: ${result.council.name}${result.council.created ? '' : ' (already there, reused)'}`);
        out(`  ${result.organisations.created} partner organisations${reused(result.organisations.existing)}`);
        out(`  ${result.people.created} people: council officers, councillors and partners’ contacts${reused(result.people.existing)}`);
        out(`  ${result.priorities.created} corporate priorities${reused(result.priorities.existing)}`);
        out(`  ${result.partnerships.length} partnerships:`);
        for (const p of result.partnerships) out(`    ${p.reference}  ${p.name}`);
        out('No user accounts were created. Start Accord with npm start and sign in (on a new install the first visit asks you to create the first administrator).');
      } catch (error) {
        if (error instanceof DemoRefusedError) throw new CliError(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
}

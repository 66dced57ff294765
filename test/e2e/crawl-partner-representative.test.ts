// (e) Every page linked from anywhere in Accord, over the example council's data, signed in as a partner
// representative (issue 10) linked to someone of the partner organisation in the most partnerships:
// every link answers 200, every page passes axe, and no link leads out of their reach (a 403 or 404
// would be a problem the crawl reports).
import { sql } from 'kysely';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { crawlAs } from './support/crawl-suite.ts';

// Past 300 s beside the rest of the suite on a loaded machine (6 December 2026).
crawlAs('partner-representative', 600_000, async (server, userId) => {
  const db = server.deps.database.db;
  const busiest = await db
    .selectFrom('partnership_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['o.id', sql<number>`count(*)`.as('n')])
    .where('o.is_this_council', '=', 0)
    .groupBy('o.id')
    .orderBy('n', 'desc')
    .orderBy('o.id')
    .executeTakeFirstOrThrow();
  await createPerson(server.deps, SYSTEM, { name: 'Robin Partner', jobTitle: 'Partnership manager', organisationId: busiest.id, email: null, councilRole: null, userId });
});

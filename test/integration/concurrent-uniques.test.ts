// Commands queue on the audit chain's lock, so two submissions racing for something unique (the one
// "this council", a user account's one person) meet a field error, never a database error.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { SYSTEM, systemClock, uuidIds } from '../../src/app/deps.ts';
import { ValidationError } from '../../src/app/errors.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { organisationDetails } from '../helpers/factories.ts';

forEachDatabase('submissions racing for something unique', (ctx) => {
  it('ten at once marking an organisation "this council": one succeeds, nine are told at the field', async () => {
    const deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createOrganisation(deps, SYSTEM, organisationDetails(`Council ${i}`, { isThisCouncil: true }))),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of results) {
      if (r.status === 'rejected') {
        assert.ok(r.reason instanceof ValidationError, `a field error, not ${String(r.reason)}`);
        assert.equal(r.reason.problems[0]?.field, 'isThisCouncil');
      }
    }
  });
});

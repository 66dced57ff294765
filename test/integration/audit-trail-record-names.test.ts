// The audit trail names the record each event concerns as it is today: a partnership's own
// parts by what they are and whose (its business case, a governance section, a screening, a document).
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { saveGovernanceSection } from '../../src/app/governance.service.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { currentRecordNames } from '../../src/db/repositories/audit-trail.repo.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { organisationDetails, partnershipDetails } from '../helpers/factories.ts';
import { completeAssessment } from '../helpers/lifecycle.ts';

forEachDatabase('the audit trail’s record names', (ctx) => {
  let deps: AppDeps;
  let id: string;
  let reference: string;
  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    const council = (await createOrganisation(deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }))).id;
    const other = (await createOrganisation(deps, SYSTEM, organisationDetails('Neighbour Trust'))).id;
    const p = await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'Joint Waste', partners: [{ organisationId: council, role: 'lead', memberStatus: 'voting' }, { organisationId: other, role: 'member', memberStatus: 'voting' }] }));
    id = p.id;
    reference = p.reference;
    await completeAssessment(deps, id);
    await saveGovernanceSection(deps, SYSTEM, { role: 'administrator' }, id, 'element-i', { status: 'draft', summary: 'Quarterly, quorum of three.', agreedOn: null });
  });

  it('R-2.6.10: a business case and a governance section are named by what they are and whose; one that never existed is not', async () => {
    const names = await currentRecordNames(ctx.database.db, [
      { type: 'business-case', id },
      { type: 'governance-section', id: `${id}/element-i` },
      { type: 'governance-section', id: `${id}/no-such-section` },
      { type: 'document', id: 'no-such-document' },
    ]);
    assert.equal(names.get(`business-case:${id}`), `Business case of Joint Waste (${reference})`);
    assert.equal(names.get(`governance-section:${id}/element-i`), `(i) Meetings, Joint Waste (${reference})`);
    assert.equal(names.has(`governance-section:${id}/no-such-section`), false);
    assert.equal(names.has('document:no-such-document'), false);
  });
});

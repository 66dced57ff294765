// The API's contract: the OpenAPI 3.1 document is well formed, every /api/v1 route is in it and
// nothing else, its schemas compile under JSON Schema 2020-12 (strict Ajv), its examples are valid,
// and a tour of every operation answers only documented statuses with bodies that validate against
// the documented schema (ApiClient checks every answer). /api/docs is generated from the document.
import { can, ROLES, type Permission } from '../../src/domain/access/roles.ts';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { QUERY_PARAMETERS } from '../../src/domain/register/register-query.ts';
import { REGISTER_PARAMETERS } from '../../src/web/api/partnerships.api.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Contract } from './api-helpers.ts';

forEachDatabase('API contract (OpenAPI document)', (ctx) => {
  let t: TestApp;
  let contract: Contract;

  before(async () => {
    t = await startApp(ctx.database);
    contract = await loadContract(t.app);
  });
  after(() => t.close());

  it('publishes OpenAPI 3.1 at /api/openapi.json to anyone, as JSON, with the draft 2020-12 dialect', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    const doc = JSON.parse(res.body);
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.jsonSchemaDialect, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(doc.components.securitySchemes.bearerToken, { ...doc.components.securitySchemes.bearerToken, type: 'http', scheme: 'bearer' });
  });

  it('documents every /api/v1 route the app registers, and only those', () => {
    const registered = t.app.routeDeclarations
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = contract.operations.map((op) => `${op.method} ${op.path}`).sort();
    assert.deepEqual(registered, documented);
    assert.equal(
      documented.length,
      208,
      'list, create, read and change for partnerships, organisations and people; list, add, change and remove a person’s interests; withdraw and delete a partnership; read its lifecycle and take a step; list and record its screenings; read and change its business case; read its governance and set one section; list, upload and read its documents, upload a version and download one; read its compliance and record an attestation or an exception; read its History; list its overlaps; list, add, read, change and remove its partners, its council representatives, its meetings, actions and forward plan, its member seats, voting rules, quorum conditions and limits of authority, its objectives, outcome indicators and measurements, its reporting lines and performance reports, its performance issues and the partners’ challenges, its annual reviews, the objectives and partners’ contributions each evaluated, its action plan’s actions and each partner’s refreshes of it, its risks, their controls and their reviews, its funding proposals, its termination provisions, exit strategy and dissolution checklist, and its publication on the public register; its performance and the council’s; read and set the risk matrix; list the council’s open risks; a meeting’s agenda, its attendance, its items, their declarations and votes, who was told of each decision and who ratified it; list its decisions; check a decision; work out when notice to withdraw would take effect; list the council’s compliance and its decisions',
    );
    const ids = contract.operations.map((op) => op.spec.operationId);
    assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  });

  it('declares the access of every operation as the route does, and documents 401 for each and 403 for writes', () => {
    for (const op of contract.operations) {
      const route = t.app.routeDeclarations.find((r) => r.method === op.method && r.url.replace(/:(\w+)/g, '{$1}') === op.path);
      assert.equal(op.spec['x-accord-permission'], route?.access, `${op.method} ${op.path}`);
      assert.deepEqual(op.spec.security, [{ bearerToken: [] }]);
      assert.ok(op.spec.responses['401'], `${op.method} ${op.path} documents 401`);
      const refusesSomeRole = ROLES.some((role) => !can(role, op.spec['x-accord-permission'] as Permission));
      assert.equal(Boolean(op.spec.responses['403']), refusesSomeRole, `${op.method} ${op.path}: 403 documented exactly where a role is refused`);
      assert.ok(op.method !== 'GET' || String(op.spec['x-accord-permission']).endsWith('.view'), `${op.method} ${op.path}: a read needs a reading permission`);
      if (op.spec.requestBody) for (const status of ['400', '413', '415', '422']) assert.ok(op.spec.responses[status], `${op.method} ${op.path} documents ${status}`);
      // Deleting a partnership is an administrator's; removing one of its records (a partner) is keeping the register.
      const deletes = op.method === 'DELETE' && op.path === '/api/v1/partnerships/{id}';
      // Checking a decision is a POST that computes and saves nothing: a read.
      const computes = op.method === 'POST' && ['/api/v1/decision-rules/evaluate', '/api/v1/partnerships/{id}/notice/evaluate'].includes(op.path);
      const directory = /^\/api\/v1\/(organisations|people)/.test(op.path);
      // A person's register of interests is kept by the monitoring officer as well as by whoever keeps the register (R-2.13).
      const interests = /\/interests(\/|$)/.test(op.path);
      // R-2.9: a partner's representative submits the measurements of the indicators its organisation supplies;
      // R-2.6.15: and raises challenges for it.
      const submits = op.method === 'POST' && ['/api/v1/partnerships/{id}/measurements', '/api/v1/partnerships/{id}/performance-challenges'].includes(op.path);
      // R-2.6.8: the council's risk matrix is an administrator's to set.
      const matrix = op.method === 'PUT' && op.path === '/api/v1/risk-matrix';
      const writes = deletes ? 'register.delete' : matrix ? 'risk-matrix.manage' : interests ? 'interests.manage' : submits ? 'performance.submit' : 'register.manage';
      // What's due: one's own for every signed-in role; across the partnerships for those who answer for them all.
      const due = op.path === '/api/v1/due' ? 'dashboard.view' : op.path === '/api/v1/due/council' ? 'council-due.view' : null;
      const reads = due ?? (directory ? 'directory.view' : 'register.view');
      assert.equal(op.method === 'GET' || computes ? reads : writes, op.spec['x-accord-permission'], `${op.method} ${op.path}`);
    }
  });

  it('compiles every component schema strictly under JSON Schema 2020-12, and every $ref resolves', () => {
    const ids = Object.keys(contract.doc.components.schemas);
    assert.ok(ids.length >= 16, ids.join(', '));
    for (const id of ids) contract.validator(`#/components/schemas/${id}`);
    const refs = JSON.stringify(contract.doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const target = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      assert.ok(ids.includes(target), `${ref} resolves`);
    }
  });

  it('refuses unknown fields in every request schema (additionalProperties: false), and says money is integer pence', () => {
    const schemas = contract.doc.components.schemas;
    for (const op of contract.operations) {
      // JSON bodies and multipart forms (a document's upload) alike.
      const ref = (Object.values(op.spec.requestBody?.content ?? {})[0] as { schema: { $ref: string } } | undefined)?.schema.$ref;
      if (!ref) continue;
      const schema = schemas[ref.split('/').pop()!];
      assert.equal(schema.additionalProperties, false, `${ref} refuses unknown fields`);
    }
    const pence = schemas.Partnership.properties.councilContributionPence;
    assert.deepEqual(pence.anyOf.map((s: { type: string }) => s.type).sort(), ['integer', 'null']);
    assert.match(pence.description, /pence/);
    assert.equal(schemas.Partnership.properties.startDate.anyOf[0].format, 'date');
    // No money field without the unit in its name.
    const names = JSON.stringify(schemas).match(/"(\w*(?:[Cc]ontribution|[Aa]mount|[Cc]ost)\w*)":/g) ?? [];
    for (const name of names) assert.match(name, /Pence"/, `${name} says it is in pence`);
  });

  it('has request examples that are valid against their own schemas', () => {
    let examples = 0;
    for (const op of contract.operations) {
      const json = op.spec.requestBody?.content['application/json'];
      if (!json) continue;
      contract.assertValid(json.schema.$ref, json.example, `example of ${op.method} ${op.path}`);
      examples += 1;
    }
    assert.equal(examples, 85);
    // And an invalid example would be caught: the validator is not a tautology.
    const validate = contract.validator('#/components/schemas/PartnershipInput');
    assert.equal(validate({ name: 'x', colour: 'red' }), false);
  });

  it('documents exactly the register page’s query parameters for the partnership list', () => {
    assert.deepEqual(REGISTER_PARAMETERS.map((p) => p.name).sort(), [...QUERY_PARAMETERS].sort());
    const op = contract.operation('GET', '/api/v1/partnerships')!;
    assert.deepEqual(op.spec.parameters.map((p: { name: string }) => p.name).sort(), [...QUERY_PARAMETERS].sort());
  });

  it('answers a tour of every operation only with documented statuses and bodies that match the schemas', async () => {
    const register = await seedRegister(t.deps);
    const officer = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
    const admin = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'administrator')).token);
    const auditor = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
    const partnerRep = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'partner-representative')).token);
    const nobody = new ApiClient(t.app, contract, null);
    const missing = '01900000-0000-7000-8000-000000000000';

    const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { startDate: '2026-04-01', councilContributionPence: 2_500_050 }));
    assert.equal(created.status, 201);
    const org = await officer.post('/api/v1/organisations', { name: 'Tour Organisation', sector: 'other', isThisCouncil: false });
    assert.equal(org.status, 201);
    const person = await officer.post('/api/v1/people', { name: 'Tour Person', organisationId: org.body.id });
    assert.equal(person.status, 201);

    for (const [resource, id] of [
      ['partnerships', created.body.id],
      ['organisations', org.body.id],
      ['people', person.body.id],
    ] as const) {
      assert.equal((await officer.get(`/api/v1/${resource}`)).status, 200);
      assert.equal((await officer.get(`/api/v1/${resource}?bogus=1`)).status, 400);
      assert.equal((await officer.get(`/api/v1/${resource}/${id}`)).status, 200);
      assert.equal((await officer.get(`/api/v1/${resource}/${missing}`)).status, 404);
      assert.equal((await officer.patch(`/api/v1/${resource}/${id}`, {})).status, 200);
      assert.equal((await officer.patch(`/api/v1/${resource}/${id}`, { nonsense: true })).status, 400);
      assert.equal((await officer.patch(`/api/v1/${resource}/${missing}`, {})).status, 404);
      assert.equal((await officer.get(`/api/v1/${resource}/${'x'.repeat(200)}`)).status, 404, 'an over-long id is simply not found');
      assert.equal((await officer.patch(`/api/v1/${resource}/%E0%A4%A`, {})).status, 404, 'an undecodable id is simply not found');
      assert.equal((await officer.post(`/api/v1/${resource}`, { nonsense: true })).status, 400);
      assert.equal((await officer.request('POST', `/api/v1/${resource}`, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
      const big = { payload: `{"name":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } };
      assert.equal((await officer.request('POST', `/api/v1/${resource}`, big)).status, 413);
      assert.equal((await officer.request('PATCH', `/api/v1/${resource}/${id}`, big)).status, 413);
      assert.equal((await officer.request('PATCH', `/api/v1/${resource}/${id}`, { payload: 'name: x', headers: { 'content-type': 'text/plain' } })).status, 415);
      assert.equal((await auditor.get(`/api/v1/${resource}/${id}`)).status, 200);
      assert.equal((await auditor.patch(`/api/v1/${resource}/${id}`, {})).status, 403);
      assert.equal((await nobody.get(`/api/v1/${resource}`)).status, 401);
      assert.equal((await nobody.get(`/api/v1/${resource}/${id}`)).status, 401);
      assert.equal((await nobody.post(`/api/v1/${resource}`, {})).status, 401);
      assert.equal((await nobody.patch(`/api/v1/${resource}/${id}`, {})).status, 401);
      assert.equal((await auditor.post(`/api/v1/${resource}`, {})).status, 403);
      // The council's directories are not a partner representative's (directory.view).
      if (resource !== 'partnerships') {
        assert.equal((await partnerRep.get(`/api/v1/${resource}`)).status, 403);
        assert.equal((await partnerRep.get(`/api/v1/${resource}/${id}`)).status, 403);
      }
    }
    assert.equal((await officer.post('/api/v1/partnerships', partnershipBody(register, { partners: [] }))).status, 422);
    // A rule a PATCH can break (R-2.5c: a budget answer needs an amount); partners are not PATCH's (issue 8: 400).
    assert.equal((await officer.patch(`/api/v1/partnerships/${created.body.id}`, { councilContributionPence: null, withinApprovedBudget: true })).status, 422);
    assert.equal((await officer.patch(`/api/v1/partnerships/${created.body.id}`, { partners: [] })).status, 400);
    assert.equal((await officer.post('/api/v1/organisations', { name: 'Tour Organisation', sector: 'other', isThisCouncil: false })).status, 422);
    assert.equal((await officer.patch(`/api/v1/organisations/${org.body.id}`, { isThisCouncil: true })).status, 422);
    assert.equal((await officer.post('/api/v1/people', { name: 'Councillor Nobody', organisationId: register.council.id })).status, 422);
    assert.equal((await officer.patch(`/api/v1/people/${person.body.id}`, { organisationId: missing })).status, 422);
    assert.equal((await officer.get('/api/v1/no-such-thing')).status, 404);

    // Withdrawing and deleting: success, refusal by role and by rule, unknown, malformed.
    const doomed = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour withdrawn' }))).body.id as string;
    const withdrawal = `/api/v1/partnerships/${doomed}/withdrawal`;
    assert.equal((await officer.post(withdrawal, { reason: 'Entered by mistake' })).status, 200);
    assert.equal((await officer.post(withdrawal, { reason: 'Again' })).status, 422);
    assert.equal((await officer.post(withdrawal, { reason: '' })).status, 400);
    assert.equal((await officer.post(`/api/v1/partnerships/${missing}/withdrawal`, { reason: 'Gone' })).status, 404);
    assert.equal((await auditor.post(withdrawal, { reason: 'Audit' })).status, 403);
    assert.equal((await nobody.post(withdrawal, { reason: 'Nobody' })).status, 401);
    assert.equal((await officer.request('POST', withdrawal, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', withdrawal, { payload: `{"reason":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await officer.request('DELETE', `/api/v1/partnerships/${doomed}`)).status, 403);
    assert.equal((await nobody.request('DELETE', `/api/v1/partnerships/${doomed}`)).status, 401);
    assert.equal((await admin.request('DELETE', `/api/v1/partnerships/${missing}`)).status, 404);
    await sql`create table tour_references (id text primary key, partnership_id text not null references partnerships (id))`.execute(ctx.database.db);
    await sql`insert into tour_references (id, partnership_id) values ('r1', ${doomed})`.execute(ctx.database.db);
    assert.equal((await admin.request('DELETE', `/api/v1/partnerships/${doomed}`)).status, 422);
    await sql`drop table tour_references`.execute(ctx.database.db);
    assert.equal((await admin.request('DELETE', `/api/v1/partnerships/${doomed}`)).status, 204);

    // The lifecycle: read, a step taken, refused by rule and by shape, unknown, by role, malformed.
    const steps = `/api/v1/partnerships/${created.body.id}/transitions`;
    assert.equal((await auditor.get(steps)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/transitions`)).status, 404);
    assert.equal((await nobody.get(steps)).status, 401);
    // R-1.1: screening's step is refused on its own, and taken by recording a screening.
    assert.equal((await officer.post(steps, { action: 'screen-in', note: 'The protocol applies' })).status, 422);
    const screenings = `/api/v1/partnerships/${created.body.id}/screenings`;
    assert.equal((await officer.post(screenings, { sharedResponsibility: 'yes' })).status, 400);
    assert.equal((await officer.post(screenings, { sharedResponsibility: true, wellbeing: ['social'], characteristics: [], exclusions: [] })).status, 201);
    assert.equal((await auditor.get(screenings)).status, 200);
    assert.equal((await auditor.post(screenings, { sharedResponsibility: true, wellbeing: [], characteristics: [], exclusions: [] })).status, 403);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/screenings`)).status, 404);
    assert.equal((await officer.post(`/api/v1/partnerships/${missing}/screenings`, { sharedResponsibility: true, wellbeing: [], characteristics: [], exclusions: [] })).status, 404);
    assert.equal((await nobody.get(screenings)).status, 401);
    assert.equal((await nobody.post(screenings, {})).status, 401);
    assert.equal((await officer.request('POST', screenings, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', screenings, { payload: `{"note":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await officer.get(screenings)).status, 200);
    assert.equal((await officer.post(steps, { action: 'start-business-case' })).status, 201);
    // R-2.2: past screening, it cannot be screened again.
    assert.equal((await officer.post(screenings, { sharedResponsibility: true, wellbeing: ['social'], characteristics: [], exclusions: [] })).status, 422);
    assert.equal((await officer.post(steps, { action: 'approve', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12' } })).status, 422);
    assert.equal((await officer.post(steps, { action: 'approve', colour: 'red' })).status, 400);
    assert.equal((await officer.post(`/api/v1/partnerships/${missing}/transitions`, { action: 'screen-in', note: 'x' })).status, 404);
    assert.equal((await auditor.post(steps, { action: 'start-business-case' })).status, 403);
    assert.equal((await nobody.post(steps, { action: 'start-business-case' })).status, 401);
    assert.equal((await officer.request('POST', steps, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', steps, { payload: `{"note":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await officer.get(steps)).body.status, 'business-case');

    // R-2.5a, R-A1.1, R-A1.2, R-2.6.3 its business case: read, changed, refused by shape and by rule (withdrawn), unknown, by role, malformed.
    const businessCase = `/api/v1/partnerships/${created.body.id}/business-case`;
    assert.equal((await auditor.get(businessCase)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/business-case`)).status, 404);
    assert.equal((await nobody.get(businessCase)).status, 401);
    assert.equal((await officer.patch(businessCase, { legalPower: 'Localism Act 2011, s1', barIdentified: false })).status, 200);
    assert.equal((await officer.patch(businessCase, { barIdentified: 'no', colour: 'red' })).status, 400);
    assert.equal((await officer.patch(`/api/v1/partnerships/${missing}/business-case`, { legalPower: 'x' })).status, 404);
    assert.equal((await auditor.patch(businessCase, { legalPower: 'x' })).status, 403);
    assert.equal((await nobody.patch(businessCase, { legalPower: 'x' })).status, 401);
    assert.equal((await officer.request('PATCH', businessCase, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PATCH', businessCase, { payload: `{"businessCase":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    const withdrawnCase = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour withdrawn business case' }))).body.id as string;
    assert.equal((await officer.post(`/api/v1/partnerships/${withdrawnCase}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    assert.equal((await officer.patch(`/api/v1/partnerships/${withdrawnCase}/business-case`, { legalPower: 'x' })).status, 422);

    // R-2.7, R-2.7doc its governance: read, one section set, refused by shape and by its rules (400), by rule (withdrawn, 422), an unknown section or partnership, by role, malformed.
    const governance = `/api/v1/partnerships/${created.body.id}/governance`;
    const meetings = `${governance}/element-i`;
    assert.equal((await auditor.get(governance)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/governance`)).status, 404);
    assert.equal((await nobody.get(governance)).status, 401);
    assert.equal((await officer.put(meetings, { status: 'agreed', summary: 'Quarterly, quorum of three.', agreedOn: '2026-03-12' })).status, 200);
    assert.equal((await officer.put(meetings, { status: 'agreed' })).status, 400, 'R-2.7: an agreed section says when, and what');
    assert.equal((await officer.put(meetings, { status: 'maybe', colour: 'red' })).status, 400);
    assert.equal((await officer.put(`${governance}/element-z`, { status: 'draft' })).status, 404);
    assert.equal((await officer.put(`/api/v1/partnerships/${missing}/governance/element-i`, { status: 'draft' })).status, 404);
    assert.equal((await auditor.put(meetings, { status: 'draft' })).status, 403);
    assert.equal((await nobody.put(meetings, { status: 'draft' })).status, 401);
    assert.equal((await officer.request('PUT', meetings, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PUT', meetings, { payload: `{"summary":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await officer.put(`/api/v1/partnerships/${withdrawnCase}/governance/element-i`, { status: 'draft' })).status, 422);

    // R-2.7doc, R-2.7(n) its documents: listed, uploaded (multipart), read, a version uploaded, downloaded; refused by shape (400), past
    // the parts (413), not multipart (415), an unknown partnership, document or version (404), withdrawn (422), by role, signed out.
    const documents = `/api/v1/partnerships/${created.body.id}/documents`;
    const pdf = { name: 'file', filename: 'agreement.pdf', content: Buffer.from('%PDF-1.7\n%%EOF\n') };
    const docParts = [{ name: 'title', value: 'Tour agreement' }, { name: 'type', value: 'partnership-agreement' }, { name: 'effectiveFrom', value: '2026-04-01' }, pdf];
    const versionParts = [{ name: 'effectiveFrom', value: '2026-05-01' }, pdf];
    const uploadedDoc = await officer.upload(documents, docParts);
    assert.equal(uploadedDoc.status, 201);
    const doc = `${documents}/${uploadedDoc.body.id}`;
    assert.equal((await auditor.get(documents)).status, 200);
    assert.equal((await auditor.get(doc)).status, 200);
    assert.equal((await officer.upload(`${doc}/versions`, versionParts)).status, 201);
    assert.equal((await auditor.get(`${doc}/versions/2/content`)).status, 200);
    // A document of a partnership then withdrawn: its record kept as it was.
    const held = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour withdrawn documents' }))).body.id as string;
    const heldDoc = (await officer.upload(`/api/v1/partnerships/${held}/documents`, docParts)).body.id as string;
    assert.equal((await officer.post(`/api/v1/partnerships/${held}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    for (const [url, parts] of [
      [documents, docParts],
      [`${doc}/versions`, versionParts],
    ] as const) {
      assert.equal((await officer.upload(url, [{ name: 'colour', value: 'red' }])).status, 400);
      assert.equal((await officer.upload(url, [...parts, pdf])).status, 413);
      assert.equal((await officer.post(url, { title: 'x' })).status, 415);
      assert.equal((await auditor.upload(url, parts)).status, 403);
      assert.equal((await nobody.upload(url, parts)).status, 401);
      assert.equal((await officer.upload(url.replace(created.body.id, missing), parts)).status, 404);
      assert.equal((await officer.upload(url.replace(created.body.id, held).replace(uploadedDoc.body.id, heldDoc), parts)).status, 422);
    }
    for (const url of [documents, doc, `${doc}/versions/1/content`]) {
      assert.equal((await officer.get(url.replace(created.body.id, missing))).status, 404);
      assert.equal((await nobody.get(url)).status, 401);
    }
    assert.equal((await officer.get(`${doc}/versions/9/content`)).status, 404);

    // Issue 9 its compliance: read; an attestation and an exception recorded (an approved partnership), refused by shape and by
    // the dates (400), an unknown requirement or partnership (404), a requirement that takes none (409), withdrawn (422), by role, malformed.
    const approved = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour compliance', councilContributionPence: 0, withinApprovedBudget: true }))).body.id as string;
    await reachStatus(t.deps, approved, 'approved');
    const compliance = `/api/v1/partnerships/${approved}/compliance`;
    assert.equal((await auditor.get(compliance)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/compliance`)).status, 404);
    assert.equal((await nobody.get(compliance)).status, 401);
    for (const [kind, requirementId, other, sent] of [
      ['attestations', 'R-2.13', 'R-2.6.1', { statement: 'Simple majority, clause 7', attestedOn: '2026-03-12' }],
      ['exceptions', 'R-2.6.1', 'R-2.13', { reason: 'Being recruited to', agreedByName: 'Sam Patel', agreedByRole: 'Monitoring Officer', until: '2099-03-31' }],
    ] as const) {
      const url = `${compliance}/${requirementId}/${kind}`;
      assert.equal((await officer.post(url, sent)).status, 201);
      assert.equal((await officer.post(url, { colour: 'red' })).status, 400);
      assert.equal((await officer.post(`${compliance}/R-9.9/${kind}`, sent)).status, 404);
      assert.equal((await officer.post(`/api/v1/partnerships/${missing}/compliance/${requirementId}/${kind}`, sent)).status, 404);
      assert.equal((await officer.post(`${compliance}/${other}/${kind}`, sent)).status, 409);
      assert.equal((await officer.post(`/api/v1/partnerships/${withdrawnCase}/compliance/${requirementId}/${kind}`, sent)).status, 422);
      assert.equal((await auditor.post(url, sent)).status, 403);
      assert.equal((await nobody.post(url, sent)).status, 401);
      assert.equal((await officer.request('POST', url, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
      assert.equal((await officer.request('POST', url, { payload: `{"statement":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    }

    // R-2.6.10 its History: read a page, refused by shape (the page forgives a bad ?before; the API does not), unknown, signed out.
    const history = `/api/v1/partnerships/${created.body.id}/history`;
    const page = await auditor.get(`${history}?limit=1`);
    assert.equal(page.status, 200);
    assert.equal((await auditor.get(page.body.next)).status, 200);
    assert.equal((await officer.get(`${history}?limit=0`)).status, 400);
    assert.equal((await officer.get(`${history}?before=abc`)).status, 400);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/history`)).status, 404);
    assert.equal((await nobody.get(history)).status, 401);

    // R-2.4b its overlaps: read, unknown, signed out.
    const overlaps = `/api/v1/partnerships/${created.body.id}/overlaps`;
    assert.equal((await auditor.get(overlaps)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/overlaps`)).status, 404);
    assert.equal((await nobody.get(overlaps)).status, 401);

    // R-2.9 the council-wide compliance: a page filtered, refused at a bad filter (400), signed out.
    assert.equal((await auditor.get('/api/v1/compliance?status=proposed&pageSize=2')).status, 200);
    assert.equal((await officer.get('/api/v1/compliance?result=fail')).status, 400);
    assert.equal((await nobody.get('/api/v1/compliance')).status, 401);
    // R-2.8a the decisions register, one partnership's and the council's: read with filters, refused at a bad filter (400), an unknown partnership (404), signed out.
    const decisions = `/api/v1/partnerships/${created.body.id}/decisions`;
    assert.equal((await auditor.get(`${decisions}?type=ordinary&outcome=carried&keyDecision=true&from=2026-04-01&to=2027-03-31&q=grant&pageSize=5`)).status, 200);
    assert.equal((await officer.get(`${decisions}?from=2026-13-45`)).status, 400);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/decisions`)).status, 404);
    assert.equal((await nobody.get(decisions)).status, 401);
    assert.equal((await partnerRep.get(`/api/v1/decisions?partnership=${created.body.id}&outcome=invalid,lost-on-tie`)).status, 200);
    assert.equal((await officer.get('/api/v1/decisions?outcome=maybe')).status, 400);
    assert.equal((await nobody.get('/api/v1/decisions')).status, 401);

    // A partnership's records, each kind alike: listed, added, read, changed and removed; refused by shape,
    // by rule (or a withdrawn partnership) and by role; an unknown partnership or record; a malformed body.
    const kept = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour withdrawn records' }))).body.id as string;
    assert.equal((await officer.post(`/api/v1/partnerships/${kept}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    for (const kind of [
      { segment: 'partners', key: register.partners[1]!.id, added: { organisationId: register.partners[1]!.id, role: 'funder', memberStatus: 'observer' }, change: { memberStatus: 'voting' }, broken: { role: 'lead' } },
      // R-2.16: an officer attends as an officer.
      { segment: 'representatives', key: register.officers[1]!.id, added: { personId: register.officers[1]!.id, capacity: 'officer' }, change: { capacity: 'officer' }, broken: { capacity: 'councillor' } },
      // R-2.8a: a seat is held for one of the partnership's partners.
      { segment: 'seats', key: register.officers[1]!.id, added: { personId: register.officers[1]!.id, organisationId: register.council.id, status: 'voting', weight: 1, substituteId: null }, change: { weight: 2 }, broken: { organisationId: register.partners[2]!.id } },
      // R-2.8a: a qualified majority says of what share.
      { segment: 'voting-rules', key: 'ordinary', added: { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' }, change: { onTie: 'lot' }, broken: { method: 'qualified' } },
      // R-2.8b: a number of members is not a share.
      { segment: 'quorum', key: 'number', added: { kind: 'number', members: 3 }, change: { members: 4 }, broken: { fraction: '1/2' } },
    ]) {
      const list = `/api/v1/partnerships/${created.body.id}/${kind.segment}`;
      const one = `${list}/${kind.key}`;
      const big = { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } };
      const form = { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
      assert.equal((await auditor.post(list, kind.added)).status, 403);
      assert.equal((await officer.post(list, kind.added)).status, 201);
      assert.equal((await officer.post(list, kind.added)).status, 422, 'the same one twice');
      assert.equal((await officer.post(list, { nonsense: true })).status, 400);
      assert.equal((await officer.post(`/api/v1/partnerships/${missing}/${kind.segment}`, kind.added)).status, 404);
      assert.equal((await officer.request('POST', list, form)).status, 415);
      assert.equal((await officer.request('POST', list, big)).status, 413);
      assert.equal((await nobody.post(list, kind.added)).status, 401);
      assert.equal((await auditor.get(list)).status, 200);
      assert.equal((await officer.get(`/api/v1/partnerships/${missing}/${kind.segment}`)).status, 404);
      assert.equal((await nobody.get(list)).status, 401);
      assert.equal((await auditor.get(one)).status, 200);
      assert.equal((await officer.get(`${list}/${missing}`)).status, 404);
      assert.equal((await nobody.get(one)).status, 401);
      assert.equal((await officer.patch(one, kind.change)).status, 200);
      assert.equal((await officer.patch(one, kind.broken)).status, 422);
      assert.equal((await officer.patch(one, { nonsense: true })).status, 400);
      assert.equal((await officer.patch(`${list}/${missing}`, kind.change)).status, 404);
      assert.equal((await officer.request('PATCH', one, form)).status, 415);
      assert.equal((await officer.request('PATCH', one, big)).status, 413);
      assert.equal((await auditor.patch(one, kind.change)).status, 403);
      assert.equal((await nobody.patch(one, kind.change)).status, 401);
      assert.equal((await auditor.request('DELETE', one)).status, 403);
      assert.equal((await nobody.request('DELETE', one)).status, 401);
      assert.equal((await officer.request('DELETE', `${list}/${missing}`)).status, 404);
      assert.equal((await officer.request('DELETE', `/api/v1/partnerships/${kept}/${kind.segment}/${kind.key}`)).status, 422, 'a withdrawn partnership keeps its records');
      assert.equal((await officer.request('DELETE', one)).status, 204);
    }

    // R-2.8g a partnership's meetings: the meeting a record kind keyed by its own id, and its agenda's writes,
    // each met with its success, by shape (400), by rule or a withdrawn partnership (422), by role, signed out,
    // an unknown meeting (404), a form (415) and a body too large (413).
    const boardOf = async (name: string) => {
      const id = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name }))).body.id as string;
      const base = `/api/v1/partnerships/${id}`;
      assert.equal((await officer.post(`${base}/seats`, { personId: register.officers[1]!.id, organisationId: register.council.id, status: 'voting', weight: 1, substituteId: null })).status, 201);
      assert.equal((await officer.post(`${base}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' })).status, 201);
      assert.equal((await officer.post(`${base}/quorum`, { kind: 'number', members: 1 })).status, 201);
      const meeting = await officer.post(`${base}/meetings`, { title: 'Tour board', meetsOn: '2027-03-18', noticeDays: 5, noticeSentOn: '2027-03-15' });
      assert.equal(meeting.status, 201);
      assert.equal(meeting.body.notice.sufficient, false);
      const m = `${base}/meetings/${meeting.body.id}`;
      const item = await officer.post(`${m}/items`, { title: 'Tour item', decisionType: 'ordinary', motion: 'That the tour is approved.' });
      assert.equal(item.status, 201);
      return { id, base, m, item: `${m}/items/${item.body.id}`, seat: register.officers[1]!.id };
    };
    const board = await boardOf('Tour meetings');
    const closed = await boardOf('Tour withdrawn meetings');
    const refusedAlike = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, sent?: unknown) => {
      const body = sent === undefined ? {} : { body: sent };
      assert.equal((await nobody.request(method, url, body)).status, 401, `${method} ${url} signed out`);
      assert.equal((await auditor.request(method, url, body)).status, 403, `${method} ${url} by internal audit`);
      const nowhere = /meetings\/[0-9a-f-]{36}/.test(url) ? url.replace(/meetings\/[0-9a-f-]{36}/, `meetings/${missing}`) : url.replace(/partnerships\/[0-9a-f-]{36}/, `partnerships/${missing}`);
      assert.equal((await officer.request(method, nowhere, body)).status, 404, `${method} ${nowhere}: no such meeting or partnership`);
      if (sent !== undefined) {
        assert.equal((await officer.request(method, url, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
        assert.equal((await officer.request(method, url, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
      }
    };
    // The closed board's items hold a declaration and a vote before it is withdrawn.
    assert.equal((await officer.put(`${closed.m}/attendance`, { attendance: { [closed.seat]: 'present' } })).status, 200);
    assert.equal((await officer.post(`${closed.item}/declarations`, { personId: closed.seat, kind: 'other', consequence: 'took-part' })).status, 201);
    assert.equal((await officer.post(`${closed.item}/vote`, { mode: 'named', votes: { [closed.seat]: 'for' } })).status, 200);
    const closedAction = await officer.post(`${closed.base}/actions`, { title: 'Tour closed action', ownerId: closed.seat, organisationId: register.council.id, dueOn: '2027-03-31' });
    assert.equal(closedAction.status, 201);
    const planBody = { title: 'Award of the tour grant', decisionType: 'ordinary', implications: 'financial', plannedOn: '2027-03-18', noticeDays: 28 };
    const closedLimit = await officer.post(`${closed.base}/authority`, { personId: closed.seat, decisionType: 'any', scope: 'full' });
    assert.equal(closedLimit.status, 201);
    const closedEntry = await officer.post(`${closed.base}/forward-plan`, planBody);
    assert.equal(closedEntry.status, 201);
    const closedObjective = await officer.post(`${closed.base}/objectives`, { title: 'Tour closed objective' });
    assert.equal(closedObjective.status, 201);
    const closedIndicator = await officer.post(`${closed.base}/indicators`, { objectiveId: closedObjective.body.id, name: 'Tour closed indicator', definition: 'x', unit: '%', polarity: 'higher', frequency: 'annual', organisationId: register.council.id });
    assert.equal(closedIndicator.status, 201, JSON.stringify(closedIndicator.body));
    const closedMeasurement = await officer.post(`${closed.base}/measurements`, { indicatorId: closedIndicator.body.id, periodEnding: '2026-03-31', value: 3, attested: true });
    assert.equal(closedMeasurement.status, 201, JSON.stringify(closedMeasurement.body));
    const closedLine = await officer.post(`${closed.base}/reporting-lines`, { body: 'cabinet', frequency: 'annual', firstDueOn: '2027-03-31' });
    assert.equal(closedLine.status, 201, JSON.stringify(closedLine.body));
    const closedReport = await officer.post(`${closed.base}/performance-reports`, { reportingLineId: closedLine.body.id, title: 'Tour closed report', submittedOn: '2026-03-31' });
    assert.equal(closedReport.status, 201, JSON.stringify(closedReport.body));
    const closedChallenge = await officer.post(`${closed.base}/performance-challenges`, { organisationId: register.council.id, raisedBy: 'Tour officer', raisedOn: '2026-04-01', subject: 'performance', challenge: 'Tour closed challenge' });
    assert.equal(closedChallenge.status, 201, JSON.stringify(closedChallenge.body));
    const closedIssue = await officer.post(`${closed.base}/performance-issues`, { title: 'Tour closed issue', trigger: 'other', ownerId: closed.seat, openedOn: '2026-04-01', level: 'board', actions: 'Tour actions' });
    assert.equal(closedIssue.status, 201, JSON.stringify(closedIssue.body));
    const closedPlanAction = await officer.post(`${closed.base}/plan-actions`, { title: 'Tour closed plan action', ownerId: closed.seat, organisationId: register.council.id, startsOn: '2026-04-01', dueOn: '2027-03-31' });
    assert.equal(closedPlanAction.status, 201, JSON.stringify(closedPlanAction.body));
    const closedRefresh = await officer.post(`${closed.base}/plan-refreshes`, { organisationId: register.council.id, confirmedBy: 'Tour officer', confirmedOn: '2026-04-01' });
    assert.equal(closedRefresh.status, 201, JSON.stringify(closedRefresh.body));
    const closedRisk = await officer.post(`${closed.base}/risks`, { title: 'Tour closed risk', cause: 'c', event: 'e', consequence: 'q', category: 'legal', ownerId: closed.seat, organisationId: register.council.id, identifiedOn: '2026-04-01', inherentLikelihood: 2, inherentImpact: 2, residualLikelihood: 2, residualImpact: 2, response: 'tolerate' });
    assert.equal(closedRisk.status, 201, JSON.stringify(closedRisk.body));
    const closedReview = await officer.post(`${closed.base}/risk-reviews`, { riskId: closedRisk.body.id, reviewedOn: '2026-05-01', likelihood: 1, impact: 2, reviewedBy: 'Tour officer' });
    assert.equal(closedReview.status, 201, JSON.stringify(closedReview.body));
    const closedControl = await officer.post(`${closed.base}/risk-controls`, { riskId: closedRisk.body.id, title: 'Tour closed control', ownerId: closed.seat, effectiveness: 'not-assessed' });
    assert.equal(closedControl.status, 201, JSON.stringify(closedControl.body));
    assert.equal((await officer.post(`${closed.base}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);

    const boardMeetings = `${board.base}/meetings`;
    assert.equal((await auditor.get(boardMeetings)).status, 200);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/meetings`)).status, 404);
    assert.equal((await nobody.get(boardMeetings)).status, 401);
    assert.equal((await officer.post(boardMeetings, { title: 'Tour', meetsOn: '2027-02-30', noticeDays: 5 })).status, 400, 'no 30 February');
    assert.equal((await officer.post(boardMeetings, { title: 'Tour', meetsOn: '2027-03-18', noticeDays: 5, minutes: 'Met.' })).status, 422, 'minutes of a meeting not yet held');
    await refusedAlike('POST', boardMeetings, { title: 'Tour', meetsOn: '2027-03-18', noticeDays: 5 });
    assert.equal((await auditor.get(board.m)).status, 200);
    assert.equal((await nobody.get(board.m)).status, 401);
    assert.equal((await officer.get(`${boardMeetings}/${missing}`)).status, 404);
    assert.equal((await officer.patch(board.m, { location: 'Room 3' })).status, 200);
    assert.equal((await officer.patch(board.m, { noticeDays: 'soon' })).status, 400);
    assert.equal((await officer.patch(board.m, { minutes: 'Met.' })).status, 422);
    await refusedAlike('PATCH', board.m, { location: 'Room 4' });
    assert.equal((await auditor.get(`${board.m}/agenda`)).status, 200);
    assert.equal((await nobody.get(`${board.m}/agenda`)).status, 401);
    assert.equal((await officer.get(`${boardMeetings}/${missing}/agenda`)).status, 404);
    // Attendance: a substitute the seat does not name is a rule (422); an answer that is no attendance, a shape (400).
    assert.equal((await officer.put(`${board.m}/attendance`, { attendance: { [board.seat]: 'teleported' } })).status, 400);
    assert.equal((await officer.put(`${board.m}/attendance`, { attendance: { [board.seat]: 'substitute' } })).status, 422);
    assert.equal((await officer.put(`${board.m}/attendance`, { attendance: { [board.seat]: 'present' } })).status, 200);
    await refusedAlike('PUT', `${board.m}/attendance`, { attendance: { [board.seat]: 'present' } });
    // Items: a motion asks for a type of decision (422).
    assert.equal((await officer.post(`${board.m}/items`, { title: 'Tour', keyDecision: 'perhaps' })).status, 400);
    assert.equal((await officer.post(`${board.m}/items`, { title: 'Tour', decisionType: null, motion: 'That…' })).status, 422);
    await refusedAlike('POST', `${board.m}/items`, { title: 'Tour' });
    assert.equal((await officer.patch(board.item, { confidential: true })).status, 200);
    assert.equal((await officer.patch(board.item, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(board.item, { decisionType: null })).status, 422, 'the item has a motion');
    await refusedAlike('PATCH', board.item, { confidential: false });
    // Declarations: a pecuniary interest does not simply take part (422).
    assert.equal((await officer.post(`${board.item}/declarations`, { personId: board.seat, kind: 'sometimes' })).status, 400);
    assert.equal((await officer.post(`${board.item}/declarations`, { personId: board.seat, kind: 'pecuniary', consequence: 'took-part' })).status, 422);
    assert.equal((await officer.post(`${board.item}/declarations`, { personId: board.seat, kind: 'other', consequence: 'took-part' })).status, 201);
    await refusedAlike('POST', `${board.item}/declarations`, { personId: board.seat, kind: 'other', consequence: 'took-part' });
    // The vote: decided, and kept with its explanation; a vote on no motion of a type (an item for information) is refused (422).
    assert.equal((await officer.post(`${board.item}/vote`, { mode: 'sometimes' })).status, 400);
    const voted = await officer.post(`${board.item}/vote`, { mode: 'named', votes: { [board.seat]: 'for' } });
    assert.equal(voted.status, 200);
    assert.equal(voted.body.vote.outcome, 'carried');
    const info = await officer.post(`${board.m}/items`, { title: 'For information' });
    assert.equal((await officer.post(`${board.m}/items/${info.body.id}/vote`, { mode: 'named' })).status, 422);
    await refusedAlike('POST', `${board.item}/vote`, { mode: 'named' });
    // R-2.8c: a member not present told of the decision; the board's seat was present, so a second board's absent one.
    const missed = await boardOf('Tour told');
    assert.equal((await officer.put(`${missed.m}/attendance`, { attendance: { [missed.seat]: 'apologies' } })).status, 200);
    assert.equal((await officer.post(`${missed.item}/told`, { personIds: [missed.seat], toldOn: '2027-03-20', how: 'email' })).status, 422, 'no decision yet');
    assert.equal((await officer.post(`${missed.item}/vote`, { mode: 'named' })).status, 200);
    assert.equal((await officer.post(`${missed.item}/told`, { personIds: [missed.seat], toldOn: '2027-03-01', how: 'email' })).status, 422, 'told before the meeting');
    assert.equal((await officer.post(`${missed.item}/told`, { personIds: [missed.seat, missed.seat], toldOn: '2027-03-20', how: 'email' })).status, 400, 'the same member twice');
    const told = await officer.post(`${missed.item}/told`, { personIds: [missed.seat], toldOn: '2027-03-20', how: 'email' });
    assert.equal(told.status, 201);
    assert.equal(told.body.told.outstanding, 0);
    await refusedAlike('POST', `${missed.item}/told`, { personIds: [missed.seat], toldOn: '2027-03-20', how: 'email' });

    // Removing: refused for a withdrawn partnership (422), then done.
    for (const url of [`${closed.item}/vote`, `${closed.item}/declarations/${closed.seat}`, closed.item, closed.m]) assert.equal((await officer.request('DELETE', url)).status, 422, url);
    for (const url of [`${board.item}/vote`, `${board.item}/declarations/${board.seat}`, board.item, board.m]) {
      await refusedAlike('DELETE', url);
      assert.equal((await officer.request('DELETE', url)).status, 204, url);
    }

    // R-2.8d the actions arising: listed, added, read, changed and removed; refused by shape, by rule (a
    // completed action says when; a withdrawn partnership), by role, signed out, unknown, malformed.
    const actionsOf = `${board.base}/actions`;
    const actionBody = { title: 'Send the tour letter', ownerId: register.officers[1]!.id, organisationId: register.council.id, dueOn: '2027-03-31' };
    assert.equal((await officer.post(actionsOf, { ...actionBody, dueOn: 'soon' })).status, 400);
    assert.equal((await officer.post(actionsOf, { ...actionBody, status: 'completed' })).status, 422, 'completed without a date');
    const action = await officer.post(actionsOf, actionBody);
    assert.equal(action.status, 201);
    await refusedAlike('POST', actionsOf, actionBody);
    assert.equal((await auditor.get(actionsOf)).status, 200);
    assert.equal((await nobody.get(actionsOf)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/actions`)).status, 404);
    const oneAction = `${actionsOf}/${action.body.id}`;
    assert.equal((await auditor.get(oneAction)).status, 200);
    assert.equal((await nobody.get(oneAction)).status, 401);
    assert.equal((await officer.get(`${actionsOf}/${missing}`)).status, 404);
    assert.equal((await officer.patch(oneAction, { status: 'completed', completedOn: '2027-03-20' })).status, 200);
    assert.equal((await officer.patch(oneAction, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(oneAction, { status: 'open' })).status, 422, 'not completed, with a completion date');
    assert.equal((await officer.patch(`${actionsOf}/${missing}`, { progress: 'x' })).status, 404);
    for (const [m, u] of [['PATCH', oneAction], ['DELETE', oneAction]] as const) {
      assert.equal((await nobody.request(m, u, m === 'PATCH' ? { body: { progress: 'x' } } : {})).status, 401);
      assert.equal((await auditor.request(m, u, m === 'PATCH' ? { body: { progress: 'x' } } : {})).status, 403);
    }
    assert.equal((await officer.request('PATCH', oneAction, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PATCH', oneAction, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await officer.request('DELETE', `${actionsOf}/${missing}`)).status, 404);
    assert.equal((await officer.post(`${closed.base}/actions`, actionBody)).status, 422, 'a withdrawn partnership takes no new action');
    assert.equal((await officer.request('DELETE', `${closed.base}/actions/${closedAction.body.id}`)).status, 422, 'nor loses one');
    assert.equal((await officer.request('DELETE', oneAction)).status, 204);

    // R-2.8f the forward plan: listed, added, read, changed and removed, with the notice its publication
    // gives; refused by shape, by rule (published after its meeting; on an agenda; a withdrawn partnership),
    // by role, signed out, unknown, malformed. An item takes an entry only as a key decision of its own partnership's plan.
    const planOf = `${board.base}/forward-plan`;
    assert.equal((await officer.post(planOf, { ...planBody, plannedOn: 'soon' })).status, 400);
    assert.equal((await officer.post(planOf, { ...planBody, publishedOn: '2027-03-19' })).status, 422, 'published after its meeting');
    const entry = await officer.post(planOf, planBody);
    assert.equal(entry.status, 201);
    assert.equal(entry.body.publication.sufficient, false);
    assert.equal(entry.body.publication.publishBy, '2027-02-17');
    await refusedAlike('POST', planOf, planBody);
    assert.equal((await auditor.get(planOf)).status, 200);
    assert.equal((await nobody.get(planOf)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/forward-plan`)).status, 404);
    const oneEntry = `${planOf}/${entry.body.id}`;
    assert.equal((await auditor.get(oneEntry)).status, 200);
    assert.equal((await nobody.get(oneEntry)).status, 401);
    assert.equal((await officer.get(`${planOf}/${missing}`)).status, 404);
    const published = await officer.patch(oneEntry, { publishedOn: '2027-02-17' });
    assert.equal(published.status, 200);
    assert.equal(published.body.publication.sufficient, true, published.body.publication.explanation);
    assert.equal((await officer.patch(oneEntry, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(oneEntry, { publishedOn: '2027-04-01' })).status, 422, 'published after its meeting');
    assert.equal((await officer.patch(`${planOf}/${missing}`, { title: 'x' })).status, 404);
    for (const [m, u] of [['PATCH', oneEntry], ['DELETE', oneEntry]] as const) {
      assert.equal((await nobody.request(m, u, m === 'PATCH' ? { body: { title: 'x' } } : {})).status, 401);
      assert.equal((await auditor.request(m, u, m === 'PATCH' ? { body: { title: 'x' } } : {})).status, 403);
    }
    assert.equal((await officer.request('PATCH', oneEntry, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PATCH', oneEntry, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    const planMeeting = await officer.post(`${board.base}/meetings`, { title: 'Tour board', meetsOn: '2027-03-18', noticeDays: 5 });
    const planItems = `${board.base}/meetings/${planMeeting.body.id}/items`;
    const keyItem = { title: 'Tour grant', decisionType: 'ordinary', keyDecision: true, forwardPlanId: entry.body.id };
    assert.equal((await officer.post(planItems, { ...keyItem, keyDecision: false })).status, 422, 'on the plan, so a key decision');
    assert.equal((await officer.post(planItems, { ...keyItem, forwardPlanId: closedEntry.body.id })).status, 422, 'another partnership’s plan');
    const taking = await officer.post(planItems, keyItem);
    assert.equal(taking.status, 201, JSON.stringify(taking.body));
    const agenda = await officer.get(`${board.base}/meetings/${planMeeting.body.id}/agenda`);
    assert.deepEqual([agenda.body.items[0].forwardPlanTitle, agenda.body.items[0].forwardPlan.sufficient], ['Award of the tour grant', true]);
    assert.equal((await officer.request('DELETE', oneEntry)).status, 422, 'on an agenda');
    assert.equal((await officer.request('DELETE', `${planOf}/${missing}`)).status, 404);
    assert.equal((await officer.post(`${closed.base}/forward-plan`, planBody)).status, 422, 'a withdrawn partnership plans nothing new');
    assert.equal((await officer.request('DELETE', `${closed.base}/forward-plan/${closedEntry.body.id}`)).status, 422, 'nor loses what it planned');
    assert.equal((await officer.request('DELETE', `${planItems}/${taking.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', oneEntry)).status, 204);

    // R-2.8e representatives' authority: listed, added, read, changed and removed; refused by shape, by rule
    // (an amount for "up to"; a member without a seat; a withdrawn partnership), by role, signed out, unknown,
    // malformed. A carried decision beyond it awaits the partner's ratification, recorded once.
    const authorityOf = `${board.base}/authority`;
    const limitBody = { personId: board.seat, decisionType: 'any', scope: 'up-to', limitPence: 1_000_000, ratifier: 'Westshire Cabinet' };
    assert.equal((await officer.post(authorityOf, { ...limitBody, limitPence: 'lots' })).status, 400);
    assert.equal((await officer.post(authorityOf, { ...limitBody, limitPence: null })).status, 422, 'up to an amount, with none');
    assert.equal((await officer.post(authorityOf, { ...limitBody, personId: register.officers[0]!.id })).status, 422, 'no seat');
    const limit = await officer.post(authorityOf, limitBody);
    assert.equal(limit.status, 201, JSON.stringify(limit.body));
    await refusedAlike('POST', authorityOf, limitBody);
    assert.equal((await auditor.get(authorityOf)).status, 200);
    assert.equal((await nobody.get(authorityOf)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/authority`)).status, 404);
    const oneLimit = `${authorityOf}/${limit.body.id}`;
    assert.equal((await auditor.get(oneLimit)).status, 200);
    assert.equal((await nobody.get(oneLimit)).status, 401);
    assert.equal((await officer.get(`${authorityOf}/${missing}`)).status, 404);
    assert.equal((await officer.patch(oneLimit, { limitPence: 500_000 })).status, 200);
    assert.equal((await officer.patch(oneLimit, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(oneLimit, { scope: 'full' })).status, 422, 'an amount with full authority');
    assert.equal((await officer.patch(`${authorityOf}/${missing}`, { ratifier: 'x' })).status, 404);
    for (const [m, u] of [['PATCH', oneLimit], ['DELETE', oneLimit]] as const) {
      assert.equal((await nobody.request(m, u, m === 'PATCH' ? { body: { ratifier: 'x' } } : {})).status, 401);
      assert.equal((await auditor.request(m, u, m === 'PATCH' ? { body: { ratifier: 'x' } } : {})).status, 403);
    }
    assert.equal((await officer.request('PATCH', oneLimit, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PATCH', oneLimit, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    // £25,000 carried beyond the £5,000 the only member present may commit: the council ratifies it.
    const grantMeeting = await officer.post(`${board.base}/meetings`, { title: 'Tour board', meetsOn: '2027-03-18', noticeDays: 5 });
    const grantBase = `${board.base}/meetings/${grantMeeting.body.id}`;
    const grant = await officer.post(`${grantBase}/items`, { title: 'Tour grant', decisionType: 'ordinary', motion: 'That the grant is made.', amountPence: 2_500_000 });
    assert.equal((await officer.put(`${grantBase}/attendance`, { attendance: { [board.seat]: 'present' } })).status, 200);
    const carried = await officer.post(`${grantBase}/items/${grant.body.id}/vote`, { mode: 'named', votes: { [board.seat]: 'for' } });
    assert.equal(carried.status, 200);
    assert.equal(carried.body.ratifications.length, 1);
    assert.match(carried.body.ratifications[0].explanation, /^Subject to ratification by Westshire Cabinet: .+ up to £5,000, and this decision commits £25,000 \(R-2\.8e\)\.$/);
    const ratifyAt = `${grantBase}/items/${grant.body.id}/ratifications`;
    const ratification = { organisationId: register.council.id, ratifiedOn: '2027-03-25', note: 'Cabinet, minute 4' };
    assert.equal((await officer.post(ratifyAt, { ...ratification, ratifiedOn: 'soon' })).status, 400);
    assert.equal((await officer.post(ratifyAt, { ...ratification, ratifiedOn: '2027-03-01' })).status, 422, 'before the meeting');
    await refusedAlike('POST', ratifyAt, ratification);
    assert.equal((await officer.post(`${grantBase}/items/${missing}/ratifications`, ratification)).status, 404);
    const ratified = await officer.post(ratifyAt, ratification);
    assert.equal(ratified.status, 201, JSON.stringify(ratified.body));
    assert.equal(ratified.body.ratifications[0].ratifiedOn, '2027-03-25');
    assert.equal((await officer.post(ratifyAt, ratification)).status, 422, 'ratified once');
    assert.equal((await officer.request('DELETE', `${authorityOf}/${missing}`)).status, 404);
    assert.equal((await officer.post(`${closed.base}/authority`, { ...limitBody, personId: closed.seat })).status, 422, 'a withdrawn partnership records no new limit');
    assert.equal((await officer.request('DELETE', `${closed.base}/authority/${closedLimit.body.id}`)).status, 422, 'nor loses one');
    assert.equal((await officer.request('DELETE', oneLimit)).status, 204);

    // R-2.7(n) changes to the rules for decisions: listed, recorded, read and corrected; refused by shape, by
    // rule (the same day again; a decision not the partnership's), by role, signed out, unknown, malformed.
    const changesOf = `${board.base}/rule-changes`;
    const changeBody = { inForceFrom: '2027-04-01', agreedItemId: null, reason: 'The quorum becomes two, as the board agreed.' };
    assert.equal((await officer.post(changesOf, { ...changeBody, inForceFrom: 'soon' })).status, 400);
    const change = await officer.post(changesOf, changeBody);
    assert.equal(change.status, 201, JSON.stringify(change.body));
    assert.deepEqual(change.body.earlierRules.quorum, [{ kind: 'number', members: 1, fraction: null }]);
    assert.equal((await officer.post(changesOf, changeBody)).status, 422, 'the same day again');
    await refusedAlike('POST', changesOf, changeBody);
    assert.equal((await auditor.get(changesOf)).status, 200);
    assert.equal((await nobody.get(changesOf)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/rule-changes`)).status, 404);
    const oneChange = `${changesOf}/${change.body.id}`;
    assert.equal((await auditor.get(oneChange)).status, 200);
    assert.equal((await nobody.get(oneChange)).status, 401);
    assert.equal((await officer.get(`${changesOf}/${missing}`)).status, 404);
    assert.equal((await officer.patch(oneChange, { reason: 'The quorum becomes two.' })).status, 200);
    assert.equal((await officer.patch(oneChange, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(oneChange, { agreedItemId: missing })).status, 422, 'not a decision of the partnership');
    assert.equal((await officer.patch(`${changesOf}/${missing}`, { reason: 'x' })).status, 404);
    await refusedAlike('PATCH', oneChange, { reason: 'x' });

    // R-A1.3, R-2.9 objectives, outcome indicators and measurements: listed, added, read, changed and removed;
    // refused by shape, by rule (an objective measured, an indicator with measurements, a period not a quarter's
    // end, one taken, unconfirmed data; a withdrawn partnership), by role, signed out, unknown, malformed.
    const perfBase = board.base;
    const objective = await officer.post(`${perfBase}/objectives`, { title: 'Tour objective', outcome: 'Better outcomes' });
    assert.equal(objective.status, 201);
    const indicatorBody = { objectiveId: objective.body.id, name: 'Tour indicator', definition: 'Tour share', unit: '%', polarity: 'higher', baseline: 50, target: 75, frequency: 'quarterly', organisationId: register.council.id };
    const indicator = await officer.post(`${perfBase}/indicators`, indicatorBody);
    assert.equal(indicator.status, 201, JSON.stringify(indicator.body));
    assert.equal(indicator.body.tolerance, 5, 'the default amber tolerance');
    const measurementBody = { indicatorId: indicator.body.id, periodEnding: '2026-06-30', value: 61.5, attested: true };
    assert.equal((await officer.post(`${perfBase}/measurements`, { ...measurementBody, periodEnding: '2026-05-31' })).status, 422, 'not a quarter’s end');
    assert.equal((await officer.post(`${perfBase}/measurements`, { ...measurementBody, attested: false })).status, 422, 'data quality not confirmed');
    const measurement = await officer.post(`${perfBase}/measurements`, measurementBody);
    assert.equal(measurement.status, 201, JSON.stringify(measurement.body));
    assert.equal((await officer.post(`${perfBase}/measurements`, measurementBody)).status, 422, 'one a period');
    const performance = await auditor.get(`${perfBase}/performance`);
    assert.equal(performance.status, 200);
    assert.equal(performance.body.objectives[0].indicators[0].latest.status, 'red');
    assert.match(performance.body.objectives[0].indicators[0].latest.reason, /^Red: 61\.5% against a target of 75%.*\(R-2\.9\)$/);
    assert.equal((await nobody.get(`${perfBase}/performance`)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/performance`)).status, 404);
    const council = await auditor.get('/api/v1/performance?rag=red');
    assert.equal(council.status, 200);
    assert.ok(council.body.items.some((x: { indicator: { id: string } }) => x.indicator.id === indicator.body.id));
    assert.equal((await auditor.get('/api/v1/performance?rag=purple&colour=red')).status, 400);
    assert.equal((await nobody.get('/api/v1/performance')).status, 401);
    /** A performance record kind on the tour: listed, read, changed, refused by shape, role, sign-in, address and body. */
    const tourKind = async (segment: string, id: string, sent: unknown, change: unknown, refusedChange: unknown) => {
      const list = `${perfBase}/${segment}`;
      assert.equal((await officer.post(list, { colour: 'red' })).status, 400);
      await refusedAlike('POST', list, sent);
      assert.equal((await auditor.get(list)).status, 200);
      assert.equal((await nobody.get(list)).status, 401);
      assert.equal((await officer.get(`/api/v1/partnerships/${missing}/${segment}`)).status, 404);
      const one = `${list}/${id}`;
      assert.equal((await auditor.get(one)).status, 200);
      assert.equal((await nobody.get(one)).status, 401);
      assert.equal((await officer.get(`${list}/${missing}`)).status, 404);
      assert.equal((await officer.patch(one, change)).status, 200);
      assert.equal((await officer.patch(one, refusedChange)).status, 400);
      assert.equal((await officer.patch(`${list}/${missing}`, change)).status, 404);
      for (const [m, u] of [['PATCH', one], ['DELETE', one]] as const) {
        assert.equal((await nobody.request(m, u, m === 'PATCH' ? { body: change } : {})).status, 401);
        assert.equal((await auditor.request(m, u, m === 'PATCH' ? { body: change } : {})).status, 403);
      }
      assert.equal((await officer.request('PATCH', one, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
      assert.equal((await officer.request('PATCH', one, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
      assert.equal((await officer.request('DELETE', `${list}/${missing}`)).status, 404);
    };
    for (const [segment, made, sent, change, refusedChange] of [
      ['objectives', objective, { title: 'Tour second objective' }, { outcome: 'Changed' }, { title: '' }],
      ['indicators', indicator, { ...indicatorBody, name: 'Tour second indicator' }, { target: 80 }, { tolerance: 101 }],
      ['measurements', measurement, { ...measurementBody, periodEnding: '2026-09-30' }, { commentary: 'Tour commentary' }, { value: 'lots' }],
    ] as const) {
      await tourKind(segment, made.body.id, sent, change, refusedChange);
      assert.equal((await officer.post(`${closed.base}/${segment}`, sent)).status, 422, 'a withdrawn partnership takes none');
    }
    assert.equal((await officer.patch(`${perfBase}/indicators/${indicator.body.id}`, { frequency: 'monthly' })).status, 422, 'its measurements are of quarters');
    assert.equal((await officer.patch(`${perfBase}/measurements/${measurement.body.id}`, { periodEnding: '2026-07-31' })).status, 422, 'not a quarter’s end');
    assert.equal((await officer.request('DELETE', `${closed.base}/measurements/${closedMeasurement.body.id}`)).status, 422, 'a withdrawn partnership keeps its measurements');
    assert.equal((await officer.patch(`${closed.base}/objectives/${closedObjective.body.id}`, { outcome: 'x' })).status, 422, 'a withdrawn partnership’s objective stays as it was');
    assert.equal((await officer.request('DELETE', `${perfBase}/objectives/${objective.body.id}`)).status, 422, 'an objective an indicator measures stays');
    assert.equal((await officer.request('DELETE', `${perfBase}/indicators/${indicator.body.id}`)).status, 422, 'an indicator with measurements stays');
    assert.equal((await officer.request('DELETE', `${perfBase}/measurements/${measurement.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/indicators/${indicator.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/objectives/${objective.body.id}`)).status, 204);

    // R-2.6.2, R-2.6.12 reporting lines and performance reports: listed, added, read, changed and removed; refused by
    // shape, by rule (a line not the partnership's, a line with a report removed; a withdrawn partnership), by role,
    // signed out, unknown, malformed; the performance answer says what is due.
    const reportingLine = await officer.post(`${perfBase}/reporting-lines`, { body: 'overview-scrutiny', bodyName: 'Tour Scrutiny Panel', frequency: 'quarterly', firstDueOn: '2026-06-30' });
    assert.equal(reportingLine.status, 201, JSON.stringify(reportingLine.body));
    const reportBody = { reportingLineId: reportingLine.body.id, title: 'Tour report', submittedOn: '2026-07-01' };
    assert.equal((await officer.post(`${perfBase}/performance-reports`, { ...reportBody, reportingLineId: missing })).status, 422, 'a line of the partnership’s');
    const report = await officer.post(`${perfBase}/performance-reports`, reportBody);
    assert.equal(report.status, 201, JSON.stringify(report.body));
    const reporting = await auditor.get(`${perfBase}/performance`);
    assert.equal(reporting.body.reporting.lines[0].reports, 1);
    assert.equal(reporting.body.reporting.lines[0].nextDueOn, '2026-09-30');
    for (const [segment, made, sent, change, refusedChange] of [
      ['reporting-lines', reportingLine, { body: 'cabinet', frequency: 'annual', firstDueOn: '2027-03-31' }, { notes: 'Tour notes' }, { frequency: 'weekly' }],
      ['performance-reports', report, { ...reportBody, title: 'Tour second report' }, { summary: 'Tour summary' }, { submittedOn: '2026-02-30' }],
    ] as const) {
      await tourKind(segment, made.body.id, sent, change, refusedChange);
      assert.equal((await officer.post(`${closed.base}/${segment}`, segment === 'reporting-lines' ? sent : { ...sent, reportingLineId: missing })).status, 422, 'a withdrawn partnership takes none');
    }
    assert.equal((await officer.request('DELETE', `${perfBase}/reporting-lines/${reportingLine.body.id}`)).status, 422, 'a line with a report stays');
    assert.equal((await officer.patch(`${closed.base}/reporting-lines/${closedLine.body.id}`, { notes: 'x' })).status, 422, 'a withdrawn partnership’s line stays as it was');
    assert.equal((await officer.patch(`${closed.base}/performance-reports/${closedReport.body.id}`, { summary: 'x' })).status, 422, 'a withdrawn partnership’s report stays as it was');
    assert.equal((await officer.request('DELETE', `${closed.base}/performance-reports/${closedReport.body.id}`)).status, 422, 'a withdrawn partnership keeps its reports');
    // R-2.6.14 performance issues: about the line (its report owed), refused by rule (a line not the partnership's, closed
    // without a day or a resolution, a line with an issue removed; a withdrawn partnership), and the performance answer.
    const issueBody = { title: 'Tour issue', trigger: 'report', reportingLineId: reportingLine.body.id, ownerId: board.seat, openedOn: '2026-07-01', level: 'board', actions: 'Tour actions' };
    assert.equal((await officer.post(`${perfBase}/performance-issues`, { ...issueBody, level: 'the-king' })).status, 400, 'a level not of the list');
    assert.equal((await officer.post(`${perfBase}/performance-issues`, { ...issueBody, reportingLineId: missing })).status, 422, 'a line of the partnership’s');
    assert.equal((await officer.post(`${perfBase}/performance-issues`, { ...issueBody, status: 'closed' })).status, 422, 'closed, with a day and a resolution');
    const issue = await officer.post(`${perfBase}/performance-issues`, issueBody);
    assert.equal(issue.status, 201, JSON.stringify(issue.body));
    const issued = await auditor.get(`${perfBase}/performance`);
    assert.equal(issued.body.performanceIssues.issues[0].level, 'board');
    assert.equal(typeof issued.body.performanceIssues.issues[0].escalationOverdue, 'boolean');
    assert.equal((await officer.request('DELETE', `${perfBase}/reporting-lines/${reportingLine.body.id}`)).status, 422, 'a line an issue names stays');
    await tourKind('performance-issues', issue.body.id, { ...issueBody, title: 'Tour second issue' }, { actions: 'Tour more actions' }, { trigger: 'luck' });
    assert.equal((await officer.patch(`${perfBase}/performance-issues/${issue.body.id}`, { status: 'closed' })).status, 422, 'closed, with a day and a resolution');
    assert.equal((await officer.post(`${closed.base}/performance-issues`, { ...issueBody, reportingLineId: closedLine.body.id })).status, 422, 'a withdrawn partnership takes none');
    assert.equal((await officer.request('DELETE', `${closed.base}/performance-issues/${closedIssue.body.id}`)).status, 422, 'a withdrawn partnership keeps its issues');
    for (const x of (await auditor.get(`${perfBase}/performance-issues`)).body.items as Array<{ id: string }>) assert.equal((await officer.request('DELETE', `${perfBase}/performance-issues/${x.id}`)).status, 204);
    // R-2.6.15 challenges: refused by rule (a partner not the partnership's, an answer without its day; a withdrawn partnership).
    const challengeBody = { organisationId: register.council.id, raisedBy: 'Tour director', raisedOn: '2026-07-01', subject: 'added-value', challenge: 'Tour challenge' };
    assert.equal((await officer.post(`${perfBase}/performance-challenges`, { ...challengeBody, subject: 'weather' })).status, 400, 'a subject not of the list');
    assert.equal((await officer.post(`${perfBase}/performance-challenges`, { ...challengeBody, organisationId: missing })).status, 422, 'a partner of the partnership’s');
    const challenge = await officer.post(`${perfBase}/performance-challenges`, challengeBody);
    assert.equal(challenge.status, 201, JSON.stringify(challenge.body));
    await tourKind('performance-challenges', challenge.body.id, { ...challengeBody, challenge: 'Tour second challenge' }, { response: 'Tour answer', answeredOn: '2026-07-10' }, { answeredOn: '2026-02-30' });
    assert.equal((await officer.patch(`${perfBase}/performance-challenges/${challenge.body.id}`, { response: 'Tour answer', answeredOn: null })).status, 422, 'an answer has its day');
    assert.equal((await officer.post(`${closed.base}/performance-challenges`, challengeBody)).status, 422, 'a withdrawn partnership takes none');
    assert.equal((await officer.request('DELETE', `${closed.base}/performance-challenges/${closedChallenge.body.id}`)).status, 422, 'a withdrawn partnership keeps its challenges');
    for (const x of (await auditor.get(`${perfBase}/performance-challenges`)).body.items as Array<{ id: string }>) assert.equal((await officer.request('DELETE', `${perfBase}/performance-challenges/${x.id}`)).status, 204);
    // R-2.6.4, R-2.4e annual reviews: refused by rule (approved before complete, an objective evaluated twice, the council's own contribution, findings kept once approved).
    const reviewed = await officer.post(`${perfBase}/objectives`, { title: 'Tour reviewed objective' });
    assert.equal(reviewed.status, 201, JSON.stringify(reviewed.body));
    const annualBody = { reviewedOn: '2026-07-01', addedValue: 'Tour value', recommendation: 'continue', reasons: 'Tour reasons' };
    assert.equal((await officer.post(`${perfBase}/annual-reviews`, { ...annualBody, recommendation: 'maybe' })).status, 400, 'a recommendation not of the list');
    assert.equal((await officer.post(`${perfBase}/annual-reviews`, { ...annualBody, approvedBy: 'Tour board', approvedOn: '2026-07-10' })).status, 422, 'approved at once, before anything is evaluated');
    const annual = await officer.post(`${perfBase}/annual-reviews`, annualBody);
    assert.equal(annual.status, 201, JSON.stringify(annual.body));
    await tourKind('annual-reviews', annual.body.id, { ...annualBody, reasons: 'Tour second' }, { reasons: 'Tour changed' }, { reviewedOn: '2026-02-30' });
    const approve = { approvedBy: 'Tour board', approvedOn: '2026-07-10' };
    const early = await officer.patch(`${perfBase}/annual-reviews/${annual.body.id}`, approve);
    assert.equal(early.status, 422, 'not approved before everything is evaluated');
    assert.deepEqual([...new Set(early.body.errors.map((e: { field: string }) => e.field))], ['approvedOn']);
    const evaluationBody = { annualReviewId: annual.body.id, objectiveId: reviewed.body.id, finding: 'achieved', evaluation: 'Tour evaluation' };
    const evaluation = await officer.post(`${perfBase}/objective-evaluations`, evaluationBody);
    assert.equal(evaluation.status, 201, JSON.stringify(evaluation.body));
    await tourKind('objective-evaluations', evaluation.body.id, evaluationBody, { finding: 'progressing' }, { finding: 'perfect' });
    assert.equal((await officer.post(`${perfBase}/objective-evaluations`, evaluationBody)).status, 422, 'once a review');
    const contributionBody = { annualReviewId: annual.body.id, organisationId: register.partners[0]!.id, evaluation: 'Tour contribution' };
    assert.equal((await officer.post(`${perfBase}/contribution-evaluations`, { ...contributionBody, organisationId: register.council.id })).status, 422, 'not the council’s own');
    const contribution = await officer.post(`${perfBase}/contribution-evaluations`, contributionBody);
    assert.equal(contribution.status, 201, JSON.stringify(contribution.body));
    await tourKind('contribution-evaluations', contribution.body.id, contributionBody, { evaluation: 'Tour changed contribution' }, { feedbackSentOn: '2026-02-30' });
    const others = (await auditor.get(`${perfBase}/objectives`)).body.items as Array<{ id: string }>;
    for (const o of others.filter((x) => x.id !== reviewed.body.id)) assert.equal((await officer.post(`${perfBase}/objective-evaluations`, { ...evaluationBody, objectiveId: o.id })).status, 201);
    const partnersLeft = ((await auditor.get(`${perfBase}/partners`)).body.items as Array<{ organisationId: string; isThisCouncil: boolean }>).filter((x) => !x.isThisCouncil && x.organisationId !== register.partners[0]!.id);
    for (const x of partnersLeft) assert.equal((await officer.post(`${perfBase}/contribution-evaluations`, { ...contributionBody, organisationId: x.organisationId })).status, 201);
    const approvedReview = await officer.patch(`${perfBase}/annual-reviews/${annual.body.id}`, approve);
    assert.equal(approvedReview.status, 200, JSON.stringify(approvedReview.body));
    assert.equal((await officer.patch(`${perfBase}/objective-evaluations/${evaluation.body.id}`, { finding: 'not-achieved' })).status, 422, 'kept as approved');
    assert.equal((await officer.patch(`${perfBase}/contribution-evaluations/${contribution.body.id}`, { feedbackSentOn: '2026-07-20' })).status, 200, 'the feedback day still recorded');
    assert.equal((await officer.request('DELETE', `${perfBase}/annual-reviews/${annual.body.id}`)).status, 422, 'an approved review stays');
    assert.equal((await officer.request('DELETE', `${perfBase}/objectives/${reviewed.body.id}`)).status, 422, 'an objective a review evaluated stays');
    assert.equal((await officer.patch(`${perfBase}/contribution-evaluations/${contribution.body.id}`, { evaluation: 'Tour rewritten' })).status, 422, 'its words kept as approved');
    assert.equal((await officer.request('DELETE', `${perfBase}/objective-evaluations/${evaluation.body.id}`)).status, 422, 'an approved review’s finding stays');
    assert.equal((await officer.request('DELETE', `${perfBase}/contribution-evaluations/${contribution.body.id}`)).status, 422, 'and its partners’');
    // One still to approve gives its findings up, then goes.
    const draft = await officer.post(`${perfBase}/annual-reviews`, { ...annualBody, reviewedOn: '2026-08-01' });
    const draftFinding = await officer.post(`${perfBase}/objective-evaluations`, { ...evaluationBody, annualReviewId: draft.body.id });
    const draftContribution = await officer.post(`${perfBase}/contribution-evaluations`, { ...contributionBody, annualReviewId: draft.body.id });
    assert.equal((await officer.request('DELETE', `${perfBase}/annual-reviews/${draft.body.id}`)).status, 422, 'not while it holds findings');
    assert.equal((await officer.request('DELETE', `${perfBase}/objective-evaluations/${draftFinding.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/contribution-evaluations/${draftContribution.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/annual-reviews/${draft.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/performance-reports/${report.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/reporting-lines/${reportingLine.body.id}`)).status, 204);

    // R-2.6.6, R-2.6.7 the action plan's actions and each partner's refreshes of it: listed, added, read, changed and
    // removed; refused by shape, by rule (due before it starts, an owner or partner not the partnership's, an objective
    // with actions removed; a withdrawn partnership), by role, signed out, unknown, malformed; the performance answer
    // says what is overdue and when each partner's refresh is due.
    const planObjective = await officer.post(`${perfBase}/objectives`, { title: 'Tour planned objective' });
    assert.equal(planObjective.status, 201);
    const planActionBody = { title: 'Tour action', objectiveId: planObjective.body.id, ownerId: board.seat, organisationId: register.council.id, startsOn: '2026-04-01', dueOn: '2026-09-30', planReference: 'Council Plan 2026–30, priority 2' };
    assert.equal((await officer.post(`${perfBase}/plan-actions`, { ...planActionBody, dueOn: '2026-03-01' })).status, 422, 'due before it starts');
    assert.equal((await officer.post(`${perfBase}/plan-actions`, { ...planActionBody, organisationId: missing })).status, 422, 'a partner of the partnership’s');
    assert.equal((await officer.post(`${perfBase}/plan-actions`, { ...planActionBody, ownerId: missing })).status, 422, 'an owner in the register');
    const planAction = await officer.post(`${perfBase}/plan-actions`, planActionBody);
    assert.equal(planAction.status, 201, JSON.stringify(planAction.body));
    const refreshBody = { organisationId: register.council.id, confirmedBy: 'Tour Director', confirmedOn: '2026-04-01' };
    assert.equal((await officer.post(`${perfBase}/plan-refreshes`, { ...refreshBody, organisationId: missing })).status, 422, 'a partner of the partnership’s');
    const refresh = await officer.post(`${perfBase}/plan-refreshes`, refreshBody);
    assert.equal(refresh.status, 201, JSON.stringify(refresh.body));
    const planned = await auditor.get(`${perfBase}/performance`);
    assert.equal(planned.status, 200);
    assert.equal(planned.body.actionPlan.actions.length, 1);
    for (const [segment, made, sent, change, refusedChange] of [
      ['plan-actions', planAction, { ...planActionBody, title: 'Tour second action' }, { status: 'on-track', progress: 'Under way' }, { status: 'sometimes' }],
      ['plan-refreshes', refresh, { ...refreshBody, confirmedOn: '2027-04-01' }, { notes: 'Tour notes' }, { confirmedOn: '2027-02-30' }],
    ] as const) {
      await tourKind(segment, made.body.id, sent, change, refusedChange);
      assert.equal((await officer.post(`${closed.base}/${segment}`, sent)).status, 422, 'a withdrawn partnership takes none');
    }
    assert.equal((await officer.request('DELETE', `${perfBase}/objectives/${planObjective.body.id}`)).status, 422, 'an objective an action serves stays');
    assert.equal((await officer.patch(`${closed.base}/plan-actions/${closedPlanAction.body.id}`, { progress: 'x' })).status, 422, 'a withdrawn partnership’s action stays as it was');
    assert.equal((await officer.request('DELETE', `${closed.base}/plan-refreshes/${closedRefresh.body.id}`)).status, 422, 'a withdrawn partnership keeps its refreshes');
    assert.equal((await officer.request('DELETE', `${closed.base}/plan-actions/${closedPlanAction.body.id}`)).status, 422, 'a withdrawn partnership keeps its actions');
    assert.equal((await officer.patch(`${closed.base}/plan-refreshes/${closedRefresh.body.id}`, { notes: 'x' })).status, 422, 'a withdrawn partnership’s refresh stays as it was');
    assert.equal((await officer.request('DELETE', `${perfBase}/plan-actions/${planAction.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/plan-refreshes/${refresh.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/objectives/${planObjective.body.id}`)).status, 204);

    // R-2.6.8 the risk register's risks and their reviews: listed, added, read, changed and removed; refused by shape
    // (a likelihood off the matrix), by rule (residual above inherent, a target above it, an owner or partner not the
    // partnership's, a review before the risk was identified or of a closed risk, a reviewed risk removed; a withdrawn
    // partnership), by role, signed out, unknown, malformed; the performance answer gives each risk's band, trend and
    // next review, and the heat map; the matrix is read.
    const matrix = await auditor.get('/api/v1/risk-matrix');
    assert.equal(matrix.status, 200);
    contract.assertValid('#/components/schemas/RiskMatrix', matrix.body, 'the risk matrix');
    assert.deepEqual(matrix.body.bands.map((b: { name: string; reviewMonths: number }) => `${b.name} ${b.reviewMonths}`), ['Low 6', 'Medium 3', 'High 2', 'Very high 1']);
    assert.equal((await nobody.get('/api/v1/risk-matrix')).status, 401);
    const riskBody = { title: 'Tour risk', cause: 'A cold winter', event: 'Demand outstrips places', consequence: 'People sleep rough', category: 'operational', ownerId: board.seat, organisationId: register.council.id, identifiedOn: '2026-04-01', inherentLikelihood: 4, inherentImpact: 4, residualLikelihood: 4, residualImpact: 3, targetScore: 6, response: 'treat' };
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, inherentLikelihood: 7 })).status, 400, 'a likelihood no matrix has');
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, inherentLikelihood: 6 })).status, 422, 'a likelihood off the matrix in force');
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, residualImpact: 5 })).status, 422, 'residual above inherent');
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, targetScore: 20 })).status, 422, 'a target above inherent');
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, organisationId: missing })).status, 422, 'a partner of the partnership’s');
    assert.equal((await officer.post(`${perfBase}/risks`, { ...riskBody, ownerId: missing })).status, 422, 'an owner in the register');
    const risk = await officer.post(`${perfBase}/risks`, riskBody);
    assert.equal(risk.status, 201, JSON.stringify(risk.body));
    const reviewBody = { riskId: risk.body.id, reviewedOn: '2026-05-15', likelihood: 3, impact: 3, reviewedBy: 'Tour board' };
    assert.equal((await officer.post(`${perfBase}/risk-reviews`, { ...reviewBody, reviewedOn: '2026-03-31' })).status, 422, 'before it was identified');
    assert.equal((await officer.post(`${perfBase}/risk-reviews`, { ...reviewBody, riskId: missing })).status, 422, 'a risk of the partnership’s');
    const review = await officer.post(`${perfBase}/risk-reviews`, reviewBody);
    assert.equal(review.status, 201, JSON.stringify(review.body));
    // R-2.6.8 the matrix set by an administrator: as it is (200); not usable (400); a 3 × 3 while the risk is scored at 4 (422); by role, signed out, as a form, too big.
    const matrixBody = { likelihood: [...matrix.body.likelihood], impact: [...matrix.body.impact], bands: matrix.body.bands };
    assert.equal((await admin.request('PUT', '/api/v1/risk-matrix', { body: matrixBody })).status, 200);
    assert.equal((await admin.request('PUT', '/api/v1/risk-matrix', { body: { ...matrixBody, likelihood: ['Rare', 'Likely'] } })).status, 400, 'a scale of two levels');
    const small = { likelihood: ['Rare', 'Possible', 'Likely'], impact: ['Minor', 'Major', 'Severe'], bands: [{ name: 'Low', from: 1, to: 4, reviewMonths: 6 }, { name: 'High', from: 5, to: 9, reviewMonths: 1 }] };
    assert.equal((await admin.request('PUT', '/api/v1/risk-matrix', { body: small })).status, 422, 'an open risk scored at 4');
    assert.equal((await officer.request('PUT', '/api/v1/risk-matrix', { body: matrixBody })).status, 403);
    assert.equal((await nobody.request('PUT', '/api/v1/risk-matrix', { body: matrixBody })).status, 401);
    assert.equal((await admin.request('PUT', '/api/v1/risk-matrix', { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await admin.request('PUT', '/api/v1/risk-matrix', { payload: `{"likelihood":["${'x'.repeat(1_100_000)}"]}`, headers: { 'content-type': 'application/json' } })).status, 413);
    // Protocol 2.4(h) funding proposals: listed, added, read, changed and removed; not accepted before a risk
    // names it (422), nor removed while one does (422); refused by shape, by role, signed out, unknown.
    const proposalBody = { title: 'Tour proposal', source: 'Tour funder', amountPence: 100_000, proposedOn: '2026-04-01' };
    const proposal = await officer.post(`${perfBase}/funding-proposals`, proposalBody);
    assert.equal(proposal.status, 201, JSON.stringify(proposal.body));
    await tourKind('funding-proposals', proposal.body.id, { ...proposalBody, title: 'Tour second proposal' }, { notes: 'Tour notes' }, { amountPence: 'lots' });
    assert.equal((await officer.post(`${perfBase}/funding-proposals`, { ...proposalBody, status: 'accepted', decidedOn: '2026-05-01' })).status, 422, 'accepted with no risk assessed');
    assert.equal((await officer.patch(`${perfBase}/funding-proposals/${proposal.body.id}`, { status: 'accepted', decidedOn: '2026-05-01' })).status, 422, 'accepted with no risk assessed');
    const proposalRisk = await officer.post(`${perfBase}/risks`, { ...riskBody, title: 'Tour proposal risk', fundingProposalId: proposal.body.id });
    assert.equal(proposalRisk.status, 201, JSON.stringify(proposalRisk.body));
    assert.equal((await officer.patch(`${perfBase}/funding-proposals/${proposal.body.id}`, { status: 'accepted', decidedOn: '2026-05-01' })).status, 200, 'accepted once assessed');
    assert.equal((await officer.request('DELETE', `${perfBase}/funding-proposals/${proposal.body.id}`)).status, 422, 'a risk names it');
    assert.equal((await officer.request('DELETE', `${perfBase}/risks/${proposalRisk.body.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/funding-proposals/${proposal.body.id}`)).status, 204);
    // R-2.14 when notice to withdraw would take effect: computed (200); not calculable (400); signed out; a partnership not the token's; as a form; too big.
    const notice = `${perfBase}/notice/evaluate`;
    const noticeBody = { servedOn: '2027-01-15', provisions: { noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'quarter-end' } };
    const evaluated = await auditor.post(notice, noticeBody);
    assert.equal(evaluated.status, 200);
    assert.equal(evaluated.body.effectiveOn, '2027-06-30');
    assert.equal((await auditor.post(notice, { ...noticeBody, provisions: { ...noticeBody.provisions, effectiveAt: 'municipal-year-end' } })).status, 422);
    assert.equal((await auditor.post(notice, { ...noticeBody, servedOn: 'soon' })).status, 400);
    assert.equal((await nobody.post(notice, noticeBody)).status, 401);
    assert.equal((await officer.post(`/api/v1/partnerships/${missing}/notice/evaluate`, noticeBody)).status, 404);
    assert.equal((await officer.request('POST', notice, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', notice, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    // R-2.14 the termination provisions and the exit strategy: listed, added, read, changed and removed; a municipal
    // year with no end refused (422). With none recorded, notice sent without provisions cannot be worked out (422);
    // once every partner's is recorded, it is worked out under it.
    assert.equal((await auditor.post(notice, { servedOn: '2027-01-15' })).status, 422, 'no provisions recorded');
    const provisionBody = { party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end' };
    assert.equal((await officer.post(`${perfBase}/termination-provisions`, { ...provisionBody, effectiveAt: 'municipal-year-end' })).status, 422, 'a municipal year with no end');
    const provision = await officer.post(`${perfBase}/termination-provisions`, provisionBody);
    assert.equal(provision.status, 201, JSON.stringify(provision.body));
    assert.equal(provision.body.words, '6 months’ notice, from the first day of the month after it is served, taking effect only at the end of a financial year (31 March)');
    assert.equal((await officer.patch(`${perfBase}/termination-provisions/every-partner`, { effectiveAt: 'municipal-year-end' })).status, 422, 'a municipal year with no end');
    await tourKind('termination-provisions', 'every-partner', { ...provisionBody, party: 'council' }, { whoMayShorten: 'the board, unanimously' }, { noticeLength: -1 });
    const own = await auditor.post(notice, { servedOn: '2027-01-15' });
    assert.equal(own.status, 200);
    assert.deepEqual([own.body.effectiveOn, own.body.whoMayShorten], ['2028-03-31', 'the board, unanimously'], 'under the partnership’s own provisions');
    const arrangement = await officer.post(`${perfBase}/exit-strategy`, { topic: 'surpluses', arrangement: 'Tour surpluses' });
    assert.equal(arrangement.status, 201, JSON.stringify(arrangement.body));
    assert.equal(arrangement.body.required, true);
    await tourKind('exit-strategy', 'surpluses', { topic: 'mediation', arrangement: 'Tour mediation' }, { arrangement: 'Tour changed' }, { arrangement: '' });
    assert.equal((await officer.request('DELETE', `${perfBase}/exit-strategy/surpluses`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/termination-provisions/every-partner`)).status, 204);
    // And a withdrawn partnership's exit strategy is kept as it was: not changed.
    const ended = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour withdrawn exit strategy' }))).body.id as string;
    assert.equal((await officer.post(`/api/v1/partnerships/${ended}/exit-strategy`, { topic: 'staff', arrangement: 'Tour staff' })).status, 201);
    // R-2.6.10 the publication on the public register: published once (again: 422), read, changed and removed;
    // a withdrawn partnership's kept as it was (422).
    const publishedOn = await officer.post(`${perfBase}/publication`, { register: 'public-register', publishedOn: '2027-01-15' });
    assert.equal(publishedOn.status, 201, JSON.stringify(publishedOn.body));
    assert.deepEqual([publishedOn.body.contactPublic, publishedOn.body.summary], [false, null]);
    assert.equal((await officer.post(`${perfBase}/publication`, { register: 'public-register', publishedOn: '2027-01-15' })).status, 422, 'published once');
    await tourKind('publication', 'public-register', { register: 'public-register', publishedOn: '2027-01-15' }, { contactPublic: true }, { publishedOn: '2027-02-30' });
    assert.equal((await officer.request('DELETE', `${perfBase}/publication/public-register`)).status, 204);
    assert.equal((await officer.post(`/api/v1/partnerships/${ended}/publication`, { register: 'public-register', publishedOn: '2027-01-15' })).status, 201);
    assert.equal((await officer.post(`/api/v1/partnerships/${ended}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    assert.equal((await officer.patch(`/api/v1/partnerships/${ended}/exit-strategy/staff`, { arrangement: 'Changed' })).status, 422, 'a withdrawn partnership keeps its records');
    assert.equal((await officer.patch(`/api/v1/partnerships/${ended}/publication/public-register`, { summary: 'Changed' })).status, 422, 'a withdrawn partnership keeps its records');
    assert.equal((await officer.request('DELETE', `/api/v1/partnerships/${ended}/publication/public-register`)).status, 422, 'a withdrawn partnership keeps its records');
    for (const [segment, key, sent] of [['termination-provisions', 'every-partner', provisionBody], ['exit-strategy', 'surpluses', { topic: 'surpluses', arrangement: 'Tour surpluses' }]] as const) {
      const at = `/api/v1/partnerships/${kept}/${segment}`;
      assert.equal((await officer.post(at, sent)).status, 422, `${segment}: a withdrawn partnership keeps its records`);
      assert.equal((await officer.request('DELETE', `${at}/${key}`)).status, 422, `${segment}: a withdrawn partnership keeps its records`);
    }
    // R-2.14 the dissolution checklist: refused before the exit starts (422); exiting, listed, closed, read,
    // changed and removed, an exception without its reason refused (422), a body not of the schema (400).
    const closing = (await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Tour dissolution checklist', councilContributionPence: 0, withinApprovedBudget: true }))).body.id as string;
    const checklist = `/api/v1/partnerships/${closing}/dissolution-checklist`;
    const item = { item: 'final-report', outcome: 'done', completedOn: '2027-01-15', note: 'Sent to the Cabinet.' };
    assert.equal((await officer.post(checklist, item)).status, 422, 'not before the exit has started');
    await reachStatus(t.deps, closing, 'exiting');
    assert.equal((await officer.post(checklist, { colour: 'red' })).status, 400);
    assert.equal((await officer.post(checklist, { ...item, outcome: 'exception', note: null })).status, 422, 'an exception says why');
    await refusedAlike('POST', checklist, item);
    const closedItem = await officer.post(checklist, item);
    assert.equal(closedItem.status, 201, JSON.stringify(closedItem.body));
    assert.equal((await auditor.get(checklist)).status, 200);
    assert.equal((await nobody.get(checklist)).status, 401);
    assert.equal((await officer.get(`/api/v1/partnerships/${missing}/dissolution-checklist`)).status, 404);
    assert.equal((await auditor.get(`${checklist}/final-report`)).status, 200);
    assert.equal((await nobody.get(`${checklist}/final-report`)).status, 401);
    assert.equal((await officer.get(`${checklist}/staff`)).status, 404, 'an item not closed');
    assert.equal((await officer.patch(`${checklist}/final-report`, { note: 'Sent to the Cabinet and the partners.' })).status, 200);
    assert.equal((await officer.patch(`${checklist}/final-report`, { outcome: 'maybe' })).status, 400);
    assert.equal((await officer.patch(`${checklist}/final-report`, { outcome: 'exception', note: null })).status, 422, 'an exception says why');
    assert.equal((await officer.patch(`${checklist}/staff`, { note: 'x' })).status, 404);
    await refusedAlike('PATCH', `${checklist}/final-report`, { note: 'x' });
    await refusedAlike('DELETE', `${checklist}/final-report`);
    assert.equal((await officer.request('DELETE', `${checklist}/staff`)).status, 404);
    assert.equal((await officer.request('DELETE', `${checklist}/final-report`)).status, 204);
    assert.equal((await officer.request('DELETE', `${`/api/v1/partnerships/${kept}/dissolution-checklist`}/final-report`)).status, 422, 'a withdrawn partnership keeps its records');
    const risky = await auditor.get(`${perfBase}/performance`);
    assert.equal(risky.status, 200);
    const riskEntry = risky.body.riskRegister.risks[0];
    // Reviewed on 15 May at 3 × 3 = 9 (Medium, every 3 months) from 12 (High): next on 15 August, falling.
    assert.deepEqual([riskEntry.score, riskEntry.band, riskEntry.trend, riskEntry.nextReviewOn, riskEntry.aboveTarget], [9, 'Medium', 'falling', '2026-08-15', true]);
    assert.deepEqual(risky.body.riskRegister.heatMap[2][2].riskIds, [risk.body.id], 'likelihood 3 is the third row from the top; impact 3 the third cell');
    // The council's view: the risk in its band and cell, strict about its filters.
    const councilRisks = await auditor.get('/api/v1/risks?band=Medium&likelihood=3&impact=3');
    assert.equal(councilRisks.status, 200);
    contract.assertValid('#/components/schemas/CouncilRisks', councilRisks.body, 'the council’s risks');
    assert.ok(councilRisks.body.items.some((x: { id: string; nextReviewOn: string }) => x.id === risk.body.id && x.nextReviewOn === '2026-08-15'));
    assert.ok(councilRisks.body.heatMap[2][2].count >= 1);
    const [due, notDue] = [(await auditor.get('/api/v1/risks?overdue=true')).body, (await auditor.get('/api/v1/risks?overdue=false')).body];
    assert.ok(due.items.every((x: { overdue: boolean }) => x.overdue) && notDue.items.every((x: { overdue: boolean }) => !x.overdue));
    assert.equal(due.items.length + notDue.items.length, due.counts.open, 'overdue or not, every open risk');
    const badRisks = await auditor.get('/api/v1/risks?band=Catastrophic&likelihood=9&overdue=maybe&colour=red');
    assert.equal(badRisks.status, 400);
    assert.deepEqual(badRisks.body.errors.map((e: { field: string }) => e.field).sort(), ['band', 'colour', 'likelihood', 'overdue']);
    assert.equal((await nobody.get('/api/v1/risks')).status, 401);
    // What's due: the council's, of one kind; strict about its filters; one's own for any token (the partnership here is not yet committed: its risks owe nothing yet).
    const councilDue = await auditor.get('/api/v1/due/council?within=90&kind=risk-review');
    assert.equal(councilDue.status, 200);
    contract.assertValid('#/components/schemas/WhatsDue', councilDue.body, 'what is due across the partnerships');
    assert.ok(councilDue.body.items.every((x: { kind: string }) => x.kind === 'risk-review'));
    const mine = await auditor.get('/api/v1/due');
    assert.equal(mine.status, 200);
    contract.assertValid('#/components/schemas/WhatsDue', mine.body, 'what is due for the token’s user');
    assert.equal((await auditor.get('/api/v1/due?colour=red')).status, 400);
    const badDue = await auditor.get('/api/v1/due/council?within=365&kind=nonsense');
    assert.equal(badDue.status, 400);
    assert.deepEqual(badDue.body.errors.map((e: { field: string }) => e.field).sort(), ['kind', 'within']);
    assert.equal((await officer.get('/api/v1/due/council')).status, 403);
    assert.equal((await nobody.get('/api/v1/due')).status, 401);
    assert.equal((await nobody.get('/api/v1/due/council')).status, 401);
    // The controls on it: one assessed needs the day, not before the risk was identified; the answer lists them.
    const controlBody = { riskId: risk.body.id, title: 'Tour overflow beds', ownerId: board.seat, effectiveness: 'partly-effective', assessedOn: '2026-05-15' };
    assert.equal((await officer.post(`${perfBase}/risk-controls`, { ...controlBody, effectiveness: 'marvellous' })).status, 400, 'an effectiveness not of the list');
    assert.equal((await officer.post(`${perfBase}/risk-controls`, { ...controlBody, assessedOn: null })).status, 422, 'assessed, so a day');
    assert.equal((await officer.post(`${perfBase}/risk-controls`, { ...controlBody, assessedOn: '2026-03-01' })).status, 422, 'not before the risk was identified');
    assert.equal((await officer.post(`${perfBase}/risk-controls`, { ...controlBody, riskId: missing })).status, 422, 'a risk of the partnership’s');
    const control = await officer.post(`${perfBase}/risk-controls`, controlBody);
    assert.equal(control.status, 201, JSON.stringify(control.body));
    const controlled = await auditor.get(`${perfBase}/performance`);
    assert.deepEqual(controlled.body.riskRegister.risks[0].controls.map((c: { title: string; effectiveness: string }) => `${c.title}: ${c.effectiveness}`), ['Tour overflow beds: partly-effective']);
    for (const [segment, made, sent, change, refusedChange] of [
      ['risks', risk, { ...riskBody, title: 'Tour second risk' }, { response: 'tolerate' }, { response: 'ignore' }],
      ['risk-controls', control, { ...controlBody, title: 'Tour second control' }, { notes: 'Tour notes' }, { effectiveness: 'marvellous' }],
      ['risk-reviews', review, { ...reviewBody, reviewedOn: '2026-08-15' }, { notes: 'Tour notes' }, { likelihood: 0 }],
    ] as const) {
      await tourKind(segment, made.body.id, sent, change, refusedChange);
      assert.equal((await officer.post(`${closed.base}/${segment}`, segment === 'risks' ? sent : { ...sent, riskId: closedRisk.body.id })).status, 422, 'a withdrawn partnership takes none');
    }
    assert.equal((await officer.patch(`${perfBase}/risk-reviews/${review.body.id}`, { reviewedOn: '2026-03-01' })).status, 422, 'a review before the risk was identified');
    assert.equal((await officer.patch(`${perfBase}/risk-controls/${control.body.id}`, { assessedOn: null })).status, 422, 'assessed, so a day');
    assert.equal((await officer.request('DELETE', `${perfBase}/risks/${risk.body.id}`)).status, 422, 'a reviewed risk stays: close it instead');
    assert.equal((await officer.patch(`${perfBase}/risks/${risk.body.id}`, { status: 'closed' })).status, 200);
    assert.equal((await officer.post(`${perfBase}/risk-reviews`, { ...reviewBody, reviewedOn: '2026-09-01' })).status, 422, 'a closed risk is not reviewed');
    assert.equal((await officer.patch(`${closed.base}/risks/${closedRisk.body.id}`, { title: 'x' })).status, 422, 'a withdrawn partnership’s risk stays as it was');
    assert.equal((await officer.request('DELETE', `${closed.base}/risks/${closedRisk.body.id}`)).status, 422, 'a withdrawn partnership keeps its risks');
    assert.equal((await officer.request('DELETE', `${closed.base}/risk-reviews/${closedReview.body.id}`)).status, 422, 'a withdrawn partnership keeps its reviews');
    assert.equal((await officer.request('DELETE', `${closed.base}/risk-controls/${closedControl.body.id}`)).status, 422, 'and its controls');
    const reviews = await auditor.get(`${perfBase}/risk-reviews`);
    for (const v of reviews.body.items as Array<{ id: string }>) assert.equal((await officer.request('DELETE', `${perfBase}/risk-reviews/${v.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/risks/${risk.body.id}`)).status, 422, 'a risk with controls stays: remove them first');
    const controls = await auditor.get(`${perfBase}/risk-controls`);
    for (const c of controls.body.items as Array<{ id: string }>) assert.equal((await officer.request('DELETE', `${perfBase}/risk-controls/${c.id}`)).status, 204);
    assert.equal((await officer.request('DELETE', `${perfBase}/risks/${risk.body.id}`)).status, 204);

    // R-2.8a, R-2.8b checking a decision: computed (the partnership's rules, or given), refused by shape (400) and by rule (422),
    // an unknown partnership (404), signed out, malformed. Nothing is saved, so a reader may.
    const evaluate = '/api/v1/decision-rules/evaluate';
    const given = { seats: [{ id: 'a', name: 'A', partnerId: 'p', status: 'voting' }], votingRules: [{ decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' }], quorum: [{ kind: 'number', members: 1 }] };
    assert.equal((await auditor.post(evaluate, { rules: given, decisionType: 'ordinary', attendance: [{ seat: 'a', attendance: 'present' }], votes: [{ seat: 'a', vote: 'for' }] })).status, 200);
    assert.equal((await partnerRep.post(evaluate, { partnershipId: created.body.id, decisionType: 'ordinary', attendance: [] })).status, 404, 'not their partnership');
    assert.equal((await officer.post(evaluate, { partnershipId: created.body.id, decisionType: 'ordinary', attendance: [] })).status, 200);
    assert.equal((await officer.post(evaluate, { decisionType: 'sometimes' })).status, 400);
    assert.equal((await officer.post(evaluate, { rules: given, decisionType: 'ordinary', attendance: [{ seat: 'a', attendance: 'substitute' }] })).status, 422, 'a substitute where the seat names none');
    assert.equal((await officer.post(evaluate, { partnershipId: missing, decisionType: 'ordinary', attendance: [] })).status, 404);
    assert.equal((await nobody.post(evaluate, { rules: given, decisionType: 'ordinary', attendance: [] })).status, 401);
    assert.equal((await officer.request('POST', evaluate, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', evaluate, { payload: `{"x":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);

    // R-2.13 a person's register of interests: read, unknown person, by role, signed out.
    assert.equal((await auditor.get(`/api/v1/people/${person.body.id}/interests`)).status, 200);
    assert.equal((await officer.get(`/api/v1/people/${missing}/interests`)).status, 404);
    assert.equal((await partnerRep.get(`/api/v1/people/${person.body.id}/interests`)).status, 403);
    assert.equal((await nobody.get(`/api/v1/people/${person.body.id}/interests`)).status, 401);
    const interests = `/api/v1/people/${person.body.id}/interests`;
    const interestBody = { kind: 'pecuniary', body: 'Tour shares', startsOn: '2026-01-01', sensitive: false };
    const interest = await officer.post(interests, interestBody);
    assert.equal(interest.status, 201);
    assert.equal((await officer.post(interests, { ...interestBody, colour: 'red' })).status, 400);
    assert.equal((await officer.post(interests, { ...interestBody, sensitive: true, sensitiveAgreedBy: 'Someone' })).status, 422, 'only the monitoring officer marks one sensitive');
    assert.equal((await officer.post(`/api/v1/people/${missing}/interests`, interestBody)).status, 404);
    assert.equal((await auditor.post(interests, interestBody)).status, 403);
    assert.equal((await nobody.post(interests, interestBody)).status, 401);
    assert.equal((await officer.request('POST', interests, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('POST', interests, { payload: `{"body":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    const oneInterest = `${interests}/${interest.body.id}`;
    assert.equal((await officer.patch(oneInterest, { endsOn: '2026-03-31' })).status, 200);
    assert.equal((await officer.patch(oneInterest, { endsOn: '2025-01-01' })).status, 422, 'an end before its start');
    assert.equal((await officer.patch(oneInterest, { colour: 'red' })).status, 400);
    assert.equal((await officer.patch(`${interests}/${missing}`, { details: 'x' })).status, 404);
    assert.equal((await auditor.patch(oneInterest, { details: 'x' })).status, 403);
    assert.equal((await nobody.patch(oneInterest, { details: 'x' })).status, 401);
    assert.equal((await officer.request('PATCH', oneInterest, { payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
    assert.equal((await officer.request('PATCH', oneInterest, { payload: `{"body":"${'x'.repeat(1_100_000)}"}`, headers: { 'content-type': 'application/json' } })).status, 413);
    assert.equal((await auditor.request('DELETE', oneInterest)).status, 403);
    assert.equal((await nobody.request('DELETE', oneInterest)).status, 401);
    assert.equal((await officer.request('DELETE', `${interests}/${missing}`)).status, 404);
    assert.equal((await officer.request('DELETE', oneInterest)).status, 204);

    // Every operation was met with its success status and its errors, and each answer matched.
    for (const op of contract.operations) {
      for (const status of Object.keys(op.spec.responses)) {
        assert.ok(contract.seen.has(`${op.method} ${op.path} ${status}`), `the tour met ${op.method} ${op.path} ${status}`);
      }
    }
  });

  it('would catch a response that breaks the contract (the checks can fail)', () => {
    const fake = { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ items: [{ id: 'x' }], total: 1, page: 1, pageSize: 25 }) };
    assert.throws(() => contract.check('GET', '/api/v1/partnerships', fake as never), /does not match/);
    const undocumented = { ...fake, statusCode: 418 };
    assert.throws(() => contract.check('GET', '/api/v1/partnerships', undocumented as never), /not documented/);
    const leaky = { ...fake, body: JSON.stringify({ items: [], total: 0, page: 1, pageSize: 25, tokenHash: 'abc' }) };
    assert.throws(() => contract.check('GET', '/api/v1/partnerships', leaky as never), /additional properties/);
  });

  it('shows /api/docs to anyone: every endpoint, parameter, schema field and an example curl, from the document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs', headers: { host: 'accord.council.example:8443' } });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    const html = res.body;
    for (const op of contract.operations) {
      assert.ok(html.includes(`id="${op.spec.operationId}"`), `${op.spec.operationId} has a section`);
      assert.ok(html.includes(`${op.method} ${op.path}`), `${op.method} ${op.path} is shown`);
      for (const p of op.spec.parameters ?? []) assert.ok(html.includes(`<code>${p.name}</code>`), `parameter ${p.name} of ${op.path}`);
    }
    for (const [id, schema] of Object.entries(contract.doc.components.schemas as Record<string, { properties: Record<string, unknown> }>)) {
      assert.ok(html.includes(`id="schema-${id}"`), `schema ${id} has a section`);
      for (const field of Object.keys(schema.properties)) assert.ok(html.includes(`<code>${field}</code>`), `field ${field} of ${id}`);
    }
    const curls = html.match(/curl( -X (POST|PUT|PATCH|DELETE))? &#92;/g) ?? [];
    assert.equal(curls.length, contract.operations.length, 'one example curl per endpoint');
    assert.match(html, /Authorization: Bearer \$ACCORD_TOKEN/);
    assert.match(html, /http:\/\/accord\.council\.example:8443\/api\/v1\/partnerships\?q=health&amp;status=operating/);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    assert.doesNotMatch(main, /<script|<form/, 'the page is plain content: nothing in it needs JavaScript');
  });

  it('never echoes a hostile Host header into the docs page as markup', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs', headers: { host: '"><script>alert(1)</script>' } });
    assert.equal(res.statusCode, 200);
    assert.ok(!res.body.includes('<script>alert(1)</script>'));
    assert.match(res.body, /https:\/\/accord\.example\.gov\.uk\/api\/v1\//);
  });
});

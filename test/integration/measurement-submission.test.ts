// on both databases: a partner's representative submits the measurements of the outcome indicators
// their organisation supplies, with the data-quality confirmation, on the page and through the API; the
// form offers only their indicators; one their organisation does not supply is refused at its field; they
// change and remove nothing; a representative of an organisation outside the partnership finds nothing.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, inputValue, summaryLinks } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken, type Register } from './api-helpers.ts';

forEachDatabase('partner representatives submit their indicators’ measurements (R-2.9)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let rep: Client;
  let repApi: ApiClient;
  let outsider: Client;
  let home = '';
  let theirs = '';
  let councils = '';

  before(async () => {
    w = await openWorkspace(ctx.database, 'Submission');
    ({ t, r, officer } = w);
    const p = await w.partnership();
    home = `/partnerships/${p.id}`;
    // A representative of the partner (r.partners[0]) and one of an organisation outside the partnership.
    const made = await userWithToken(t.deps, 'partner-representative', 'Pat Partner');
    await createPerson(t.deps, SYSTEM, personDetails('Pat Partner', r.partners[0]!.id, { userId: made.user.id }));
    rep = await signedIn(t.app, made.user);
    repApi = new ApiClient(t.app, await loadContract(t.app), made.token);
    const other = await makeUser(t.deps, 'partner-representative');
    await createPerson(t.deps, SYSTEM, personDetails('Olu Outside', r.partners[1]!.id, { userId: other.id }));
    outsider = await signedIn(t.app, other);

    const objective = await officer.post(`${home}/objectives`, { title: 'More young people in training', outcome: 'More of them in work a year on' }, { from: home });
    assert.equal(objective.statusCode, 303, objective.body.slice(0, 300));
    const db = t.deps.database.db;
    const objectiveId = (await db.selectFrom('performance_objectives').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const indicator = (name: string, organisationId: string) =>
      officer.post(`${home}/indicators`, { objectiveId, name, definition: 'Counted at each quarter end', unit: 'people', polarity: 'higher', baseline: '10', target: '40', tolerance: '', frequency: 'quarterly', organisationId });
    assert.equal((await indicator('Apprenticeships started', r.partners[0]!.id)).statusCode, 303);
    assert.equal((await indicator('Council placements filled', r.council.id)).statusCode, 303);
    const ids = await db.selectFrom('outcome_indicators').select(['id', 'name']).where('partnership_id', '=', p.id).execute();
    theirs = ids.find((i) => i.name === 'Apprenticeships started')!.id;
    councils = ids.find((i) => i.name === 'Council placements filled')!.id;
  });
  after(() => t.close());

  it('R-2.9: the Performance and indicator pages offer them the submission of their own indicator only', async () => {
    const page = await rep.get(`${home}/performance`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Your organisation supplies the data for Apprenticeships started'));
    assert.ok(!page.body.includes('Add an objective'), 'no keeper’s buttons');
    assert.ok((await rep.get(`${home}/indicators/${theirs}`)).body.includes('Submit a measurement'));
    assert.ok(!(await rep.get(`${home}/indicators/${councils}`)).body.includes('Submit a measurement'));
    const form = await rep.get(`${home}/measurements/new`);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes(`value="${theirs}"`), 'their indicator is offered');
    assert.ok(!form.body.includes(`value="${councils}"`), 'the council’s is not');
    // Someone outside the partnership finds nothing at all.
    assert.equal((await outsider.get(`${home}/measurements/new`)).statusCode, 404);
    assert.equal((await outsider.get(`${home}/performance`)).statusCode, 404);
  });

  it('R-2.9: their submission is refused at its fields with what they typed kept, then kept with their name; another’s indicator is refused', async () => {
    const refused = await rep.post(`${home}/measurements`, { indicatorId: theirs, 'periodEnding-day': '30', 'periodEnding-month': '9', 'periodEnding-year': '2026', value: 'twelve', commentary: 'From our training records' }, { from: `${home}/measurements/new` });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['value', 'attested']);
    assert.equal(inputValue(refused.body, 'value'), 'twelve', 'input kept');

    const notTheirs = await rep.post(`${home}/measurements`, { indicatorId: councils, 'periodEnding-day': '30', 'periodEnding-month': '9', 'periodEnding-year': '2026', value: '12', attested: 'yes' });
    assert.equal(notTheirs.statusCode, 400);
    // With another problem, both in one round.
    const both = await rep.post(`${home}/measurements`, { indicatorId: councils, 'periodEnding-day': '30', 'periodEnding-month': '9', 'periodEnding-year': '2026', value: 'lots', attested: 'yes' });
    assert.deepEqual(summaryLinks(both.body), ['indicatorId', 'value']);
    assertFieldError(notTheirs.body, 'indicatorId', `${r.council.name} supplies the data for Council placements filled: you can submit measurements only for the indicators ${r.partners[0]!.name} supplies (R-2.9)`);

    const kept = await rep.post(`${home}/measurements`, { indicatorId: theirs, 'periodEnding-day': '30', 'periodEnding-month': '9', 'periodEnding-year': '2026', value: '12', commentary: 'From our training records', attested: 'yes' });
    assert.equal(kept.statusCode, 303, kept.body.slice(0, 400));
    const row = await t.deps.database.db.selectFrom('indicator_measurements').selectAll().where('indicator_id', '=', theirs).executeTakeFirstOrThrow();
    assert.equal(row.value, 12);
    assert.equal(row.attested, 1);
    assert.equal(row.entered_by, 'Pat Partner', 'who submitted it is kept');
    const event = await t.deps.database.db.selectFrom('audit_events').select(['action', 'actor_label']).where('entity_id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(event.action, 'added');
    assert.match(event.actor_label ?? '', /Pat Partner/);
  });

  it('R-2.9: through the API too, with every problem in problem+json; they change and remove nothing', async () => {
    const api = `/api/v1${home}/measurements`;
    const refused = await repApi.post(api, { indicatorId: councils, periodEnding: '2026-12-31', value: 5, attested: true });
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
    assert.ok(refused.body.errors.some((e: { field: string; message: string }) => e.field === 'indicatorId' && /only for the indicators/.test(e.message)));
    const added = await repApi.post(api, { indicatorId: theirs, periodEnding: '2026-12-31', value: 15, attested: true });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const id = added.body.id as string;
    assert.equal((await repApi.patch(`${api}/${id}`, { value: 16 })).status, 403);
    assert.equal((await repApi.request('DELETE', `${api}/${id}`)).status, 403);
    assert.equal((await rep.get(`${home}/measurements/${id}/edit`)).statusCode, 403);
    assert.equal((await rep.post(`${home}/measurements/${id}/remove`, {}, { from: `${home}/measurements/${id}` })).statusCode, 403);
    // The objectives and indicators stay the keepers'.
    assert.equal((await rep.get(`${home}/indicators/new`)).statusCode, 403);
    assert.equal((await repApi.post(`/api/v1${home}/objectives`, { title: 'Ours now' })).status, 403);
  });
});

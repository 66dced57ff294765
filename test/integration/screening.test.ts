// Screening through the pages and the API: one question a page with the answers
// kept in the database between pages, a bad answer refused (400, summary, input kept), Check your
// answers with Change links, Confirm records it and takes the lifecycle step; an excluded arrangement
// ends not applicable with the reason and stays on the register; re-screening keeps the history; the
// lifecycle's own screen-in is refused without a screening; each screening audited with its partnership.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { SCREENING_ONLY } from '../../src/domain/lifecycle/transitions.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { escapeHtml, summaryLinks } from '../helpers/html.ts';
import { cannedScreening, reachStatus } from '../helpers/lifecycle.ts';
import { ApiClient, loadContract, userWithToken } from './api-helpers.ts';

forEachDatabase('screening: questions, outcome, history (R-1.1, R-1.2, R-2.2)', (ctx) => {
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  let auditorApi: ApiClient;
  let partners: Parameters<typeof partnershipDetails>[0]['partners'];
  let n = 0;

  const register = async (name = `Screening ${++n}`) => createPartnership(t.deps, SYSTEM, partnershipDetails({ name, partners, councilContributionPence: 0 }));
  const statusOf = async (id: string) => (await ctx.database.db.selectFrom('partnerships').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const q = (id: string, slug: string) => `/partnerships/${id}/screening/questions/${slug}`;
  const answer = async (id: string, slug: string, form: Record<string, string | string[]>) => {
    const res = await officer.post(q(id, slug), form, { from: q(id, slug) });
    assert.equal(res.statusCode, 303, `${slug}: ${res.body.slice(0, 300)}`);
    return String(res.headers.location);
  };

  before(async () => {
    t = await startApp(ctx.database);
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const trust = await createOrganisation(t.deps, SYSTEM, organisationDetails('Riverside Trust', { sector: 'vcse' }));
    partners = [
      { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
      { organisationId: trust.id, role: 'member', memberStatus: 'voting' },
    ];
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    const contract = await loadContract(t.app);
    api = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
    auditorApi = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
  });
  after(() => t.close());

  it('R-1.1, R-1.2: the journey through the pages, a bad answer refused with its summary and the input kept, ends screened', async () => {
    const p = await register();
    const start = await officer.get(`/partnerships/${p.id}/screening`);
    assert.equal(start.statusCode, 200);
    assert.match(start.body, /Not screened yet/);
    assert.match(start.body, new RegExp(`href="${q(p.id, 'shared-responsibility')}"[^>]*>\\s*Screen this arrangement`));
    const life = await officer.get(`/partnerships/${p.id}/lifecycle`);
    assert.match(life.body, new RegExp(`href="/partnerships/${p.id}/screening"[^>]*>\\s*Record screening`), 'the lifecycle’s next step leads to the screening');
    assert.doesNotMatch(life.body, /transitions\/screen-(in|out)/);

    assert.equal(await answer(p.id, 'shared-responsibility', { sharedResponsibility: 'yes' }), q(p.id, 'wellbeing'));
    // nothing ticked is refused; "None of these" with another is refused, the boxes kept.
    const empty = await officer.post(q(p.id, 'wellbeing'), {}, { from: q(p.id, 'wellbeing') });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['wellbeing']);
    assert.ok(empty.body.includes(escapeHtml('Select the well-being it improves, or ‘None of these’ (R-1.1)')));
    const both = await officer.post(q(p.id, 'wellbeing'), { wellbeing: ['social', 'none'] }, { from: q(p.id, 'wellbeing') });
    assert.equal(both.statusCode, 400);
    assert.match(both.body, /value="social" checked/, 'the input is kept');
    assert.equal(await answer(p.id, 'wellbeing', { wellbeing: ['social', 'economic'] }), q(p.id, 'characteristics'));
    assert.equal(await answer(p.id, 'characteristics', { characteristics: ['independent-bodies', 'joint-programme'] }), q(p.id, 'exclusions'));
    // R-2.2: no exclusion: (a)'s qualifier is not asked.
    assert.equal(await answer(p.id, 'exclusions', { exclusions: 'none' }), q(p.id, 'note'));
    // The answers so far live in the database, not in the server: a page opened again shows them.
    assert.match((await officer.get(q(p.id, 'wellbeing'))).body, /value="economic" checked/);
    assert.equal(await answer(p.id, 'note', { note: 'Shared community safety work' }), `/partnerships/${p.id}/screening/check`);

    const check = await officer.get(`/partnerships/${p.id}/screening/check`);
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /Check your answers/);
    assert.match(check.body, new RegExp(`href="${q(p.id, 'exclusions')}\\?from=check"`), 'a Change link for each answer');
    assert.doesNotMatch(check.body, /council-control/, '(a)’s qualifier is not asked');
    const done = await officer.post(`/partnerships/${p.id}/screening/check`, {}, { from: `/partnerships/${p.id}/screening/check` });
    assert.equal(done.statusCode, 303, done.body.slice(0, 300));
    assert.match(String(done.headers.location), new RegExp(`^/partnerships/${p.id}/screening/[0-9a-f-]{36}$`));
    const outcome = await officer.follow(done);
    assert.match(outcome.body, /govuk-panel__title[^>]*>\s*The protocol applies/);
    assert.ok(outcome.body.includes('section 1: the council and at least one other organisation share responsibility'));
    assert.equal(await statusOf(p.id), 'screened');
    assert.equal((await ctx.database.db.selectFrom('screening_drafts').selectAll().where('partnership_id', '=', p.id).execute()).length, 0, 'the draft is gone once recorded');

    // the screening is audited with its partnership, after = answers + outcome + reasons; the step too.
    const events = await historyOf(ctx.database, 'screening', (await t.deps.database.db.selectFrom('screenings').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.action, 'recorded');
    assert.deepEqual(events[0]!.after?.wellbeing, ['economic', 'social']);
    assert.equal(events[0]!.after?.outcome, 'applies');
    assert.equal(events[0]!.partnershipId, p.id);
    const trail = await ctx.database.db.selectFrom('audit_events').select(['entity_type', 'action']).where('partnership_id', '=', p.id).orderBy('seq').execute();
    assert.deepEqual(trail.slice(-2).map((e) => `${e.entity_type} ${e.action}`), ['partnership screened', 'screening recorded']);
  });

  it('R-2.2(a): the qualifier is asked after (a), and a bad answer there is refused', async () => {
    const p = await register();
    await answer(p.id, 'shared-responsibility', { sharedResponsibility: 'yes' });
    await answer(p.id, 'wellbeing', { wellbeing: 'economic' });
    await answer(p.id, 'characteristics', { characteristics: 'none' });
    assert.equal(await answer(p.id, 'exclusions', { exclusions: 'commissioned-service' }), q(p.id, 'council-control'));
    const bad = await officer.post(q(p.id, 'council-control'), { councilControlsThirdParty: 'maybe' }, { from: q(p.id, 'council-control') });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(summaryLinks(bad.body), ['councilControlsThirdParty']);
    assert.equal(await answer(p.id, 'council-control', { councilControlsThirdParty: 'yes' }), q(p.id, 'note'));
    await answer(p.id, 'note', { note: '' });
    const done = await officer.post(`/partnerships/${p.id}/screening/check`, {}, { from: `/partnerships/${p.id}/screening/check` });
    assert.equal(done.statusCode, 303);
    const outcome = await officer.follow(done);
    assert.match(outcome.body, /The protocol applies/);
    assert.ok(outcome.body.includes('2.2(a): the council pays a third party to deliver services, but also controls'));
  });

  it('R-2.2: an excluded arrangement ends not applicable with the reason, stays on the register (searchable), and re-screening keeps the history', async () => {
    const p = await register('Town Centre Consultation Forum');
    await answer(p.id, 'shared-responsibility', { sharedResponsibility: 'yes' });
    await answer(p.id, 'wellbeing', { wellbeing: 'social' });
    await answer(p.id, 'characteristics', { characteristics: 'none' });
    await answer(p.id, 'exclusions', { exclusions: 'consultation-group' });
    await answer(p.id, 'note', { note: '' });
    const done = await officer.post(`/partnerships/${p.id}/screening/check`, {}, { from: `/partnerships/${p.id}/screening/check` });
    const outcome = await officer.follow(done);
    assert.match(outcome.body, /govuk-panel__title[^>]*>\s*The protocol does not apply/);
    assert.ok(outcome.body.includes('2.2(b): informal consultation group'));
    assert.equal(await statusOf(p.id), 'not-applicable');
    const list = await officer.get('/partnerships?q=consultation+forum&status=not-applicable');
    assert.ok(list.body.includes('Town Centre Consultation Forum'), 'on the register, found by search and status');
    const timeline = await officer.get(`/partnerships/${p.id}/lifecycle`);
    assert.ok(timeline.body.includes(escapeHtml('The protocol does not apply because 2.2(b): informal consultation group.')), 'the step’s note is the outcome');

    // screened again through the API, the protocol applies: back to screened, both kept, newest first.
    const again = await api.post(`/api/v1/partnerships/${p.id}/screenings`, cannedScreening(true));
    assert.equal(again.status, 201, JSON.stringify(again.body));
    const body = again.body as { status: string; screening: { applies: boolean; current: boolean; reasons: Array<{ clause: string }> } };
    assert.equal(body.status, 'screened');
    assert.equal(body.screening.applies, true);
    const listed = (await api.get(`/api/v1/partnerships/${p.id}/screenings`)).body as { items: Array<{ applies: boolean; current: boolean; outcome: string }> };
    assert.deepEqual(listed.items.map((s) => [s.applies, s.current]), [[true, true], [false, false]]);
    assert.equal(listed.items[1]!.outcome, 'The protocol does not apply because 2.2(b): informal consultation group.');
    const start = await officer.get(`/partnerships/${p.id}/screening`);
    assert.equal((start.body.match(/<tr class="govuk-table__row">/g) ?? []).length, 3, 'a header and both screenings');
    assert.equal(await statusOf(p.id), 'screened');
  });

  it('R-1.1, R-2.2: the API refuses bad answers with every field error, and a partnership past screening with the reason', async () => {
    const p = await register();
    const bad = await api.post(`/api/v1/partnerships/${p.id}/screenings`, { sharedResponsibility: 'perhaps', wellbeing: ['spiritual'], exclusions: ['commissioned-service'] });
    assert.equal(bad.status, 400);
    const fields = (bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
    for (const f of ['sharedResponsibility', 'wellbeing.0', 'characteristics', 'councilControlsThirdParty']) assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
    assert.equal(await statusOf(p.id), 'proposed');

    await reachStatus(t.deps, p.id, 'business-case');
    const late = await api.post(`/api/v1/partnerships/${p.id}/screenings`, cannedScreening(true));
    assert.equal(late.status, 422);
    assert.match(JSON.stringify(late.body), /Record screening is for a partnership proposed, screened or screened out/);
    const page = await officer.get(`/partnerships/${p.id}/screening`);
    assert.match(page.body, /past screening/);
    assert.doesNotMatch(page.body, /Screen this arrangement/);
    assert.equal((await officer.get(q(p.id, 'wellbeing'))).statusCode, 303, 'its questions lead back to the start page');
  });

  it('R-1.1, R-2.2: the lifecycle’s screen-in and screen-out are refused without a screening, pointing to it', async () => {
    const p = await register();
    for (const action of ['screen-in', 'screen-out']) {
      const res = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action, note: 'The protocol applies' });
      assert.equal(res.status, 422, action);
      assert.deepEqual((res.body as { errors: Array<{ field: string; message: string }> }).errors.map((e) => [e.field, e.message]), [['action', SCREENING_ONLY]]);
      const page = await officer.get(`/partnerships/${p.id}/transitions/${action}`);
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, `/partnerships/${p.id}/screening`);
    }
    assert.equal(await statusOf(p.id), 'proposed');
  });

  it('R-2.2: internal audit reads the screenings but cannot screen', async () => {
    const p = await register();
    await reachStatus(t.deps, p.id, 'not-applicable');
    const page = await auditor.get(`/partnerships/${p.id}/screening`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Screen this arrangement/);
    assert.equal((await auditor.get(q(p.id, 'shared-responsibility'))).statusCode, 403);
    assert.equal((await auditorApi.get(`/api/v1/partnerships/${p.id}/screenings`)).status, 200);
    assert.equal((await auditorApi.post(`/api/v1/partnerships/${p.id}/screenings`, cannedScreening(true))).status, 403);
  });
});

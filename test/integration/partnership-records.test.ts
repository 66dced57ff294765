// A partnership's partners and council representatives as records of their own, through the pages and
// the API: added, changed and removed one at a time, each audited on its own, naming its partnership,
// and worded in its History; the register's rules (R-1.1 the last partner other than the council, one
// lead, R-2.16 council people) refuse in the same words on the page and the API; a withdrawn
// partnership keeps its records as they were; a refused form or body lists every problem at once.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf, type AuditEvent } from '../../src/app/audit-trail.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { withdrawPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { describeEvent } from '../../src/web/features/organisations/history.ts';
import { trailDescribers } from '../../src/web/features/audit/describers.ts';
import { TEST_AUDIT_KEY, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { personDetails } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml, selected, summaryLinks } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import type { ApiClient, Register } from './api-helpers.ts';

forEachDatabase('partners and council people as records of a partnership', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  let auditorApi: ApiClient;
  let councillorId: string;
  let partnerStaffId: string;

  /** A partnership of the council (lead) and the first partner. */
  const register = () => w.partnership();
  const eventsOf = async (partnershipId: string, entityType: string) => (await historyOf(t.deps.database, 'partnership', partnershipId)).filter((e) => e.entityType === entityType);
  const words = (e: AuditEvent) => {
    const { describer, hidden } = trailDescribers(new Map())(e.entityType);
    return { headline: describer.headline?.(e, null), lines: describeEvent(e, describer, hidden).lines };
  };
  const partnersOf = async (partnershipId: string) =>
    (await ctx.database.db.selectFrom('partnership_partners').select(['organisation_id', 'role', 'member_status']).where('partnership_id', '=', partnershipId).orderBy('position').execute()).map(
      (x) => `${x.organisation_id}:${x.role}:${x.member_status}`,
    );

  before(async () => {
    w = await openWorkspace(ctx.database, 'Records');
    ({ t, r, officer, auditor, api, auditorApi } = w);
    councillorId = (await createPerson(t.deps, SYSTEM, personDetails(`Cllr Carys ${Date.now()}`, r.council.id, { councilRole: 'councillor' }))).id;
    partnerStaffId = (await createPerson(t.deps, SYSTEM, personDetails(`Pat Partner ${Date.now()}`, r.partners[0]!.id))).id;
  });
  after(() => t.close());

  it('lists the partners, and adds, changes and removes one at a time through the pages, each audited naming the partnership and worded in its History', async () => {
    const p = await register();
    const list = await officer.get(`/partnerships/${p.id}/partners`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(`href="/partnerships/${p.id}/partners/${r.partners[0]!.id}">${escapeHtml(r.partners[0]!.name)}</a>`));
    assert.match(list.body, /Lead \/ accountable body/);
    assert.match(list.body, new RegExp(`href="/partnerships/${p.id}/partners/new"`), 'an officer may add one');

    const form = await officer.get(`/partnerships/${p.id}/partners/new`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<select class="govuk-select accord-autocomplete" id="organisationId" name="organisationId"/);
    assert.match(form.body, /<input class="govuk-radios__input" id="role" name="role" type="radio" value="lead"/);

    const trust = r.partners[1]!;
    const added = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: trust.id, role: 'funder', memberStatus: 'non-voting' });
    assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    assert.equal(added.headers.location, `/partnerships/${p.id}/partners`);
    const after = await officer.follow(added);
    assert.match(after.body, new RegExp(`${escapeHtml(trust.name)} has been added as a partner`));
    assert.deepEqual((await partnersOf(p.id)).at(-1), `${trust.id}:funder:non-voting`, 'added after the others');

    // Its name is a search term at once: the register finds the partnership by it.
    const found = await officer.get(`/partnerships?q=${encodeURIComponent(trust.name.split(' ')[0]!)}`);
    assert.match(found.body, new RegExp(`href="/partnerships/${p.id}`));

    const changed = await officer.post(`/partnerships/${p.id}/partners/${trust.id}`, { role: 'member', memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners/${trust.id}/edit` });
    assert.equal(changed.statusCode, 303, changed.body.slice(0, 300));
    assert.equal((await partnersOf(p.id)).at(-1), `${trust.id}:member:voting`);

    const confirm = await officer.get(`/partnerships/${p.id}/partners/${trust.id}/remove`);
    assert.match(confirm.body, /Are you sure you want to remove/);
    const removed = await officer.post(`/partnerships/${p.id}/partners/${trust.id}/remove`, {});
    assert.equal(removed.statusCode, 303);
    assert.ok(!(await partnersOf(p.id)).some((x) => x.startsWith(trust.id)));

    const events = await eventsOf(p.id, 'partnership-partner');
    assert.deepEqual(events.map((e) => e.action), ['removed', 'updated', 'added'], 'one event each, newest first');
    for (const e of events) {
      assert.equal(e.partnershipId, p.id);
      assert.equal(e.entityId, trust.id);
    }
    assert.deepEqual(words(events[2]!), { headline: `Added partner ${trust.name}`, lines: ['Role: Funder', 'Member status: Non-voting'] });
    assert.deepEqual(words(events[1]!), { headline: 'Changed partner', lines: ['Role: Funder → Member', 'Member status: Non-voting → Voting'] });
    assert.deepEqual(words(events[0]!), { headline: `Removed partner ${trust.name}`, lines: ['Role: Member', 'Member status: Voting'] });
    assert.equal((await verifyAuditChain(ctx.database, { key: TEST_AUDIT_KEY })).intact, true);
  });

  it('refuses a bad form with 400, every field’s error in the summary and what was typed kept', async () => {
    const p = await register();
    const empty = await officer.post(`/partnerships/${p.id}/partners`, {}, { from: `/partnerships/${p.id}/partners/new` });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['organisationId', 'role', 'memberStatus']);
    assertFieldError(empty.body, 'organisationId', 'Select the partner organisation');
    assertFieldError(empty.body, 'role', 'Select the partner’s role');
    assertFieldError(empty.body, 'memberStatus', 'Select the partner’s member status');

    // The rules on what parsed, beside the schema's errors: an organisation already a partner, and no role.
    const twice = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: r.partners[0]!.id, memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners/new` });
    assert.equal(twice.statusCode, 400);
    assertFieldError(twice.body, 'organisationId', `${r.partners[0]!.name} is already a partner in this partnership`);
    assertFieldError(twice.body, 'role', 'Select the partner’s role');
    assert.equal(selected(twice.body, 'organisationId'), r.partners[0]!.id, 'the choice is kept');
    assert.match(twice.body, /value="voting" checked/);
  });

  it('keeps one lead: a second lead is refused at role, naming the lead, on the page and the API', async () => {
    const p = await register();
    const lead = `${r.council.name} is already the lead or accountable body, and a partnership has one at most. Change ${r.council.name}’s role first`;
    const page = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: r.partners[1]!.id, role: 'lead', memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners/new` });
    assert.equal(page.statusCode, 400);
    assertFieldError(page.body, 'role', lead);
    const change = await officer.post(`/partnerships/${p.id}/partners/${r.partners[0]!.id}`, { role: 'lead', memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners/${r.partners[0]!.id}/edit` });
    assert.equal(change.statusCode, 400);
    assertFieldError(change.body, 'role', lead);

    const res = await api.patch(`/api/v1/partnerships/${p.id}/partners/${r.partners[0]!.id}`, { role: 'lead' });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors, [{ field: 'role', message: lead }]);
    assert.deepEqual(await partnersOf(p.id), [`${r.council.id}:lead:voting`, `${r.partners[0]!.id}:member:voting`], 'nothing changed');
  });

  it('R-1.1: the last partner other than the council cannot be removed; its confirmation page says why instead of the button', async () => {
    const p = await register();
    const only = r.partners[0]!;
    const why = `${only.name} cannot be removed: it is the only partner other than the council, and a partnership needs the council and at least one other organisation (R-1.1). Add another partner first`;
    const page = await officer.get(`/partnerships/${p.id}/partners/${only.id}/remove`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(escapeHtml(why)));
    assert.doesNotMatch(page.body, /Remove partner<\/button>/, 'no button to press');

    const posted = await officer.post(`/partnerships/${p.id}/partners/${only.id}/remove`, {}, { from: `/partnerships/${p.id}/partners/${r.council.id}/remove` });
    assert.equal(posted.statusCode, 400);
    assert.deepEqual(summaryLinks(posted.body), ['organisationId']);
    assert.match(posted.body, /<div id="organisationId">/, 'the summary’s link has a target');

    const res = await api.request('DELETE', `/api/v1/partnerships/${p.id}/partners/${only.id}`);
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors, [{ field: 'organisationId', message: why }]);
    assert.equal((await partnersOf(p.id)).length, 2, 'both partners kept');

    // The council itself may go: the other organisation remains.
    const council = await api.request('DELETE', `/api/v1/partnerships/${p.id}/partners/${r.council.id}`);
    assert.equal(council.status, 204);
    assert.deepEqual(await partnersOf(p.id), [`${only.id}:member:voting`]);
  });

  it('R-2.16: council representatives are the council’s own people, attending in their capacity; added, changed and removed one at a time', async () => {
    const p = await register();
    const officerId = r.officers[0]!.id;
    const from = `/partnerships/${p.id}/representatives/new`;
    const form = await officer.get(from);
    assert.ok(form.body.includes(`value="${councillorId}"`), 'a councillor is offered');
    assert.ok(!form.body.includes(`value="${partnerStaffId}"`), 'a partner’s staff is not offered');

    const staff = await officer.post(`/partnerships/${p.id}/representatives`, { personId: partnerStaffId, capacity: 'officer' }, { from });
    assert.equal(staff.statusCode, 400);
    assertFieldError(staff.body, 'personId', `${(await namedPerson(partnerStaffId))} is not a council officer or councillor: representatives represent only the council`);

    const wrong = await officer.post(`/partnerships/${p.id}/representatives`, { personId: councillorId, capacity: 'officer' }, { from });
    assert.equal(wrong.statusCode, 400);
    assertFieldError(wrong.body, 'capacity', `${await namedPerson(councillorId)} is a councillor: they attend as a councillor`);

    assert.equal((await officer.post(`/partnerships/${p.id}/representatives`, { personId: councillorId, capacity: 'councillor' }, { from })).statusCode, 303);
    assert.equal((await officer.post(`/partnerships/${p.id}/representatives`, { personId: officerId, capacity: 'officer' }, { from })).statusCode, 303);
    const again = await officer.post(`/partnerships/${p.id}/representatives`, { personId: officerId, capacity: 'officer' }, { from });
    assertFieldError(again.body, 'personId', `${r.officers[0]!.name} is already a council representative on this partnership`);

    const change = await officer.post(`/partnerships/${p.id}/representatives/${officerId}`, { capacity: 'councillor' }, { from: `/partnerships/${p.id}/representatives/${officerId}/edit` });
    assert.equal(change.statusCode, 400);
    assertFieldError(change.body, 'capacity', `${r.officers[0]!.name} is a council officer: they attend as an officer`);

    const list = await auditor.get(`/partnerships/${p.id}/representatives`);
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(escapeHtml(r.officers[0]!.name)));
    assert.doesNotMatch(list.body, /\/representatives\/new"/, 'internal audit reads, and changes nothing');

    assert.equal((await officer.post(`/partnerships/${p.id}/representatives/${officerId}/remove`, {}, { from: `/partnerships/${p.id}/representatives/${officerId}/remove` })).statusCode, 303);
    const events = await eventsOf(p.id, 'partnership-representative');
    assert.deepEqual(events.map((e) => [e.action, e.entityId]), [['removed', officerId], ['added', officerId], ['added', councillorId]]);
    assert.deepEqual(words(events[2]!), { headline: `Added council representative ${await namedPerson(councillorId)}`, lines: ['Attends as: Councillor'] });
  });

  it('a withdrawn partnership keeps its records as they were: its forms say why, and the API refuses at status', async () => {
    const p = await register();
    await withdrawPartnership(t.deps, SYSTEM, 'administrator', p.id, 'Entered twice');
    const why = 'This partnership has been withdrawn: its record is kept as it was and can no longer be changed';
    const list = await officer.get(`/partnerships/${p.id}/partners`);
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /\/partners\/new"/, 'no Add');
    const form = await officer.get(`/partnerships/${p.id}/partners/new`);
    assert.ok(form.body.includes(escapeHtml(why)));
    assert.doesNotMatch(form.body, /name="organisationId"/);
    const posted = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: r.partners[1]!.id, role: 'member', memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners` });
    assert.equal(posted.statusCode, 400);

    const res = await api.post(`/api/v1/partnerships/${p.id}/representatives`, { personId: councillorId, capacity: 'councillor' });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors, [{ field: 'status', message: why }]);
    const removing = await api.request('DELETE', `/api/v1/partnerships/${p.id}/partners/${r.council.id}`);
    assert.equal(removing.status, 422);
    assert.equal((await partnersOf(p.id)).length, 2);
    assert.equal((await eventsOf(p.id, 'partnership-partner')).length, 0);
  });

  it('the API: list, add (201 with Location), read, change and remove (204), each audited naming the partnership', async () => {
    const p = await register();
    const base = `/api/v1/partnerships/${p.id}/partners`;
    const list = await auditorApi.get(base);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((x: { organisationId: string; role: string }) => [x.organisationId, x.role]), [[r.council.id, 'lead'], [r.partners[0]!.id, 'member']]);

    const trust = r.partners[2]!;
    assert.equal((await auditorApi.post(base, { organisationId: trust.id, role: 'member', memberStatus: 'voting' })).status, 403, 'internal audit changes nothing');
    const added = await api.post(base, { organisationId: trust.id, role: 'associate', memberStatus: 'observer' });
    assert.equal(added.status, 201);
    assert.equal(added.headers.location, `${base}/${trust.id}`);
    assert.deepEqual(added.body, {
      organisationId: trust.id,
      name: trust.name,
      sector: 'private',
      isThisCouncil: false,
      role: 'associate',
      memberStatus: 'observer',
      ownPriorities: null,
      confirmedBy: null,
      confirmedOn: null,
      organisationalPlanReference: null,
    });

    const read = await api.get(`${base}/${trust.id}`);
    assert.deepEqual(read.body, added.body);
    const patched = await api.patch(`${base}/${trust.id}`, { memberStatus: 'voting' });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.memberStatus, 'voting');
    assert.equal(patched.body.role, 'associate', 'a field not sent keeps its value');
    assert.equal((await api.request('DELETE', `${base}/${trust.id}`)).status, 204);
    assert.equal((await api.get(`${base}/${trust.id}`)).status, 404);
    assert.equal((await api.get(`${base}/not-an-id`)).status, 404);

    const events = await eventsOf(p.id, 'partnership-partner');
    assert.deepEqual(events.map((e) => [e.action, e.partnershipId]), [['removed', p.id], ['updated', p.id], ['added', p.id]]);
    assert.deepEqual(events[1]!.after, { memberStatus: 'voting' });

    const reps = await api.post(`/api/v1/partnerships/${p.id}/representatives`, { personId: councillorId, capacity: 'councillor' });
    assert.equal(reps.status, 201);
    assert.equal((await api.get(`/api/v1/partnerships/${p.id}`)).body.representatives.length, 1, 'the partnership shows it too');
  });

  it('R-2.6.5, R-2.6.6: a partner’s confirmation of its own priorities, who and when, and its plan, on its change form (a date in three boxes) and the API, audited in words', async () => {
    const p = await register();
    const partner = r.partners[0]!;
    const editUrl = `/partnerships/${p.id}/partners/${partner.id}/edit`;
    const add = await officer.get(`/partnerships/${p.id}/partners/new`);
    assert.doesNotMatch(add.body, /confirmedOn-day/, 'not asked when a partner is added');
    const form = await officer.get(editUrl);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /id="confirmedOn-day" name="confirmedOn-day"/);
    assert.match(form.body, /name="ownPriorities"/);

    // 400: a date that cannot be, and a date with nobody who confirmed it; every box kept as typed.
    const bad = { role: 'member', memberStatus: 'voting', ownPriorities: 'Warm, safe homes', confirmedBy: '', 'confirmedOn-day': '31', 'confirmedOn-month': '2', 'confirmedOn-year': '2026', organisationalPlanReference: '' };
    const refused = await officer.post(`/partnerships/${p.id}/partners/${partner.id}`, bad, { from: editUrl });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['confirmedOn-day']);
    assert.ok(refused.body.includes(escapeHtml('The date the link was confirmed must be a real date')));
    assert.match(refused.body, /name="confirmedOn-day" type="text" value="31"/);
    assert.match(refused.body, /Warm, safe homes/);
    const nobody = await officer.post(`/partnerships/${p.id}/partners/${partner.id}`, { ...bad, 'confirmedOn-day': '7', 'confirmedOn-month': '3' }, { from: editUrl });
    assert.equal(nobody.statusCode, 400);
    assert.deepEqual(summaryLinks(nobody.body), ['confirmedBy']);
    assert.ok(nobody.body.includes(escapeHtml('Enter the name and role of the person at the partner who confirmed the link, or clear the date (R-2.6.5)')));

    const saved = await officer.post(`/partnerships/${p.id}/partners/${partner.id}`, { ...bad, confirmedBy: 'Sam Patel, Director of Housing', 'confirmedOn-day': '7', 'confirmedOn-month': '3', organisationalPlanReference: 'Housing Plan 2026–30, action 4' }, { from: editUrl });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    const list = await officer.get(`/partnerships/${p.id}/partners`);
    assert.match(list.body, /7 March 2026/, 'the list shows when each partner confirmed');
    const read = await api.get(`/api/v1/partnerships/${p.id}/partners/${partner.id}`);
    assert.equal(read.body.confirmedOn, '2026-03-07');
    assert.equal(read.body.confirmedBy, 'Sam Patel, Director of Housing');
    assert.equal(read.body.organisationalPlanReference, 'Housing Plan 2026–30, action 4');
    const [event] = await eventsOf(p.id, 'partnership-partner');
    assert.deepEqual(words(event!).lines, [
      'The partner’s own priorities: (none) → Warm, safe homes',
      'Who confirmed the link: (none) → Sam Patel, Director of Housing',
      'When they confirmed it: (none) → 7 March 2026',
      'Where it sits in the partner’s plans: (none) → Housing Plan 2026–30, action 4',
    ]);

    // The API: a date that cannot be is a 400 at its field; null clears it (and so who confirmed it may go too).
    const impossible = await api.patch(`/api/v1/partnerships/${p.id}/partners/${partner.id}`, { confirmedOn: '2026-02-31' });
    assert.equal(impossible.status, 400);
    assert.deepEqual(impossible.body.errors.map((e: { field: string }) => e.field), ['confirmedOn']);
    const cleared = await api.patch(`/api/v1/partnerships/${p.id}/partners/${partner.id}`, { confirmedOn: null, confirmedBy: null });
    assert.equal(cleared.status, 200);
    assert.equal(cleared.body.confirmedOn, null);
    assert.equal(cleared.body.ownPriorities, 'Warm, safe homes', 'a field not sent keeps its value');

    // The OpenAPI document describes each date, sent and received, as a string of format date (or null).
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as unknown;
    const dates: unknown[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const name of ['confirmedOn', 'codesAcknowledgedOn']) if (props?.[name]) dates.push(props[name]);
      Object.values(node).forEach(walk);
    };
    walk(doc);
    assert.ok(dates.length >= 4, `request and response schemas of both records: ${dates.length}`);
    for (const d of dates) {
      // A required date is the string itself; an optional one is a string or null.
      const schema = d as { type?: string; format?: string; anyOf?: Array<{ type?: string; format?: string }> };
      const string = schema.type === 'string' ? schema : schema.anyOf?.find((x) => x.type === 'string');
      assert.equal(string?.format, 'date', JSON.stringify(d));
    }
  });

  it('R-2.16: a council representative’s acknowledgement of the Codes of Conduct, on its change form and the API', async () => {
    const p = await register();
    assert.equal((await api.post(`/api/v1/partnerships/${p.id}/representatives`, { personId: councillorId, capacity: 'councillor' })).status, 201);
    const editUrl = `/partnerships/${p.id}/representatives/${councillorId}/edit`;
    const form = await officer.get(editUrl);
    assert.match(form.body, /id="codesAcknowledgedOn-day"/);
    const missing = await officer.post(`/partnerships/${p.id}/representatives/${councillorId}`, { capacity: 'councillor', 'codesAcknowledgedOn-day': '2', 'codesAcknowledgedOn-month': '', 'codesAcknowledgedOn-year': '2026' }, { from: editUrl });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(summaryLinks(missing.body), ['codesAcknowledgedOn-month']);
    assert.ok(missing.body.includes(escapeHtml('The date they acknowledged the Codes of Conduct must include a month')));
    const saved = await officer.post(`/partnerships/${p.id}/representatives/${councillorId}`, { capacity: 'councillor', 'codesAcknowledgedOn-day': '2', 'codesAcknowledgedOn-month': '4', 'codesAcknowledgedOn-year': '2026' }, { from: editUrl });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    assert.equal((await api.get(`/api/v1/partnerships/${p.id}/representatives/${councillorId}`)).body.codesAcknowledgedOn, '2026-04-02');
    assert.match((await officer.get(`/partnerships/${p.id}/representatives`)).body, /2 April 2026/);
  });

  it('the API refuses a bad body with 400: every field’s problem, and the rules on what did parse beside them', async () => {
    const p = await register();
    const empty = await api.post(`/api/v1/partnerships/${p.id}/partners`, {});
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body.errors.map((e: { field: string }) => e.field), ['organisationId', 'role', 'memberStatus']);

    const unknown = await api.post(`/api/v1/partnerships/${p.id}/partners`, { organisationId: r.partners[0]!.id, role: 'boss', memberStatus: 'voting', position: 1 });
    assert.equal(unknown.status, 400);
    assert.deepEqual(
      unknown.body.errors.map((e: { field: string }) => e.field),
      ['role', 'position', 'organisationId'],
      'the role, the unknown field, and the organisation already a partner',
    );

    const key = await api.patch(`/api/v1/partnerships/${p.id}/partners/${r.partners[0]!.id}`, { organisationId: r.partners[1]!.id, role: 'lead' });
    assert.equal(key.status, 400);
    assert.deepEqual(key.body.errors.map((e: { field: string }) => e.field), ['organisationId', 'role'], 'the key cannot change, and a second lead');

    const ghost = await api.post(`/api/v1/partnerships/${p.id}/partners`, { organisationId: '01890000-0000-7000-8000-00000000beef', role: 'member', memberStatus: 'voting' });
    assert.equal(ghost.status, 422);
    assert.deepEqual(ghost.body.errors, [{ field: 'organisationId', message: 'Select a partner organisation from the register' }]);
  });

  const namedPerson = async (id: string) => (await ctx.database.db.selectFrom('people').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name;
});

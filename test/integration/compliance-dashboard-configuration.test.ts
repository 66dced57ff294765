// The administrator's page of the protocol configuration in force (/admin/protocol-configuration): where it
// came from (the defaults, or the file PROTOCOL_CONFIG names), governance per legal form in the protocol's
// words (R-2.7, R-2.7doc), every other section's settings, the JSON to download; read-only, for
// administrators and internal audit (who reads everything), 403 for an officer.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { systemClock, uuidIds } from '../../src/app/deps.ts';
import { loadConfig } from '../../src/config.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { parseProtocolConfig } from '../../src/domain/protocol-config/parse.ts';
import { loadAssets } from '../../src/web/assets.ts';
import { buildApp, type AccordApp } from '../../src/web/app.ts';
import { startApp, TEST_SECRET, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { unescapeHtml } from '../helpers/html.ts';

const PAGE = '/admin/protocol-configuration';
const text = (html: string) => unescapeHtml(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
/** The governance table's row for a legal form, as text. */
const governanceRow = (html: string, label: string) => {
  const row = [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!)).find((r) => r.trim().startsWith(label));
  assert.ok(row, `a row for ${label}`);
  return row;
};

forEachDatabase('the protocol configuration page', (ctx) => {
  let t: TestApp;
  let admin: Client;
  let officer: Client;
  let auditor: Client;

  before(async () => {
    t = await startApp(ctx.database);
    admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });
  after(() => t.close());

  it('shows an administrator the defaults in force, governance per legal form in the protocol’s words (R-2.7, R-2.7doc)', async () => {
    const res = await admin.get(PAGE);
    assert.equal(res.statusCode, 200);
    const page = text(res.body);
    assert.match(page, /In force: the protocol’s defaults\. No configuration file is named \( PROTOCOL_CONFIG is not set\)/);
    assert.match(page, /This page only shows the configuration\. To change it, change the file PROTOCOL_CONFIG names and restart Accord/);
    const latco = governanceRow(res.body, 'Local authority trading company');
    assert.match(latco, /\(a\) Membership \(R-2\.7\(a\)\)/);
    assert.match(latco, /Partnership capital \(R-A1\.5\)/, 'a company answers Appendix 1.5');
    assert.match(latco, /Articles of association Shareholders' agreement/);
    const informal = governanceRow(res.body, 'Informal arrangement');
    assert.match(informal, /8 sections/);
    assert.doesNotMatch(informal, /Partnership capital/);
    assert.match(informal, /\(R-2\.6\.13\) None $/, 'an informal arrangement needs no documents');
    assert.doesNotMatch(res.body, /govuk-tag--blue">Council’s own/, 'nothing differs from the defaults');
    assert.ok(res.body.includes('href="/admin/protocol-configuration.json"'), 'the download link');
  });

  it('gives the configuration in force as JSON to download', async () => {
    const res = await admin.get(`${PAGE}.json`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="protocol-configuration.json"');
    assert.deepEqual(JSON.parse(res.body), JSON.parse(JSON.stringify(DEFAULT_PROTOCOL_CONFIG)));
  });

  it('is for administrators and internal audit: 403 for an officer, sign in for nobody', async () => {
    assert.equal((await officer.get(PAGE)).statusCode, 403);
    assert.equal((await officer.get(`${PAGE}.json`)).statusCode, 403);
    assert.equal((await auditor.get(PAGE)).statusCode, 200, 'internal audit reads everything');
    assert.equal((await auditor.get(`${PAGE}.json`)).statusCode, 200);
    const anonymous = await t.app.inject({ method: 'GET', url: PAGE });
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/sign-in/);
  });

  it('is linked from the home page of those who may read it', async () => {
    assert.ok((await admin.get('/')).body.includes(`href="${PAGE}"`));
    assert.ok((await auditor.get('/')).body.includes(`href="${PAGE}"`));
    assert.ok(!(await officer.get('/')).body.includes(`href="${PAGE}"`));
  });
});

forEachDatabase('the protocol configuration page, with a council’s file', (ctx) => {
  let app: AccordApp;
  let admin: Client;

  before(async () => {
    const parsed = parseProtocolConfig({ governance: { requiredDocuments: { informal: ['partnership-agreement'] } } });
    assert.ok(parsed.ok);
    const config = loadConfig({ COUNCIL_NAME: 'Test Borough Council', PROTOCOL_CONFIG: '/etc/accord/protocol.json', TWO_FACTOR_ROLES: 'none' });
    app = await buildApp({ config, database: ctx.database, sessionSecret: TEST_SECRET, logger: false, assets: await loadAssets(), protocol: parsed.config });
    await app.ready();
    admin = await signedIn(app, await makeUser({ database: ctx.database, clock: systemClock, ids: uuidIds }, 'administrator'));
  });
  after(() => app.close());

  it('names the file in force and marks what the council changed (R-2.7doc)', async () => {
    const res = await admin.get(PAGE);
    assert.equal(res.statusCode, 200);
    assert.match(text(res.body), /In force: the council’s file \/etc\/accord\/protocol\.json \(named by PROTOCOL_CONFIG \), laid over the protocol’s defaults\./);
    const informal = governanceRow(res.body, 'Informal arrangement');
    assert.match(informal, /\(R-2\.6\.13\) Partnership agreement Council’s own $/);
    assert.doesNotMatch(governanceRow(res.body, 'Joint committee'), /Council’s own/);
    const json = JSON.parse((await admin.get(`${PAGE}.json`)).body);
    assert.deepEqual(json.governance.requiredDocuments.informal, ['partnership-agreement']);
  });
});

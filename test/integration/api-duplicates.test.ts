// The same thing twice in a list, at every array field of every API write (as the OpenAPI document
// lists them), as a property test with a fixed seed: a partner, a representative or a corporate priority
// named twice would break the database's primary keys, so the register's rules must refuse it first:
// never a 5xx, a 422 (400 for a list of choices) naming the field, and nothing saved.
//
// API_DUPLICATES_SEED and API_DUPLICATES_RUNS change the seed and the number of runs.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { RATIONALES, WELLBEING } from '../../src/domain/register/vocabulary.ts';
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import { CHARACTERISTICS, EXCLUSIONS } from '../../src/domain/screening/questions.ts';
import type { Database } from '../../src/db/database.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

const SEED = Number(process.env.API_DUPLICATES_SEED ?? 20_260_707);
const RUNS = Number(process.env.API_DUPLICATES_RUNS ?? 80);
/** A screening every answer of which is valid: one list at a time is given a repeated item. */
const SCREENING = { sharedResponsibility: true, wellbeing: ['social'], characteristics: [], exclusions: [], councilControlsThirdParty: true };

type Json = any;
/** A check of a decision every answer of which is valid (three voting seats, all present): one list at a time is given a repeated item. */
const EVALUATE = {
  rules: {
    seats: ['a', 'b', 'c'].map((id) => ({ id, name: `Member ${id}`, partnerId: id, status: 'voting' })),
    votingRules: [{ decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' }],
    quorum: [{ kind: 'number', members: 2 }],
  },
  decisionType: 'ordinary',
  attendance: ['a', 'b', 'c'].map((seat) => ({ seat, attendance: 'present' })),
};
type Resource = 'partnerships' | 'organisations' | 'people';

async function snapshot(database: Database) {
  const rows = async (table: 'partnerships' | 'organisations' | 'people' | 'partnership_partners' | 'partnership_representatives' | 'partnership_priorities') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const updated = (await database.db.selectFrom('partnerships').select(['id', 'updated_at']).orderBy('id').execute()).map((r) => `${r.id}@${r.updated_at}`);
  return {
    partnerships: await rows('partnerships'),
    organisations: await rows('organisations'),
    people: await rows('people'),
    partners: await rows('partnership_partners'),
    representatives: await rows('partnership_representatives'),
    priorities: await rows('partnership_priorities'),
    updated,
    audit: await lastAuditSeq(database),
  };
}

/** Every write operation's array fields, from the document: "POST /api/v1/partnerships" → ['partners', …]. */
function arrayFields(contract: Contract): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const schemas = contract.doc.components.schemas as Record<string, Json>;
  for (const op of contract.operations) {
    const ref = op.spec.requestBody?.content?.['application/json']?.schema?.$ref as string | undefined;
    if (!ref) continue;
    const schema = schemas[ref.split('/').pop()!];
    const fields = Object.entries(schema.properties as Record<string, Json>)
      .filter(([, property]) => property.type === 'array' || (Array.isArray(property.type) && property.type.includes('array')))
      .map(([name]) => name);
    out.set(`${op.method} ${op.path}`, fields);
  }
  return out;
}

forEachDatabase('API: the same thing twice in a list', (ctx) => {
  let t: TestApp;
  let contract: Contract;
  let officer: ApiClient;
  /** The risk matrix is an administrator's to set. */
  let admin: ApiClient;
  let register: Register;
  const targets = {} as Record<Resource, string>;
  /** R-2.8c: a decided item of a meeting every member missed, whose members are still to be told. */
  let toldAt = '';
  /** For each array field, elements that are each valid, and a variant of one with the same id. */
  let pools: Record<string, { items: Json[]; sameId?: (item: Json) => Json; idField?: string }>;
  let n = 0;

  before(async () => {
    t = await startApp(ctx.database);
    contract = await loadContract(t.app);
    officer = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
    admin = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'administrator')).token);
    register = await seedRegister(t.deps);
    const r = register;
    pools = {
      rationale: { items: [...RATIONALES] },
      wellbeing: { items: [...WELLBEING] },
      partners: {
        items: [
          { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
          { organisationId: r.partners[1]!.id, role: 'funder', memberStatus: 'observer' },
        ],
        idField: 'organisationId',
        sameId: (p) => ({ ...p, role: p.role === 'associate' ? 'member' : 'associate', memberStatus: 'non-voting' }),
      },
      representatives: {
        items: r.officers.map((o) => ({ personId: o.id, capacity: 'officer' })),
        idField: 'personId',
        sameId: (x) => ({ ...x, capacity: 'councillor' }),
      },
      // A screening's lists: each answer at most once.
      characteristics: { items: [...CHARACTERISTICS] },
      exclusions: { items: [...EXCLUSIONS] },
      // R-2.8a, R-2.8b checking a decision: each seat's attendance, vote and exclusion once.
      attendance: { items: ['a', 'b', 'c'].map((seat) => ({ seat, attendance: 'present' })), idField: 'seat', sameId: (x) => ({ ...x, attendance: 'apologies' }) },
      votes: { items: ['a', 'b', 'c'].map((seat) => ({ seat, vote: 'for' })), idField: 'seat', sameId: (x) => ({ ...x, vote: 'against' }) },
      excluded: { items: ['a', 'b', 'c'] },
      // the risk matrix's levels are named once each, and its bands overlap nowhere.
      likelihood: { items: [...DEFAULT_RISK_MATRIX.likelihood] },
      impact: { items: [...DEFAULT_RISK_MATRIX.impact] },
      bands: { items: DEFAULT_RISK_MATRIX.bands.map((b) => ({ ...b })) },
      // R-2.8c: each member told once.
      personIds: { items: r.officers.map((o) => o.id) },
      priorities: {
        items: r.priorities.map((p, i) => ({ priorityId: p.id, how: `How it helps ${i + 1}` })),
        idField: 'priorityId',
        sameId: (x) => ({ ...x, how: `${x.how}, said another way` }),
      },
    };
    const made = await officer.post('/api/v1/partnerships', partnershipBody(r, { name: 'Duplicates target' }));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    targets.partnerships = made.body.id;
    targets.organisations = r.partners[2]!.id;
    targets.people = r.officers[0]!.id;
    const board = `/api/v1/partnerships/${made.body.id}`;
    for (const o of r.officers) assert.equal((await officer.post(`${board}/seats`, { personId: o.id, organisationId: r.council.id, status: 'voting', weight: 1, substituteId: null })).status, 201);
    assert.equal((await officer.post(`${board}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' })).status, 201);
    const meeting = await officer.post(`${board}/meetings`, { title: 'Duplicates board', meetsOn: '2027-03-18', noticeDays: 5 });
    const item = await officer.post(`${board}/meetings/${meeting.body.id}/items`, { title: 'Duplicates item', decisionType: 'ordinary' });
    assert.equal((await officer.put(`${board}/meetings/${meeting.body.id}/attendance`, { attendance: Object.fromEntries(r.officers.map((o) => [o.id, 'absent'])) })).status, 200);
    assert.equal((await officer.post(`${board}/meetings/${meeting.body.id}/items/${item.body.id}/vote`, { mode: 'named' })).status, 200);
    toldAt = `${board}/meetings/${meeting.body.id}/items/${item.body.id}/told`;
  });
  after(() => t.close());

  it('knows a valid element for every array field of every write the document lists', () => {
    const fields = arrayFields(contract);
    const writes = [...fields.keys()].sort();
    assert.deepEqual(writes, [
      'PATCH /api/v1/organisations/{id}',
      'PATCH /api/v1/partnerships/{id}',
      'PATCH /api/v1/partnerships/{id}/actions/{actionId}',
      'PATCH /api/v1/partnerships/{id}/annual-reviews/{annualReviewId}',
      'PATCH /api/v1/partnerships/{id}/authority/{authorityId}',
      'PATCH /api/v1/partnerships/{id}/business-case',
      'PATCH /api/v1/partnerships/{id}/contribution-evaluations/{contributionEvaluationId}',
      'PATCH /api/v1/partnerships/{id}/dissolution-checklist/{item}',
      'PATCH /api/v1/partnerships/{id}/exit-strategy/{topic}',
      'PATCH /api/v1/partnerships/{id}/forward-plan/{entryId}',
      'PATCH /api/v1/partnerships/{id}/funding-proposals/{fundingProposalId}',
      'PATCH /api/v1/partnerships/{id}/indicators/{indicatorId}',
      'PATCH /api/v1/partnerships/{id}/measurements/{measurementId}',
      'PATCH /api/v1/partnerships/{id}/meetings/{meetingId}',
      'PATCH /api/v1/partnerships/{id}/meetings/{meetingId}/items/{itemId}',
      'PATCH /api/v1/partnerships/{id}/objective-evaluations/{objectiveEvaluationId}',
      'PATCH /api/v1/partnerships/{id}/objectives/{objectiveId}',
      'PATCH /api/v1/partnerships/{id}/partners/{organisationId}',
      'PATCH /api/v1/partnerships/{id}/performance-challenges/{performanceChallengeId}',
      'PATCH /api/v1/partnerships/{id}/performance-issues/{performanceIssueId}',
      'PATCH /api/v1/partnerships/{id}/performance-reports/{reportId}',
      'PATCH /api/v1/partnerships/{id}/plan-actions/{planActionId}',
      'PATCH /api/v1/partnerships/{id}/plan-refreshes/{planRefreshId}',
      'PATCH /api/v1/partnerships/{id}/publication/{register}',
      'PATCH /api/v1/partnerships/{id}/quorum/{kind}',
      'PATCH /api/v1/partnerships/{id}/reporting-lines/{reportingLineId}',
      'PATCH /api/v1/partnerships/{id}/representatives/{personId}',
      'PATCH /api/v1/partnerships/{id}/risk-controls/{riskControlId}',
      'PATCH /api/v1/partnerships/{id}/risk-reviews/{riskReviewId}',
      'PATCH /api/v1/partnerships/{id}/risks/{riskId}',
      'PATCH /api/v1/partnerships/{id}/rule-changes/{changeId}',
      'PATCH /api/v1/partnerships/{id}/seats/{personId}',
      'PATCH /api/v1/partnerships/{id}/termination-provisions/{party}',
      'PATCH /api/v1/partnerships/{id}/voting-rules/{decisionType}',
      'PATCH /api/v1/people/{id}',
      'PATCH /api/v1/people/{id}/interests/{interestId}',
      'POST /api/v1/decision-rules/evaluate',
      'POST /api/v1/organisations',
      'POST /api/v1/partnerships',
      'POST /api/v1/partnerships/{id}/actions',
      'POST /api/v1/partnerships/{id}/annual-reviews',
      'POST /api/v1/partnerships/{id}/authority',
      'POST /api/v1/partnerships/{id}/compliance/{requirementId}/attestations',
      'POST /api/v1/partnerships/{id}/compliance/{requirementId}/exceptions',
      'POST /api/v1/partnerships/{id}/contribution-evaluations',
      'POST /api/v1/partnerships/{id}/dissolution-checklist',
      'POST /api/v1/partnerships/{id}/exit-strategy',
      'POST /api/v1/partnerships/{id}/forward-plan',
      'POST /api/v1/partnerships/{id}/funding-proposals',
      'POST /api/v1/partnerships/{id}/indicators',
      'POST /api/v1/partnerships/{id}/measurements',
      'POST /api/v1/partnerships/{id}/meetings',
      'POST /api/v1/partnerships/{id}/meetings/{meetingId}/items',
      'POST /api/v1/partnerships/{id}/meetings/{meetingId}/items/{itemId}/declarations',
      'POST /api/v1/partnerships/{id}/meetings/{meetingId}/items/{itemId}/ratifications',
      'POST /api/v1/partnerships/{id}/meetings/{meetingId}/items/{itemId}/told',
      'POST /api/v1/partnerships/{id}/meetings/{meetingId}/items/{itemId}/vote',
      'POST /api/v1/partnerships/{id}/notice/evaluate',
      'POST /api/v1/partnerships/{id}/objective-evaluations',
      'POST /api/v1/partnerships/{id}/objectives',
      'POST /api/v1/partnerships/{id}/partners',
      'POST /api/v1/partnerships/{id}/performance-challenges',
      'POST /api/v1/partnerships/{id}/performance-issues',
      'POST /api/v1/partnerships/{id}/performance-reports',
      'POST /api/v1/partnerships/{id}/plan-actions',
      'POST /api/v1/partnerships/{id}/plan-refreshes',
      'POST /api/v1/partnerships/{id}/publication',
      'POST /api/v1/partnerships/{id}/quorum',
      'POST /api/v1/partnerships/{id}/reporting-lines',
      'POST /api/v1/partnerships/{id}/representatives',
      'POST /api/v1/partnerships/{id}/risk-controls',
      'POST /api/v1/partnerships/{id}/risk-reviews',
      'POST /api/v1/partnerships/{id}/risks',
      'POST /api/v1/partnerships/{id}/rule-changes',
      'POST /api/v1/partnerships/{id}/screenings',
      'POST /api/v1/partnerships/{id}/seats',
      'POST /api/v1/partnerships/{id}/termination-provisions',
      'POST /api/v1/partnerships/{id}/transitions',
      'POST /api/v1/partnerships/{id}/voting-rules',
      'POST /api/v1/partnerships/{id}/withdrawal',
      'POST /api/v1/people',
      'POST /api/v1/people/{id}/interests',
      'PUT /api/v1/partnerships/{id}/governance/{section}',
      'PUT /api/v1/partnerships/{id}/meetings/{meetingId}/attendance',
      'PUT /api/v1/risk-matrix',
    ]);
    const unknown = [...new Set([...fields.values()].flat())].filter((f) => !(f in pools));
    assert.deepEqual(unknown, [], 'array fields this test has no elements for: add them to pools');
    assert.ok((fields.get('POST /api/v1/partnerships') ?? []).length >= 5, 'the partnership’s lists are found');
  });

  it('a list with one of its items twice: never a 5xx, a refusal at that field, and nothing saved', async () => {
    const fields = arrayFields(contract);
    const cases = [...fields.entries()].flatMap(([key, names]) => names.map((field) => ({ key, field })));
    assert.ok(cases.length > 0);
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        async ({ key, field }, size, which, where, variant) => {
          const [method, path] = key.split(' ') as ['POST' | 'PATCH' | 'PUT', string];
          const resource = path.split('/')[3] as Resource;
          const pool = pools[field]!;
          // A list of distinct valid items, then one of them again (as it is, or with the same id and other answers).
          const items = pool.items.slice(0, 1 + (size % pool.items.length));
          const original = items[which % items.length];
          const again = variant && pool.sameId ? pool.sameId(original) : structuredClone(original);
          const list = [...items];
          list.splice(where % (list.length + 1), 0, again);
          const body =
            method === 'POST'
              ? path.endsWith('/screenings')
                ? { ...SCREENING, [field]: list }
                : path.endsWith('/told')
                  ? { toldOn: '2027-03-20', how: 'email', [field]: list }
                : path.endsWith('/decision-rules/evaluate')
                  ? { ...EVALUATE, [field]: list }
                  : resource === 'partnerships' && !path.includes('{id}')
                  ? { ...partnershipBody(register, { name: `Duplicates ${(n += 1)}` }), [field]: list }
                  : assert.fail(`${key}: no body to put ${field} in`)
              : path === '/api/v1/risk-matrix'
                ? { likelihood: [...DEFAULT_RISK_MATRIX.likelihood], impact: [...DEFAULT_RISK_MATRIX.impact], bands: DEFAULT_RISK_MATRIX.bands.map((b) => ({ ...b })), [field]: list }
                : { [field]: list };
          const url = path.endsWith('/told') ? toldAt : path.replace('{id}', targets[resource]);
          const before = await snapshot(ctx.database);
          const res = await (path === '/api/v1/risk-matrix' ? admin : officer).request(method, url, { body });
          const where_ = `${method} ${url} with ${field} ${JSON.stringify(list)} answered ${res.status}: ${JSON.stringify(res.body)}`;
          assert.ok(pool.idField ? res.status === 422 : [400, 422].includes(res.status), where_);
          const fieldsNamed: string[] = (res.body.errors ?? []).map((e: { field: string }) => e.field);
          assert.ok(fieldsNamed.some((f) => f === field || f.startsWith(`${field}.`)), `${where_}: no error at ${field}`);
          if (pool.idField) {
            // At the repeated row itself: partners.2.organisationId.
            const at = list.findIndex((x, i) => list.findIndex((y) => y[pool.idField!] === x[pool.idField!]) !== i);
            assert.ok(fieldsNamed.includes(`${field}.${at}.${pool.idField}`), `${where_}: not at ${field}.${at}.${pool.idField}`);
          }
          assert.deepEqual(await snapshot(ctx.database), before, `${where_}: a refusal saved something`);
          seen.set(`${key} ${field}`, (seen.get(`${key} ${field}`) ?? 0) + 1);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Every field of both partnership writes was tried.
    for (const { key, field } of cases) assert.ok(seen.has(`${key} ${field}`), `${key} ${field} was never tried`);
  });
});

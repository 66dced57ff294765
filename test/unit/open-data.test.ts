// what the public register may show of a partnership (domain/public/public-register.ts), worked
// through case by case, and the open data's schema held to docs/open-data.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { csvHeaderOf, csvRecordOf } from '../../src/domain/export/columns.ts';
import { OPEN_DATA_COLUMNS, OPEN_DATA_FIELDS } from '../../src/domain/export/open-data-columns.ts';
import { publicPartnership, type PublicSource } from '../../src/domain/public/public-register.ts';

const source = (over: Partial<PublicSource> = {}): PublicSource => ({
  reference: 'P-2026-001',
  name: 'Ageing Well',
  purpose: 'Help older residents stay well at home.',
  expectedOutcomes: 'Fewer falls.',
  legalForm: 'joint-committee',
  status: 'operating',
  startDate: '2026-04-01',
  expectedEndDate: null,
  councilContributionPence: 4_850_000,
  updatedAt: '2026-12-07T23:30:00.000Z',
  publication: { register: 'public-register', publishedOn: '2026-12-01', summary: null, contactPublic: false },
  sponsor: { name: 'Dana Reid', jobTitle: 'Head of Adult Care', email: 'dana.reid@council.example' },
  partners: [
    { name: 'The Council', role: 'lead' },
    { name: 'The NHS Trust', role: 'member' },
  ],
  meetings: [],
  decisions: [],
  ...over,
});
const meeting = (meetsOn: string, title = 'Board', startsAt: string | null = null) => ({ meetsOn, startsAt, title });
const decision = (title: string, confidential: boolean, outcome = 'carried') => ({ meetsOn: '2026-11-24', meetingTitle: 'Board', title, decisionType: 'budget', keyDecision: false, confidential, outcome });

describe('R-2.6.10: what the public register shows of a published partnership', () => {
  const cases: Array<{ name: string; over: Partial<PublicSource>; check(p: ReturnType<typeof publicPartnership>): void }> = [
    { name: 'values in words: the legal form, status and partner roles as the protocol names them', over: {}, check: (p) => assert.deepEqual([p.legalForm, p.status, p.partners[0]!.role], ['Joint committee', 'Operating', 'Lead / accountable body']) },
    { name: 'the purpose stands for the summary where the council wrote none', over: {}, check: (p) => assert.equal(p.summary, 'Help older residents stay well at home.') },
    { name: 'a blank summary is none', over: { publication: { register: 'public-register', publishedOn: '2026-12-01', summary: '  ', contactPublic: false } }, check: (p) => assert.equal(p.summary, 'Help older residents stay well at home.') },
    { name: 'the council’s summary first where it wrote one', over: { publication: { register: 'public-register', publishedOn: '2026-12-01', summary: 'Older people, well at home.', contactPublic: false } }, check: (p) => assert.equal(p.summary, 'Older people, well at home.') },
    { name: 'the sponsor’s job title only, by default', over: {}, check: (p) => assert.deepEqual(p.sponsoringOfficer, { jobTitle: 'Head of Adult Care', name: null, email: null }) },
    {
      name: 'their name and email where the publication makes them public',
      over: { publication: { register: 'public-register', publishedOn: '2026-12-01', summary: null, contactPublic: true } },
      check: (p) => assert.deepEqual(p.sponsoringOfficer, { jobTitle: 'Head of Adult Care', name: 'Dana Reid', email: 'dana.reid@council.example' }),
    },
    { name: 'no sponsor named: none shown', over: { sponsor: null }, check: (p) => assert.equal(p.sponsoringOfficer, null) },
    { name: 'R-2.8a: a decision taken in private is never published', over: { decisions: [decision('Public one', false), decision('Private one', true)] }, check: (p) => assert.deepEqual(p.decisions.map((d) => d.title), ['Public one']) },
    { name: 'an outcome and a type in the meeting page’s words', over: { decisions: [decision('Casting', false, 'carried-on-casting-vote')] }, check: (p) => assert.deepEqual([p.decisions[0]!.outcome, p.decisions[0]!.type], ['Carried on the casting vote', 'Budget']) },
    {
      name: 'the next three meetings from today, in order; one held before today is not among them',
      over: { meetings: [meeting('2027-03-01'), meeting('2026-12-07', 'Today’s'), meeting('2026-12-06', 'Yesterday’s'), meeting('2027-01-10', 'Board', '10:00'), meeting('2027-01-10', 'Early', '09:00'), meeting('2027-06-01')] },
      check: (p) => assert.deepEqual(p.nextMeetings.map((m) => `${m.date} ${m.title}`), ['2026-12-07 Today’s', '2027-01-10 Early', '2027-01-10 Board']),
    },
    { name: 'the day it last changed, from the moment kept', over: {}, check: (p) => assert.equal(p.lastUpdated, '2026-12-07') },
  ];
  for (const c of cases) it(`R-2.6.10: ${c.name}`, () => c.check(publicPartnership(source(c.over), '2026-12-07')));
});

describe('R-2.6.10, R-2.6.11: the open data’s schema', () => {
  it('R-2.6.11: the CSV writes money as pounds and the partners in one cell, and neutralises a formula', () => {
    const p = publicPartnership(source({ name: '=HYPERLINK("x")' }), '2026-12-07');
    const record = Object.fromEntries(csvHeaderOf(OPEN_DATA_COLUMNS).map((h, i) => [h, csvRecordOf(OPEN_DATA_COLUMNS, p)[i]]));
    assert.equal(record['Council contribution (£)'], '48500.00');
    assert.equal(record['Partners'], 'The Council (lead / accountable body); The NHS Trust (member)');
    assert.equal(record['Name'], `'=HYPERLINK("x")`);
    assert.equal(record['Sponsoring officer’s email'], '', 'private unless made public');
  });

  it('R-2.6.10: every field sent is one the schema names, and each is documented in docs/open-data.md', () => {
    const p = publicPartnership(source({ meetings: [meeting('2027-01-01')], decisions: [decision('One', false)] }), '2026-12-07');
    const paths = new Set<string>();
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) for (const v of value) walk(v, `${at}[]`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
      else paths.add(at);
    };
    walk(p, '');
    for (const path of paths) paths.add(path.replace(/\[\]\./g, '[].'));
    const documented = OPEN_DATA_FIELDS.map((f) => f.json);
    assert.deepEqual([...paths].filter((x) => !documented.includes(x)), [], 'a field sent but not in the schema');
    assert.deepEqual(documented.filter((x) => !paths.has(x)), [], 'a field in the schema not sent');
    const doc = readFileSync(new URL('../../docs/open-data.md', import.meta.url), 'utf8');
    for (const f of OPEN_DATA_FIELDS) assert.ok(doc.includes(`| \`${f.json}\` | ${f.column ? f.column.header : '(JSON only)'} | ${f.description} |`), `docs/open-data.md documents ${f.json} as the schema does`);
  });
});

// Hostile input, thrown at every form, body, query string, path parameter and cookie (and at the JSON
// API's writes, with a bearer token), as property tests with a fixed seed, plus a sweep putting the
// worst values into each field of an otherwise valid form. For every response: never a 5xx; anything echoed is HTML-escaped; a
// redirect stays on this site; a GET writes nothing; and an error (>= 400) wrote nothing. The
// exceptions by design are the password checks (POST /sign-in, POST /account/password): a failed
// attempt may add one audit event of its kind and throttle rows, never a user or a session (see
// AUDITED_REFUSALS). The audit chain stays intact throughout.
//
// HOSTILE_SEED and HOSTILE_RUNS change the seed and the number of runs per property.
import { makeCalendarLink } from '../../src/app/calendar.service.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { Readable } from 'node:stream';
import { createApiToken } from '../../src/app/api-tokens.service.ts';
import { documentStore } from '../../src/app/document-store.ts';
import { uploadDocument } from '../../src/app/documents.service.ts';
import { DOCUMENT_TYPES } from '../../src/domain/governance/catalogue.ts';
import { SAMPLES } from '../helpers/documents.ts';
import { auditHash } from '../../src/app/audit-chain.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { GENESIS_HASH } from '../../src/db/migrations/0001-platform.ts';
import { auditEventsAfter, readAuditHead } from '../../src/db/repositories/audit.repo.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { newTotpSecret } from '../../src/app/two-factor.ts';
import { beginSetUp } from '../../src/app/two-factor.service.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { actions, annualReviews, authorities, contributionEvaluations, dissolutionChecklist, exitStrategy, forwardPlan, fundingProposals, indicators, measurements, meetings, objectiveEvaluations, objectives, performanceChallenges, performanceIssues, planActions, planRefreshes, publication, quorum, reportingLines, reports, riskControls, riskReviews, risks, seats, terminationProvisions, votingRules } from '../../src/app/records/index.ts';
import { addAgendaItem, addDeclaration, recordAttendance, recordVote } from '../../src/app/meetings.service.ts';
import { recordRuleChange } from '../../src/app/rule-changes.service.ts';
import { addRecord } from '../../src/app/records/record-commands.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import { addInterest } from '../../src/app/interests.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import { saveScreeningDraft } from '../../src/app/screening.service.ts';
import { LEGAL_FORMS, MEMBER_STATUSES, PARTNER_ROLES, RATIONALES, WELLBEING } from '../../src/domain/register/vocabulary.ts';
import { findUserByEmail, type User } from '../../src/db/repositories/users.repo.ts';
import { Client, csrfFrom, startApp, type TestApp } from '../helpers/app.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { insertPasswordReset } from '../../src/db/repositories/password-resets.repo.ts';
import { anyCodePoint } from '../helpers/arbitraries.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, PASSWORD, personDetails, signedIn } from '../helpers/factories.ts';
import { matchesRoute, postForms, type PageForm } from '../helpers/page-forms.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';
import { quickSession } from '../helpers/quick-session.ts';
import { auditActionsAfter, rowCountsAndSeq, type RowCounts } from '../helpers/rows.ts';

const SEED = Number(process.env.HOSTILE_SEED ?? 20_260_611);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
const FEWER = Math.max(1, Math.round(RUNS / 2));
/** Raw garbage mostly stops at the body parser or the CSRF check, the same for every route. */
const FEWEST = Math.max(1, Math.round(RUNS / 3));
console.log(`hostile-input: fast-check seed ${SEED}, ${RUNS} runs per form property (HOSTILE_SEED, HOSTILE_RUNS)`);

const BODY_LIMIT = 1_048_576;
/** Stands for "the real record's id" in a generated path. */
const REAL = '\u0000real';

// ---------------------------------------------------------------------------------------------
// What is thrown.

/** A huge string, generated lazily and printed briefly in a counterexample. */
class Big {
  readonly unit: string;
  readonly length: number;
  private cached: string | undefined;
  constructor(unit: string, length: number) {
    this.unit = unit;
    this.length = length;
  }
  toString(): string {
    this.cached ??= this.unit.repeat(Math.ceil(this.length / this.unit.length)).slice(0, this.length);
    return this.cached;
  }
  [fc.toStringMethod](): string {
    return `Big(${JSON.stringify(this.unit)} x ${this.length})`;
  }
}
type Value = string | Big;
const str = (v: Value): string => (typeof v === 'string' ? v : v.toString());

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'x" autofocus onfocus="alert(1)',
  "x' autofocus onfocus='alert(1)",
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
  'javascript:alert(1)',
];
/** Markup that must never appear as such in an HTML page: only ever escaped. */
const NEEDLES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '" autofocus onfocus="alert(1)',
  "' autofocus onfocus='alert(1)",
  '<iframe src=javascript:alert(1)>',
];

const HOSTILE: readonly string[] = [
  ...XSS,
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "admin'--",
  '1; SELECT pg_sleep(5)',
  '\u0000',
  'a\u0000b@example.gov.uk',
  '\u0001\u0008\u000b\u001f\u007f',
  '\r\nSet-Cookie: accord_session=stolen',
  '\t',
  '\ud800',
  '\udfff',
  'lone \ud800 surrogate@example.gov.uk',
  '\u202e',
  '\u202egnp.exe',
  'admin\u202e@example.gov.uk',
  '\u200b\u200c\u200d\ufeff',
  '\u2028\u2029',
  '💥',
  'Z̷̢͙̀a̴̠͐l̶̲̈́g̶͎̈o̸̥͝',
  '../../etc/passwd',
  '%00',
  '%s%s%n',
  '${7*7}',
  '{{ 7*7 }}',
  '{% raw %}',
  '__proto__',
  'constructor',
  '//evil.example',
  '/\\evil.example',
  '/\u202e',
  '/é',
  '/💥',
  '/日本語',
  '/\u2028',
  '/%0d%0aSet-Cookie:x=y',
  '',
  ' ',
  '   \t  ',
  'yes',
  'no',
  'administrator',
  'null',
  'undefined',
  '-1',
  '1e309',
  '99999999999999999999',
];

/** One character of a string: anything at all, with the troublesome ones more often. */
const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: anyCodePoint, minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '<', '>', '"', "'", '&', '%', '\\', '\n') },
);

const huge = fc
  .tuple(fc.constantFrom('A', '<', '\u0000', 'é', '\u202e', '💥', "'", '<script>alert(1)</script>', '\ud800'), fc.integer({ min: 100_001, max: 160_000 }))
  .map(([unit, length]) => new Big(unit, length));

function guesses(field: string, form: PageForm, known: Known): string[] {
  const own = form.values[field] ?? [];
  if (/email/i.test(field)) return [...own, known.baitEmail, 'fresh.person@example.gov.uk', 'UPPER.Case@Example.GOV.UK'];
  if (/password/i.test(field)) return [...own, PASSWORD, 'long enough password', 'another long password'];
  if (/name/i.test(field)) return [...own, 'Ada Lovelace', 'Seán Ó Briain', 'Zoë 山田'];
  if (/returnTo/i.test(field)) return [...own, '/', '/users', '/audit?before=3'];
  return [...own, 'yes', 'no'];
}

/** A value for a field. Huge ones only when asked: forms get at most one per request (see fieldsCase). */
function valueFor(field: string, form: PageForm, known: Known, withHuge = false): fc.Arbitrary<Value> {
  const valid = fc.constantFrom(...guesses(field, form, known));
  const plausible = /email/i.test(field) ? fc.oneof(valid, fc.emailAddress()) : valid;
  return fc.oneof(
    { weight: 4, arbitrary: plausible },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.tuple(plausible, fc.constantFrom(...HOSTILE), plausible).map((parts) => parts.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: anyChar, maxLength: 64 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
    ...(withHuge ? [{ weight: 1, arbitrary: huge as fc.Arbitrary<Value> }] : []),
  );
}

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[admin]', 'constructor[prototype][admin]', 'a[b]', 'a[b][c]', '', ' ', 'role', 'active', 'id', 'userId', 'admin', '_method', 'returnTo', '\u0000', '<script>alert(1)</script>'),
  fc.string({ unit: anyChar, maxLength: 12 }),
);

type CsrfMode = 'valid' | 'missing' | 'garbage' | 'twice' | 'nested' | 'foreign';
const csrfMode: fc.Arbitrary<CsrfMode> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('valid' as const) },
  { weight: 1, arbitrary: fc.constantFrom('missing', 'garbage', 'twice', 'nested', 'foreign') as fc.Arbitrary<CsrfMode> },
);

interface FieldsCase {
  pairs: Array<[string, Value]>;
  csrf: CsrfMode;
  address: string;
  /** Forget failed sign-ins first, so the throttle does not hide the rest of signing in. */
  resetThrottle: boolean;
}

const ADDRESSES = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '203.0.113.9', '2001:db8::1', '10.0.0.1', '192.0.2.77', '192.0.2.78'];
const address = fc.constantFrom(...ADDRESSES);

/** A body that passes validation: each field's first plausible value, passwords all the same. */
function validBase(form: PageForm, known: Known): fc.Arbitrary<Array<[string, Value]>> {
  const fields = form.fields.filter((f) => f !== '_csrf');
  const freshEmail = fc.stringMatching(/^[a-z]{3,10}\.[a-z]{3,10}$/).map((local) => `${local}@example.gov.uk`);
  return fc.tuple(...fields.map((field) => (/email/i.test(field) && !form.values[field]?.length ? fc.oneof(fc.constant(known.baitEmail), freshEmail) : fc.constant(guesses(field, form, known)[0] ?? 'x')))).map(
    (values) => fields.map((field, i) => [field, values[i]!] as [string, Value]),
  );
}

/** Either every field thrown at random, or a valid body with one or two fields made hostile. */
function fieldsCase(form: PageForm, known: Known): fc.Arbitrary<FieldsCase> {
  const fields = form.fields.filter((f) => f !== '_csrf');
  const perField = fields.map((field) => {
    const value = valueFor(field, form, known);
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant([] as Array<[string, Value]>) },
      { weight: 6, arbitrary: value.map((v) => [[field, v]] as Array<[string, Value]>) },
      { weight: 2, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }).map((vs) => vs.map((v) => [field, v] as [string, Value])) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('[b]', '[]', '[0]', '.x', '[__proto__]'), value).map(([suffix, v]) => [[`${field}${suffix}`, v]] as Array<[string, Value]>),
      },
    );
  });
  const random = fc.tuple(...perField).map((own) => (own as Array<Array<[string, Value]>>).flat());
  const mutation: fc.Arbitrary<Value> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.string({ unit: anyChar, minLength: 1, maxLength: 32 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) },
    { weight: 1, arbitrary: huge },
  );
  const mutated =
    fields.length === 0
      ? fc.constant([] as Array<[string, Value]>)
      : fc
          .tuple(
            validBase(form, known),
            fc.array(fc.tuple(fc.nat(fields.length - 1), fc.constantFrom('replace', 'replace', 'append', 'repeat'), mutation), { minLength: 1, maxLength: 2 }),
          )
          .map(([base, changes]) => {
            const out = base.map(([k, v]) => [k, v] as [string, Value]);
            for (const [index, how, value] of changes) {
              const [key, old] = out[index]!;
              if (how === 'repeat') out.push([key, value]); // the same field twice: an array
              else out[index] = [key, how === 'append' && typeof value === 'string' ? `${str(old)}${value}` : value];
            }
            return out;
          });
  return fc
    .record({
      own: fc.oneof({ weight: 2, arbitrary: random }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: validBase(form, known) }),
      extras: fc.array(fc.tuple(extraKey, valueFor('extra', form, known)), { maxLength: 3 }),
      extrasFirst: fc.boolean(),
      csrf: csrfMode,
      address,
      resetThrottle: fc.boolean(),
      // One field in six requests is made 100,000 characters or more long.
      hugeAt: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), huge) }),
    })
    .map(({ own, extras, extrasFirst, csrf, address: addr, resetThrottle, hugeAt }) => {
      const pairs = extrasFirst ? [...extras, ...own] : [...own, ...extras];
      if (hugeAt && pairs.length > 0) {
        const i = hugeAt[0] % pairs.length;
        pairs[i] = [pairs[i]![0], hugeAt[1]];
      }
      return { pairs, csrf, address: addr, resetThrottle };
    });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface JsonCase {
  payload: string;
  sent: string[];
  address: string;
}

/** JSON bodies for a form's fields (with its CSRF token), or for an API operation's (`token` null: none). */
function jsonCase(form: PageForm, known: Known, token: string | null): fc.Arbitrary<JsonCase> {
  const fields = [...form.fields.filter((f) => f !== '_csrf'), ...(token === null ? [] : ['extra'])];
  const leaf = (field: string): fc.Arbitrary<Json> =>
    fc.oneof(
      { weight: 5, arbitrary: valueFor(field, form, known).map(str) },
      { weight: 1, arbitrary: fc.oneof<fc.Arbitrary<Json>[]>(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([])) },
    );
  const field = (name: string): fc.Arbitrary<Json> =>
    fc.oneof(
      { weight: 5, arbitrary: leaf(name) },
      { weight: 1, arbitrary: fc.array(leaf(name), { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', '$ne', '$gt', 'toString', 'valueOf'), leaf(name), { maxKeys: 3 }) },
    );
  const csrf: fc.Arbitrary<Json> = fc.oneof(
    { weight: 8, arbitrary: fc.constant(token ?? '') },
    { weight: 1, arbitrary: fc.constantFrom<Json>([token], { token }, 42, null, true, '', 'garbage') },
  );
  const object = fc
    .record({ _csrf: csrf, body: fc.tuple(...fields.map((name) => fc.option(field(name), { nil: undefined }))) })
    .map(({ _csrf, body }) => {
      const out: Record<string, Json> = token === null ? {} : { _csrf };
      fields.forEach((name, i) => {
        const v = body[i];
        if (v !== undefined) out[name] = v;
      });
      return JSON.stringify(out);
    });
  const oddities = fc.constantFrom(
    '[]',
    '"x"',
    '42',
    'null',
    'true',
    '{}',
    '{"a":',
    '{"email": "\\u0000"}',
    `{"_csrf": ${JSON.stringify(token)}, "__proto__": {"admin": true}}`,
    `{"_csrf": ${JSON.stringify(token)}, "constructor": {"prototype": {"admin": true}}}`,
    `{"_csrf": ${JSON.stringify(token)}, "email": "\\ud800@example.gov.uk", "name": "\\udfff", "password": "\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800"}`,
    '\u0000',
    '1e999999',
  );
  return fc
    .record({ payload: fc.oneof({ weight: 6, arbitrary: object }, { weight: 1, arbitrary: oddities }), address })
    .map(({ payload, address: addr }) => ({ payload, sent: stringsIn(payload), address: addr }));
}

function stringsIn(json: string): string[] {
  const out: string[] = [];
  try {
    const walk = (v: unknown): void => {
      if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
    };
    walk(JSON.parse(json));
  } catch {
    out.push(json);
  }
  return out;
}

const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=utf-16le',
  'application/x-www-form-urlencoded, application/json',
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'text/html',
  'multipart/form-data; boundary=----hostile',
  'application/xml',
  'application/octet-stream',
  '*/*',
  ';;;',
  undefined,
];

const FRAGMENTS = [
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%C0%AE',
  '%F0%9F%92%A5',
  '=',
  '==',
  '&',
  'name',
  'name=',
  '=value',
  'name[=x',
  'name]=x',
  'a[b]=c',
  'a[b][c][d]=e',
  '+++',
  'email=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'name=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'email=a%00b%40example.gov.uk',
  'role=administrator',
  'active=yes',
  '_csrf=',
  '_csrf=%00',
  '__proto__[admin]=1',
  'constructor[prototype][admin]=1',
  'returnTo=%2F%2Fevil.example',
  'returnTo=%2F%E2%80%AE',
  'returnTo=%2F%0D%0ALocation%3A%20%2F%2Fevil.example',
  '{"a":1}',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  '------hostile\r\nContent-Disposition: form-data; name="email"\r\n\r\n<script>alert(1)</script>\r\n------hostile--',
];

interface RawCase {
  contentType: string | undefined;
  payload: string | Buffer;
  address: string;
}

function rawCase(token: string): fc.Arbitrary<RawCase> {
  const text = fc
    .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary-ascii', maxLength: 30 })), { maxLength: 6 }))
    .map(([withToken, parts]) => (withToken ? [`_csrf=${encodeURIComponent(token)}`, ...parts] : parts).join('&'));
  const payload = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constant('') },
  );
  return fc.record({ contentType: fc.constantFrom(...CONTENT_TYPES), payload, address });
}

// ---------------------------------------------------------------------------------------------
// What is checked.

interface Known {
  baitEmail: string;
}

interface Session {
  cookie: string;
  csrf: string;
}

function sessionOf(client: Client): Session {
  return { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '), csrf: csrfFrom(client.lastPage) };
}

function urlencode(pairs: Array<[string, Value]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, str(v));
  return params.toString();
}

function brief(s: string): string {
  return s.length > 300 ? `${JSON.stringify(s.slice(0, 300))}… (${s.length} chars)` : JSON.stringify(s);
}

interface Snapshot {
  counts: RowCounts;
  seq: number;
}

/**
 * Refusals that are recorded by design: a failed attempt at a password is audited and counted
 * towards the throttle (sign_in_throttle rows), and nothing else is written.
 */
const AUDITED_REFUSALS: Readonly<Record<string, ReadonlySet<string>>> = {
  'POST /sign-in': new Set(['sign-in-failed', 'sign-in-refused']),
  'POST /account/password': new Set(['password-change-failed']),
  // Two-factor sign-in (issue 10): a wrong code, or a wrong password to turn it off, counts like a wrong password.
  'POST /sign-in/two-factor': new Set(['two-factor-code-refused']),
  'POST /account/two-factor/recovery-codes': new Set(['two-factor-code-refused']),
  'POST /account/two-factor/turn-off': new Set(['two-factor-turn-off-failed']),
};

class Checker {
  private chainIntact = true;
  /** The last event whose hash was checked: each check reads only the events after it. */
  private verified = { seq: 0, hash: GENESIS_HASH };
  private readonly t: TestApp;
  constructor(t: TestApp) {
    this.t = t;
  }

  /** The audit chain from the last event checked on: each event's hash and link, and the head. */
  private async chainProblem(): Promise<string | null> {
    const db = this.t.deps.database.db;
    for (;;) {
      const rows = await auditEventsAfter(db, this.verified.seq, 500);
      for (const row of rows) {
        if (row.seq !== this.verified.seq + 1) return `event ${this.verified.seq + 1} is missing`;
        if (row.prev_hash !== this.verified.hash) return `event ${row.seq} does not follow event ${row.seq - 1}`;
        const { hash, ...fields } = row;
        if (auditHash(fields) !== hash) return `event ${row.seq} was changed after it was written: ${JSON.stringify(fields)}`;
        this.verified = { seq: row.seq, hash };
      }
      if (rows.length < 500) break;
    }
    const head = await readAuditHead(db);
    return head.seq === this.verified.seq && head.hash === this.verified.hash ? null : `the head (${head.seq}) is not the last event (${this.verified.seq})`;
  }

  private async snapshot(): Promise<Snapshot> {
    const { seq, ...counts } = await rowCountsAndSeq(this.t.deps.database);
    return { counts, seq };
  }

  /** Sends one request and checks every rule against its answer. `route` is "METHOD /pattern". */
  async exercise(route: string, label: string, send: () => Promise<LightMyRequestResponse>, sent: readonly Value[]): Promise<LightMyRequestResponse> {
    const before = await this.snapshot();
    const res = await send();
    const after = await this.snapshot();
    const where = `${label} answered ${res.statusCode}`;

    assert.ok(res.statusCode < 500, `${where}: ${brief(res.body)}`);

    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) {
      for (const needle of NEEDLES) assert.ok(!res.body.includes(needle), `${where}: unescaped ${JSON.stringify(needle)} in the page`);
      for (const value of sent) {
        const s = str(value);
        if (s.length >= 12 && s.length <= 5000 && /<[A-Za-z!/]/.test(s)) assert.ok(!res.body.includes(s), `${where}: ${brief(s)} echoed unescaped`);
      }
    }

    const location = res.headers.location;
    if (location !== undefined) {
      assert.equal(typeof location, 'string', where);
      assert.match(String(location), /^\/(?![/\\])/, `${where}: redirects off the site to ${brief(String(location))}`);
      assert.doesNotMatch(String(location), /[\u0000-\u001F\u007F]/, `${where}: control characters in Location`);
    }

    const changed = JSON.stringify(after) !== JSON.stringify(before);
    if (route.startsWith('GET ')) {
      assert.deepEqual(after, before, `${where}: a GET wrote to the database`);
    } else if (AUDITED_REFUSALS[route]) {
      assert.equal(after.counts.users, before.counts.users, `${where}: added a user`);
      if (res.statusCode >= 400) {
        assert.equal(after.counts.sessions, before.counts.sessions, `${where}: a refusal opened a session`);
        const actions = await auditActionsAfter(this.t.deps.database, before.seq);
        const allowed = AUDITED_REFUSALS[route]!;
        assert.ok(actions.length <= 1 && actions.every((a) => allowed.has(a)), `${where}: a refusal audited ${JSON.stringify(actions)}`);
      }
    } else if (res.statusCode >= 400 && changed) {
      assert.deepEqual(after, before, `${where}: an error answer wrote to the database`);
    }

    if (changed && this.chainIntact) {
      const problem = await this.chainProblem();
      this.chainIntact = problem === null;
      assert.equal(problem, null, `${where}: the audit chain is broken: ${problem}`);
    }
    return res;
  }
}

async function postFields(t: TestApp, url: string, session: Session, c: FieldsCase, foreign: string): Promise<LightMyRequestResponse> {
  const csrf: Array<[string, Value]> =
    c.csrf === 'valid'
      ? [['_csrf', session.csrf]]
      : c.csrf === 'twice'
        ? [['_csrf', session.csrf], ['_csrf', session.csrf]]
        : c.csrf === 'garbage'
          ? [['_csrf', 'garbage-token']]
          : c.csrf === 'nested'
            ? [['_csrf[x]', session.csrf]]
            : c.csrf === 'foreign'
              ? [['_csrf', foreign]]
              : [];
  return t.app.inject({
    method: 'POST',
    url,
    remoteAddress: c.address,
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: urlencode([...csrf, ...c.pairs]),
  });
}

// ---------------------------------------------------------------------------------------------

forEachDatabase('hostile input', (ctx) => {
  let t: TestApp;
  let check: Checker;
  const known: Known = { baitEmail: 'bait.person@example.gov.uk' };
  /** POST route pattern → the form that posts to it and where it posts. */
  const forms = new Map<string, PageForm>();
  let admin: Client;
  let victim: User;
  let leaver: User;
  let foreignToken = '';
  let adminId = '';

  // Email on (a real SMTP server on loopback), so the "forgotten your password" form shows and is fuzzed too.
  let smtp: TestSmtp;
  before(async () => {
    smtp = await startSmtp();
    t = await startApp(ctx.database, { env: { SMTP_URL: smtp.url, MAIL_FROM: 'Accord <accord@hostile.example>', PUBLIC_URL: 'https://accord.hostile.example' } });
    check = new Checker(t);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  /** The routes forms post to: every POST but the JSON API's (bearer tokens and JSON only; see below). */
  const postRoutes = () => t.app.routeDeclarations.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/')).map((r) => r.url);
  /** The JSON API's routes that change things. */
  const apiWrites = () => t.app.routeDeclarations.filter((r) => r.url.startsWith('/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));
  let apiToken = '';
  const routeOf = (action: string) => postRoutes().find((pattern) => matchesRoute(pattern, action));

  function collect(html: string): void {
    for (const form of postForms(html)) {
      const pattern = routeOf(form.action);
      if (pattern && !forms.has(pattern)) forms.set(pattern, form);
    }
  }

  /** A concrete page for each GET route with parameters, found by the crawl: /partnerships/<a real id>. */
  const realPaths = new Map<string, string>();

  /**
   * Visits pages breadth first from `starts`, following links on this site and collecting their forms;
   * at most two pages of each route (one partnership is as good as seventeen for finding forms).
   */
  async function crawl(client: Client, starts: string[], perRoute = 2, follow = true): Promise<void> {
    const gets = t.app.routeDeclarations
      .filter((r) => r.method === 'GET')
      .map((r) => r.url)
      .sort((a, b) => a.split(':').length - b.split(':').length); // /partnerships/new before /partnerships/:id
    const visits = new Map<string, number>();
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const route = gets.find((pattern) => matchesRoute(pattern, url));
      if (!route || (visits.get(route) ?? 0) >= perRoute) continue;
      const res = await client.get(url);
      if (res.statusCode !== 200 || !String(res.headers['content-type'] ?? '').startsWith('text/html')) continue;
      visits.set(route, (visits.get(route) ?? 0) + 1);
      if (route.includes(':') && !realPaths.has(route)) realPaths.set(route, url);
      collect(res.body);
      if (!follow) continue;
      for (const match of res.body.matchAll(/\shref="(\/[^"#?]*)[^"]*"/g)) {
        const href = match[1]!.replace(/&amp;/g, '&');
        if (!href.startsWith('//') && !href.startsWith('/static/') && !seen.has(href)) queue.push(href);
      }
    }
  }

  const seed = (salt: number) => ({ seed: SEED + salt, numRuns: RUNS });

  /** Every kind of body thrown at one form: fields, JSON, raw garbage. */
  async function fuzzForm(pattern: string, salt: number, sessionFor: () => Promise<Session>): Promise<void> {
    const form = forms.get(pattern);
    assert.ok(form, `no form posts to ${pattern}`);
    const route = `POST ${pattern}`;
    const url = form.action;
    const fixed = pattern === '/sign-out' ? undefined : await sessionFor();
    const session = async () => fixed ?? (await sessionFor());

    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fieldsCase(form, known), async (c) => {
        const s = await session();
        if (c.resetThrottle) await ctx.database.db.deleteFrom('sign_in_throttle').execute();
        const res = await check.exercise(route, `${route} with fields`, () => postFields(t, url, s, c, foreignToken), c.pairs.map(([, v]) => v));
        statuses.add(res.statusCode);
      }),
      seed(salt),
    );
    // Not everything may stop at the CSRF check or the body limit: the handler has to be reached.
    assert.ok([...statuses].some((code) => code !== 403 && code !== 413), `${route}: nothing got past the CSRF check (${[...statuses].join(', ')})`);

    const token = (fixed ?? (await sessionFor())).csrf;
    await fc.assert(
      fc.asyncProperty(jsonCase(form, known, token), async (c) => {
        const s = fixed ?? { ...(await sessionFor()), csrf: token };
        const body = pattern === '/sign-out' ? c.payload.replaceAll(token, s.csrf) : c.payload;
        await check.exercise(
          route,
          `${route} with JSON ${brief(body)}`,
          () => t.app.inject({ method: 'POST', url, remoteAddress: c.address, headers: { cookie: s.cookie, 'content-type': 'application/json' }, payload: body }),
          c.sent,
        );
      }),
      { ...seed(salt + 1), numRuns: FEWER },
    );

    await fc.assert(
      fc.asyncProperty(rawCase(token), async (c) => {
        const s = fixed ?? (await sessionFor());
        const payload = typeof c.payload === 'string' && pattern === '/sign-out' ? c.payload.replaceAll(encodeURIComponent(token), encodeURIComponent(s.csrf)) : c.payload;
        const headers: Record<string, string> = { cookie: s.cookie };
        if (c.contentType !== undefined) headers['content-type'] = c.contentType;
        await check.exercise(
          route,
          `${route} with ${c.contentType ?? 'no content type'} ${brief(String(payload))}`,
          () => t.app.inject({ method: 'POST', url, remoteAddress: c.address, headers, payload }),
          [String(payload)],
        );
      }),
      { ...seed(salt + 2), numRuns: FEWEST },
    );
  }

  it('throws hostile input at the first-administrator form while Accord is empty', { timeout: 60_000 }, async () => {
    const anonymous = new Client(t.app);
    const page = await anonymous.get('/setup');
    assert.equal(page.statusCode, 200);
    collect(page.body);
    await fuzzForm('/setup', 1, async () => {
      const client = new Client(t.app);
      await client.get('/sign-in'); // the CSRF token of an anonymous visitor
      if (!client.lastPage.includes('name="_csrf"')) await client.get('/setup');
      return sessionOf(client);
    });
  });

  it('finds the form of every POST route on the pages, as a browser would', { timeout: 60_000 }, async () => {
    // The first-administrator form may already have made the bait (a valid body is one of the cases).
    if (!(await findUserByEmail(ctx.database.db, known.baitEmail))) await makeUser(t.deps, 'officer', { email: known.baitEmail, name: 'Bait Person' });
    victim = await makeUser(t.deps, 'officer', { name: 'Victim Person' });
    leaver = await makeUser(t.deps, 'officer', { name: 'Leaving Person' });
    const adminUser = await makeUser(t.deps, 'administrator', { name: 'Fuzz Admin' });
    adminId = adminUser.id;
    admin = await signedIn(t.app, adminUser);
    const anonymous = new Client(t.app);
    foreignToken = csrfFrom((await anonymous.get('/sign-in')).body);

    // Records for the forms of routes with an :id to be found: a feature whose forms post to
    // /things/:id adds a line here creating one thing (the users above serve /users/:id).
    // One of each, as small as allowed: the bigger the register, the slower every form renders.
    const seededStarts: string[] = [];
    /** the pages of an exiting partnership's dissolution checklist (its seeder). */
    const checklistPages: string[] = [];
    const findOrganisationByName = async (name: string) => (await t.deps.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst())?.id;
    /**
     * an exiting partnership (£0, budgeted) with an item of its dissolution checklist closed, so its
     * forms show. Made after the crawl, and its pages visited on their own, so it takes no other's place there.
     */
    /** A partnership (£0, budgeted) of the seeded council and partner, taken through the lifecycle to `status`. */
    const budgetedPartnership = async (name: string, status: Status) => {
      const [partner, council] = await Promise.all(['Seeded Partner', 'Seeded Council'].map((n) => findOrganisationByName(n)));
      const made = await createPartnership(t.deps, SYSTEM, partnershipDetails({
        name,
        councilContributionPence: 0,
        withinApprovedBudget: true,
        partners: [
          { organisationId: council!, role: 'lead', memberStatus: 'voting' },
          { organisationId: partner!, role: 'member', memberStatus: 'voting' },
        ],
      }));
      await reachStatus(t.deps, made.id, status);
      return made;
    };
    const seedExiting = async () => {
      const exiting = await budgetedPartnership('Zz seeded exiting partnership', 'exiting');
      await addRecord(t.deps, SYSTEM, COMMAND_LINE, dissolutionChecklist, exiting.id, { item: 'notice', outcome: 'done', completedOn: '2026-12-01', note: null });
      const checklist = `/partnerships/${exiting.id}/dissolution-checklist`;
      checklistPages.push(checklist, `${checklist}/new`, `${checklist}/notice`, `${checklist}/notice/edit`, `${checklist}/notice/remove`);
    };
    const SEEDERS: Array<() => Promise<unknown>> = [
      async () => {
        const partner = await createOrganisation(t.deps, SYSTEM, organisationDetails('Seeded Partner', { sector: 'vcse' }));
        // With an email address and no account, so their page offers the invitation form (issue 10).
        const seededPerson = await createPerson(t.deps, SYSTEM, personDetails('Seeded Person', partner.id, { email: 'seeded.person@partner.example' }));
        // an interest on their register, so its change and remove forms show.
        await addInterest(t.deps, SYSTEM, COMMAND_LINE, seededPerson.id, { kind: 'fiduciary', body: 'Seeded body', organisationId: null, role: 'trustee', details: null, startsOn: '2026-01-01', endsOn: null, sensitive: false, sensitiveAgreedBy: null });
        // The council too, and a councillor representing it: a partner that can be removed (the council,
        // while another remains) and a council representative, so their forms show.
        const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Seeded Council', { isThisCouncil: true }));
        const councillor = await createPerson(t.deps, SYSTEM, personDetails('Seeded Councillor', council.id, { councilRole: 'councillor' }));
        const seeded = await createPartnership(t.deps, SYSTEM, partnershipDetails({
          name: 'Seeded Partnership',
          purpose: 'Seeded purpose',
          expectedOutcomes: 'Seeded outcomes',
          rationale: [RATIONALES[0]],
          wellbeing: [WELLBEING[0]],
          legalForm: LEGAL_FORMS[0],
          partners: [
            { organisationId: partner.id, role: PARTNER_ROLES[1], memberStatus: MEMBER_STATUSES[0] },
            { organisationId: council.id, role: PARTNER_ROLES[1], memberStatus: MEMBER_STATUSES[0] },
          ],
          representatives: [{ personId: councillor.id, capacity: 'councillor' }],
        }));
        // Every screening answer given, so "Check your answers" shows its Confirm form.
        await saveScreeningDraft(t.deps, adminId, seeded.id, { sharedResponsibility: true, wellbeing: ['social'], characteristics: [], exclusions: [] });
        // R-2.8a, R-2.8b: a seat, a voting rule and a quorum condition, so their change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, seats, seeded.id, { personId: councillor.id, organisationId: council.id, status: 'voting', weight: 1, substituteId: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, votingRules, seeded.id, { decisionType: 'ordinary', method: 'majority', fallback: null, fraction: null, qualifiedBase: null, abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, quorum, seeded.id, { kind: 'number', members: 1, fraction: null });
        // R-A1.3, R-2.9: an objective with an indicator and a measurement, so their change and remove forms show.
        const objective = await addRecord(t.deps, SYSTEM, COMMAND_LINE, objectives, seeded.id, { title: 'Seeded objective', outcome: null });
        const indicator = await addRecord(t.deps, SYSTEM, COMMAND_LINE, indicators, seeded.id, { objectiveId: objective.id, name: 'Seeded indicator', definition: 'Seeded', unit: '%', polarity: 'higher', baseline: null, target: 50, tolerance: 5, frequency: 'annual', organisationId: council.id, dataQuality: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, measurements, seeded.id, { indicatorId: indicator.id, periodEnding: '2026-03-31', value: 40, target: null, commentary: null, attested: true });
        // And an objective and an indicator with nothing under them, so their remove forms show (a measured one is refused).
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, objectives, seeded.id, { title: 'Seeded bare objective', outcome: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, indicators, seeded.id, { objectiveId: objective.id, name: 'Seeded bare indicator', definition: 'Seeded', unit: '%', polarity: 'lower', baseline: null, target: null, tolerance: 0, frequency: 'monthly', organisationId: council.id, dataQuality: null });
        // a reporting line with a report, and a bare line, so their change and remove forms show (a line with a report is refused).
        const line = await addRecord(t.deps, SYSTEM, COMMAND_LINE, reportingLines, seeded.id, { body: 'overview-scrutiny', bodyName: 'Seeded panel', frequency: 'quarterly', firstDueOn: '2026-06-30', notes: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, reports, seeded.id, { reportingLineId: line.id, title: 'Seeded report', submittedOn: '2026-07-01', documentId: null, summary: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, reportingLines, seeded.id, { body: 'cabinet', bodyName: null, frequency: 'annual', firstDueOn: '2027-03-31', notes: null });
        // a partner's challenge, so its change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, performanceChallenges, seeded.id, { organisationId: council.id, raisedBy: 'Seeded director', raisedOn: '2026-07-01', subject: 'performance', challenge: 'Seeded challenge', assigneeId: null, response: null, answeredOn: null });
        // published on the public register, so its change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, publication, seeded.id, { register: 'public-register', publishedOn: '2026-12-01', summary: null, contactPublic: false });
        // R-2.4e: an annual review with its findings, so their change and remove forms show.
        const review = await addRecord(t.deps, SYSTEM, COMMAND_LINE, annualReviews, seeded.id, { reviewedOn: '2026-07-01', addedValue: 'Seeded value', recommendation: 'continue', reasons: 'Seeded reasons', approvedBy: null, approvedOn: null });
        // And a bare one, which its remove form may take.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, annualReviews, seeded.id, { reviewedOn: '2026-08-01', addedValue: 'Seeded bare value', recommendation: 'change', reasons: 'Seeded reasons', approvedBy: null, approvedOn: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, objectiveEvaluations, seeded.id, { annualReviewId: review.id, objectiveId: objective.id, finding: 'achieved', evaluation: 'Seeded evaluation' });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, contributionEvaluations, seeded.id, { annualReviewId: review.id, organisationId: partner.id, evaluation: 'Seeded contribution', feedbackSentOn: null });
        // a performance issue, so its change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, performanceIssues, seeded.id, { title: 'Seeded issue', trigger: 'report', indicatorId: null, reportingLineId: line.id, ownerId: councillor.id, openedOn: '2026-07-01', level: 'board', actions: 'Seeded actions', status: 'open', closedOn: null, resolution: null });
        // an action of the plan and a partner's refresh, so their change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, planActions, seeded.id, { title: 'Seeded action', objectiveId: objective.id, riskId: null, ownerId: councillor.id, organisationId: council.id, startsOn: '2026-04-01', dueOn: '2027-03-31', status: 'on-track', planReference: null, progress: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, planRefreshes, seeded.id, { organisationId: partner.id, confirmedBy: 'Seeded director', confirmedOn: '2026-04-01', notes: null });
        // a reviewed risk with its review and a control, and one never reviewed (so its remove form shows).
        const seededRisk = { cause: 'Seeded cause', event: 'Seeded event', consequence: 'Seeded consequence', category: 'operational', ownerId: councillor.id, organisationId: council.id, identifiedOn: '2026-04-01', inherentLikelihood: 4, inherentImpact: 4, residualLikelihood: 3, residualImpact: 3, targetScore: 4, response: 'treat', status: 'open', fundingProposalId: null } as const;
        const risk = await addRecord(t.deps, SYSTEM, COMMAND_LINE, risks, seeded.id, { ...seededRisk, title: 'Seeded risk' });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, riskReviews, seeded.id, { riskId: risk.id, reviewedOn: '2026-06-01', likelihood: 2, impact: 3, reviewedBy: 'Seeded board', notes: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, riskControls, seeded.id, { riskId: risk.id, title: 'Seeded control', ownerId: councillor.id, effectiveness: 'effective', assessedOn: '2026-06-01', notes: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, risks, seeded.id, { ...seededRisk, title: 'Seeded unreviewed risk' });
        // Protocol 2.4(h): a funding proposal, so its change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, fundingProposals, seeded.id, { title: 'Seeded proposal', source: 'Seeded funder', amountPence: 100_000, proposedOn: '2026-06-01', status: 'proposed', decidedOn: null, notes: null });
        // a termination provision and an exit arrangement, so their change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, terminationProvisions, seeded.id, { party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', municipalYearEnds: null, whoMayShorten: null, conditions: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, exitStrategy, seeded.id, { topic: 'surpluses', arrangement: 'Seeded surpluses', agreedOn: null });
      },
      () => createPriority(t.deps, SYSTEM, { title: 'Seeded priority', description: null, active: true }),
      // An API token of the administrator's, for its revoke form.
      () => createApiToken(t.deps, SYSTEM, { userId: adminUser.id, name: 'Token to revoke' }),
      // An approved partnership (£0, budgeted), so its Compliance page links the attestation and exception forms; the crawl starts there too.
      async () => {
        const approved = await budgetedPartnership('Seeded approved partnership', 'approved');
        seededStarts.push(`/partnerships/${approved.id}/compliance`);
        // A document on it (R-2.7doc), so its page shows the form for a new version (R-2.7(n)).
        const store = documentStore(t.config);
        const spooled = await store.spool('terms-of-reference.txt', Readable.from([SAMPLES.txt]));
        assert.ok(spooled.ok);
        await uploadDocument(t.deps, SYSTEM, { role: 'administrator' }, approved.id, { title: 'Seeded terms of reference', type: DOCUMENT_TYPES[0], section: null, effectiveFrom: '2026-01-01' }, spooled.spooled, store);
      },
      // R-2.8g: a partnership of its own (one with meetings is not deleted, and a partner holding a seat is not
      // removed, so the others keep their forms) with a meeting, its attendance, an item with a declaration and
      // a vote, so every form of a meeting shows; the crawl starts at the meeting.
      async () => {
        const [partner, council] = await Promise.all(['Seeded Partner', 'Seeded Council'].map((name) => findOrganisationByName(name)));
        const member = (await t.deps.database.db.selectFrom('people').select('id').where('name', '=', 'Seeded Councillor').executeTakeFirstOrThrow()).id;
        const approved = await createPartnership(t.deps, SYSTEM, partnershipDetails({
          name: 'Zz seeded meetings partnership',
          partners: [
            { organisationId: council!, role: 'lead', memberStatus: 'voting' },
            { organisationId: partner!, role: 'member', memberStatus: 'voting' },
          ],
        }));
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, seats, approved.id, { personId: member, organisationId: council!, status: 'voting', weight: 1, substituteId: null });
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, votingRules, approved.id, { decisionType: 'ordinary', method: 'majority', fallback: null, fraction: null, qualifiedBase: null, abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
        // A quorum of one, so the seeded vote carries (and awaits ratification, R-2.8e).
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, quorum, approved.id, { kind: 'number', members: 1, fraction: null });
        // R-2.8g: a meeting with its attendance, an item with a declaration and a vote, so every form of a meeting shows.
        const meeting = await addRecord(t.deps, SYSTEM, COMMAND_LINE, meetings, approved.id, { title: 'Seeded board', meetsOn: '2026-03-18', startsAt: null, location: null, noticeDays: 5, noticeSentOn: null, status: 'held', minutes: null, previousMinutes: 'none' });
        // A second member sent apologies, so the form recording who was told of the decision shows (R-2.8c).
        const absentee = await createPerson(t.deps, SYSTEM, personDetails('Seeded Absentee', council!, { councilRole: 'councillor' }));
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, seats, approved.id, { personId: absentee.id, organisationId: council!, status: 'voting', weight: 1, substituteId: null });
        await recordAttendance(t.deps, SYSTEM, COMMAND_LINE, approved.id, meeting.id, { [member]: 'present', [absentee.id]: 'apologies' });
        // R-2.8e: the member may decide nothing without ratification, so the carried item awaits it (its form shows).
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, authorities, approved.id, { personId: member, decisionType: 'any', scope: 'none', limitPence: null, ratifier: 'Seeded Cabinet' });
        // R-2.8f: a planned decision the seeded item takes, so its forms and the item's select show it.
        const planned = await addRecord(t.deps, SYSTEM, COMMAND_LINE, forwardPlan, approved.id, { title: 'Seeded planned decision', decisionType: 'ordinary', implications: 'policy', plannedOn: '2026-03-31', publishedOn: null, noticeDays: 28 });
        // And one on no agenda, so its remove form shows (one on an agenda is not removed).
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, forwardPlan, approved.id, { title: 'Seeded unscheduled decision', decisionType: 'budget', implications: 'financial', plannedOn: '2026-06-30', publishedOn: null, noticeDays: 28 });
        const item = await addAgendaItem(t.deps, SYSTEM, COMMAND_LINE, approved.id, meeting.id, { title: 'Seeded item', decisionType: 'ordinary', keyDecision: true, confidential: false, motion: 'That it is seeded.', concernsId: null, forwardPlanId: planned.id, amountPence: 500_000 });
        await addDeclaration(t.deps, SYSTEM, COMMAND_LINE, approved.id, meeting.id, item.id, { personId: member, kind: 'other', consequence: 'took-part', dispensationBy: null, dispensationUntil: null });
        await recordVote(t.deps, SYSTEM, COMMAND_LINE, approved.id, meeting.id, item.id, { mode: 'named', votes: { [member]: 'for' }, counted: {}, consensusReached: false, castingVote: 'none', lot: 'not-drawn' });
        // R-2.8d: an action, so its change and remove forms show.
        await addRecord(t.deps, SYSTEM, COMMAND_LINE, actions, approved.id, { title: 'Seeded action', ownerId: member, organisationId: council!, dueOn: '2026-03-31', status: 'open', completedOn: null, progress: null, itemId: item.id });
        // R-2.7(n): a change to the rules, agreed at the seeded item, so its page links the form correcting it.
        await recordRuleChange(t.deps, SYSTEM, COMMAND_LINE, approved.id, { inForceFrom: '2026-04-01', agreedItemId: item.id, reason: 'Seeded change to the quorum' });
        seededStarts.push(`/partnerships/${approved.id}/meetings/${meeting.id}`, `/partnerships/${approved.id}/actions`, `/partnerships/${approved.id}/forward-plan`, `/partnerships/${approved.id}/authority`, `/partnerships/${approved.id}/decision-making`);
      },
      // A "forgotten your password" link of the victim's, so its page shows the form that sets a new one.
      async () => {
        const token = `hostile-reset-link-${'x'.repeat(30)}`;
        await insertPasswordReset(t.deps.database.db, { tokenHash: createHash('sha256').update(token).digest('hex'), userId: victim.id, createdAt: new Date().toISOString(), expiresAt: '2999-01-01T00:00:00.000Z', purpose: 'reset' });
        seededStarts.push(`/reset-password/${token}`);
      },
      // An invitation of the victim's, so its page shows the form that sets the account's first password.
      async () => {
        const token = `hostile-invitation-${'x'.repeat(30)}`;
        await insertPasswordReset(t.deps.database.db, { tokenHash: createHash('sha256').update(token).digest('hex'), userId: victim.id, createdAt: new Date().toISOString(), expiresAt: '2999-01-01T00:00:00.000Z', purpose: 'invitation' });
        seededStarts.push(`/invitation/${token}`);
      },
      // Two-factor sign-in (issue 10): the victim's is on, so their page offers its reset, and a password
      // sign-in of theirs waits for the code (its form, in the anonymous browser); the administrator's is on,
      // with a new phone being set up, so the set-up, recovery-codes and turn-off forms show.
      async () => {
        const box = t.app.twoFactor.box;
        for (const userId of [victim.id, adminId]) {
          await t.deps.database.db.insertInto('two_factor').values({ user_id: userId, secret: box.seal(newTotpSecret()), confirmed_at: new Date().toISOString(), last_step: null, pending_secret: null, pending_at: null }).execute();
        }
        await beginSetUp(t.deps, SYSTEM, box, adminId);
        // R-2.8g: the administrator's calendar link, so the form that stops it shows.
        await makeCalendarLink(t.deps, SYSTEM, adminId);
        const waiting = await anonymous.post('/sign-in', { email: victim.email, password: PASSWORD }, { from: '/sign-in' });
        assert.equal(waiting.headers.location, '/sign-in/two-factor');
      },
    ];
    for (const seedRecord of SEEDERS) await seedRecord();

    // Crawl as a browser would: every page without a parameter, and the pages they link to.
    const starts = t.app.routeDeclarations
      .filter((r) => r.method === 'GET' && !r.url.startsWith('/health') && !r.url.startsWith('/static'))
      .map((r) => r.url.replace(/:id\b/g, victim.id))
      .filter((url) => !url.includes(':'));
    // Three pages a route: the seeded partnerships each show some forms the others cannot (a partner holding a seat is not removed).
    for (const client of [anonymous, admin]) await crawl(client, [...starts, ...seededStarts], 3);
    await seedExiting();
    await crawl(admin, checklistPages, 1, false);
    const formless = postRoutes().filter((p) => !forms.has(p));
    assert.deepEqual(
      formless,
      [],
      `POST routes whose form no page shows: ${formless.join(', ')}. If the form needs a record to exist, add a seeder to SEEDERS in this test.`,
    );
    for (const [pattern, form] of forms) console.log(`hostile-input [${ctx.dialect}]: POST ${pattern} ← ${form.action} fields ${form.fields.join(', ')}`);
  });

  it('throws hostile fields, JSON and raw bodies at every other form route', { timeout: 180_000 }, async () => {
    const adminSession = async () => {
      const res = await admin.get('/account');
      assert.equal(res.statusCode, 200, 'the administrator is still signed in');
      return sessionOf(admin);
    };
    let salt = 10;
    for (const pattern of postRoutes()) {
      // A route whose form was not found is named by the test above.
      if (pattern === '/setup' || !forms.has(pattern)) continue;
      salt += 10;
      const started = Date.now();
      if (pattern === '/sign-in') {
        await fuzzForm(pattern, salt, async () => {
          const client = new Client(t.app);
          await client.get('/sign-in');
          return sessionOf(client);
        });
      } else if (pattern === '/sign-out') {
        // Each run signs out a session of its own, opened directly (no password hashing to wait for).
        await fuzzForm(pattern, salt, async () => {
          const client = await quickSession(t.app, ctx.database, leaver);
          await client.get('/account');
          return sessionOf(client);
        });
      } else {
        await fuzzForm(pattern, salt, adminSession);
      }
      console.log(`hostile-input [${ctx.dialect}]: POST ${pattern} survived in ${Date.now() - started} ms`);
    }
  });

  it('puts each of the worst values into each field of an otherwise valid form', { timeout: 60_000 }, async () => {
    // Lone surrogates only survive in JSON (urlencoded turns them into U+FFFD on the way). Three values,
    // the last combining several attacks, so that every field of every form can be tried in good time.
    const WORST: ReadonlyArray<{ value: string; as: ReadonlyArray<'form' | 'json'> }> = [
      { value: 'a\u0000b', as: ['form'] },
      { value: 'x\ud800y', as: ['json'] },
      { value: "\u202e'; DROP TABLE users; --\"><img src=x onerror=alert(1)><script>alert(1)</script>", as: ['form'] },
    ];
    // Password fields are never shown or stored as typed: only what could break them is sent.
    const PASSWORD_WORST = new Set(['a\u0000b', 'x\ud800y']);
    const anonymous = new Client(t.app);
    await anonymous.get('/sign-in');
    for (const pattern of postRoutes()) {
      const form = forms.get(pattern);
      if (pattern === '/setup' || !form) continue;
      const route = `POST ${pattern}`;
      const all = form.fields.filter((f) => f !== '_csrf');
      const base = all.map((f) => [f, guesses(f, form, known)[0] ?? 'x'] as [string, string]);
      // Numbered rows (partner-0-role, partner-1-role…) are one field for this purpose: the first row.
      const shape = (f: string) => f.replace(/\d+/g, '#');
      const fields = all.filter((f, i) => all.findIndex((g) => shape(g) === shape(f)) === i);
      let session: Session;
      if (pattern === '/sign-in') session = sessionOf(anonymous);
      else {
        await admin.get('/account');
        session = sessionOf(admin);
      }
      if (pattern === '/sign-out') continue; // no fields: the fuzzing above covers it
      const started = Date.now();
      let sent = 0;
      for (const field of fields) {
        for (const { value: worst, as } of WORST) {
          if (/password/i.test(field) && !PASSWORD_WORST.has(worst)) continue;
          for (const how of /email|returnTo/i.test(field) ? (['replace', 'append'] as const) : (['replace'] as const)) {
            const pairs = base.map(([k, v]) => [k, k !== field ? v : how === 'replace' ? worst : `${v}${worst}`] as [string, string]);
            for (const encoding of as) {
              await ctx.database.db.deleteFrom('sign_in_throttle').execute();
              sent += 1;
              await check.exercise(
                route,
                `${route} as ${encoding} with ${field} ${how === 'replace' ? '=' : '+='} ${JSON.stringify(worst)}`,
                () =>
                  t.app.inject({
                    method: 'POST',
                    url: form.action,
                    remoteAddress: ADDRESSES[0],
                    headers: { cookie: session.cookie, 'content-type': encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
                    payload: encoding === 'json' ? JSON.stringify({ _csrf: session.csrf, ...Object.fromEntries(pairs) }) : urlencode([['_csrf', session.csrf], ...pairs]),
                  }),
                pairs.map(([, v]) => v),
              );
            }
          }
        }
      }
      console.log(`hostile-input [${ctx.dialect}]: ${route}: ${sent} worst-value bodies in ${Date.now() - started} ms`);
    }
  });

  /** The API operations whose body is multipart/form-data (a document's upload): JSON there is 415, whatever its size. */
  const multipartRoutes = new Set<string>();
  /** What the OpenAPI document says each API operation's JSON body may hold: "PATCH /api/v1/x/:id" → names. */
  async function apiBodyFields(): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) return out;
    const doc = JSON.parse(res.body) as { paths?: Record<string, Record<string, any>>; components?: { schemas?: Record<string, any> } };
    const resolve = (schema: any): any => (schema?.$ref ? doc.components?.schemas?.[String(schema.$ref).split('/').pop()!] : schema);
    for (const [path, operations] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(operations)) {
        const content = op?.requestBody?.content;
        const schema = resolve((content?.['application/json'] ?? content?.['multipart/form-data'])?.schema);
        if (content?.['multipart/form-data']) multipartRoutes.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        out.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, Object.keys(schema?.properties ?? {}));
      }
    }
    return out;
  }

  it('throws hostile JSON, content types and tokens at every API route that changes things', { timeout: 60_000 }, async () => {
    // A DELETE takes no body to be hostile with (its tokens and roles are api-auth.test.ts's matrix).
    const writes = apiWrites().filter((w) => w.method !== 'DELETE');
    assert.ok(writes.length > 0, 'the API has writes to try');
    // Made now, after the forms above had their go at revoking tokens.
    apiToken = (await createApiToken(t.deps, SYSTEM, { userId: adminId, name: 'Hostile input' })).token;
    const described = await apiBodyFields();
    const concrete = (url: string) => {
      const page = realPaths.get(url.replace(/^\/api\/v\d+/, ''));
      const id = page?.split('/').at(-1) ?? victim.id;
      return url.replace(/:\w+/g, id);
    };
    const worstValues = ['a\u0000b', 'x\ud800y', '"><img src=x onerror=alert(1)><script>alert(1)</script>', "\u202e'; DROP TABLE users; --"];
    let salt = 700;
    for (const { method, url: pattern } of writes) {
      const route = `${method} ${pattern}`;
      const fields = described.get(route) ?? [];
      assert.ok(fields.length > 0, `${route}: the OpenAPI document describes no body fields`);
      const url = concrete(pattern);
      const auth = (mode: string) =>
        mode === 'valid' ? `Bearer ${apiToken}` : mode === 'lower' ? `bearer ${apiToken}` : mode === 'garbage' ? `Bearer ${'x'.repeat(40)}` : mode === 'basic' ? 'Basic YWRtaW46YWRtaW4=' : '';
      const send = (body: string | Buffer, contentType: string | undefined, mode = 'valid') => {
        const headers: Record<string, string> = {};
        if (contentType !== undefined) headers['content-type'] = contentType;
        const authorization = auth(mode);
        if (authorization) headers.authorization = authorization;
        return t.app.inject({ method: method as 'POST', url, headers, payload: body });
      };

      // Each of the worst values alone in each field: a partial change is a whole request to a PATCH.
      const statuses = new Set<number>();
      for (const field of fields) {
        for (const worst of worstValues) {
          const body = JSON.stringify({ [field]: worst });
          statuses.add((await check.exercise(route, `${route} with ${body}`, () => send(body, 'application/json'), [worst])).statusCode);
        }
      }
      assert.ok([...statuses].some((code) => code !== 401 && code !== 403), `${route}: the token was never let in (${[...statuses].join(', ')})`);

      const form: PageForm = { action: url, fields, values: {} };
      const apiCase = fc.record({
        body: fc.oneof(
          { weight: 6, arbitrary: jsonCase(form, known, null).map((c) => c.payload) },
          { weight: 1, arbitrary: fc.constantFrom('{', '[]', 'null', '"x"', '{"__proto__":{"admin":true}}', `{"${fields[0]}":{"$ne":null}}`) },
        ),
        contentType: fc.constantFrom<string | undefined>('application/json', 'application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/plain', 'application/merge-patch+json', undefined),
        auth: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'lower', 'garbage', 'basic', 'none'),
      });
      await fc.assert(
        fc.asyncProperty(apiCase, async (c) => {
          await check.exercise(route, `${route} (${c.auth} token, ${c.contentType ?? 'no content type'}) with ${brief(c.body)}`, () => send(c.body, c.contentType, c.auth), stringsIn(c.body));
        }),
        { seed: SEED + (salt += 10), numRuns: RUNS },
      );

      // Over the body limit: 413 with a token (415 for a type the API does not take); 401 without.
      const big = JSON.stringify({ [fields[0]!]: 'x'.repeat(BODY_LIMIT + 1024) });
      for (const [type, mode, expected] of [
        ['application/json', 'valid', multipartRoutes.has(route) ? [415] : [413]],
        ['application/x-www-form-urlencoded', 'valid', [413, 415]],
        ['application/json', 'none', [401]],
      ] as const) {
        const res = await check.exercise(route, `${route} with ${big.length} bytes of ${type} (${mode} token)`, () => send(big, type, mode), []);
        assert.ok((expected as readonly number[]).includes(res.statusCode), `${route} with ${big.length} bytes of ${type} (${mode} token) answered ${res.statusCode}`);
      }
      console.log(`hostile-input [${ctx.dialect}]: ${route} survived (answers seen: ${[...statuses].sort().join(', ')})`);
    }
  });

  it('answers 413 for a form over 1 MB, 415 for JSON or text of any size (pages read neither), and writes nothing, on every POST route', { timeout: 60_000 }, async () => {
    await admin.get('/account');
    const fresh = sessionOf(admin);
    const big = 'x'.repeat(BODY_LIMIT + 1024);
    for (const pattern of postRoutes()) {
      const url = forms.get(pattern)?.action ?? pattern;
      for (const [who, cookie] of [['anonymous', ''], ['administrator', fresh.cookie]] as const) {
        for (const [type, payload, expected] of [
          ['application/x-www-form-urlencoded', `_csrf=${encodeURIComponent(fresh.csrf)}&name=${big}`, 413],
          ['application/json', JSON.stringify({ _csrf: fresh.csrf, name: big }), 415],
          ['text/plain', big, 415],
        ] as const) {
          const res = await check.exercise(
            `POST ${pattern}`,
            `POST ${url} as ${who} with ${payload.length} bytes of ${type}`,
            () => t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': type }, payload }),
            [],
          );
          assert.equal(res.statusCode, expected, `POST ${url} as ${who} with ${type}`);
        }
      }
    }
  });

  /** GETs with hostile query strings, path parameters, cookies and request ids at the routes given. */
  async function fuzzGets(routes: string[], salt: number, numRuns: number): Promise<void> {
    await admin.get('/account');
    const adminCookie = sessionOf(admin).cookie;
    const segment = fc.oneof(
      fc.constant(() => REAL),
      fc.uuid().map((u) => () => u),
      fc.constantFrom('%zz', '%E0%A4%A', '%00', '..', '%2e%2e', '%2F..%2F', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%ED%A0%80', 'x'.repeat(5000), '%20', '-1', '0', 'new').map((v) => () => v),
      valueFor('id', { action: '', fields: [], values: {} }, known, true).map((v) => () => encodeURIComponent(str(v).toWellFormed())),
    );
    const queryValue = fc.oneof(
      { weight: 3, arbitrary: valueFor('q', { action: '', fields: [], values: { q: ['/', '/users', '12', '99999999999999999'] } }, known, true) },
      // Something that starts like a path on this site or a number, then turns hostile.
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom('/', '/users', '/audit?before=1', '1', '12'), fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: anyChar, minLength: 1, maxLength: 16 })))
          .map(([head, tail]) => `${head}${tail}`),
      },
      { weight: 1, arbitrary: fc.constantFrom('0', '1', '-1', '1.5', '1e3', '0x10', '999999999999999', '9999999999999999', ' 1', '1 ') },
    );
    const key = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('returnTo', 'before') },
      { weight: 1, arbitrary: fc.constantFrom('returnTo[x]', 'before[]', 'page', 'q') },
      // The decisions registers' filters (R-2.8a).
      { weight: 1, arbitrary: fc.constantFrom('type', 'outcome', 'keyDecision', 'partnership', 'from-day', 'from-month', 'from-year', 'to-day', 'to-year') },
      { weight: 1, arbitrary: extraKey },
    );
    const query = fc.oneof(
      { weight: 4, arbitrary: fc.array(fc.tuple(key, queryValue), { maxLength: 4 }).map((pairs) => ({ text: urlencode(pairs), sent: pairs.map(([, v]) => v) })) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((parts) => ({ text: parts.join('&'), sent: [] as Value[] })) },
    );
    const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 120 }).map((v) => v.replace(/;/g, ''));
    const who = fc.constantFrom('anonymous', 'administrator', 'garbage-cookies', 'administrator+garbage-flash', 'api-token');

    await fc.assert(
      fc.asyncProperty(
        fc.record({ route: fc.constantFrom(...routes), segment, query, who, junk: fc.tuple(printable, printable, printable), requestId: printable }),
        async ({ route, segment: param, query: q, who: as, junk, requestId }) => {
          const chosen = param();
          const path = chosen === REAL ? (realPaths.get(route) ?? route.replace(/:\w+/g, victim.id)) : route.replace(/:\w+/g, () => chosen);
          const url = q.text ? `${path}?${q.text}` : path;
          const cookie =
            as === 'anonymous'
              ? ''
              : as === 'administrator' || as === 'api-token'
                ? adminCookie
                : as === 'garbage-cookies'
                  ? `accord_session=${junk[0]}; accord_flash=${junk[1]}; accord_csrf=${junk[2]}`
                  : `${adminCookie}; accord_flash=${junk[1]}`;
          await check.exercise(
            `GET ${route}`,
            `GET ${brief(url)} as ${as}`,
            () =>
              t.app.inject({
                method: 'GET',
                url,
                headers: { cookie: as === 'api-token' ? '' : cookie, 'x-request-id': requestId, ...(as === 'api-token' && apiToken ? { authorization: `Bearer ${apiToken}` } : {}) },
              }),
            [...q.sent, ...junk],
          );
        },
      ),
      { seed: SEED + salt, numRuns },
    );
  }

  it('throws hostile query strings, path parameters, cookies and headers at every page', { timeout: 60_000 }, async () => {
    await fuzzGets(
      t.app.routeDeclarations.filter((r) => r.method === 'GET').map((r) => r.url),
      500,
      RUNS * 3,
    );
  });

  it('throws hostile query strings at the pages that read them: /sign-in?returnTo, /audit?before and the decisions registers’ filters', { timeout: 60_000 }, async () => {
    const readers = ['/sign-in', '/audit', '/decisions', '/decisions.csv', '/partnerships/:id/decisions'];
    const routes = t.app.routeDeclarations.filter((r) => r.method === 'GET' && readers.includes(r.url)).map((r) => r.url);
    assert.deepEqual(routes.sort(), [...readers].sort());
    await fuzzGets(routes, 600, RUNS * 2);
  });

  it('refuses a form posted to a garbage path parameter with 404 and writes nothing', { timeout: 60_000 }, async () => {
    await admin.get('/account');
    const session = sessionOf(admin);
    const patterns = postRoutes().filter((p) => p.includes(':'));
    assert.ok(patterns.length > 0);
    for (const pattern of patterns) {
      const form = forms.get(pattern) ?? { action: pattern, fields: [], values: {} };
      for (const garbage of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%27%20OR%201%3D1%20--', '00000000-0000-0000-0000-000000000000', '%00', 'x'.repeat(3000)]) {
        const url = pattern.replace(/:\w+/g, garbage);
        const body: Array<[string, Value]> = [['_csrf', session.csrf], ...form.fields.filter((f) => f !== '_csrf').map((f) => [f, guesses(f, form, known)[0] ?? 'x'] as [string, Value])];
        const res = await check.exercise(
          `POST ${pattern}`,
          `POST ${url.slice(0, 80)}`,
          () => t.app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: urlencode(body) }),
          [],
        );
        assert.ok([400, 404, 414].includes(res.statusCode), `POST ${url.slice(0, 80)} answered ${res.statusCode}`);
      }
    }
  });

  it('leaves the audit chain intact', { timeout: 60_000 }, async () => {
    const chain = await verifyAuditChain(ctx.database);
    assert.equal(chain.intact, true, JSON.stringify(chain));
  });
});

// The compliance engine's evidence as sent (issue 9), table-driven: the attestation's and exception's
// schemas and their date rules, the default length of an attestation, the forms' reading of the GOV.UK
// date boxes (each problem at its box, input kept), and which findings take an attestation or an exception.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attestationRefusal, exceptionRefusal } from '../../src/app/compliance.service.ts';
import { addMonths, attestationProblems, attestationSchema, exceptionProblems, exceptionSchema } from '../../src/app/schemas/compliance.schema.ts';
import type { Finding } from '../../src/domain/compliance/types.ts';
import { parseAttestationForm } from '../../src/web/features/compliance/attestation.form.ts';
import { parseExceptionForm } from '../../src/web/features/compliance/exception.form.ts';

const TODAY = '2026-06-01';

describe('addMonths: an attestation’s default length', () => {
  for (const [from, months, to] of [
    ['2026-06-01', 12, '2027-06-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ] as const) {
    it(`${from} + ${months} months is ${to}`, () => assert.equal(addMonths(from, months), to));
  }
});

describe('the rules beside the schemas', () => {
  const cases: Array<[string, string[]]> = [
    [JSON.stringify({ attestedOn: TODAY, validUntil: null }), []],
    [JSON.stringify({ attestedOn: '2026-06-02', validUntil: null }), ['attestedOn']],
    [JSON.stringify({ attestedOn: TODAY, validUntil: TODAY }), ['validUntil']],
    [JSON.stringify({ attestedOn: '2026-06-02', validUntil: '2026-05-01' }), ['attestedOn', 'validUntil']],
  ];
  for (const [input, fields] of cases) {
    it(`attestation ${input}: ${fields.join(', ') || 'no problem'}`, () => assert.deepEqual(attestationProblems(JSON.parse(input), TODAY).map((p) => p.field), fields));
  }
  it('an exception ends after today', () => {
    assert.deepEqual(exceptionProblems({ until: TODAY }, TODAY).map((p) => p.field), ['until']);
    assert.deepEqual(exceptionProblems({ until: '2026-06-02' }, TODAY), []);
  });
  it('the schemas refuse unknown fields, blank text, unreal dates and a document that is not an id', () => {
    const bad = attestationSchema.safeParse({ statement: ' ', attestedOn: '2026-02-30', documentId: 'x', colour: 'red' });
    assert.equal(bad.success, false);
    assert.deepEqual([...new Set(bad.error!.issues.map((i) => String(i.path[0] ?? i.code)))].sort(), ['attestedOn', 'documentId', 'statement', 'unrecognized_keys'].sort());
    assert.equal(exceptionSchema.safeParse({ reason: 'x', agreedByName: 'x', agreedByRole: '', until: '2027-01-01' }).success, false);
    assert.equal(exceptionSchema.safeParse({ reason: 'x', agreedByName: 'x', agreedByRole: 'y', until: '2027-01-01' }).success, true);
  });
});

describe('the forms read the date boxes', () => {
  const date = (name: string, d: string, m: string, y: string) => ({ [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y });
  const fields = (r: ReturnType<typeof parseAttestationForm> | ReturnType<typeof parseExceptionForm>) => (r.ok ? [] : r.errors.map((e) => e.field));
  it('an attestation with valid until left blank takes the default; its value is the schema’s', () => {
    const r = parseAttestationForm({ statement: 'In place', ...date('attestedOn', '1', '6', '2026'), documentId: '' }, TODAY);
    assert.deepEqual(r, { ok: true, value: { statement: 'In place', attestedOn: '2026-06-01', validUntil: null, documentId: null } });
  });
  for (const [name, form, expected] of [
    ['nothing', {}, ['statement', 'attestedOn-day']],
    ['a month missing', { statement: 'x', ...date('attestedOn', '1', '', '2026') }, ['attestedOn-month']],
    ['31 February', { statement: 'x', ...date('attestedOn', '31', '2', '2026') }, ['attestedOn-day']],
    ['letters', { statement: 'x', ...date('attestedOn', 'a', '2', '2026') }, ['attestedOn-day']],
    ['valid until before', { statement: 'x', ...date('attestedOn', '1', '6', '2026'), ...date('validUntil', '1', '5', '2026') }, ['validUntil-day']],
  ] as const) {
    it(`attestation, ${name}: ${expected.join(', ')}`, () => assert.deepEqual(fields(parseAttestationForm({ ...form }, TODAY)), [...expected]));
  }
  it('an exception: every field at once; until in the past', () => {
    assert.deepEqual(fields(parseExceptionForm({}, TODAY)), ['reason', 'agreedByName', 'agreedByRole', 'until-day']);
    assert.deepEqual(fields(parseExceptionForm({ reason: 'r', agreedByName: 'n', agreedByRole: 'r', ...date('until', '1', '1', '2026') }, TODAY)), ['until-day']);
    assert.equal(parseExceptionForm({ reason: 'r', agreedByName: 'n', agreedByRole: 'r', ...date('until', '1', '1', '2027') }, TODAY).ok, true);
  });
});

describe('which findings take an attestation or an exception', () => {
  const finding = (over: Partial<Finding>): Finding => ({ requirementId: 'R-X', clause: '1', kind: 'rule', title: 'T', section: 'S', how: 'attested', result: 'gap', reason: 'why', evidence: [], gatesOperating: false, ...over });
  for (const [name, f, attest, except] of [
    ['an attested gap', finding({}), true, false],
    ['an attested requirement met (attested again)', finding({ result: 'pass' }), true, false],
    ['an attested requirement not applicable', finding({ result: 'not-applicable' }), false, false],
    ['a computed gating gap', finding({ how: 'computed', gatesOperating: true }), false, true],
    ['a computed gating requirement met', finding({ how: 'computed', gatesOperating: true, result: 'pass' }), false, false],
    ['a system requirement', finding({ how: 'system', result: 'pass' }), false, false],
  ] as const) {
    it(`${name}: attestation ${attest ? 'yes' : 'no'}, exception ${except ? 'yes' : 'no'}`, () => {
      assert.equal(attestationRefusal(f) === null, attest);
      assert.equal(exceptionRefusal(f) === null, except);
    });
  }
});

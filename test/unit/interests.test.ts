// A register of interests' rules and who reads a sensitive interest, table-driven (R-2.13), and
// field-level confidentiality (issue 10): the fields a description marks confidential, withheld for a
// reader who may not see them and only then.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { createAuditKey } from '../../src/app/audit-chain.ts';
import { INTEREST_CONFIDENTIAL, INTEREST_FIELDS, auditedInterest } from '../../src/app/interests/interest.description.ts';
import { interestProblems, isCurrent, sensitiveChangeProblems, sensitiveReader, type Interest, type InterestInput } from '../../src/domain/interests/interest.ts';
import { confidentialFields, withholdConfidential } from '../../src/domain/records/confidential.ts';
import { partnerConflicts } from '../../src/domain/interests/conflicts.ts';

const input = (over: Partial<InterestInput> = {}): InterestInput => ({
  kind: 'pecuniary',
  body: 'Adeyemi Stationers Ltd',
  organisationId: null,
  role: null,
  details: 'Owns the business.',
  startsOn: '2026-01-01',
  endsOn: null,
  sensitive: false,
  sensitiveAgreedBy: null,
  ...over,
});
const messages = (i: Partial<InterestInput>) => interestProblems(i).map((p) => `${p.field}: ${p.message}`);

describe('interestProblems (R-2.13)', () => {
  const cases: Array<[string, Partial<InterestInput>, string[]]> = [
    ['a pecuniary interest', input(), []],
    ['a fiduciary role with its office', input({ kind: 'fiduciary', role: 'trustee' }), []],
    ['a fiduciary role without one', input({ kind: 'fiduciary' }), ['role: Select the role they hold in the body (R-2.13)']],
    ['an office for an interest that is not a role', input({ role: 'director' }), ['role: Give a role only for a fiduciary role']],
    ['an end before its start', input({ endsOn: '2025-12-31' }), ['endsOn: The date it ended must be the same as or after the date it began']],
    ['an end on the day it began', input({ endsOn: '2026-01-01' }), []],
    ['a sensitive interest with who agreed it', input({ sensitive: true, sensitiveAgreedBy: 'Monitoring Officer' }), []],
    ['a sensitive interest nobody agreed', input({ sensitive: true }), ['sensitiveAgreedBy: Enter who agreed it is sensitive: the monitoring officer (R-2.13)']],
    ['who agreed, for one that is not sensitive', input({ sensitiveAgreedBy: 'Monitoring Officer' }), ['sensitiveAgreedBy: Say who agreed only for a sensitive interest']],
    ['only what is known (a form refused in part)', { kind: 'fiduciary' }, ['role: Select the role they hold in the body (R-2.13)']],
  ];
  for (const [name, i, expected] of cases) it(`R-2.13: ${name}`, () => assert.deepEqual(messages(i), expected));
  it('R-2.13: current from its start until its end', () => {
    assert.equal(isCurrent(input(), '2026-06-01'), true);
    assert.equal(isCurrent(input(), '2025-12-31'), false);
    assert.equal(isCurrent(input({ endsOn: '2026-03-31' }), '2026-04-01'), false);
  });
});

describe('sensitiveReader (R-2.13)', () => {
  const person = { userId: 'u-self' };
  const cases: Array<[string, { userId: string | null; readsSensitive: boolean }, boolean]> = [
    ['the person themselves', { userId: 'u-self', readsSensitive: false }, true],
    ['the monitoring officer or an administrator (interests.sensitive)', { userId: 'u-mo', readsSensitive: true }, true],
    ['anyone else', { userId: 'u-officer', readsSensitive: false }, false],
    ['the command line, which reads as the matrix lets it', { userId: null, readsSensitive: false }, false],
  ];
  for (const [name, reader, expected] of cases) it(`R-2.13: ${name}: ${expected ? 'reads it' : 'does not'}`, () => assert.equal(sensitiveReader(reader, person), expected));
  it('R-2.13: a person with no account has no one reading as them', () => assert.equal(sensitiveReader({ userId: null, readsSensitive: false }, { userId: null }), false));
});

describe('sensitiveChangeProblems (R-2.13)', () => {
  const cases: Array<[string, boolean, boolean, boolean, number]> = [
    ['an officer marking one sensitive', false, false, true, 1],
    ['an officer unmarking one', false, true, false, 1],
    ['an officer leaving it as it is', false, true, true, 0],
    ['the monitoring officer marking one sensitive', true, false, true, 0],
  ];
  for (const [name, reads, before, after, n] of cases) it(`R-2.13: ${name}`, () => assert.equal(sensitiveChangeProblems(reads, before, after).length, n));
});

describe('confidential fields (issue 10)', () => {
  const interest: Interest = { ...input({ sensitive: true, sensitiveAgreedBy: 'Monitoring Officer', organisationId: 'org-1', details: 'canary' }), id: 'i1', personId: 'p1', organisationName: 'Canary Clinic' };
  it('the description marks the body, its organisation, the role and the details confidential, and the name beside the id follows', () => {
    assert.deepEqual(confidentialFields(INTEREST_FIELDS), ['body', 'organisationId', 'role', 'details']);
    assert.deepEqual(INTEREST_CONFIDENTIAL, ['body', 'organisationId', 'role', 'details', 'organisationName']);
  });
  it('withheld for a reader who may not see them: emptied, and said to be withheld; the rest as it is', () => {
    const seen = withholdConfidential(interest, INTEREST_CONFIDENTIAL, false);
    assert.deepEqual(seen, { ...interest, body: null, organisationId: null, role: null, details: null, organisationName: null, withheld: true });
    assert.ok(!JSON.stringify(seen).includes('anary'));
  });
  it('whole for a reader who may', () => assert.deepEqual(withholdConfidential(interest, INTEREST_CONFIDENTIAL, true), { ...interest, withheld: false }));
  it('R-2.13: the audit trail keeps a digest of what is withheld, keyed with the audit key, never the values; it moves when they change', () => {
    const key = createAuditKey('a test audit key long enough for the purpose');
    const kept = JSON.stringify(auditedInterest(interest, key));
    assert.ok(!kept.includes('anary') && !kept.includes('org-1'), kept);
    assert.match(kept, /digest [0-9a-f]{16}/);
    assert.equal(JSON.stringify(auditedInterest(interest, key)), kept, 'the same values, the same digest: an unchanged save records nothing');
    assert.notEqual(JSON.stringify(auditedInterest({ ...interest, details: 'changed' }, key)), kept);
    // A guess hashed without the key confirms nothing.
    const unkeyed = createHash('sha256').update(JSON.stringify([interest.id, interest.body, interest.organisationId, interest.role, interest.details])).digest('hex').slice(0, 16);
    assert.ok(!kept.includes(unkeyed));
    assert.match(JSON.stringify(auditedInterest({ ...interest, sensitive: false, sensitiveAgreedBy: null })), /canary/, 'one that is not sensitive is audited as it is');
  });
});

describe('partnerConflicts: members with an interest in another partner (R-2.13)', () => {
  const members = [
    { personId: 'a', name: 'Cllr A', organisationId: 'council' },
    { personId: 'b', name: 'Dr B', organisationId: 'nhs' },
  ];
  const partners = [
    { organisationId: 'council', name: 'The council' },
    { organisationId: 'nhs', name: 'The NHS trust' },
  ];
  const i = (over: Partial<Interest>): Interest => ({ ...input(over), id: 'i', personId: 'a', organisationName: null, ...over });
  const cases: Array<[string, Interest[], string[]]> = [
    ['a councillor who is a trustee of the NHS partner', [i({ kind: 'fiduciary', role: 'trustee', organisationId: 'nhs' })], ['Cllr A has a registered interest in The NHS trust, a partner of this partnership: trustee (a fiduciary role). They declare it at each item concerning The NHS trust, and a prejudicial or pecuniary interest takes them out of that item’s vote and quorum (R-2.13)']],
    ['an interest in the partner they sit for', [i({ organisationId: 'council' })], []],
    ['an interest in an organisation that is not a partner', [i({ organisationId: 'police' })], []],
    ['an interest that has ended', [i({ organisationId: 'nhs', endsOn: '2026-02-01' })], []],
    ['one not begun yet', [i({ organisationId: 'nhs', startsOn: '2026-09-01' })], []],
    ['a sensitive one withheld from the reader (no organisation)', [i({ organisationId: null, sensitive: true })], []],
    ['someone else’s interest', [i({ personId: 'z', organisationId: 'nhs' })], []],
  ];
  for (const [name, interests, expected] of cases) {
    it(`R-2.13: ${name}`, () => assert.deepEqual(partnerConflicts(members, partners, interests, '2026-06-01').map((c) => c.message), expected));
  }
});

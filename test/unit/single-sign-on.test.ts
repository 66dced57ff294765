// Issue 10: single sign-on's rules in worked cases: who signs in, with which role, or why not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decideAccount,
  mustUseSingleSignOn,
  parseRoleMap,
  readIdentity,
  type AccountVerdict,
  type Identity,
  type SingleSignOnRules,
} from '../../src/domain/accounts/single-sign-on.ts';

const rules: SingleSignOnRules = {
  allowedTenants: ['tenant-1'],
  allowedDomains: ['council.gov.uk'],
  roleClaim: 'roles',
  roleMap: [['Accord.Admin', 'administrator'], ['Accord.Officer', 'officer']],
  newUsers: 'refuse',
};
const claims = { sub: 'abc', tid: 'tenant-1', email: 'Sam@Council.gov.uk', email_verified: true, name: 'Sam Jones', roles: ['Accord.Officer'] };

const IDENTITY_CASES: Array<[string, Record<string, unknown>, Partial<SingleSignOnRules>, Partial<Identity> | string]> = [
  ['an officer of the allowed tenant and domain', {}, {}, { subject: 'abc', email: 'Sam@Council.gov.uk', name: 'Sam Jones', mappedRole: 'officer' }],
  ['two mapped values: the first in the map wins', { roles: ['Accord.Officer', 'Accord.Admin'] }, {}, { mappedRole: 'administrator' }],
  ['a single string claim is read too', { roles: 'Accord.Admin' }, {}, { mappedRole: 'administrator' }],
  ['no mapped value: no role from the claims', { roles: ['Something.Else'] }, {}, { mappedRole: null }],
  ['no roles claim at all', { roles: undefined }, {}, { mappedRole: null }],
  ['groups as the role claim', { groups: ['g-officers'] }, { roleClaim: 'groups', roleMap: [['g-officers', 'officer']] }, { mappedRole: 'officer' }],
  ['another tenant: refused', { tid: 'tenant-2' }, {}, 'tenant-not-allowed'],
  ['no tenant claim while tenants are restricted: refused', { tid: undefined }, {}, 'tenant-not-allowed'],
  ['no tenant restriction: any tenant', { tid: 'tenant-2' }, { allowedTenants: [] }, { mappedRole: 'officer' }],
  ['a domain not allowed: refused', { email: 'sam@example.com' }, {}, 'domain-not-allowed'],
  ['domains compared without case', { email: 'sam@COUNCIL.GOV.UK' }, {}, { email: 'sam@COUNCIL.GOV.UK' }],
  ['a subdomain is not the domain', { email: 'sam@evil.council.gov.uk.example' }, {}, 'domain-not-allowed'],
  ['no domain restriction: any domain', { email: 'sam@example.com' }, { allowedDomains: [] }, { email: 'sam@example.com' }],
  ['an unverified email: refused', { email_verified: false }, {}, 'email-not-verified'],
  ['email_verified as the string "true" is not verified', { email_verified: 'true' }, {}, 'email-not-verified'],
  ['Entra ID’s xms_edov verifies it', { email_verified: undefined, xms_edov: true }, {}, { mappedRole: 'officer' }],
  ['no email: refused', { email: undefined }, {}, 'no-email'],
  ['not an email: refused', { email: 'sam' }, {}, 'no-email'],
  ['no subject: refused', { sub: undefined }, {}, 'no-subject'],
  ['no name: the email stands in', { name: '  ' }, {}, { name: 'Sam@Council.gov.uk' }],
];

describe('readIdentity', () => {
  for (const [name, change, ruleChange, expected] of IDENTITY_CASES) {
    it(name, () => {
      const verdict = readIdentity({ ...claims, ...change }, { ...rules, ...ruleChange });
      if (typeof expected === 'string') assert.deepEqual(verdict, { ok: false, reason: expected });
      else {
        assert.ok(verdict.ok, `refused: ${verdict.ok ? '' : verdict.reason}`);
        for (const [key, value] of Object.entries(expected)) assert.equal(verdict.identity[key as keyof Identity], value, key);
      }
    });
  }
});

const identity: Identity = { subject: 'abc', email: 'sam@council.gov.uk', name: 'Sam', mappedRole: 'officer' };
const ACCOUNT_CASES: Array<[string, Partial<Identity>, { role: 'officer' | 'auditor' | 'administrator'; active: boolean } | null, Partial<SingleSignOnRules>, AccountVerdict]> = [
  ['an existing officer stays an officer', {}, { role: 'officer', active: true }, {}, { ok: true, create: false, role: 'officer', roleChanged: false }],
  ['the claims changed the role: re-applied', {}, { role: 'auditor', active: true }, {}, { ok: true, create: false, role: 'officer', roleChanged: true }],
  ['no mapped role: the account keeps its role', { mappedRole: null }, { role: 'auditor', active: true }, {}, { ok: true, create: false, role: 'auditor', roleChanged: false }],
  ['a deactivated account: refused', {}, { role: 'officer', active: false }, {}, { ok: false, reason: 'deactivated' }],
  ['no account and new users refused', {}, null, {}, { ok: false, reason: 'new-users-refused' }],
  ['no account and no mapped role, new users refused', { mappedRole: null }, null, {}, { ok: false, reason: 'new-users-refused' }],
  ['no account, new users made: the mapped role', {}, null, { newUsers: 'auditor' }, { ok: true, create: true, role: 'officer' }],
  ['no account, no mapped role: the new users’ role', { mappedRole: null }, null, { newUsers: 'auditor' }, { ok: true, create: true, role: 'auditor' }],
];

describe('decideAccount', () => {
  for (const [name, change, existing, ruleChange, expected] of ACCOUNT_CASES) {
    it(name, () => assert.deepEqual(decideAccount({ ...identity, ...change }, existing, { ...rules, ...ruleChange }), expected));
  }
});

describe('mustUseSingleSignOn', () => {
  const CASES: Array<[string, string, boolean]> = [
    ['sam@council.gov.uk', 'a required domain', true],
    ['  SAM@Council.GOV.uk ', 'whatever the case and spaces', true],
    ['sam@nhs.example', 'another domain', false],
    ['sam@sub.council.gov.uk', 'a subdomain is another domain', false],
    ['council.gov.uk', 'no @: no domain', false],
  ];
  for (const [email, name, expected] of CASES) it(name, () => assert.equal(mustUseSingleSignOn(email, ['council.gov.uk']), expected));
  it('no required domains: never', () => assert.equal(mustUseSingleSignOn('sam@council.gov.uk', []), false));
});

describe('parseRoleMap', () => {
  it('reads claim=role pairs in order', () =>
    assert.deepEqual(parseRoleMap(' Accord.Admin=administrator, Accord.Officer = officer ,'), { ok: true, map: [['Accord.Admin', 'administrator'], ['Accord.Officer', 'officer']] }));
  it('a value may hold =', () => assert.deepEqual(parseRoleMap('a=b=officer'), { ok: true, map: [['a=b', 'officer']] }));
  it('refuses an unknown role', () => assert.deepEqual(parseRoleMap('X=boss'), { ok: false, message: '"boss" is not an Accord role' }));
  it('refuses an entry without =', () => assert.deepEqual(parseRoleMap('officer'), { ok: false, message: '"officer" is not claim-value=role' }));
});

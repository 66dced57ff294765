// Issue 10: single sign-on's settings stop the start with one clear line when they are wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

const ON = { OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0', OIDC_CLIENT_ID: 'accord', OIDC_CLIENT_SECRET: 's3cret', PUBLIC_URL: 'https://accord.council.gov.uk' };

describe('single sign-on settings', () => {
  it('off by default, with the defaults', () => {
    const c = loadConfig({});
    assert.equal(c.OIDC_ISSUER, undefined);
    assert.equal(c.OIDC_ROLE_CLAIM, 'roles');
    assert.equal(c.OIDC_NEW_USERS, 'refuse');
    assert.deepEqual(c.OIDC_ROLE_MAP, []);
    assert.equal(c.OIDC_BUTTON_LABEL, 'Sign in with your council account');
  });
  it('reads the lists and the role map', () => {
    const c = loadConfig({ ...ON, OIDC_ALLOWED_TENANTS: 't1, t2', OIDC_ALLOWED_DOMAINS: 'council.gov.uk', OIDC_ROLE_MAP: 'Accord.Admin=administrator', OIDC_NEW_USERS: 'councillor', OIDC_REQUIRED_DOMAINS: 'council.gov.uk' });
    assert.deepEqual(c.OIDC_ALLOWED_TENANTS, ['t1', 't2']);
    assert.deepEqual(c.OIDC_ROLE_MAP, [['Accord.Admin', 'administrator']]);
    assert.equal(c.OIDC_NEW_USERS, 'councillor');
  });
  it('an http:// issuer on loopback is allowed (the tests’ provider)', () => {
    assert.equal(loadConfig({ ...ON, OIDC_ISSUER: 'http://127.0.0.1:4000' }).OIDC_ISSUER, 'http://127.0.0.1:4000');
  });
  const BAD: Array<[string, Record<string, string>, RegExp]> = [
    ['an http:// issuer elsewhere', { OIDC_ISSUER: 'http://login.example.com' }, /^Invalid setting OIDC_ISSUER: OIDC_ISSUER must be an https:\/\//],
    ['not an address', { OIDC_ISSUER: 'login' }, /OIDC_ISSUER must be an https:\/\//],
    ['no client secret', { OIDC_CLIENT_SECRET: '' }, /OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/],
    ['no PUBLIC_URL', { PUBLIC_URL: '' }, /OIDC_ISSUER needs PUBLIC_URL/],
    ['an unknown role in the map', { OIDC_ROLE_MAP: 'Accord.Boss=boss' }, /OIDC_ROLE_MAP must be claim-value=role pairs.*"boss" is not an Accord role/],
    ['an unknown new users’ role', { OIDC_NEW_USERS: 'create' }, /OIDC_NEW_USERS must be refuse or a role/],
    ['a required domain that is not one', { OIDC_REQUIRED_DOMAINS: 'council' }, /OIDC_REQUIRED_DOMAINS must be email domains/],
    ['required domains without single sign-on', { OIDC_ISSUER: '', OIDC_REQUIRED_DOMAINS: 'council.gov.uk' }, /OIDC_REQUIRED_DOMAINS needs OIDC_ISSUER/],
  ];
  for (const [name, change, message] of BAD) {
    it(`refuses ${name}`, () => assert.throws(() => loadConfig({ ...ON, ...change }), (e: Error) => e instanceof ConfigError && message.test(e.message)));
  }
  it('never repeats the client secret in a message', () => {
    assert.throws(() => loadConfig({ ...ON, PUBLIC_URL: '' }), (e: Error) => !e.message.includes('s3cret'));
  });
});

// Issue 10: who may be invited to sign in as a partner representative, in worked cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invitationVerdict, type Invitee } from '../../src/domain/accounts/invitation.ts';

const base: Invitee = { name: 'Priya Shah', email: 'priya@nhs.example', organisationIsThisCouncil: false, account: null, emailTakenByAnotherAccount: false };
const rep = { role: 'partner-representative', active: true, hasPassword: false };

const CASES: Array<[string, Partial<Invitee>, { may: true; again: boolean } | RegExp]> = [
  ['a partner’s person with an email and no account: invited', {}, { may: true, again: false }],
  ['invited before, not yet accepted: invited again', { account: rep }, { may: true, again: true }],
  ['one of the council’s people: refused, administrators give council accounts', { organisationIsThisCouncil: true }, /one of the council’s people/],
  ['no email address: refused, add one first', { email: null }, /no email address for Priya Shah/],
  ['an account with a password already: refused', { account: { ...rep, hasPassword: true } }, /has an Accord account already/],
  ['a deactivated account: refused, reactivation is an administrator’s', { account: { ...rep, active: false } }, /deactivated/],
  ['an account of another role: refused', { account: { ...rep, role: 'officer' } }, /not a partner representative’s/],
  ['their address is another account’s: refused', { emailTakenByAnotherAccount: true }, /Another Accord account has the address priya@nhs.example/],
  ['the council’s person is refused before the missing email is mentioned', { organisationIsThisCouncil: true, email: null }, /one of the council’s people/],
];

describe('invitationVerdict (R-2.6)', () => {
  for (const [name, change, expected] of CASES) {
    it(name, () => {
      const verdict = invitationVerdict({ ...base, ...change });
      if (expected instanceof RegExp) {
        assert.equal(verdict.may, false);
        assert.match(verdict.may ? '' : verdict.reason, expected);
      } else assert.deepEqual(verdict, expected);
    });
  }
});

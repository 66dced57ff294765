import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removesLastAdministrator, type AdminChange } from '../../src/domain/accounts/administrators.ts';

describe('removesLastAdministrator: someone must always be able to manage users', () => {
  // [name, change, refused]
  const cases: Array<[string, AdminChange, boolean]> = [
    ['demoting the only administrator', { currentRole: 'administrator', currentActive: true, nextRole: 'officer', nextActive: true, activeAdministrators: 1 }, true],
    ['deactivating the only administrator', { currentRole: 'administrator', currentActive: true, nextRole: 'administrator', nextActive: false, activeAdministrators: 1 }, true],
    ['demoting and deactivating the only administrator', { currentRole: 'administrator', currentActive: true, nextRole: 'auditor', nextActive: false, activeAdministrators: 1 }, true],
    ['making the only administrator an auditor', { currentRole: 'administrator', currentActive: true, nextRole: 'auditor', nextActive: true, activeAdministrators: 1 }, true],
    ['a count of 0 (inconsistent data) still refuses', { currentRole: 'administrator', currentActive: true, nextRole: 'officer', nextActive: true, activeAdministrators: 0 }, true],
    ['demoting one of two administrators', { currentRole: 'administrator', currentActive: true, nextRole: 'officer', nextActive: true, activeAdministrators: 2 }, false],
    ['deactivating one of three administrators', { currentRole: 'administrator', currentActive: true, nextRole: 'administrator', nextActive: false, activeAdministrators: 3 }, false],
    ['renaming the only administrator (role and status unchanged)', { currentRole: 'administrator', currentActive: true, nextRole: 'administrator', nextActive: true, activeAdministrators: 1 }, false],
    ['demoting an inactive administrator', { currentRole: 'administrator', currentActive: false, nextRole: 'officer', nextActive: false, activeAdministrators: 1 }, false],
    ['reactivating an administrator', { currentRole: 'administrator', currentActive: false, nextRole: 'administrator', nextActive: true, activeAdministrators: 1 }, false],
    ['deactivating an officer while one administrator remains', { currentRole: 'officer', currentActive: true, nextRole: 'officer', nextActive: false, activeAdministrators: 1 }, false],
    ['promoting an officer', { currentRole: 'officer', currentActive: true, nextRole: 'administrator', nextActive: true, activeAdministrators: 1 }, false],
    ['changing an auditor to an officer', { currentRole: 'auditor', currentActive: true, nextRole: 'officer', nextActive: true, activeAdministrators: 1 }, false],
  ];
  for (const [name, change, expected] of cases) {
    it(`${name} → ${expected ? 'refused' : 'allowed'}`, () => {
      assert.equal(removesLastAdministrator(change), expected);
    });
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allows,
  can,
  isRole,
  MATRIX,
  partnershipReach,
  PERMISSIONS,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  type Access,
  type Permission,
  type Role,
} from '../../src/domain/access/roles.ts';

// The whole grant table, written out: adding a permission means deciding here who gets it, and how far.
// true: over every partnership; 'their-organisation': only those their organisation is a partner in.
type Expected = boolean | 'their-organisation';
const EXPECTED: Record<Permission, Record<Role, Expected>> = {
  'dashboard.view': { administrator: true, officer: true, auditor: true, 'partner-representative': true },
  'account.manage-own': { administrator: true, officer: true, auditor: true, 'partner-representative': true },
  'users.view': { administrator: true, officer: false, auditor: true, 'partner-representative': false },
  'users.manage': { administrator: true, officer: false, auditor: false, 'partner-representative': false },
  'audit.view': { administrator: true, officer: false, auditor: true, 'partner-representative': false },
  'register.view': { administrator: true, officer: true, auditor: true, 'partner-representative': 'their-organisation' },
  'register.manage': { administrator: true, officer: true, auditor: false, 'partner-representative': false },
  'directory.view': { administrator: true, officer: true, auditor: true, 'partner-representative': false },
  'people.invite': { administrator: true, officer: true, auditor: false, 'partner-representative': false },
  'priorities.manage': { administrator: true, officer: false, auditor: false, 'partner-representative': false },
  'register.delete': { administrator: true, officer: false, auditor: false, 'partner-representative': false },
  'configuration.view': { administrator: true, officer: false, auditor: true, 'partner-representative': false },
};

describe('MATRIX: how far each grant reaches', () => {
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const expected = EXPECTED[permission][role];
      it(`${role}: ${permission} → ${expected === true ? 'any' : expected || 'not granted'}`, () => {
        assert.equal(MATRIX[role][permission], expected === true ? 'any' : expected === false ? undefined : expected);
      });
    }
  }
  it('a partner representative reads only partnerships in reach; everyone else every one', () => {
    assert.equal(partnershipReach('partner-representative'), 'their-organisation');
    for (const role of ['administrator', 'officer', 'auditor'] as const) assert.equal(partnershipReach(role), 'any');
  });
});

describe('can: the grant table', () => {
  it('covers every permission', () => {
    assert.deepEqual([...PERMISSIONS].sort(), Object.keys(EXPECTED).sort());
  });
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) {
      const expected = EXPECTED[permission][role];
      it(`${role} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        assert.equal(can(role, permission), expected !== false);
      });
    }
  }
});

describe('allows: what a route declares, against who is asking', () => {
  const cases: Array<[Access, Role | null, boolean]> = [
    ['public', null, true],
    ['public', 'officer', true],
    ['signed-in', null, false],
    ['signed-in', 'administrator', true],
    ['signed-in', 'officer', true],
    ['signed-in', 'auditor', true],
    ['dashboard.view', null, false],
    ['users.view', null, false],
    ['users.manage', null, false],
  ];
  for (const permission of PERMISSIONS) {
    for (const role of ROLES) cases.push([permission, role, EXPECTED[permission][role] !== false]);
  }
  for (const [access, role, expected] of cases) {
    it(`${access} for ${role ?? 'nobody signed in'} → ${expected ? 'allowed' : 'denied'}`, () => {
      assert.equal(allows(access, role), expected);
    });
  }
});

describe('internal audit reads and changes nothing', () => {
  it('the auditor holds no .manage permission (only its own password, account.manage-own)', () => {
    const managing = PERMISSIONS.filter((p) => /\.manage$/.test(p));
    assert.ok(managing.length > 0, 'there are .manage permissions to withhold');
    for (const p of managing) assert.equal(can('auditor', p), false, p);
    const granted = PERMISSIONS.filter((p) => can('auditor', p));
    assert.ok(granted.every((p) => p.endsWith('.view') || p === 'account.manage-own'), granted.join(', '));
  });

  it('the auditor may view everything an administrator may view', () => {
    for (const p of PERMISSIONS.filter((p) => p.endsWith('.view'))) assert.equal(can('auditor', p), can('administrator', p), p);
  });

  it('the administrator holds every permission', () => {
    for (const p of PERMISSIONS) assert.equal(can('administrator', p), true, p);
  });
});

describe('isRole and labels', () => {
  const cases: Array<[unknown, boolean]> = [
    ['administrator', true],
    ['officer', true],
    ['auditor', true],
    ['Administrator', false],
    ['admin', false],
    ['', false],
    [null, false],
    [undefined, false],
    [1, false],
    [['officer'], false],
    ['toString', false],
  ];
  for (const [value, expected] of cases) {
    it(`isRole(${JSON.stringify(value)}) → ${expected}`, () => assert.equal(isRole(value), expected));
  }

  it('every role has a label and a description', () => {
    for (const role of ROLES) {
      assert.ok(ROLE_LABELS[role]?.length, role);
      assert.ok(ROLE_DESCRIPTIONS[role]?.length, role);
    }
    assert.equal(ROLE_LABELS.auditor, 'Internal audit');
  });
});

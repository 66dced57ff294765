import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allows,
  can,
  isRole,
  limitedReachOf,
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
type Expected = boolean | 'their-organisation' | 'their-partnerships';
// Columns: administrator, officer, sponsoring officer, councillor, scrutiny, monitoring officer, internal audit, partner representative.
const row = (...v: Expected[]): Record<Role, Expected> => ({
  administrator: v[0]!, officer: v[1]!, 'sponsoring-officer': v[2]!, councillor: v[3]!, scrutiny: v[4]!, 'monitoring-officer': v[5]!, auditor: v[6]!, 'partner-representative': v[7]!,
});
const EXPECTED: Record<Permission, Record<Role, Expected>> = {
  'dashboard.view': row(true, true, true, true, true, true, true, true),
  'account.manage-own': row(true, true, true, true, true, true, true, true),
  'users.view': row(true, false, false, false, false, false, true, false),
  'users.manage': row(true, false, false, false, false, false, false, false),
  'audit.view': row(true, false, false, false, false, false, true, false),
  'register.view': row(true, true, true, true, true, true, true, 'their-organisation'),
  // a sponsoring officer keeps the partnerships they are part of.
  'register.manage': row(true, true, 'their-partnerships', false, false, false, false, false),
  'directory.view': row(true, true, true, true, true, true, true, false),
  'people.invite': row(true, true, false, false, false, false, false, false),
  'priorities.manage': row(true, false, false, false, false, false, false, false),
  'register.delete': row(true, false, false, false, false, false, false, false),
  'configuration.view': row(true, false, false, false, false, false, true, false),
  // the monitoring officer keeps the registers of interests, with officers; sensitive ones only they and administrators read.
  'interests.manage': row(true, true, false, false, false, true, false, false),
  'interests.sensitive': row(true, false, false, false, false, true, false, false),
  // R-2.9: partner representatives submit their own indicators' measurements (checked against the indicator).
  'performance.submit': row(true, true, 'their-partnerships', false, false, false, false, 'their-organisation'),
  // What's due across every partnership: those who answer for them all (administrators, sponsoring officers) and internal audit.
  'council-due.view': row(true, false, true, false, false, false, true, false),
  // the council's risk matrix is set by administrators alone.
  'risk-matrix.manage': row(true, false, false, false, false, false, false, false),
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
    for (const role of ROLES.filter((r) => r !== 'partner-representative')) assert.equal(partnershipReach(role), 'any');
  });
  it('no role’s grants use two different limited reaches (the principal carries one list of ids)', () => {
    for (const role of ROLES) {
      const limited = new Set(Object.values(MATRIX[role]).filter((r) => r !== 'any'));
      assert.ok(limited.size <= 1, `${role}: ${[...limited].join(', ')}`);
      assert.equal(limitedReachOf(role), [...limited][0] ?? null);
    }
  });
});

describe('allows: a limited grant reaches only partnerships, except reading, whose lists it filters', () => {
  const CASES: Array<[Role, Access, boolean, boolean]> = [
    // role, access, under a partnership, allowed
    ['sponsoring-officer', 'register.manage', true, true],
    ['sponsoring-officer', 'register.manage', false, false],
    ['sponsoring-officer', 'register.view', false, true],
    ['partner-representative', 'register.view', false, true],
    ['partner-representative', 'register.view', true, true],
    ['officer', 'register.manage', false, true],
    ['councillor', 'register.manage', true, false],
    ['scrutiny', 'directory.view', false, true],
    ['monitoring-officer', 'users.view', false, false],
  ];
  for (const [role, access, under, expected] of CASES) {
    it(`${role} ${expected ? 'may' : 'may not'} reach a route of ${access} ${under ? 'under a partnership' : 'elsewhere'}`, () => {
      assert.equal(allows(access, role, under), expected);
    });
  }
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
    // Elsewhere than under a partnership, a limited grant opens only reading (the filtered lists).
    for (const role of ROLES) cases.push([permission, role, EXPECTED[permission][role] === true || (EXPECTED[permission][role] !== false && permission === 'register.view')]);
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

// Who may do what. Pure data: routes declare a permission; roles grant permissions.

export const ROLES = ['administrator', 'officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: 'Administrator',
  officer: 'Officer',
  auditor: 'Internal audit',
};

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  administrator: 'Manages users and roles and everything officers can do.',
  officer: 'Works on partnerships: registers them, keeps their partners, people and money up to date.',
  auditor: 'Reads everything and changes nothing (internal audit).',
};

export const PERMISSIONS = [
  'dashboard.view',
  'account.manage-own',
  'users.view',
  'users.manage',
  'audit.view',
  /** The register: partnerships, organisations, people; reading and exporting. */
  'register.view',
  /** Registering and changing partnerships, organisations and people. */
  'register.manage',
  /** The council's corporate priorities (R-2.5b). */
  'priorities.manage',
  /** Deleting a partnership entered by mistake, while nothing refers to it: administrators only. */
  'register.delete',
  /** Reading the protocol configuration in force (PROTOCOL_CONFIG or the defaults): administrators, and internal audit, who reads everything. */
  'configuration.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ONLY: readonly Permission[] = ['dashboard.view', 'account.manage-own', 'users.view', 'audit.view', 'register.view', 'configuration.view'];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  administrator: PERMISSIONS,
  officer: ['dashboard.view', 'account.manage-own', 'register.view', 'register.manage'],
  // Internal audit reads everywhere and changes nothing but its own password.
  auditor: READ_ONLY,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * What a route requires. `public`: anyone, signed in or not. `signed-in`: any active user.
 * Otherwise a permission. Routes that declare nothing are denied (deny by default).
 */
export type Access = 'public' | 'signed-in' | Permission;

export function allows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signed-in') return true;
  return can(role, access);
}

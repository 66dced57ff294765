// Who may do what: one declarative matrix, role × permission × reach. Routes declare a permission; the
// matrix grants it to a role over a reach of partnerships. The code (can, partnershipScope), the
// generated docs/permissions.md and the authorization tests all read this one table.

export const ROLES = ['administrator', 'officer', 'auditor', 'partner-representative'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: 'Administrator',
  officer: 'Officer',
  auditor: 'Internal audit',
  'partner-representative': 'Partner representative',
};

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  administrator: 'Manages users and roles and everything officers can do.',
  officer: 'Works on partnerships: registers them, keeps their partners, people and money up to date.',
  auditor: 'Reads everything and changes nothing (internal audit).',
  'partner-representative':
    'Someone from a partner organisation (R-2.6): reads the partnerships their organisation is a partner in, with their papers and compliance, and nothing else. Their account is linked to their record under People.',
};

export const PERMISSIONS = [
  'dashboard.view',
  'account.manage-own',
  'users.view',
  'users.manage',
  'audit.view',
  /** The register: partnerships and everything under them; reading and exporting. */
  'register.view',
  /** Registering and changing partnerships, organisations and people. */
  'register.manage',
  /** The council's directories: every organisation, person and corporate priority, whoever they work with. */
  'directory.view',
  /** Inviting a partner organisation's people to sign in, as partner representatives. */
  'people.invite',
  /** The council's corporate priorities (R-2.5b). */
  'priorities.manage',
  /** Deleting a partnership entered by mistake, while nothing refers to it: administrators only. */
  'register.delete',
  /** Reading the protocol configuration in force (PROTOCOL_CONFIG or the defaults): administrators, and internal audit, who reads everything. */
  'configuration.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  'dashboard.view': 'See the home page',
  'account.manage-own': 'Change their own password and API tokens',
  'users.view': 'See the users and their roles',
  'users.manage': 'Add users, change their roles, set passwords',
  'audit.view': 'Read and download the audit trail',
  'register.view': 'Read and download partnerships: the register, each partnership’s pages, documents, compliance and history',
  'register.manage': 'Register and change partnerships, their partners, people, papers and compliance records',
  'directory.view': 'Read the directories of organisations, people and corporate priorities',
  'people.invite': 'Invite people from partner organisations to sign in to Accord, as partner representatives',
  'priorities.manage': 'Keep the council’s corporate priorities',
  'register.delete': 'Delete a partnership entered by mistake',
  'configuration.view': 'Read the protocol configuration in force',
};

/**
 * How far a grant reaches. `any`: every partnership (and what is not a partnership's: users, the audit
 * trail). `their-organisation`: the partnerships in which the organisation of the person linked to the
 * user's account is a partner, found from the register's own records (src/db/repositories/reach.repo.ts);
 * any other partnership does not exist for them (404).
 */
export const REACHES = ['any', 'their-organisation'] as const;
export type Reach = (typeof REACHES)[number];

export const REACH_LABELS: Readonly<Record<Reach, string>> = {
  any: 'Every partnership',
  'their-organisation': 'Only the partnerships their organisation is a partner in',
};

type Grants = Readonly<Partial<Record<Permission, Reach>>>;
const every = (permissions: readonly Permission[]): Grants => Object.fromEntries(permissions.map((p) => [p, 'any' as const]));

const READ_ONLY: readonly Permission[] = ['dashboard.view', 'account.manage-own', 'users.view', 'audit.view', 'register.view', 'directory.view', 'configuration.view'];

export const MATRIX: Readonly<Record<Role, Grants>> = {
  administrator: every(PERMISSIONS),
  officer: every(['dashboard.view', 'account.manage-own', 'register.view', 'register.manage', 'directory.view', 'people.invite']),
  // Internal audit reads everywhere and changes nothing but its own password.
  auditor: every(READ_ONLY),
  // A partner's staff see their own partnerships and nothing of the council's beyond them.
  'partner-representative': { 'dashboard.view': 'any', 'account.manage-own': 'any', 'register.view': 'their-organisation' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role][permission] !== undefined;
}

/** How far the role's reading of partnerships reaches; null when it reads none. */
export function partnershipReach(role: Role): Reach | null {
  return MATRIX[role]['register.view'] ?? null;
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

// Who may do what: one declarative matrix, role × permission × reach. Routes declare a permission; the
// matrix grants it to a role over a reach of partnerships. The code (can, partnershipScope), the
// generated docs/permissions.md and the authorization tests all read this one table.

export const ROLES = ['administrator', 'officer', 'sponsoring-officer', 'councillor', 'scrutiny', 'monitoring-officer', 'auditor', 'partner-representative'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: 'Administrator',
  officer: 'Officer',
  'sponsoring-officer': 'Sponsoring officer',
  councillor: 'Councillor',
  scrutiny: 'Overview and Scrutiny',
  'monitoring-officer': 'Monitoring officer',
  auditor: 'Internal audit',
  'partner-representative': 'Partner representative',
};

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  administrator: 'Manages users and roles and everything officers can do.',
  officer: 'Works on partnerships: registers them, keeps their partners, people and money up to date.',
  'sponsoring-officer':
    'A Head of Service responsible for applying the protocol to their partnerships (R-2.16): reads the register and keeps the partnerships they are sponsoring officer, accountable officer or council representative of.',
  councillor: 'An elected member: reads the register and the council’s directories. Their part in meetings and decisions arrives with them.',
  scrutiny: 'Overview and Scrutiny members and officers (R-2.17): read the register and the council’s directories, to scrutinise partnerships.',
  'monitoring-officer': 'The monitoring officer (R-2.13): reads the register and the council’s directories, keeps people’s registers of interests and reads the sensitive ones.',
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
  /** Keeping people's registers of interests: the monitoring officer, officers and administrators. */
  'interests.manage',
  /** Reading sensitive interests, withheld from everyone else but the person whose interest it is. */
  'interests.sensitive',
  /** Submitting an outcome indicator's measurements: a partner's representatives, for the indicators their organisation supplies. */
  'performance.submit',
  /** What is due across every partnership (reports, measurements, reviews, refreshes, actions), not only one's own: administrators, sponsoring officers and internal audit. */
  'council-due.view',
  /** Setting the council's risk matrix: its scales, bands and review intervals; administrators only. */
  'risk-matrix.manage',
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
  'interests.manage': 'Keep people’s registers of interests',
  'interests.sensitive': 'Read sensitive interests (withheld from everyone else but the person themselves)',
  'performance.submit': 'Submit the measurements of outcome indicators: a partner’s representatives only for the indicators their organisation supplies',
  'council-due.view': 'See what is due and overdue across every partnership, whoever it falls to',
  'risk-matrix.manage': 'Set the council’s risk matrix: its scales, bands and how often each band is reviewed',
};

/**
 * How far a grant reaches. `any`: every partnership (and what is not a partnership's: users, the audit
 * trail). The limited reaches are found from the register's own records (src/db/repositories/reach.repo.ts)
 * through the person linked to the user's account. `their-organisation`: the partnerships in which that
 * person's organisation is a partner. `their-partnerships`: those the person is sponsoring officer,
 * accountable officer or a council representative of. A partnership outside a role's reading reach does
 * not exist for them (404); one they may read but not change under a limited grant is refused (403).
 * A limited grant reaches only partnerships: on a route that is no one partnership's (registering a new
 * one, the directories) it grants nothing, except reading, whose lists it filters.
 */
export const REACHES = ['any', 'their-organisation', 'their-partnerships'] as const;
export type Reach = (typeof REACHES)[number];
export type LimitedReach = Exclude<Reach, 'any'>;

export const REACH_LABELS: Readonly<Record<Reach, string>> = {
  any: 'Every partnership',
  'their-organisation': 'Only the partnerships their organisation is a partner in',
  'their-partnerships': 'Only the partnerships they are sponsoring officer, accountable officer or council representative of',
};

type Grants = Readonly<Partial<Record<Permission, Reach>>>;
const every = (permissions: readonly Permission[]): Grants => Object.fromEntries(permissions.map((p) => [p, 'any' as const]));

const READ_ONLY: readonly Permission[] = ['dashboard.view', 'account.manage-own', 'users.view', 'audit.view', 'register.view', 'directory.view', 'configuration.view', 'council-due.view'];
/** The council's members and statutory officers read the register and its directories. */
const COUNCIL_READER: readonly Permission[] = ['dashboard.view', 'account.manage-own', 'register.view', 'directory.view'];

export const MATRIX: Readonly<Record<Role, Grants>> = {
  administrator: every(PERMISSIONS),
  officer: every(['dashboard.view', 'account.manage-own', 'register.view', 'register.manage', 'directory.view', 'people.invite', 'interests.manage', 'performance.submit']),
  // the Head of Service applies the protocol to their own partnerships: reads all, keeps theirs.
  'sponsoring-officer': { ...every([...COUNCIL_READER, 'council-due.view']), 'register.manage': 'their-partnerships', 'performance.submit': 'their-partnerships' },
  councillor: every(COUNCIL_READER),
  scrutiny: every(COUNCIL_READER),
  // the monitoring officer keeps the registers of interests and alone (with administrators) reads the sensitive ones.
  'monitoring-officer': every([...COUNCIL_READER, 'interests.manage', 'interests.sensitive']),
  // Internal audit reads everywhere and changes nothing but its own password.
  auditor: every(READ_ONLY),
  // A partner's staff see their own partnerships and nothing of the council's beyond them.
  // and submit the measurements of the indicators their organisation supplies (checked against the indicator).
  'partner-representative': { 'dashboard.view': 'any', 'account.manage-own': 'any', 'register.view': 'their-organisation', 'performance.submit': 'their-organisation' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role][permission] !== undefined;
}

/** How far the role's grant of a permission reaches; null when it is not granted. */
export function reachOf(role: Role, permission: Permission): Reach | null {
  return MATRIX[role][permission] ?? null;
}

/** How far the role's reading of partnerships reaches; null when it reads none. */
export function partnershipReach(role: Role): Reach | null {
  return reachOf(role, 'register.view');
}

/**
 * The one limited reach a role's grants use, if any: its partnerships are found once per request and
 * carried by the principal. A role with two different limited reaches would need both found; none has
 * one, and a test keeps it so.
 */
export function limitedReachOf(role: Role): LimitedReach | null {
  for (const reach of Object.values(MATRIX[role])) if (reach !== 'any') return reach;
  return null;
}

/** Permissions whose limited grant still opens the lists beyond one partnership (filtered to the reach). */
const FILTERED_WHEN_LIMITED: ReadonlySet<Permission> = new Set(['register.view']);

/** Whether a grant opens a route that is no one partnership's (limited reaches reach only partnerships). */
export function reachesBeyondPartnerships(role: Role, permission: Permission): boolean {
  const reach = reachOf(role, permission);
  return reach === 'any' || (reach !== null && FILTERED_WHEN_LIMITED.has(permission));
}

/**
 * What a route requires. `public`: anyone, signed in or not. `signed-in`: any active user.
 * Otherwise a permission. Routes that declare nothing are denied (deny by default).
 */
export type Access = 'public' | 'signed-in' | Permission;

/**
 * Whether a route's access lets the role in. `underPartnership`: the route is one partnership's (its
 * address names it), where a limited grant may apply and the scope hook then checks that partnership is
 * in the reach; elsewhere a limited grant opens only the filtered lists (reachesBeyondPartnerships).
 */
export function allows(access: Access, role: Role | null, underPartnership = false): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signed-in') return true;
  if (!can(role, access)) return false;
  return underPartnership || reachesBeyondPartnerships(role, access);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

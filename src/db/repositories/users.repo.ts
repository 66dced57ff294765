// Users: rows ⇄ domain. Every write takes the transaction explicitly.
import type { Db, Trx } from '../database.ts';
import type { Selectable } from 'kysely';
import type { UsersTable } from '../schema.ts';
import type { Role } from '../../domain/access/roles.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
  /** An administrator set the password: the user must choose their own before doing anything else. */
  mustChangePassword: boolean;
  /** Linked to a single sign-on account (issuer and subject, migration 0018). */
  signsInWithSso: boolean;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

function toUser(row: Selectable<UsersTable>): UserWithHash {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    active: Number(row.active) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordChangedAt: row.password_changed_at,
    mustChangePassword: Number(row.must_change_password) === 1,
    signsInWithSso: Boolean(row.sso_subject),
    passwordHash: row.password_hash,
  };
}

export function withoutHash(user: UserWithHash): User {
  const { passwordHash: _omit, ...rest } = user;
  return rest;
}

type Reader = Db | Trx;

export async function countUsers(db: Reader): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdministrators(db: Reader): Promise<number> {
  const row = await db
    .selectFrom('users')
    .where('role', '=', 'administrator')
    .where('active', '=', 1)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserById(db: Reader, id: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUserByEmail(db: Reader, emailNormalised: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email_normalised', '=', emailNormalised).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function listUsers(db: Reader): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('name').orderBy('id').execute();
  return rows.map((r) => withoutHash(toUser(r)));
}

export interface NewUserRow {
  id: string;
  email: string;
  emailNormalised: string;
  name: string;
  role: Role;
  passwordHash: string;
  now: string;
}

export async function insertUser(trx: Trx, u: NewUserRow): Promise<void> {
  await trx
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email,
      email_normalised: u.emailNormalised,
      name: u.name,
      role: u.role,
      password_hash: u.passwordHash,
      active: 1,
      created_at: u.now,
      updated_at: u.now,
      password_changed_at: u.now,
    })
    .execute();
}

export interface UserDetailsRow {
  email: string;
  emailNormalised: string;
  name: string;
  role: Role;
  active: boolean;
  now: string;
}

export async function updateUserDetails(trx: Trx, id: string, u: UserDetailsRow): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      email: u.email,
      email_normalised: u.emailNormalised,
      name: u.name,
      role: u.role,
      active: u.active ? 1 : 0,
      updated_at: u.now,
    })
    .where('id', '=', id)
    .execute();
}

/** mustChange: set by an administrator, so the user must change it at their next sign-in. */
export async function updatePasswordHash(trx: Trx, id: string, passwordHash: string, now: string, mustChange = false): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now, must_change_password: mustChange ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** Single sign-on: the user linked to this provider account, if any. */
export async function findUserBySsoIdentity(db: Reader, issuer: string, subject: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('sso_issuer', '=', issuer).where('sso_subject', '=', subject).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** Single sign-on: links a user to a provider account (the unique index keeps it to one user). */
export async function linkSsoIdentity(trx: Trx, id: string, issuer: string, subject: string, now: string): Promise<void> {
  await trx.updateTable('users').set({ sso_issuer: issuer, sso_subject: subject, updated_at: now }).where('id', '=', id).execute();
}

/** Single sign-on: the role the provider's claims map to, re-applied at sign-in. */
export async function updateUserRole(trx: Trx, id: string, role: Role, now: string): Promise<void> {
  await trx.updateTable('users').set({ role, updated_at: now }).where('id', '=', id).execute();
}

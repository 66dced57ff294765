// Test data made through the real use cases, so it is audited like anything else.
import type { AppDeps } from '../../src/app/deps.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createUser } from '../../src/app/users.service.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import type { AccordApp } from '../../src/web/app.ts';
import { Client } from './app.ts';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;

export async function makeUser(deps: AppDeps, role: Role, overrides: Partial<{ email: string; name: string; password: string }> = {}): Promise<User> {
  counter += 1;
  return createUser(deps, SYSTEM, {
    email: overrides.email ?? `${role}.${counter}.${Date.now()}@example.gov.uk`,
    name: overrides.name ?? `Test ${role} ${counter}`,
    role,
    password: overrides.password ?? PASSWORD,
  });
}

/** A client signed in through the real sign-in form. */
export async function signedIn(app: AccordApp, user: { email: string }, password = PASSWORD): Promise<Client> {
  const client = new Client(app);
  const res = await client.post('/sign-in', { email: user.email, password }, { from: '/sign-in' });
  if (res.statusCode !== 303) throw new Error(`sign-in failed with ${res.statusCode}`);
  return client;
}

// A signed-in client without going through the sign-in form: a session row made directly, as signing
// in would make it, so tests needing many sessions spend no time hashing passwords.
import { randomBytes } from 'node:crypto';
import { hashSessionToken } from '../../src/app/sessions.service.ts';
import type { Database } from '../../src/db/database.ts';
import { insertSession } from '../../src/db/repositories/sessions.repo.ts';
import type { AccordApp } from '../../src/web/app.ts';
import { SESSION_COOKIE } from '../../src/web/plugins/session.ts';
import { Client } from './app.ts';

export async function quickSession(app: AccordApp, database: Database, user: { id: string }, now = new Date()): Promise<Client> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await insertSession(database.db, { idHash: hashSessionToken(token), userId: user.id, createdAt: at, lastSeenAt: at });
  const client = new Client(app);
  client.cookies.set(SESSION_COOKIE, token);
  return client;
}

// A server killed mid-upload leaves nothing behind (decision 45): a real Accord process, SIGKILLed while
// a request streams a document into it, leaves no document, version or chunk row and no final file; only
// its temporary file, which the sweep removes once it is an hour old. Both storages, on SQLite (one file
// shared by the test and the server) and on PostgreSQL (a schema of its own).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { SYSTEM } from '../../src/app/deps.ts';
import { DocumentStore, SWEEP_AFTER_MS } from '../../src/app/document-store.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { csrfFrom, startApp, TEST_SECRET } from '../helpers/app.ts';
import { dialectsUnderTest, POSTGRES_URL } from '../helpers/databases.ts';
import { multipart, pdfOfSize } from '../helpers/documents.ts';
import { makeUser, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { eventually, freePort, startServer } from '../helpers/server-process.ts';
import { seedRegister } from './api-helpers.ts';

const AUDIT_KEY = 'test-audit-key-that-is-long-enough-0123456789';

async function openFor(dialect: 'sqlite' | 'postgres', dir: string) {
  if (dialect === 'sqlite') {
    const file = join(dir, 'accord.sqlite');
    return { database: Database.sqlite(file), url: `sqlite:${file}`, drop: async () => {} };
  }
  const schema = `accord_doc_crash_${randomBytes(4).toString('hex')}`;
  const admin = Database.postgres(POSTGRES_URL!, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const url = new URL(POSTGRES_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const database = Database.postgres(POSTGRES_URL!, { searchPath: schema, max: 2 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}

for (const dialect of dialectsUnderTest()) {
  for (const storage of ['database', 'directory'] as const) {
    describe(`a server killed mid-upload, documents kept in the ${storage} [${dialect}]`, () => {
      it('leaves no row, no chunk and no final file; the sweep removes its temporary file after an hour', async (t) => {
        const dir = mkdtempSync(join(tmpdir(), 'accord-doc-crash-'));
        t.after(() => rmSync(dir, { recursive: true, force: true }));
        const spool = join(dir, storage === 'directory' ? 'documents' : 'tmp');
        mkdirSync(spool, { recursive: true });
        const { database, url, drop } = await openFor(dialect, dir);
        t.after(drop);
        await migrateToLatest(database);

        // A partnership and a signed-in officer with the upload form's token, made in-process on the same database.
        const app = await startApp(database, storage === 'directory' ? { env: { DOCUMENTS_DIR: spool } } : {});
        const r = await seedRegister(app.deps);
        const p = await createPartnership(app.deps, SYSTEM, partnershipDetails({ name: 'Killed mid-upload', partners: [{ organisationId: r.council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' }] }));
        const officer = await signedIn(app.app, await makeUser(app.deps, 'officer'));
        const path = `/partnerships/${p.id}/documents/new`;
        await officer.get(path);
        const token = csrfFrom(officer.lastPage);
        const cookie = [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        await app.close();

        const port = await freePort();
        // TMPDIR: where the database storage spools, so this test sees (and sweeps) its temporary file alone.
        const server = startServer(t, { DATABASE_URL: url, SESSION_SECRET: TEST_SECRET, AUDIT_KEY, PORT: String(port), DATA_DIR: dir, TMPDIR: spool, ...(storage === 'directory' && { DOCUMENTS_DIR: spool }) });
        await server.waitFor(/Accord is ready/, 30_000);

        const file = pdfOfSize(3 * 1024 * 1024);
        const fields = [
          { name: '_csrf', value: token },
          { name: 'title', value: 'Never kept' },
          { name: 'type', value: 'contract' },
          { name: 'effectiveFrom-day', value: '1' },
          { name: 'effectiveFrom-month', value: '4' },
          { name: 'effectiveFrom-year', value: '2026' },
        ];
        const { payload, contentType } = multipart([...fields, { name: 'file', filename: 'contract.pdf', content: file }]);
        const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers: { cookie, 'content-type': contentType, 'content-length': String(payload.length) } });
        req.on('error', () => {});
        // Most of it, never the end: the server is streaming the file when it is killed.
        req.write(payload.subarray(0, payload.length - 1024 * 1024));
        const temporary = () => readdirSync(join(spool, storage === 'directory' ? '' : 'accord-uploads')).filter((n) => n.startsWith('.upload-'));
        await eventually(() => {
          try {
            return temporary().some((n) => statSync(join(spool, storage === 'directory' ? '' : 'accord-uploads', n)).size > 1024 * 1024);
          } catch {
            return false;
          }
        }, 'the upload streaming into its temporary file');
        server.kill('SIGKILL');
        await server.exited();
        req.destroy();

        const db = database.db;
        for (const table of ['documents', 'document_versions', 'document_chunks'] as const) {
          const { n } = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
          assert.equal(Number(n), 0, `no row in ${table}`);
        }
        if (storage === 'directory') assert.deepEqual(readdirSync(spool).filter((n) => n.endsWith('.document')), [], 'no final file');
        assert.equal(temporary().length, 1, 'only the temporary file is left');

        const store = new DocumentStore({ directory: storage === 'directory' ? spool : null, spoolDirectory: join(spool, 'accord-uploads'), maxBytes: 20 * 1024 * 1024 });
        assert.equal(await store.sweep(db), 0, 'not swept while it may still be an upload under way');
        assert.equal(await store.sweep(db, Date.now() + SWEEP_AFTER_MS + 1000), 1, 'swept once an hour old');
        assert.deepEqual(temporary(), []);
      });
    });
  }
}

// npm run docs:permissions: writes docs/permissions.md from the permission matrix and the app's routes.
import { writeFileSync } from 'node:fs';
import { createAuditKey } from '../src/app/audit-chain.ts';
import { systemClock } from '../src/app/deps.ts';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/db/database.ts';
import { loadAssets } from '../src/web/assets.ts';
import { buildApp } from '../src/web/app.ts';
import { permissionsDocument } from '../src/web/permissions-doc.ts';

const database = Database.memory();
const app = await buildApp({
  config: loadConfig({ COUNCIL_NAME: 'Accord' }),
  database,
  // Nothing is served or signed: the app is built only to list its routes.
  sessionSecret: 'permissions-document-only-not-a-real-secret-0123456789',
  auditKey: createAuditKey('permissions-document-only-not-a-real-key-0123456789'),
  logger: false,
  clock: systemClock,
  assets: await loadAssets(),
});
await app.ready();
writeFileSync(new URL('../docs/permissions.md', import.meta.url), permissionsDocument(app.routeDeclarations));
await app.close();
await database.close();
console.log('Wrote docs/permissions.md');

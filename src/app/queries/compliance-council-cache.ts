// The council's evaluated compliance, kept between requests until something changes (R-2.9: the
// dashboard "renders in well under a second for 1,000 partnerships", also under load). Evaluating every
// partnership is the dashboard's cost (about a quarter of a second of CPU for 1,000, most of it the engine
// building 50 findings each), and the dashboard, its downloads and GET /api/v1/compliance are read far more
// often than the register changes. Every change to the data is a command with its audit event, and every
// audit event moves the chain's head (seq and hash, one row): so the head, the day (attestations and
// exceptions expire by date) and the configuration say whether an evaluation still holds. The head is read
// before the rows: a change committed in between is then kept under the older head and evaluated again on
// the next request, never missed. Requests that arrive while an evaluation runs share it.
import { readAuditHead } from '../../db/repositories/audit.repo.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { ProtocolConfig } from '../../domain/protocol-config/schema.ts';
import type { Db } from '../../db/database.ts';
import { complianceOf, type PartnershipComplianceRow } from './compliance.queries.ts';

/** Scopes kept per database: every role sees the whole council today; a few scoped principals later. */
const KEPT = 8;

interface Entry {
  stamp: string;
  config: ProtocolConfig;
  result: Promise<readonly PartnershipComplianceRow[]>;
}

/** Per database handle, so each app (and each test's app) keeps its own. */
const kept = new WeakMap<Db, Map<string, Entry>>();

const scopeKey = (scope: PartnershipScope) => (scope.kind === 'all' ? 'all' : `only:${[...scope.partnershipIds].sort().join(',')}`);

/**
 * complianceOf for every partnership in `scope`, evaluated again only when the audit chain has moved, the
 * day has changed or the configuration is another. The rows are shared: callers must not change them.
 */
export async function councilComplianceKept(db: Db, scope: PartnershipScope, config: ProtocolConfig, today: string): Promise<readonly PartnershipComplianceRow[]> {
  const head = await readAuditHead(db);
  const stamp = `${head.seq}:${head.hash}:${today}`;
  let entries = kept.get(db);
  if (!entries) kept.set(db, (entries = new Map()));
  const key = scopeKey(scope);
  const entry = entries.get(key);
  if (entry && entry.stamp === stamp && entry.config === config) return entry.result;

  const result = complianceOf(db, scope, 'all', config, today).then((rows) => Object.freeze(rows));
  const fresh: Entry = { stamp, config, result };
  entries.delete(key);
  entries.set(key, fresh);
  if (entries.size > KEPT) entries.delete(entries.keys().next().value!);
  // A failed evaluation is not kept: the next request tries again.
  result.catch(() => {
    if (entries.get(key) === fresh) entries.delete(key);
  });
  return result;
}

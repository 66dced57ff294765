// a batch of audit events made into the page's (and the exports') rows: the records' current
// names read once per batch, each event described in the words of its record's History tab.
import type { Database } from '../../../db/database.ts';
import { recordNamesOf, type AuditEvent } from '../../../app/audit-trail.ts';
import type { User } from '../../../db/repositories/users.repo.ts';
import { formatDateTime } from '../../plugins/views.ts';
import { riskMatrixInForce } from '../../../app/queries/risk-register.queries.ts';
import { trailDescribers } from './describers.ts';
import { trailRow, type TrailRow } from './trail.view-model.ts';

export interface TrailExportRow extends TrailRow {
  /** The time as the page shows it, in UK time. */
  whenText: string;
}

export async function trailRows(
  database: Database,
  events: readonly AuditEvent[],
  users: readonly User[],
  trailHref: (params: Record<string, string>) => string,
): Promise<TrailExportRow[]> {
  const [names, riskMatrix] = await Promise.all([recordNamesOf(database, events), riskMatrixInForce({ database })]);
  const describerFor = trailDescribers(new Map(users.map((u) => [u.id, u.name])), { riskMatrix });
  const userIds = new Set(users.map((u) => u.id));
  return events.map((e) => ({ ...trailRow(e, { describerFor, names, userIds, trailHref }), whenText: formatDateTime(e.occurredAt) }));
}

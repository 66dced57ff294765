// the audit trail as a spreadsheet: the page's columns in the same plain words, and
// what internal audit needs to trace and check each event: its number, its exact time in UTC, the
// request it came from and its hash in the chain.
import type { Column } from './columns.ts';

export interface AuditExportRow {
  seq: number;
  /** ISO-8601 UTC, as recorded and hashed. */
  occurredAt: string;
  /** The same time as the page shows it, in UK time. */
  whenText: string;
  who: string;
  action: string;
  recordType: string;
  recordName: string;
  lines: readonly string[];
  requestId: string;
  hash: string;
}

export const AUDIT_EXPORT_COLUMNS: readonly Column<AuditExportRow>[] = [
  { header: 'Event number', width: 10, kind: 'integer', value: (r) => r.seq },
  { header: 'When (UK time)', width: 26, kind: 'text', value: (r) => r.whenText },
  { header: 'Time (UTC)', width: 26, kind: 'text', value: (r) => r.occurredAt },
  { header: 'Who', width: 36, kind: 'text', value: (r) => r.who },
  { header: 'What', width: 24, kind: 'text', value: (r) => r.action },
  { header: 'Record type', width: 18, kind: 'text', value: (r) => r.recordType },
  { header: 'Record', width: 40, kind: 'text', value: (r) => r.recordName },
  // One change a line, as the page lists them.
  { header: 'Changes', width: 80, kind: 'text', value: (r) => r.lines.join('\n') },
  { header: 'Request id', width: 28, kind: 'text', value: (r) => r.requestId },
  { header: 'Hash', width: 66, kind: 'text', value: (r) => r.hash },
];

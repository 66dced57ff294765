// the compliance dashboard's download, one row per partnership and finding (reference, name,
// status, tier, requirement id, clause, title, result, reason, evidence, fix) with the dashboard's filters,
// as CSV (formula-safe: a reason or name typed as =cmd() is shown, never run) and as an Excel workbook.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { complianceExport, complianceExportFilename, complianceExportRows, type ExportableFinding } from '../../src/app/exports/compliance-export.ts';
import type { PartnershipCompliance } from '../../src/domain/compliance/dashboard.ts';
import { DEFAULT_COMPLIANCE_QUERY, type ComplianceQuery } from '../../src/domain/compliance/dashboard-query.ts';
import { COMPLIANCE_EXPORT_HEADERS } from '../../src/domain/export/compliance-columns.ts';

const SECTION = '2.6: arrangements that must be in place';
const finding = (requirementId: string, result: ExportableFinding['result'], over: Partial<ExportableFinding> = {}): ExportableFinding => ({
  requirementId,
  clause: '2.6',
  title: `Title of ${requirementId}`,
  section: SECTION,
  result,
  reason: `Reason for ${requirementId} (protocol 2.6)`,
  evidence: [],
  ...over,
});

const COUNCIL: PartnershipCompliance<ExportableFinding>[] = [
  {
    partnership: { id: 'b', reference: 'PTN-2026-0002', name: '=HYPERLINK("http://evil")', status: 'operating', legalForm: 'latco', tier: 'significant' },
    findings: [
      finding('R-2.6.1', 'gap', { reason: '=cmd|/c calc!A1 no accountable officer (protocol 2.6)', fix: { href: '/partnerships/b/edit', text: 'Name the accountable officer' } }),
      finding('R-2.6.3', 'pass', { evidence: ['Business case recorded on 1 April 2026', 'Evidence base: survey'] }),
    ],
  },
  {
    partnership: { id: 'a', reference: 'PTN-2026-0001', name: 'Riverside Health', status: 'approved', legalForm: 'informal', tier: 'minor' },
    findings: [finding('R-2.6.1', 'not-applicable', { reason: 'An informal minor arrangement (protocol 2.7)' })],
  },
];

async function text(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const query = (over: Partial<ComplianceQuery> = {}): ComplianceQuery => ({ ...DEFAULT_COMPLIANCE_QUERY, ...over });

describe('the compliance download (R-2.6.11)', () => {
  it('is named for what it holds and the UK day', () => {
    assert.equal(complianceExportFilename(new Date('2026-06-30T23:30:00Z'), 'csv'), 'compliance-2026-07-01.csv');
  });

  it('CSV: a header, then one row per partnership and finding by reference, every cell formula-safe', async () => {
    const csv = (await text(await complianceExport(COUNCIL, query(), 'csv', new Date()))).toString('utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark for Excel');
    const rows = parse(csv.slice(1)) as string[][];
    assert.deepEqual(rows[0], [...COMPLIANCE_EXPORT_HEADERS]);
    assert.deepEqual(rows[0], ['Reference', 'Name', 'Status', 'Tier', 'Requirement', 'Clause', 'Title', 'Result', 'Reason', 'Evidence', 'Fix']);
    assert.deepEqual(rows.slice(1).map((r) => [r[0], r[4], r[7]]), [
      ['PTN-2026-0001', 'R-2.6.1', 'Not applicable'],
      ['PTN-2026-0002', 'R-2.6.1', 'Gap'],
      ['PTN-2026-0002', 'R-2.6.3', 'Met'],
    ]);
    const gap = rows[2]!;
    assert.equal(gap[1], `'=HYPERLINK("http://evil")`, 'a name that is a formula is shown as text');
    assert.equal(gap[8], "'=cmd|/c calc!A1 no accountable officer (protocol 2.6)");
    assert.equal(gap[10], 'Name the accountable officer (/partnerships/b/edit)');
    assert.equal(gap[2], 'Operating');
    assert.equal(rows[3]![9], 'Business case recorded on 1 April 2026; Evidence base: survey');
  });

  it('keeps the dashboard’s filters: the requirement’s gaps only', async () => {
    const batches = [];
    for await (const b of complianceExportRows(COUNCIL, query({ requirement: 'R-2.6.1', result: 'gap' }))) batches.push(...b);
    assert.deepEqual(batches.map((r) => [r.reference, r.requirementId, r.result]), [['PTN-2026-0002', 'R-2.6.1', 'gap']]);
    const minor = [];
    for await (const b of complianceExportRows(COUNCIL, query({ tier: ['minor'] }))) minor.push(...b);
    assert.deepEqual(minor.map((r) => r.reference), ['PTN-2026-0001']);
  });

  it('hands the rows over in batches', async () => {
    const sizes = [];
    for await (const b of complianceExportRows(COUNCIL, query(), 2)) sizes.push(b.length);
    assert.deepEqual(sizes, [2, 1]);
  });

  it('XLSX: the same header and rows as text cells, a frozen bold header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await text(await complianceExport(COUNCIL, query(), 'xlsx', new Date('2026-04-01T12:00:00Z')))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Compliance')!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...COMPLIANCE_EXPORT_HEADERS]);
    assert.equal(sheet.getRow(1).font?.bold, true);
    assert.equal(sheet.rowCount, 4);
    const gap = sheet.getRow(3);
    assert.equal(gap.getCell(2).type, ExcelJS.ValueType.String, 'a formula typed as a name stays text');
    assert.equal(gap.getCell(2).value, '=HYPERLINK("http://evil")');
    assert.equal(gap.getCell(5).value, 'R-2.6.1');
    assert.equal(gap.getCell(8).value, 'Gap');
  });
});

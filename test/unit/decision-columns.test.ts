// R-2.8a, R-2.6.11: the decisions register's columns, which make both its CSV and its workbook: the headers in
// order, each decision's cells in words (the outcome as the meeting's page words it, the type of decision,
// Yes/No for key decision and confidential), the meeting's day as a date, anything a spreadsheet would run
// neutralised in the CSV and kept as typed text in the workbook; and the download's filename.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decisionsExport, decisionsExportFilename } from '../../src/app/exports/decisions-export.ts';
import { OUTCOME_LABELS, OUTCOMES } from '../../src/domain/decisions/outcome.ts';
import { csvRecordOf } from '../../src/domain/export/columns.ts';
import { DECISION_EXPORT_COLUMNS, DECISION_EXPORT_HEADERS, decisionTypeInWords, outcomeInWords, type DecisionRegisterRow } from '../../src/domain/export/decision-columns.ts';

const row = (over: Partial<DecisionRegisterRow> = {}): DecisionRegisterRow => ({
  partnershipId: 'p1',
  partnershipReference: 'P-2026-001',
  partnershipName: 'Safer Streets Partnership',
  meetingId: 'm1',
  meetingTitle: 'Partnership Board',
  meetsOn: '2027-03-18',
  itemId: 'i1',
  title: 'Grant to the winter programme',
  motion: 'That the board approves a grant of £12,000.',
  decisionType: 'financial-commitment',
  keyDecision: true,
  confidential: false,
  outcome: 'carried-on-casting-vote',
  explanation: 'Carried on the chair’s casting vote: 2 for, 2 against (R-2.8a).',
  decidedAt: '2027-03-18T15:02:00.000Z',
  ...over,
});

async function* batches(...rows: DecisionRegisterRow[][]): AsyncGenerator<DecisionRegisterRow[]> {
  for (const r of rows) yield r;
}

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}

describe('the decisions register’s columns', () => {
  it('has the headers in order: partnership, meeting and its day, item and motion, type, flags, outcome and why', () => {
    assert.deepEqual(DECISION_EXPORT_HEADERS, [
      'Partnership reference',
      'Partnership',
      'Meeting date',
      'Meeting',
      'Item',
      'Motion',
      'Type of decision',
      'Key decision',
      'Confidential',
      'Outcome',
      'Explanation',
      'Vote recorded (UTC)',
    ]);
    assert.equal(DECISION_EXPORT_COLUMNS.find((c) => c.header === 'Meeting date')?.kind, 'date');
  });

  it('words each decision as the meeting’s page does', () => {
    assert.deepEqual(csvRecordOf(DECISION_EXPORT_COLUMNS, row()), [
      'P-2026-001',
      'Safer Streets Partnership',
      '2027-03-18',
      'Partnership Board',
      'Grant to the winter programme',
      'That the board approves a grant of £12,000.',
      'Financial commitment',
      'Yes',
      'No',
      'Carried on the casting vote',
      'Carried on the chair’s casting vote: 2 for, 2 against (R-2.8a).',
      '2027-03-18T15:02:00.000Z',
    ]);
    for (const o of OUTCOMES) assert.equal(outcomeInWords(o), OUTCOME_LABELS[o]);
    assert.equal(outcomeInWords('lost-on-tie'), 'Lost on a tie');
    // An outcome it does not know is shown as kept, not dropped.
    assert.equal(outcomeInWords('adjourned'), 'adjourned');
    assert.equal(decisionTypeInWords(null), 'For information');
    const confidential = csvRecordOf(DECISION_EXPORT_COLUMNS, row({ confidential: true, keyDecision: false, motion: null }));
    assert.deepEqual([confidential[5], confidential[7], confidential[8]], ['', 'No', 'Yes']);
  });

  it('neutralises in the CSV what a spreadsheet would run, and keeps it as text in the workbook', async () => {
    const hostile = row({ title: '=HYPERLINK("http://evil.example","x")', motion: '+cmd|/c calc', explanation: '@SUM(A1)', partnershipName: '-2+3' });
    const cells = csvRecordOf(DECISION_EXPORT_COLUMNS, hostile);
    assert.equal(cells[4], `'=HYPERLINK("http://evil.example","x")`);
    assert.equal(cells[5], `'+cmd|/c calc`);
    assert.equal(cells[10], `'@SUM(A1)`);
    assert.equal(cells[1], `'-2+3`);

    const csv = (await bytes(await decisionsExport(batches([hostile], [row({ itemId: 'i2' })]), 'csv', new Date('2027-03-20T10:00:00Z')))).toString('utf8');
    assert.ok(csv.startsWith('\uFEFF'));
    const records = parse(csv.slice(1)) as string[][];
    assert.deepEqual(records[0], [...DECISION_EXPORT_HEADERS]);
    assert.equal(records.length, 3, 'the header and both batches');
    assert.equal(records[1]![4], `'=HYPERLINK("http://evil.example","x")`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(await decisionsExport(batches([hostile]), 'xlsx', new Date('2027-03-20T10:00:00Z')))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Decisions')!;
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [...DECISION_EXPORT_HEADERS]);
    assert.equal(sheet.getRow(2).getCell(5).value, '=HYPERLINK("http://evil.example","x")', 'a text cell, never a formula');
    assert.equal((sheet.getRow(2).getCell(3).value as Date).toISOString(), '2027-03-18T00:00:00.000Z');
  });

  it('names the download for the register and the UK day it was made', () => {
    // 23:30 UTC on 31 March 2027 is 1 April in London (BST).
    const now = new Date('2027-03-31T23:30:00Z');
    assert.equal(decisionsExportFilename(now, 'csv'), 'decisions-register-2027-04-01.csv');
    assert.equal(decisionsExportFilename(now, 'xlsx', 'P-2026-001'), 'decisions-register-P-2026-001-2027-04-01.xlsx');
    assert.equal(decisionsExportFilename(now, 'csv', 'P 2026/"001"'), 'decisions-register-P-2026--001--2027-04-01.csv');
  });
});

// Documents' rules, table-driven: a file is judged by its bytes, not its name (R-2.7doc, decision 45); a
// download's name is safe; the current version is the latest in effect (R-2.7(n)).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentInspector, MESSAGES, formatOfName, zipEntryNames } from '../../src/domain/documents/content-signature.ts';
import { attachmentDisposition, safeFilename } from '../../src/domain/documents/filename.ts';
import { currentVersion } from '../../src/domain/documents/versions.ts';
import { SAMPLES, zip } from '../helpers/documents.ts';

/** Feeds the bytes in pieces of `step`, as a stream would, and gives the verdict. */
function judge(filename: string, bytes: Buffer, step = 7): string {
  const inspector = new ContentInspector(filename);
  for (let i = 0; i < bytes.length; i += step) inspector.push(bytes.subarray(i, i + step));
  const verdict = inspector.finish();
  return verdict.ok ? `ok ${verdict.format.mediaType}` : verdict.message;
}

const pdf = formatOfName('a.pdf')!;
const docx = formatOfName('a.docx')!;
const xlsx = formatOfName('a.xlsx')!;
const odt = formatOfName('a.odt')!;
const ods = formatOfName('a.ods')!;
const txt = formatOfName('a.txt')!;
const csv = formatOfName('a.csv')!;

describe('the content signature (R-2.7doc): each allowed kind accepted by its bytes', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['agreement.pdf', SAMPLES.pdf, `ok ${pdf.mediaType}`],
    ['Agreement.PDF', SAMPLES.pdf, `ok ${pdf.mediaType}`],
    ['agreement.docx', SAMPLES.docx, `ok ${docx.mediaType}`],
    ['budget.xlsx', SAMPLES.xlsx, `ok ${xlsx.mediaType}`],
    ['agreement.odt', SAMPLES.odt, `ok ${odt.mediaType}`],
    ['budget.ods', SAMPLES.ods, `ok ${ods.mediaType}`],
    ['notes.txt', SAMPLES.txt, `ok ${txt.mediaType}`],
    ['contributions.csv', SAMPLES.csv, `ok ${csv.mediaType}`],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      assert.equal(judge(name, bytes), expected);
      assert.equal(judge(name, bytes, 1), expected, 'a byte at a time');
      assert.equal(judge(name, bytes, 1 << 20), expected, 'all at once');
    });
  }
});

describe('the content signature refuses what is not the document its name says', () => {
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 1)]);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 0)]);
  const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
  const cases: Array<[string, string, Buffer, string]> = [
    ['a renamed .exe', 'agreement.pdf', exe, MESSAGES.program],
    ['a renamed .exe as text', 'notes.txt', exe, MESSAGES.program],
    ['a renamed ELF program', 'agreement.docx', elf, MESSAGES.program],
    ['HTML renamed .pdf', 'agreement.pdf', html, MESSAGES.webPage],
    ['HTML renamed .txt', 'notes.txt', Buffer.from('  <html><body>hi</body></html>'), MESSAGES.webPage],
    ['an empty file', 'agreement.pdf', Buffer.alloc(0), MESSAGES.empty],
    ['an empty text file', 'notes.txt', Buffer.alloc(0), MESSAGES.empty],
    ['text with a NUL byte', 'notes.txt', Buffer.from('terms\u0000of reference'), MESSAGES.text(txt)],
    ['text that is not UTF-8', 'data.csv', Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x0a]), MESSAGES.text(csv)],
    ['UTF-8 cut off mid-character', 'notes.txt', Buffer.from([0x61, 0xe2, 0x82]), MESSAGES.text(txt)],
    ['a ZIP named .pdf', 'agreement.pdf', SAMPLES.docx, MESSAGES.mismatch(pdf)],
    ['a PDF named .docx', 'agreement.docx', SAMPLES.pdf, MESSAGES.mismatch(docx)],
    ['an ODT named .docx (ODF, not OOXML)', 'agreement.docx', SAMPLES.odt, MESSAGES.mismatch(docx)],
    ['a DOCX named .odt', 'agreement.odt', SAMPLES.docx, MESSAGES.mismatch(odt)],
    ['an ODS named .odt (the mimetype entry says spreadsheet)', 'agreement.odt', SAMPLES.ods, MESSAGES.mismatch(odt)],
    ['a DOCX named .xlsx (no xl/ part)', 'budget.xlsx', SAMPLES.docx, MESSAGES.mismatch(xlsx)],
    ['a plain ZIP named .docx', 'agreement.docx', zip([['readme.txt', 'hello']]), MESSAGES.mismatch(docx)],
    ['a ZIP with no central directory', 'agreement.docx', SAMPLES.docx.subarray(0, 60), MESSAGES.mismatch(docx)],
    ['an executable by name', 'setup.exe', SAMPLES.pdf, MESSAGES.notAllowed],
    ['HTML by name', 'page.html', html, MESSAGES.notAllowed],
    ['no extension', 'agreement', SAMPLES.pdf, MESSAGES.notAllowed],
    ['a double extension ending in .exe', 'agreement.pdf.exe', SAMPLES.pdf, MESSAGES.notAllowed],
  ];
  for (const [what, name, bytes, expected] of cases) {
    it(what, () => {
      assert.equal(judge(name, bytes), expected);
      assert.equal(judge(name, bytes, 1), expected, 'a byte at a time');
    });
  }

  it('refuses a program from its first bytes, before the rest has arrived', () => {
    const inspector = new ContentInspector('agreement.pdf');
    assert.equal(inspector.push(exe.subarray(0, 8)), MESSAGES.program);
  });

  it('reads a ZIP central directory’s names from its last bytes, and none from bytes that are not a ZIP', () => {
    assert.deepEqual(zipEntryNames(SAMPLES.xlsx, SAMPLES.xlsx.length), ['docProps/app.xml', 'xl/workbook.xml', '[Content_Types].xml']);
    assert.equal(zipEntryNames(SAMPLES.pdf, SAMPLES.pdf.length), null);
  });
});

describe('a download’s filename is safe', () => {
  const cases: Array<[string, string, string]> = [
    ['../../a"b\r\n.pdf', 'pdf', 'ab.pdf'],
    ['C:\\Users\\x\\Agreement 2026.pdf', 'pdf', 'Agreement 2026.pdf'],
    ['.htaccess', 'txt', 'htaccess.txt'],
    ['report.html', 'pdf', 'report.pdf'],
    ['', 'pdf', 'document.pdf'],
    ['"";.pdf', 'pdf', 'document.pdf'],
    ['Café accord — draft.docx', 'docx', 'Café accord — draft.docx'],
    [`${'x'.repeat(300)}.pdf`, 'pdf', `${'x'.repeat(116)}.pdf`],
  ];
  for (const [original, ext, expected] of cases) it(JSON.stringify(original), () => assert.equal(safeFilename(original, ext), expected));

  it('is always an attachment, ASCII in filename and UTF-8 in filename*, with nothing that ends the header', () => {
    const header = attachmentDisposition(safeFilename('../../a"b\r\n.pdf', 'pdf'));
    assert.equal(header, `attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`);
    const unicode = attachmentDisposition('Café accord.pdf');
    assert.equal(unicode, `attachment; filename="Cafe_ accord.pdf"; filename*=UTF-8''Caf%C3%A9%20accord.pdf`);
    assert.doesNotMatch(unicode, /[\r\n]/);
  });
});

describe('the current version is the latest in effect (R-2.7(n))', () => {
  const v = (number: number, effectiveFrom: string) => ({ number, effectiveFrom });
  const cases: Array<[string, Array<ReturnType<typeof v>>, number | null]> = [
    ['one version in effect', [v(1, '2026-01-01')], 1],
    ['an amendment in effect replaces it', [v(1, '2026-01-01'), v(2, '2026-03-01')], 2],
    ['an amendment taking effect later is not yet current', [v(1, '2026-01-01'), v(2, '2026-07-01')], 1],
    ['an amendment taking effect today is current', [v(1, '2026-01-01'), v(2, '2026-04-01')], 2],
    ['a later upload backdated before the current one does not replace it', [v(1, '2026-03-01'), v(2, '2026-02-01')], 1],
    ['two on the same day: the higher number', [v(1, '2026-03-01'), v(2, '2026-03-01')], 2],
    ['none in effect yet', [v(1, '2026-05-01')], null],
    ['no versions', [], null],
  ];
  for (const [name, versions, expected] of cases) it(name, () => assert.equal(currentVersion(versions, '2026-04-01')?.number ?? null, expected));
});

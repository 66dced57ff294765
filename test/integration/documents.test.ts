// Documents (R-2.7doc, R-2.7(n), R-2.6.3) on both databases and both storages (the database, and
// DOCUMENTS_DIR): upload through the page's multipart form (CSRF first), download the same bytes with the
// SHA-256 recorded, the download's headers (attachment, a safe name, nosniff), versions and the current
// version, refusals at the field with nothing kept (a renamed program, too large), internal audit reads
// but cannot upload, an unknown partnership is 404, and the audit event holds metadata only.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { documentsOf } from '../../src/app/queries/documents.queries.ts';
import { MESSAGES } from '../../src/domain/documents/content-signature.ts';
import type { PartnershipView } from '../../src/domain/register/records.ts';
import { csrfFrom, startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { multipart, pdfOfSize, SAMPLES, type Part } from '../helpers/documents.ts';
import { makeUser, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { escapeHtml, summaryLinks } from '../helpers/html.ts';
import { seedRegister, type Register } from './api-helpers.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Posts a multipart form as the client's browser would: its cookies, the CSRF token of the page it is on, first. */
export async function postUpload(t: TestApp, client: Client, url: string, parts: readonly Part[], options: { from?: string; csrf?: string | null } = {}): Promise<LightMyRequestResponse> {
  if (options.from) await client.get(options.from);
  const token = options.csrf === null ? null : (options.csrf ?? csrfFrom(client.lastPage));
  const { payload, contentType } = multipart(token === null ? parts : [{ name: '_csrf', value: token }, ...parts]);
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': contentType }, payload });
}

export const documentParts = (overrides: Partial<Record<string, string>> = {}, file: { filename: string; content: Buffer } | null = { filename: 'agreement.pdf', content: SAMPLES.pdf }): Part[] => {
  const fields = { title: 'Partnership agreement', type: 'partnership-agreement', section: 'element-b', 'effectiveFrom-day': '1', 'effectiveFrom-month': '4', 'effectiveFrom-year': '2026', ...overrides };
  return [...Object.entries(fields).map(([name, value]) => ({ name, value: value! })), ...(file ? [{ name: 'file', ...file }] : [])];
};

async function counts(t: TestApp) {
  const db = t.deps.database.db;
  const n = async (table: 'documents' | 'document_versions' | 'document_chunks') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { documents: await n('documents'), versions: await n('document_versions'), chunks: await n('document_chunks') };
}

for (const storage of ['database', 'directory'] as const) {
  forEachDatabase(`documents kept in the ${storage} (R-2.7doc, R-2.7(n))`, (ctx) => {
    let t: TestApp;
    let r: Register;
    let officer: Client;
    let auditor: Client;
    let dir: string | null = null;
    let n = 0;
    const partnership = (): Promise<PartnershipView> =>
      createPartnership(t.deps, SYSTEM, partnershipDetails({ name: `Documents ${storage} ${++n}`, partners: [{ organisationId: r.council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' }] }));
    const files = () => (dir ? readdirSync(dir) : []);

    before(async () => {
      if (storage === 'directory') dir = mkdtempSync(join(tmpdir(), 'accord-documents-'));
      t = await startApp(ctx.database, { env: { DOCUMENT_MAX_MB: '1', ...(dir && { DOCUMENTS_DIR: dir }) } });
      r = await seedRegister(t.deps);
      officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
      auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    });
    after(async () => {
      await t.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('R-2.7doc: uploads a document, lists it, and downloads the same bytes as an attachment with nosniff and the SHA-256 recorded', async () => {
      const p = await partnership();
      const form = await officer.get(`/partnerships/${p.id}/documents/new`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /enctype="multipart\/form-data"/);
      const res = await postUpload(t, officer, `/partnerships/${p.id}/documents/new`, documentParts({}, { filename: '../..\\a"b;\t\u0001.pdf', content: SAMPLES.pdf }));
      assert.equal(res.statusCode, 303, /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(res.body)?.[1]);
      const location = String(res.headers.location);
      assert.match(location, new RegExp(`^/partnerships/${p.id}/documents/[0-9a-f-]{36}$`));
      const documentId = location.split('/').at(-1)!;

      const list = await officer.get(`/partnerships/${p.id}/documents`);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /href="[^"]+\/documents" aria-current="page"/);
      assert.match(list.body, /Partnership agreement/);
      assert.match(list.body, /\(b\) Aims and objectives/);
      assert.match(list.body, /Version 1, in effect from 1 April 2026/);

      for (const client of [officer, auditor]) {
        const download = await client.get(`/partnerships/${p.id}/documents/${documentId}/versions/1/download`);
        assert.equal(download.statusCode, 200);
        assert.deepEqual(download.rawPayload, SAMPLES.pdf, 'the same bytes');
        assert.equal(download.headers['content-type'], 'application/pdf');
        assert.equal(download.headers['x-content-type-options'], 'nosniff');
        assert.equal(download.headers['content-disposition'], `attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`, 'a hostile name made safe');
      }
      const [version] = await t.deps.database.db.selectFrom('document_versions').selectAll().where('document_id', '=', documentId).execute();
      assert.equal(version!.sha256, sha256(SAMPLES.pdf));
      assert.equal(version!.storage, storage);
      assert.equal(version!.filename, 'ab.pdf');
      if (storage === 'directory') assert.deepEqual(files(), [`${version!.id}.document`], 'the file under the version’s id, no temporary file left');
      else assert.equal((await counts(t)).chunks >= 1, true);

      // audited with the partnership, metadata only.
      const events = await historyOf(ctx.database, 'document', documentId);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.partnershipId, p.id);
      assert.deepEqual(events[0]!.after, { title: 'Partnership agreement', type: 'partnership-agreement', section: 'element-b', version: 1, effectiveFrom: '2026-04-01', filename: 'ab.pdf', mediaType: 'application/pdf', sizeBytes: SAMPLES.pdf.length, sha256: sha256(SAMPLES.pdf), storage });
      const history = await officer.get(`/partnerships/${p.id}/history`);
      assert.ok(history.body.includes(escapeHtml('Uploaded document Partnership agreement')));
    });

    it('R-2.7(n): a new version with a later effective date is on record, and current once it takes effect', async () => {
      const p = await partnership();
      const res = await postUpload(t, officer, `/partnerships/${p.id}/documents/new`, documentParts({ title: 'Terms of reference', type: 'terms-of-reference', section: '', 'effectiveFrom-year': '2025' }, { filename: 'terms.docx', content: SAMPLES.docx }), { from: `/partnerships/${p.id}/documents/new` });
      assert.equal(res.statusCode, 303);
      const documentId = String(res.headers.location).split('/').at(-1)!;
      const amended = Buffer.from('Terms of reference, amended\n');
      const later = await postUpload(t, officer, `/partnerships/${p.id}/documents/${documentId}/versions/new`, [{ name: 'effectiveFrom-day', value: '1' }, { name: 'effectiveFrom-month', value: '1' }, { name: 'effectiveFrom-year', value: '2199' }, { name: 'file', filename: 'terms v2.txt', content: amended }], { from: `/partnerships/${p.id}/documents/${documentId}/versions/new` });
      assert.equal(later.statusCode, 303, later.body.slice(0, 1500));
      const page = await officer.get(`/partnerships/${p.id}/documents/${documentId}`);
      assert.match(page.body, /Version 1, in effect from 1 April 2025/, 'the amendment taking effect in 2199 is not current yet');
      assert.match(page.body, /terms v2\.txt/);
      const current = (await documentsOf(t.deps.database.db, [p.id])).get(p.id)!;
      assert.deepEqual(current.map((d) => [d.title, d.version, d.effectiveFrom]), [['Terms of reference', 1, '2025-04-01']]);
      const then = (await documentsOf(t.deps.database.db, [p.id], '2199-01-01')).get(p.id)!;
      assert.deepEqual(then.map((d) => [d.version, d.effectiveFrom]), [[2, '2199-01-01']]);
      const v2 = await officer.get(`/partnerships/${p.id}/documents/${documentId}/versions/2/download`);
      assert.deepEqual(v2.rawPayload, amended);
      assert.equal(v2.headers['content-type'], 'text/plain; charset=utf-8');
      const events = await historyOf(ctx.database, 'document', documentId);
      assert.deepEqual(events.map((e) => e.action).sort(), ['created', 'version-added']);
    });

    it('R-2.6.3: the business case lists its evidence documents under "Evidence base", with a link to upload one (its type chosen)', async () => {
      const p = await partnership();
      const empty = await officer.get(`/partnerships/${p.id}/business-case`);
      assert.match(empty.body, /Evidence base/);
      assert.match(empty.body, /No evidence documents have been uploaded/);
      const link = `/partnerships/${p.id}/documents/new?type=business-case-evidence`;
      assert.ok(empty.body.includes(`href="${escapeHtml(link)}"`));
      const form = await officer.get(link);
      assert.match(form.body, /<option value="business-case-evidence" selected>/);
      const res = await postUpload(t, officer, `/partnerships/${p.id}/documents/new`, documentParts({ title: 'Options appraisal', type: 'business-case-evidence', section: '' }, { filename: 'appraisal.xlsx', content: SAMPLES.xlsx }));
      assert.equal(res.statusCode, 303);
      await postUpload(t, officer, `/partnerships/${p.id}/documents/new`, documentParts({ title: 'Not evidence', type: 'contract' }), { from: `/partnerships/${p.id}/documents/new` });
      const page = await officer.get(`/partnerships/${p.id}/business-case`);
      assert.match(page.body, /Options appraisal<\/a>, version 1, in effect from 1 April 2026/);
      assert.doesNotMatch(page.body, /Not evidence/);
      assert.doesNotMatch((await auditor.get(`/partnerships/${p.id}/business-case`)).body, /Upload an evidence document/, 'internal audit reads, no upload link');
    });

    it('refuses a renamed program, a web page, a form with no file and an oversized file at the field (400, error summary, text kept), keeping nothing', async () => {
      const p = await partnership();
      const before = await counts(t);
      const url = `/partnerships/${p.id}/documents/new`;
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(5000, 7)]);
      const cases: Array<[string, Part[], string[], string]> = [
        ['a renamed program', documentParts({ title: 'Kept title' }, { filename: 'agreement.pdf', content: exe }), ['file'], MESSAGES.program],
        ['a web page named .pdf', documentParts({ title: 'Kept title' }, { filename: 'agreement.pdf', content: Buffer.from('<html><script>x</script></html>') }), ['file'], MESSAGES.webPage],
        ['no file chosen', documentParts({ title: 'Kept title' }, { filename: '', content: Buffer.alloc(0) }), ['file'], 'Select the file to upload'],
        // The multipart parser drops a file part whose name holds a line break (../../a"b\r\n.pdf): not received, so not kept.
        ['a name with a line break', documentParts({ title: 'Kept title' }, { filename: '../../a"b\r\n.pdf', content: SAMPLES.pdf }), ['file'], 'Select the file to upload'],
        ['too large (DOCUMENT_MAX_MB 1)', documentParts({ title: 'Kept title' }, { filename: 'big.pdf', content: pdfOfSize(1024 * 1024 + 1) }), ['file'], 'The selected file must be smaller than 1MB'],
        ['a bad type and date, and a good file', documentParts({ title: 'Kept title', type: 'minutes', 'effectiveFrom-month': '13' }), ['type', 'effectiveFrom-day', 'file'], 'Select the file again'],
      ];
      for (const [what, parts, fields, message] of cases) {
        const res = await postUpload(t, officer, url, parts, { from: url });
        assert.equal(res.statusCode, 400, what);
        assert.deepEqual(summaryLinks(res.body), fields, what);
        assert.ok(res.body.includes(escapeHtml(message)), `${what}: ${message}`);
        assert.match(res.body, /value="Kept title"/, `${what}: the title kept`);
      }
      assert.deepEqual(await counts(t), before, 'no rows, no chunks');
      if (dir) assert.equal(files().filter((f) => !f.endsWith('.document')).length, 0, 'no temporary file left');
    });

    it('CSRF: a multipart post without the token first is refused (403) and keeps nothing', async () => {
      const p = await partnership();
      const before = await counts(t);
      const url = `/partnerships/${p.id}/documents/new`;
      await officer.get(url);
      const token = csrfFrom(officer.lastPage);
      const late = await postUpload(t, officer, url, [...documentParts(), { name: '_csrf', value: token }], { csrf: null });
      assert.equal(late.statusCode, 403);
      const none = await postUpload(t, officer, url, documentParts(), { csrf: null });
      assert.equal(none.statusCode, 403);
      const wrong = await postUpload(t, officer, url, documentParts(), { csrf: 'not-a-token' });
      assert.equal(wrong.statusCode, 403);
      assert.deepEqual(await counts(t), before);
    });

    it('internal audit reads the documents but cannot upload (403); an unknown partnership or document is 404', async () => {
      const p = await partnership();
      const list = await auditor.get(`/partnerships/${p.id}/documents`);
      assert.equal(list.statusCode, 200);
      assert.doesNotMatch(list.body, /Upload a document/);
      assert.equal((await auditor.get(`/partnerships/${p.id}/documents/new`)).statusCode, 403);
      await auditor.get(`/partnerships/${p.id}/documents`);
      assert.equal((await postUpload(t, auditor, `/partnerships/${p.id}/documents/new`, documentParts())).statusCode, 403);
      const unknown = '00000000-0000-7000-8000-000000000000';
      assert.equal((await officer.get(`/partnerships/${unknown}/documents`)).statusCode, 404);
      assert.equal((await officer.get(`/partnerships/${p.id}/documents/${unknown}`)).statusCode, 404);
      assert.equal((await officer.get(`/partnerships/${p.id}/documents/${unknown}/versions/1/download`)).statusCode, 404);
      assert.equal((await officer.get(`/partnerships/${p.id}/documents/not-an-id/versions/x/download`)).statusCode, 404);
    });
  });
}

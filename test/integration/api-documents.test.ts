// Documents on the API (R-2.7doc, R-2.7(n), R-2.6.3) on both databases and both storages: an upload as
// multipart/form-data (201, Location) downloads the same bytes as an attachment with nosniff and its
// SHA-256; versions and the current version; every field's problem at once (400), a refused file at file
// with why (its contents, too large), a part unknown or sent twice, nothing kept; 415 for JSON or a form,
// 413 past the parts; 404 an unknown document or version; 422 withdrawn; internal audit reads, 403 to write.
// Every answer is checked against the OpenAPI document (ApiClient).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { MESSAGES } from '../../src/domain/documents/content-signature.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { pdfOfSize, SAMPLES, type Part } from '../helpers/documents.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

const fields = (values: Record<string, string>): Part[] => Object.entries(values).map(([name, value]) => ({ name, value }));
const file = (content: Buffer, filename = 'agreement.pdf'): Part => ({ name: 'file', filename, content, type: 'application/pdf' });
const agreement = { title: 'Partnership agreement', type: 'partnership-agreement', section: 'element-b', effectiveFrom: '2026-04-01' };

for (const storage of ['database', 'directory'] as const) {
  forEachDatabase(`API: documents kept in the ${storage} (R-2.7doc, R-2.7(n))`, (ctx) => {
    let t: TestApp;
    let contract: Contract;
    let r: Register;
    let officer: ApiClient;
    let auditor: ApiClient;
    let dir: string | null = null;
    let n = 0;
    const partnership = async (): Promise<string> => {
      const res = await officer.post('/api/v1/partnerships', partnershipBody(r, { name: `API documents ${storage} ${++n}` }));
      assert.equal(res.status, 201);
      return res.body.id as string;
    };
    const counts = async () => {
      const db = t.deps.database.db;
      const count = async (table: 'documents' | 'document_versions' | 'document_chunks') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      return { documents: await count('documents'), versions: await count('document_versions'), chunks: await count('document_chunks'), files: dir ? readdirSync(dir).length : 0 };
    };

    before(async () => {
      if (storage === 'directory') dir = mkdtempSync(join(tmpdir(), 'accord-api-documents-'));
      t = await startApp(ctx.database, { env: { DOCUMENT_MAX_MB: '1', ...(dir && { DOCUMENTS_DIR: dir }) } });
      contract = await loadContract(t.app);
      r = await seedRegister(t.deps);
      officer = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
      auditor = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
    });
    after(async () => {
      await t.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('R-2.7doc: POST …/documents (multipart) is 201 with Location; its content downloads as the same bytes, an attachment with nosniff and its SHA-256', async () => {
      const id = await partnership();
      const res = await officer.upload(`/api/v1/partnerships/${id}/documents`, [...fields(agreement), file(SAMPLES.pdf, '../..\\a"b;.pdf')]);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const location = String(res.headers.location);
      assert.equal(location, `/api/v1/partnerships/${id}/documents/${res.body.id}`);
      assert.equal(res.body.title, 'Partnership agreement');
      assert.equal(res.body.section, 'element-b');
      assert.equal(res.body.current.number, 1);
      assert.equal(res.body.current.filename, 'ab.pdf', 'a hostile name made safe');
      assert.equal(res.body.current.sha256, sha256(SAMPLES.pdf).toString('hex'));
      assert.match(res.body.createdBy, /via API token/);
      assert.deepEqual(res.body.versions, [res.body.current]);

      for (const client of [officer, auditor]) {
        const download = await client.get(res.body.current.content);
        assert.equal(download.status, 200);
        assert.deepEqual(download.raw.rawPayload, SAMPLES.pdf, 'the same bytes');
        assert.equal(download.headers['content-type'], 'application/pdf');
        assert.equal(download.headers['x-content-type-options'], 'nosniff');
        assert.equal(download.headers['content-disposition'], `attachment; filename="ab.pdf"; filename*=UTF-8''ab.pdf`);
        assert.equal(download.headers['repr-digest'], `sha-256=:${sha256(SAMPLES.pdf).toString('base64')}:`);
      }
      assert.deepEqual((await auditor.get(location)).body, res.body);
      const list = await auditor.get(`/api/v1/partnerships/${id}/documents`);
      assert.deepEqual(list.body, { items: [res.body] });
      // audited, metadata only, with the token's user as who did it.
      const events = await historyOf(ctx.database, 'document', res.body.id);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.after!.sha256, res.body.current.sha256);
      assert.match(events[0]!.actorLabel, /via API token/);
    });

    it('R-2.7(n): POST …/versions numbers the new version after the last; it is current once in effect, and each downloads as itself', async () => {
      const id = await partnership();
      const first = await officer.upload(`/api/v1/partnerships/${id}/documents`, [...fields({ title: 'Terms of reference', type: 'terms-of-reference', effectiveFrom: '2025-04-01' }), file(SAMPLES.docx, 'terms.docx')]);
      assert.equal(first.status, 201);
      assert.equal(first.body.section, null, 'no section: null');
      const versions = `/api/v1/partnerships/${id}/documents/${first.body.id}/versions`;
      const amended = Buffer.from('Terms of reference, amended\n');
      const later = await officer.upload(versions, [...fields({ effectiveFrom: '2199-01-01' }), file(amended, 'terms v2.txt')]);
      assert.equal(later.status, 201, JSON.stringify(later.body));
      assert.equal(later.headers.location, `${versions}/2/content`);
      assert.deepEqual(later.body.versions.map((v: { number: number; current: boolean }) => [v.number, v.current]), [[1, true], [2, false]], 'the amendment taking effect in 2199 is not current yet');
      assert.equal(later.body.current.number, 1);
      const now = await officer.upload(versions, [...fields({ effectiveFrom: '2026-01-01' }), file(SAMPLES.odt, 'terms.odt')]);
      assert.equal(now.status, 201);
      assert.equal(now.body.current.number, 3, 'the latest in effect today');
      const v2 = await auditor.get(`${versions}/2/content`);
      assert.deepEqual(v2.raw.rawPayload, amended);
      assert.equal(v2.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal((await auditor.get(`${versions}/3/content`)).headers['content-type'], 'application/vnd.oasis.opendocument.text');
      const events = await historyOf(ctx.database, 'document', first.body.id);
      assert.deepEqual(events.map((e) => e.action).sort(), ['created', 'version-added', 'version-added']);
    });

    it('400 lists every problem at its field: the fields, a part unknown or twice, no file, a file refused by its contents or too large; nothing is kept', async () => {
      const id = await partnership();
      const url = `/api/v1/partnerships/${id}/documents`;
      const before = await counts();
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(5000, 7)]);
      const cases: Array<[string, Part[], Record<string, RegExp | string>]> = [
        ['every field wrong and no file', fields({ title: ' ', type: 'minutes', section: 'element-z', effectiveFrom: '2026-13-01' }), { title: /title/, type: /type/, section: /section/, effectiveFrom: /date/i, file: /Send the file/ }],
        ['a renamed program', [...fields(agreement), file(exe)], { file: MESSAGES.program }],
        ['a web page named .pdf', [...fields(agreement), file(Buffer.from('<html><script>x</script></html>'))], { file: MESSAGES.webPage }],
        ['an empty file', [...fields(agreement), file(Buffer.alloc(0))], { file: MESSAGES.empty }],
        ['too large (DOCUMENT_MAX_MB 1)', [...fields(agreement), file(pdfOfSize(1024 * 1024 + 1), 'big.pdf')], { file: 'The selected file must be smaller than 1MB' }],
        ['an unknown field, and a good file', [...fields({ ...agreement, colour: 'red' }), file(SAMPLES.pdf)], { colour: /Unknown field/ }],
        ['a field sent twice', [...fields(agreement), { name: 'title', value: 'Again' }, file(SAMPLES.pdf)], { title: /more than once/ }],
        ['the file sent as text', [...fields(agreement), { name: 'file', value: 'agreement.pdf' }], { file: /not as text/ }],
        ['a file at another field', [...fields(agreement), { name: 'attachment', filename: 'a.pdf', content: SAMPLES.pdf }], { attachment: /as a file/, file: /Send the file/ }],
      ];
      for (const [what, parts, expected] of cases) {
        const res = await officer.upload(url, parts);
        assert.equal(res.status, 400, `${what}: ${JSON.stringify(res.body)}`);
        const at = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
        assert.deepEqual(Object.keys(at).sort(), Object.keys(expected).sort(), `${what}: ${JSON.stringify(res.body.errors)}`);
        for (const [field, message] of Object.entries(expected)) {
          if (typeof message === 'string') assert.equal(at[field], message, what);
          else assert.match(at[field], message, what);
        }
      }
      const versions = await officer.upload(`${url}/${(await officer.upload(url, [...fields(agreement), file(SAMPLES.pdf)])).body.id}/versions`, [...fields({ effectiveFrom: 'soon', title: 'x' }), file(exe)]);
      assert.equal(versions.status, 400);
      assert.deepEqual([...new Set(versions.body.errors.map((e: { field: string }) => e.field))].sort(), ['effectiveFrom', 'file', 'title']);
      const after = await counts();
      assert.equal(after.documents, before.documents + 1, 'only the good upload');
      assert.equal(after.versions, before.versions + 1);
      if (dir) assert.equal(readdirSync(dir).filter((f) => !f.endsWith('.document')).length, 0, 'no temporary file left');
    });

    it('415 for a body that is not multipart (JSON, a form, none); 413 past the form’s parts; nothing kept', async () => {
      const id = await partnership();
      const url = `/api/v1/partnerships/${id}/documents`;
      const document = (await officer.upload(url, [...fields(agreement), file(SAMPLES.pdf)])).body.id as string;
      const before = await counts();
      for (const target of [url, `${url}/${document}/versions`]) {
        assert.equal((await officer.post(target, agreement)).status, 415);
        assert.equal((await officer.request('POST', target, { payload: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status, 415);
        const none = await officer.request('POST', target);
        assert.equal(none.status, 415);
        assert.match(none.body.detail, /multipart\/form-data/);
        const many = Array.from({ length: 20 }, (_, i) => ({ name: `extra${i}`, value: 'x' }));
        assert.equal((await officer.upload(target, [...fields(agreement), ...many, file(SAMPLES.pdf)])).status, 413);
        assert.equal((await officer.upload(target, [...fields(agreement), file(SAMPLES.pdf), file(SAMPLES.pdf)])).status, 413, 'one file');
      }
      assert.deepEqual(await counts(), before);
    });

    it('a malformed multipart body is a 400 or 413 problem, never a 500, and keeps nothing', async () => {
      const id = await partnership();
      const url = `/api/v1/partnerships/${id}/documents`;
      const before = await counts();
      const good = Buffer.from('--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\r\n');
      const cases: Array<[string, string, Buffer]> = [
        ['no boundary', 'multipart/form-data', good],
        ['another boundary', 'multipart/form-data; boundary=zzz', good],
        ['cut off in the file', 'multipart/form-data; boundary=b', good],
        ['no closing boundary', 'multipart/form-data; boundary=b', Buffer.concat([good, Buffer.from('--b\r\n')])],
        ['a part with no disposition', 'multipart/form-data; boundary=b', Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n')],
        ['a field named __proto__', 'multipart/form-data; boundary=b', Buffer.from('--b\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\nx\r\n--b--\r\n')],
        ['an empty body', 'multipart/form-data; boundary=b', Buffer.alloc(0)],
        ['a field name of 100 KB', 'multipart/form-data; boundary=b', Buffer.from(`--b\r\nContent-Disposition: form-data; name="${'n'.repeat(100_000)}"\r\n\r\nx\r\n--b--\r\n`)],
      ];
      for (const [what, type, payload] of cases) {
        const res = await officer.request('POST', url, { payload, headers: { 'content-type': type } });
        assert.ok([400, 413].includes(res.status), `${what}: ${res.status} ${JSON.stringify(res.body)}`);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', what);
      }
      assert.deepEqual(await counts(), before);
    });

    it('404 for an unknown document or version, 422 for a withdrawn partnership, 403 for internal audit: nothing kept', async () => {
      const id = await partnership();
      const url = `/api/v1/partnerships/${id}/documents`;
      const document = (await officer.upload(url, [...fields(agreement), file(SAMPLES.pdf)])).body.id as string;
      const unknown = '01900000-0000-7000-8000-000000000000';
      assert.equal((await officer.get(`${url}/${unknown}`)).status, 404);
      assert.equal((await officer.get(`${url}/not-an-id`)).status, 404);
      assert.equal((await officer.upload(`${url}/${unknown}/versions`, [...fields({ effectiveFrom: '2026-04-01' }), file(SAMPLES.pdf)])).status, 404);
      for (const n of ['2', '0', 'x', '9999999']) assert.equal((await officer.get(`${url}/${document}/versions/${n}/content`)).status, 404, n);
      assert.equal((await officer.get(`${url}/${unknown}/versions/1/content`)).status, 404);
      assert.equal((await officer.get(`/api/v1/partnerships/${unknown}/documents`)).status, 404);

      const before = await counts();
      assert.equal((await auditor.upload(url, [...fields(agreement), file(SAMPLES.pdf)])).status, 403);
      assert.equal((await auditor.upload(`${url}/${document}/versions`, [...fields({ effectiveFrom: '2026-04-01' }), file(SAMPLES.pdf)])).status, 403);
      assert.equal((await auditor.get(url)).status, 200);

      assert.equal((await officer.post(`/api/v1/partnerships/${id}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
      for (const [target, parts] of [
        [url, [...fields(agreement), file(SAMPLES.pdf)]],
        [`${url}/${document}/versions`, [...fields({ effectiveFrom: '2026-04-01' }), file(SAMPLES.pdf)]],
      ] as const) {
        const refused = await officer.upload(target, parts);
        assert.equal(refused.status, 422);
        assert.deepEqual(refused.body.errors.map((e: { field: string }) => e.field), ['action']);
        assert.match(refused.body.errors[0].message, /withdrawn/);
      }
      assert.equal((await auditor.get(`${url}/${document}/versions/1/content`)).status, 200, 'a withdrawn partnership’s documents still read');
      assert.deepEqual(await counts(), before);
    });
  });
}

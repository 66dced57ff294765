// The one form pipeline, through a tiny Fastify app: the page's view is answered as JSON, so each test
// sees what the form was rendered with, the status, the banner and where it went.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { z } from 'zod';
import { UserFacingError, ValidationError } from '../../src/app/errors.ts';
import { text } from '../../src/app/schemas/fields.ts';
import { formInput, parseForm } from '../../src/web/forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../src/web/forms/pipeline.ts';

const schema = z.object({ name: text({ missing: 'Enter a name', label: 'Name', max: 20 }) });
type Typed = Record<string, string>;
type Saved = { id: string; name: string };

const SECRET = 'pipeline-test-secret-that-is-long-enough';
let commands: string[] = [];
let app: FastifyInstance;

/** A page whose use case does what the name asks: refuse, fail, or save. */
function page(overrides: Partial<FormPage<Typed, z.infer<typeof schema>, Saved>> = {}): FormPage<Typed, z.infer<typeof schema>, Saved> {
  return {
    read: (body) => formInput(body),
    parse: (typed) => parseForm(schema, typed),
    render: (reply: FastifyReply, typed, errors) => reply.view('thing/form', { typed, errors }),
    async command(value) {
      commands.push(value.name);
      if (value.name === 'taken') throw new ValidationError([{ field: 'name', message: 'That name is taken' }]);
      if (value.name === 'fieldless') throw new UserFacingError('Not now');
      if (value.name === 'broken') throw new Error('the database went away');
      return { id: 'abc', name: value.name };
    },
    done: (saved) => ({ flash: `${saved.name} has been added`, to: `/things/${saved.id}` }),
    ...overrides,
  };
}

before(async () => {
  app = Fastify();
  await app.register(cookie, { secret: SECRET });
  await app.register(formbody);
  app.decorate('cookieDefaults', { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: false });
  app.decorateReply('view', function view(this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    return this.type('application/json').send({ template, data });
  });
  app.setErrorHandler((error: Error, _request, reply) => reply.code(500).send({ failed: error.message }));
  app.get('/things/new', (_request, reply) => showForm(reply, page(), { name: 'start' }));
  app.post('/things', (request, reply) => submitForm(request, reply, page()));
  app.post('/things-mapped', (request, reply) => submitForm(request, reply, page({ fieldOf: (p) => (p.field ? `thing-${p.field}` : 'thing-name') })));
  app.post('/things-rows', (request, reply) =>
    submitForm(request, reply, page({ alternate: (action, typed) => (action === 'add-row' ? { ...typed, rows: String(Number(typed.rows ?? '1') + 1) } : null) })),
  );
  app.post('/tokens', (request, reply) =>
    submitForm(request, reply, page({ done: (saved) => ({ view: 'thing/created', data: { secret: `shown once: ${saved.name}` } }) })),
  );
  await app.ready();
});

after(() => app.close());

const post = (url: string, form: Record<string, string>) => {
  commands = [];
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
};

function flashOf(res: Awaited<ReturnType<typeof post>>): string | null {
  const set = res.cookies.find((c) => c.name === 'accord_flash');
  if (!set) return null;
  const unsigned = app.unsignCookie(set.value);
  return unsigned.valid ? unsigned.value : null;
}

describe('showForm and submitForm', () => {
  it('shows the form with what it starts with and no errors', async () => {
    const res = await app.inject({ method: 'GET', url: '/things/new' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { template: 'thing/form', data: { typed: { name: 'start' }, errors: [] } });
  });

  it('saves, sets the banner and answers 303 to the page made', async () => {
    const res = await post('/things', { _csrf: 'x', name: 'Ada' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/things/abc');
    assert.equal(flashOf(res), 'Ada has been added');
    assert.deepEqual(commands, ['Ada']);
  });

  it('re-renders a refused form with 400, what was typed and the schema’s errors, and runs nothing', async () => {
    const res = await post('/things', { _csrf: 'x', name: '   ', other: 'kept' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().data, { typed: { name: '   ', other: 'kept' }, errors: [{ field: 'name', message: 'Enter a name' }] });
    assert.deepEqual(commands, []);
    assert.equal(flashOf(res), null);
  });

  it('shows a use case’s ValidationError at its field with 400', async () => {
    const res = await post('/things', { name: 'taken' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().data, { typed: { name: 'taken' }, errors: [{ field: 'name', message: 'That name is taken' }] });
    assert.equal(flashOf(res), null);
  });

  it('maps a refusal to the form’s own field with fieldOf, including one that names no field', async () => {
    const taken = await post('/things-mapped', { name: 'taken' });
    assert.deepEqual(taken.json().data.errors, [{ field: 'thing-name', message: 'That name is taken' }]);
    const fieldless = await post('/things-mapped', { name: 'fieldless' });
    assert.equal(fieldless.statusCode, 400);
    assert.deepEqual(fieldless.json().data.errors, [{ field: 'thing-name', message: 'Not now' }]);
  });

  it('shows a UserFacingError that names no field at the empty field by default', async () => {
    const res = await post('/things', { name: 'fieldless' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().data.errors, [{ field: '', message: 'Not now' }]);
  });

  it('leaves any other failure to the error handler (not shown as a form error)', async () => {
    const res = await post('/things', { name: 'broken' });
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), { failed: 'the database went away' });
  });

  it('an alternate button re-renders the changed form with 200 and saves nothing, even when the rest would be refused', async () => {
    const res = await post('/things-rows', { name: '', rows: '2', action: 'add-row' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().data, { typed: { name: '', rows: '3', action: 'add-row' }, errors: [] });
    assert.deepEqual(commands, []);
  });

  it('an action the page does not treat as alternate saves as usual', async () => {
    const res = await post('/things-rows', { name: 'Ada', action: 'save' });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(commands, ['Ada']);
  });

  it('a page without alternates ignores an action value', async () => {
    const res = await post('/things', { name: 'Ada', action: 'add-row' });
    assert.equal(res.statusCode, 303);
  });

  it('a secret shown once is answered with its page (200), no banner and no redirect', async () => {
    const res = await post('/tokens', { name: 'Power BI' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { template: 'thing/created', data: { secret: 'shown once: Power BI' } });
    assert.equal(flashOf(res), null);
  });
});

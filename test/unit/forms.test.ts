import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { choice, email, password, text, yesNo } from '../../src/app/schemas/fields.ts';
import { errorView, formInput, parseForm } from '../../src/web/forms/form.ts';

describe('formInput: the body as flat strings, to re-render the form', () => {
  const cases: Array<[string, unknown, readonly string[], Record<string, string>]> = [
    ['plain fields', { name: 'Ada', email: 'ada@example.gov.uk' }, [], { name: 'Ada', email: 'ada@example.gov.uk' }],
    ['the CSRF token is never echoed', { _csrf: 'token', name: 'Ada' }, [], { name: 'Ada' }],
    ['a repeated field keeps its first string', { name: ['Ada', 'Eve'] }, [], { name: 'Ada' }],
    ['a repeated field with no string is blank', { name: [1, { a: 1 }] }, [], { name: '' }],
    ['an array whose first string is not first', { name: [{ a: 1 }, 'Eve'] }, [], { name: 'Eve' }],
    ['a nested object is blank', { name: { first: 'Ada' } }, [], { name: '' }],
    ['numbers and booleans are blank (only strings arrive from a form)', { n: 1, b: true, z: null }, [], { n: '', b: '', z: '' }],
    ['fields named as multi-valued are left out', { tags: ['a', 'b'], name: 'Ada' }, ['tags'], { name: 'Ada' }],
    ['strings are kept exactly as typed, spaces and markup included', { name: '  <b>Ada</b> ' }, [], { name: '  <b>Ada</b> ' }],
    ['no body', undefined, [], {}],
    ['null body', null, [], {}],
    ['a string body', 'name=Ada', [], {}],
  ];
  for (const [name, body, multi, expected] of cases) it(name, () => assert.deepEqual(formInput(body, multi), expected));
});

const schema = z.object({
  name: text({ missing: 'Enter a name', label: 'Name', max: 10 }),
  email: email({ missing: 'Enter an email address' }),
});

describe('parseForm', () => {
  it('gives the typed value and the input when the form is right', () => {
    const result = parseForm(schema, { _csrf: 't', name: '  Ada  ', email: ' ada@example.gov.uk ' });
    assert.deepEqual(result, { ok: true, value: { name: 'Ada', email: 'ada@example.gov.uk' }, input: { name: '  Ada  ', email: ' ada@example.gov.uk ' } });
  });

  it('does not pass the CSRF token to the schema', () => {
    const strict = z.strictObject({ name: z.string() });
    assert.equal(parseForm(strict, { _csrf: 't', name: 'Ada' }).ok, true);
  });

  it('gives every field’s first error, in field order, and the input as typed', () => {
    const result = parseForm(schema, { name: 'A'.repeat(11), email: 'not-an-email' });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.errors, [
      { field: 'name', message: 'Name must be 10 characters or fewer' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.gov.uk' },
    ]);
    assert.deepEqual(result.input, { name: 'A'.repeat(11), email: 'not-an-email' });
  });

  it('one message per field, the first, even when a field breaks several rules', () => {
    const result = parseForm(z.object({ code: z.string().min(5, 'too short').regex(/^\d+$/, 'digits only') }), { code: 'ab' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.errors, [{ field: 'code', message: 'too short' }]);
  });

  const missing: Array<[string, unknown]> = [
    ['missing', {}],
    ['empty', { name: '', email: '' }],
    ['only spaces', { name: '   ', email: '  ' }],
    ['repeated (an array)', { name: ['Ada', 'Eve'], email: ['a@example.gov.uk', 'b@example.gov.uk'] }],
    ['nested (an object)', { name: { first: 'Ada' }, email: { a: 'b' } }],
    ['not an object at all', 'name=Ada'],
  ];
  for (const [how, body] of missing) {
    it(`a field that is ${how} gets the missing-answer message`, () => {
      const result = parseForm(schema, body);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.deepEqual(result.errors, [
          { field: 'name', message: 'Enter a name' },
          { field: 'email', message: 'Enter an email address' },
        ]);
      }
    });
  }

  it('an error with no field path is reported against "form"', () => {
    const refined = z.object({ a: z.string() }).refine(() => false, { message: 'Whole form is wrong' });
    const result = parseForm(refined, { a: 'x' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.errors, [{ field: 'form', message: 'Whole form is wrong' }]);
  });
});

describe('errorView: what the GOV.UK error summary and fields need', () => {
  it('links each message to its field and keeps the first message per field', () => {
    const view = errorView([
      { field: 'name', message: 'Enter a name' },
      { field: 'email', message: 'Enter an email address' },
      { field: 'name', message: 'Second message for name' },
    ]);
    assert.deepEqual(view.errorList, [
      { text: 'Enter a name', href: '#name' },
      { text: 'Enter an email address', href: '#email' },
      { text: 'Second message for name', href: '#name' },
    ]);
    assert.deepEqual(view.errors, { name: { text: 'Enter a name' }, email: { text: 'Enter an email address' } });
  });

  it('no errors, nothing to show', () => {
    assert.deepEqual(errorView([]), { errorList: [], errors: {} });
  });
});

function firstMessage(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'no message');
}

describe('text fields', () => {
  const single = text({ missing: 'Enter a name', label: 'Name' });
  const long = text({ missing: 'Enter the purpose', label: 'Purpose', max: 2000, multiline: true });
  const NAME_CTRL = 'Name must not contain control characters';
  const PURPOSE_CTRL = 'Purpose must not contain control characters';
  const cases: Array<[string, z.ZodType, unknown, string | null]> = [
    ['a name', single, 'Ada Lovelace', null],
    ['200 characters by default', single, 'n'.repeat(200), null],
    ['201 characters', single, 'n'.repeat(201), 'Name must be 200 characters or fewer'],
    ['surrounding spaces do not count', single, `  ${'n'.repeat(200)}  `, null],
    ['a custom maximum', long, 'p'.repeat(2001), 'Purpose must be 2000 characters or fewer'],
    ['blank', single, '', 'Enter a name'],
    ['not a string', single, 42, 'Enter a name'],
    ['a tab inside one line', single, 'Ada\tLovelace', NAME_CTRL],
    ['a new line inside one line', single, 'Ada\nLovelace', NAME_CTRL],
    ['a carriage return inside one line', single, 'Ada\rLovelace', NAME_CTRL],
    ['NUL', single, 'Ada\u0000', NAME_CTRL],
    ['ESC', single, 'Ada\u001B[31m', NAME_CTRL],
    ['DEL', single, 'Ada\u007F', NAME_CTRL],
    ['BEL', single, '\u0007Ada', NAME_CTRL],
    ['letters beyond ASCII are fine', single, 'Zoë Ó Súilleabháin 山田', null],
    ['multi-line text keeps new lines', long, 'Line one\nLine two\r\nLine three', null],
    ['multi-line text keeps tabs', long, 'Item\tValue', null],
    ['multi-line text still refuses NUL', long, 'a\u0000b', PURPOSE_CTRL],
    ['multi-line text still refuses vertical tab', long, 'a\u000Bb', PURPOSE_CTRL],
    ['multi-line text still refuses form feed', long, 'a\u000Cb', PURPOSE_CTRL],
    ['multi-line text still refuses ESC', long, 'a\u001Bb', PURPOSE_CTRL],
    ['multi-line text still refuses DEL', long, 'a\u007Fb', PURPOSE_CTRL],
  ];
  for (const [name, field, value, expected] of cases) {
    it(`${name} → ${expected ?? 'accepted'}`, () => assert.equal(firstMessage(field, value), expected));
  }

  it('trims', () => assert.equal(single.parse('  Ada  '), 'Ada'));
});

describe('email, password, choice and yes/no fields', () => {
  const e = email({ missing: 'Enter an email address' });
  const p = password({ missing: 'Enter a password' });
  const role = choice(['officer', 'auditor'] as const, { missing: 'Select a role' });
  const yn = yesNo({ missing: 'Select yes or no' });
  const FORMAT = 'Enter an email address in the correct format, like name@example.gov.uk';
  const cases: Array<[string, z.ZodType, unknown, string | null]> = [
    ['an email', e, 'ada@example.gov.uk', null],
    ['an email with spaces around', e, '  ada@example.gov.uk ', null],
    ['no @', e, 'ada.example.gov.uk', FORMAT],
    ['two @', e, 'ada@@example.gov.uk', FORMAT],
    ['blank email', e, '  ', 'Enter an email address'],
    ['email of 255 characters', e, `${'a'.repeat(243)}@example.com`, 'Email address must be 254 characters or fewer'],
    ['a password', p, 'correct horse battery staple', null],
    ['a password of spaces is a password (never trimmed)', p, '             ', null],
    ['blank password', p, '', 'Enter a password'],
    ['a password with NUL', p, 'correct horse\u0000battery', 'Password must not contain control characters'],
    ['a password longer than the field allows', p, 'a'.repeat(1025), 'Password must be 256 characters or fewer'],
    ['a listed choice', role, 'officer', null],
    ['an unlisted choice', role, 'administrator', 'Select a role'],
    ['no choice', role, undefined, 'Select a role'],
    ['yes', yn, 'yes', null],
    ['no', yn, 'no', null],
    ['Yes in capitals', yn, 'Yes', 'Select yes or no'],
    ['nothing chosen', yn, undefined, 'Select yes or no'],
  ];
  for (const [name, field, value, expected] of cases) {
    it(`${name} → ${expected ?? 'accepted'}`, () => assert.equal(firstMessage(field, value), expected));
  }

  it('keeps passwords exactly as typed', () => assert.equal(p.parse('  pass phrase  '), '  pass phrase  '));
  it('yes/no become booleans', () => {
    assert.equal(yn.parse('yes'), true);
    assert.equal(yn.parse('no'), false);
  });
  it('emails are trimmed', () => assert.equal(e.parse(' ada@example.gov.uk '), 'ada@example.gov.uk'));
});

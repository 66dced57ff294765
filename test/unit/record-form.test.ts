// A record's form drawn from its kind's description: which fields it asks (the key only when adding),
// what it keeps of a body, how it parses (the kind's own schema, one error per field in the form's
// order, and the answers that did parse for the rules), and what the template is given and draws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { partners } from '../../src/app/records/partners.record.ts';
import type { RecordKind } from '../../src/app/records/record-kind.ts';
import { text } from '../../src/app/schemas/fields.ts';
import { createViewEnvironment } from '../../src/web/plugins/views.ts';
import { formFields, parseRecordForm, readRecordForm, recordFormView, recordToForm } from '../../src/web/records/record-form.ts';

const ORG = '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91';
const partner = { organisationId: ORG, name: 'Brackenford CVS', sector: 'vcse' as const, isThisCouncil: false, role: 'member' as const, memberStatus: 'voting' as const };

type Note = { code: string; body: string; summary: string };
/** A kind with text fields, as later kinds (actions, risks) will have. */
const notes: RecordKind<Note, Note> = {
  ...(partners as unknown as RecordKind<Note, Note>),
  keyField: 'code',
  names: { one: 'note', many: 'notes', add: 'Add a note', heading: 'Notes' },
  fields: {
    code: { label: 'Code', input: { kind: 'text', width: 10 }, key: true, api: 'Its code.' },
    body: { label: 'Note', hint: 'What was agreed', clause: 'R-2.8', input: { kind: 'text', multiline: true }, api: 'The note.' },
    summary: { label: 'Summary', input: { kind: 'text' }, api: 'In a line.' },
  },
  schema: z.strictObject({
    code: text({ missing: 'Enter the code', label: 'Code', max: 10 }),
    body: text({ missing: 'Enter the note', label: 'Note', max: 2000, multiline: true }),
    summary: text({ missing: 'Enter a summary', label: 'Summary', max: 20 }),
  }),
  inputOf: (n) => n,
  audited: (n) => n,
  keyOf: (n) => n.code,
  title: (n) => n.code,
};

describe('formFields and readRecordForm: what the form asks, and what it keeps of a body', () => {
  it('asks every field when adding, and leaves the key out when changing', () => {
    assert.deepEqual(formFields(partners, { kind: 'add' }), ['organisationId', 'role', 'memberStatus']);
    assert.deepEqual(formFields(partners, { kind: 'change', key: ORG }), ['role', 'memberStatus']);
  });
  it('keeps only the form’s own fields, as typed: not the token, the button, another field or a key sent when changing', () => {
    const body = { _csrf: 't', action: 'save', organisationId: ORG, role: ['lead', 'member'], colour: 'red' };
    assert.deepEqual(readRecordForm(partners, { kind: 'add' }, body), { organisationId: ORG, role: 'lead' });
    assert.deepEqual(readRecordForm(partners, { kind: 'change', key: ORG }, body), { role: 'lead' });
  });
  it('shows a record’s current answers', () => assert.deepEqual(recordToForm(partners, partner), { organisationId: ORG, role: 'member', memberStatus: 'voting' }));
});

describe('parseRecordForm: the kind’s own schema, every field’s error in the form’s order', () => {
  const cases: Array<[string, Parameters<typeof parseRecordForm>[1], Record<string, string>, unknown]> = [
    ['a whole answer', { kind: 'add' }, { organisationId: ORG, role: 'lead', memberStatus: 'observer' }, { ok: true, value: { organisationId: ORG, role: 'lead', memberStatus: 'observer' } }],
    [
      'nothing answered: each field’s message',
      { kind: 'add' },
      {},
      {
        ok: false,
        errors: [
          { field: 'organisationId', message: 'Select the partner organisation' },
          { field: 'role', message: 'Select the partner’s role' },
          { field: 'memberStatus', message: 'Select the partner’s member status' },
        ],
        known: {},
      },
    ],
    [
      'a blank select and a role not offered; the member status that parsed is known',
      { kind: 'add' },
      { organisationId: '', role: 'boss', memberStatus: 'voting' },
      {
        ok: false,
        errors: [
          { field: 'organisationId', message: 'Select the partner organisation' },
          { field: 'role', message: 'Select the partner’s role' },
        ],
        known: { memberStatus: 'voting' },
      },
    ],
    ['changing: the key is not asked', { kind: 'change', key: ORG }, { role: 'funder', memberStatus: 'non-voting' }, { ok: true, value: { role: 'funder', memberStatus: 'non-voting' } }],
  ];
  for (const [name, mode, typed, expected] of cases) it(name, () => assert.deepEqual(parseRecordForm(partners, mode, typed), expected));

  it('text is trimmed by the schema, and over-long text refused at its field', () => {
    assert.deepEqual(parseRecordForm(notes, { kind: 'add' }, { code: ' A1 ', body: 'Agreed', summary: 'Short' }), { ok: true, value: { code: 'A1', body: 'Agreed', summary: 'Short' } });
    const long = parseRecordForm(notes, { kind: 'add' }, { code: 'A1', body: 'Agreed', summary: 'x'.repeat(21) });
    assert.deepEqual(long.ok ? [] : long.errors, [{ field: 'summary', message: 'Summary must be 20 characters or fewer' }]);
  });
});

describe('recordFormView: what the template draws each field with', () => {
  const choices = { organisationId: [{ value: ORG, text: 'Brackenford CVS' }] };

  it('radios with the typed one checked; a select of the register’s records with a blank first and the typed one selected; errors at their fields', () => {
    const view = recordFormView(partners, { kind: 'add' }, { organisationId: ORG, role: 'funder' }, [{ field: 'memberStatus', message: 'Select the partner’s member status' }], choices);
    const [organisation, role, status] = view.fields as Array<Record<string, any>>;
    assert.equal(organisation!.input, 'select');
    assert.equal(organisation!.autocomplete, true);
    assert.deepEqual(organisation!.items, [{ value: '', text: 'Select an organisation' }, { value: ORG, text: 'Brackenford CVS', selected: true }]);
    assert.equal(role!.input, 'radios');
    assert.deepEqual(role!.items.filter((i: { checked: boolean }) => i.checked).map((i: { value: string }) => i.value), ['funder']);
    assert.equal(status!.hint.text, 'Whether it votes on the partnership’s decisions. (R-2.7a, R-2.8a)', 'the clause after the hint');
    assert.deepEqual(status!.errorMessage, { text: 'Select the partner’s member status' });
    assert.deepEqual(view.errorList, [{ text: 'Select the partner’s member status', href: '#memberStatus' }]);
    assert.deepEqual(view.fixed, []);
  });

  it('changing: the key shown as fixed text, in words, and not asked', () => {
    const view = recordFormView(partners, { kind: 'change', key: ORG }, recordToForm(partners, partner), [], choices, partner);
    assert.deepEqual(view.fixed, [{ label: 'Organisation', text: 'Brackenford CVS' }]);
    assert.deepEqual(view.fields.map((f) => f.name), ['role', 'memberStatus']);
  });

  it('draws text fields as inputs and long text as a textarea, each with what was typed', () => {
    const view = recordFormView(notes, { kind: 'add' }, { code: 'A<1', body: 'Line one\nLine two' }, [{ field: 'summary', message: 'Enter a summary' }], {});
    const html = createViewEnvironment().render('records/form.njk', {
      partnership: { id: 'p', reference: 'P-2026-001', name: 'Test' },
      heading: 'Add a note',
      formAction: '/x',
      submit: 'Add a note',
      cancelHref: '/y',
      assets: {},
      ...view,
    });
    assert.match(html, /<input class="govuk-input govuk-input--width-10" id="code" name="code" type="text" value="A&lt;1">/);
    assert.match(html, /<textarea class="govuk-textarea" id="body" name="body" rows="5" aria-describedby="body-hint">Line one\nLine two<\/textarea>/);
    assert.match(html, /What was agreed \(R-2\.8\)/);
    assert.match(html, /<input class="govuk-input govuk-input--error" id="summary" name="summary" type="text" value="" aria-describedby="summary-error">/);
  });
});

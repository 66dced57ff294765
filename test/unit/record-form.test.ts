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
const partner = {
  organisationId: ORG,
  name: 'Brackenford CVS',
  sector: 'vcse' as const,
  isThisCouncil: false,
  role: 'member' as const,
  memberStatus: 'voting' as const,
  ownPriorities: null,
  confirmedBy: null,
  confirmedOn: null,
  organisationalPlanReference: null,
};

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
    // what the partner confirms is asked once it is a partner, on its change form.
    assert.deepEqual(formFields(partners, { kind: 'change', key: ORG }), ['role', 'memberStatus', 'ownPriorities', 'confirmedBy', 'confirmedOn', 'organisationalPlanReference']);
  });
  it('keeps only the form’s own fields, as typed: not the token, the button, another field or a key sent when changing', () => {
    const body = { _csrf: 't', action: 'save', organisationId: ORG, role: ['lead', 'member'], colour: 'red' };
    assert.deepEqual(readRecordForm(partners, { kind: 'add' }, body), { organisationId: ORG, role: 'lead' });
    assert.deepEqual(readRecordForm(partners, { kind: 'change', key: ORG }, body), { role: 'lead' });
  });
  it('shows a record’s current answers, a date in its three boxes', () => {
    assert.deepEqual(recordToForm(partners, partner), {
      organisationId: ORG,
      role: 'member',
      memberStatus: 'voting',
      ownPriorities: '',
      confirmedBy: '',
      'confirmedOn-day': '',
      'confirmedOn-month': '',
      'confirmedOn-year': '',
      organisationalPlanReference: '',
    });
    const confirmed = { ...partner, ownPriorities: 'Warm homes', confirmedBy: 'Sam Patel, Director', confirmedOn: '2026-03-07' };
    assert.deepEqual(recordToForm(partners, confirmed)['confirmedOn-day'], '7');
    assert.deepEqual(recordToForm(partners, confirmed)['confirmedOn-month'], '3');
    assert.deepEqual(recordToForm(partners, confirmed)['confirmedOn-year'], '2026');
  });
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
    assert.deepEqual(view.fields.map((f) => f.name), ['role', 'memberStatus', 'ownPriorities', 'confirmedBy', 'confirmedOn', 'organisationalPlanReference']);
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

describe('a date field (R-2.6.5): three boxes, read as yyyy-mm-dd, each problem at the box that fixes it', () => {
  const change = { kind: 'change', key: ORG } as const;
  const typed = (day: string, month: string, year: string, more: Record<string, string> = {}) => ({
    role: 'member',
    memberStatus: 'voting',
    ownPriorities: 'Warm homes',
    confirmedBy: 'Sam Patel, Director of Housing',
    'confirmedOn-day': day,
    'confirmedOn-month': month,
    'confirmedOn-year': year,
    ...more,
  });
  const cases: Array<[string, Record<string, string>, unknown]> = [
    ['a whole date, single digits padded', typed('7', '3', '2026'), { ok: true, confirmedOn: '2026-03-07' }],
    ['all three blank: not answered (null)', typed('', ' ', ''), { ok: true, confirmedOn: null }],
    ['no month', typed('7', '', '2026'), { field: 'confirmedOn-month', message: 'The date the link was confirmed must include a month' }],
    ['no day and no year', typed('', '3', ''), { field: 'confirmedOn-day', message: 'The date the link was confirmed must include a day and year' }],
    ['a year of two digits', typed('7', '3', '26'), { field: 'confirmedOn-day', message: 'The date the link was confirmed must be a real date' }],
    ['letters', typed('seven', '3', '2026'), { field: 'confirmedOn-day', message: 'The date the link was confirmed must be a real date' }],
    ['31 February', typed('31', '2', '2026'), { field: 'confirmedOn-day', message: 'The date the link was confirmed must be a real date' }],
  ];
  for (const [what, form, expected] of cases) {
    it(what, () => {
      const parsed = parseRecordForm(partners, change, form);
      if ('ok' in (expected as object)) {
        assert.ok(parsed.ok, JSON.stringify(parsed));
        assert.equal((parsed.value as { confirmedOn: unknown }).confirmedOn, (expected as { confirmedOn: unknown }).confirmedOn);
      } else {
        assert.ok(!parsed.ok);
        assert.deepEqual(parsed.errors, [expected]);
      }
    });
  }
  it('reads only the boxes the form has: a date sent whole under its own name is not the form’s', () => {
    assert.deepEqual(readRecordForm(partners, change, { confirmedOn: '2026-03-07', 'confirmedOn-day': '7' }), { 'confirmedOn-day': '7' });
  });
  it('a refused form keeps each box as typed, and the date input shows its error once', () => {
    const form = typed('31', '2', '2026');
    const parsed = parseRecordForm(partners, change, form);
    assert.ok(!parsed.ok);
    const view = recordFormView(partners, change, form, parsed.errors, {}, partner);
    const date = view.fields.find((f) => f.name === 'confirmedOn') as unknown as { input: string; items: Array<{ id: string; value: string }>; errorMessage?: { text: string } };
    assert.equal(date.input, 'date');
    assert.deepEqual(date.items.map((i) => [i.id, i.value]), [['confirmedOn-day', '31'], ['confirmedOn-month', '2'], ['confirmedOn-year', '2026']]);
    assert.equal(date.errorMessage?.text, 'The date the link was confirmed must be a real date');
    assert.deepEqual(view.errorList, [{ text: 'The date the link was confirmed must be a real date', href: '#confirmedOn-day' }]);
  });
});

// accordCheckboxes, accordRadios, accordSelect and accordInput write govuk-frontend's markup without its macros
// (decision 17). Each is rendered here beside the govuk-frontend macro it stands for, through the app's own
// environment, and the two must be the same HTML: when govuk-frontend changes its markup, this fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nunjucks from 'nunjucks';
import { createViewEnvironment } from '../../src/web/plugins/views.ts';

const env = createViewEnvironment();

interface Component {
  govuk: { file: string; macro: string };
  accord: { file: string; macro: string };
  /** The tag each item is drawn with, counted so that a case drawing nothing cannot pass. */
  itemTag: RegExp;
}

const COMPONENTS = {
  checkboxes: {
    govuk: { file: 'govuk/components/checkboxes/macro.njk', macro: 'govukCheckboxes' },
    accord: { file: 'components/checkboxes.njk', macro: 'accordCheckboxes' },
    itemTag: /<input /g,
  },
  radios: {
    govuk: { file: 'govuk/components/radios/macro.njk', macro: 'govukRadios' },
    accord: { file: 'components/radios.njk', macro: 'accordRadios' },
    itemTag: /<input /g,
  },
  select: {
    govuk: { file: 'govuk/components/select/macro.njk', macro: 'govukSelect' },
    accord: { file: 'components/select.njk', macro: 'accordSelect' },
    itemTag: /<option[ >]/g,
  },
  input: {
    govuk: { file: 'govuk/components/input/macro.njk', macro: 'govukInput' },
    accord: { file: 'components/input.njk', macro: 'accordInput' },
    itemTag: /<input /g,
  },
} satisfies Record<string, Component>;

function render({ file, macro }: { file: string; macro: string }, params: unknown): string {
  return env.renderString(`{% from "${file}" import ${macro} %}{{ ${macro}(params) }}`, { params });
}

/** Indentation between tags is not compared; whitespace beside text is (it is part of what is shown). */
function normalise(html: string): string {
  return html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
}

function assertSameMarkup(component: Component, params: { items?: readonly unknown[] }): void {
  const govuk = normalise(render(component.govuk, params));
  const accord = normalise(render(component.accord, params));
  assert.equal(accord, govuk);
  assert.equal(govuk.match(component.itemTag)?.length ?? 0, params.items ? params.items.filter(Boolean).length : 1);
}

// Every character autoescape replaces, backslash included.
const SPECIAL = `<b>"Fish" & 'Chips'</b> \\ ok`;
const safe = (html: string) => new nunjucks.runtime.SafeString(html);

const CHOICES: Array<[string, { items: readonly unknown[] } & Record<string, unknown>]> = [
  ['the fewest params: ids from the name, a legend', {
    name: 'colour',
    fieldset: { legend: { text: 'Colour' } },
    items: [{ value: 'red', text: 'Red' }, { value: 'blue', text: 'Blue' }, { value: 'green', text: 'Green' }],
  }],
  ['idPrefix, classes, legend classes, a hint, checked items and item hints', {
    idPrefix: 'status',
    name: 'statusFilter',
    classes: 'govuk-checkboxes--small govuk-radios--small',
    fieldset: { legend: { text: 'Status', classes: 'govuk-fieldset__legend--s' } },
    hint: { text: 'Select all that apply' },
    items: [
      { value: 'proposed', text: 'Proposed', hint: { text: 'Being considered' } },
      { value: 'operating', text: 'Operating', checked: true, hint: { text: 'Running' } },
      { value: 'closed', text: 'Closed', checked: true },
    ],
  }],
  ['an error without a hint', {
    name: 'budget',
    fieldset: { legend: { text: 'Budget', classes: 'govuk-fieldset__legend--m' } },
    errorMessage: { text: 'Select whether it is budgeted' },
    items: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }],
  }],
  ['a hint and an error', {
    idPrefix: 'legalForm',
    name: 'legalForm',
    fieldset: { legend: { text: 'Legal form' } },
    hint: { text: 'Appendix 1, point 2' },
    errorMessage: { text: 'Select a legal form' },
    items: [{ value: 'company', text: 'Company', hint: { text: 'Limited by guarantee' } }, { value: 'trust', text: 'Trust' }],
  }],
  ['absent params given as undefined, null, false or empty text, as view models pass them', {
    idPrefix: '',
    name: 'active',
    classes: '',
    fieldset: { legend: { text: 'Active', classes: null } },
    hint: undefined,
    errorMessage: undefined,
    items: [{ value: 'yes', text: 'Yes', checked: false, hint: null }, { value: 'no', text: 'No', checked: undefined, hint: { text: '' } }],
  }],
  ['text needing escaping in every place text goes', {
    idPrefix: `p"x'`,
    name: `n<&>`,
    classes: `c"<`,
    fieldset: { legend: { text: SPECIAL, classes: `l"&` } },
    hint: { text: SPECIAL },
    errorMessage: { text: SPECIAL },
    items: [{ value: SPECIAL, text: SPECIAL, hint: { text: SPECIAL } }, { value: `a"b`, text: 'Second', checked: true }],
  }],
  ['text marked safe is written as it is', {
    name: 'safe',
    fieldset: { legend: { text: safe('<span>Legend</span>') } },
    hint: { text: safe('<em>hint</em>') },
    items: [{ value: 'a', text: safe('<strong>A</strong>'), hint: { text: safe('<em>a</em>') } }, { value: safe('b&amp;c'), text: 'B' }],
  }],
  ['empty items are skipped and still counted in the ids after them; numbers as values', {
    idPrefix: 'n',
    name: 'n',
    fieldset: { legend: { text: 'Number' } },
    items: [{ value: 1, text: 'One' }, null, { value: 2, text: 'Two', hint: { text: 'Second' } }, undefined, { value: 3, text: 'Three', checked: true }, false, { value: 0, text: 'Zero' }],
  }],
  ['an item with no text has no label', {
    name: 'blank',
    fieldset: { legend: { text: 'Blank' } },
    items: [{ value: 'x', text: '' }, { value: 'y', text: 'Y' }],
  }],
];

const SELECTS: Array<[string, { items: readonly unknown[] } & Record<string, unknown>]> = [
  ['the fewest params: the id from the name, a label', {
    name: 'sector',
    label: { text: 'Sector' },
    items: [{ value: '', text: 'Any sector' }, { value: 'public', text: 'Public' }],
  }],
  ['id, classes, label classes, a hint, an error and a selected option', {
    id: 'organisation',
    name: 'organisationId',
    classes: 'accord-select--wide',
    label: { text: 'Partner organisation', classes: 'govuk-label--s' },
    hint: { text: 'Organisations not listed can be added first' },
    errorMessage: { text: 'Select an organisation' },
    items: [{ value: '', text: 'Any partner' }, { value: 'a1', text: 'Acme', selected: true }, { value: 'b2', text: 'Beta', selected: false }],
  }],
  ['an error without a hint, absent params as undefined or null', {
    name: 'role',
    classes: undefined,
    label: { text: 'Role', classes: null },
    hint: null,
    errorMessage: { text: 'Select a role' },
    items: [{ value: 'lead', text: 'Lead' }],
  }],
  ['text needing escaping in every place text goes', {
    id: `i"d'`,
    name: `n<&>`,
    classes: `c"<`,
    label: { text: SPECIAL, classes: `l"&` },
    hint: { text: SPECIAL },
    errorMessage: { text: SPECIAL },
    items: [{ value: SPECIAL, text: SPECIAL, selected: true }, { value: `\\`, text: `'` }],
  }],
  ['text marked safe; an option with no value; empty items skipped; numbers', {
    name: 'mixed',
    label: { text: safe('<span>Mixed</span>') },
    items: [{ text: 'No value' }, null, { value: 7, text: 7 }, { value: 'x', text: safe('<b>x</b>') }, { value: '', text: '' }],
  }],
];

const INPUTS: Array<[string, Record<string, unknown>]> = [
  ['the fewest params: the id from the name, a label', { name: 'q', label: { text: 'Search' } }],
  ['the register\'s contribution filter: a prefix, a hint, an error, inputmode, no spellcheck', {
    id: 'minContribution',
    name: 'minContribution',
    label: { text: 'Council contribution at least', classes: 'govuk-label--s' },
    hint: { text: 'Per year, in pounds' },
    errorMessage: { text: 'Enter an amount in pounds' },
    value: '12.50',
    prefix: { text: '£' },
    classes: 'govuk-input--width-10',
    inputmode: 'decimal',
    spellcheck: false,
  }],
  ['a search with an empty value, spellcheck on, a hint and no error', {
    id: 'q', name: 'q', type: 'search', value: '', spellcheck: true, label: { text: 'Search', classes: 'govuk-label--s' }, hint: { text: 'Name or reference' }, errorMessage: undefined,
  }],
  ['an error without a hint; the number 0 as the value', { name: 'n', label: { text: 'Number' }, value: 0, errorMessage: { text: 'Too small' } }],
  ['absent params as undefined, null, false or empty text; spellcheck neither true nor false', {
    name: 'x', id: '', type: '', value: false, spellcheck: 'yes', inputmode: null, classes: undefined, label: { text: 'X', classes: '' }, hint: null, prefix: { text: '' },
  }],
  ['no value at all', { name: 'x', label: { text: 'X' }, value: null }],
  ['text needing escaping in every place text goes', {
    id: `i"d'`, name: `n<&>`, type: `t"`, value: SPECIAL, inputmode: `m'`, classes: `c"<`,
    label: { text: SPECIAL, classes: `l"&` }, hint: { text: SPECIAL }, errorMessage: { text: SPECIAL }, prefix: { text: SPECIAL },
  }],
  ['text marked safe is written as it is', { name: 'x', value: safe('a&amp;b'), label: { text: safe('<b>X</b>') }, hint: { text: safe('<i>h</i>') }, prefix: { text: safe('&pound;') } }],
];

describe('accordCheckboxes and accordRadios write what govukCheckboxes and govukRadios write', () => {
  for (const kind of ['checkboxes', 'radios'] as const) {
    for (const [name, params] of CHOICES) it(`${kind}: ${name}`, () => assertSameMarkup(COMPONENTS[kind], params));
  }
});

describe('accordSelect writes what govukSelect writes', () => {
  for (const [name, params] of SELECTS) it(name, () => assertSameMarkup(COMPONENTS.select, params));
});

describe('accordInput writes what govukInput writes', () => {
  for (const [name, params] of INPUTS) it(name, () => assertSameMarkup(COMPONENTS.input, params));
});

// Params outside what the writers know: the macro would honour them, so they must not be dropped silently.
const legend = { legend: { text: 'Legend' } };
const REJECTED: Array<[keyof typeof COMPONENTS, string, Record<string, unknown>, RegExp]> = [
  ['checkboxes', 'a conditional reveal', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', conditional: { html: '<p>x</p>' } }] }, /accordCheckboxes: "items\[1\]\.conditional" is not supported/],
  ['checkboxes', 'a divider', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A' }, { divider: 'or' }] }, /"items\[1\]\.divider" is not supported/],
  ['checkboxes', 'an item in html', { name: 'a', fieldset: legend, items: [{ value: 'a', html: '<b>A</b>' }] }, /"items\[0\]\.html" is not supported/],
  ['checkboxes', 'an exclusive item', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A', behaviour: 'exclusive' }] }, /"items\[0\]\.behaviour"/],
  ['checkboxes', 'item label classes', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A', label: { classes: 'x' } }] }, /"items\[0\]\.label"/],
  ['checkboxes', 'attributes', { name: 'a', fieldset: legend, attributes: { 'data-x': '1' }, items: [] }, /"attributes" is not supported/],
  ['checkboxes', 'checked by values', { name: 'a', fieldset: legend, values: ['a'], items: [{ value: 'a', text: 'A' }] }, /"values" is not supported/],
  ['checkboxes', 'fieldset classes', { name: 'a', fieldset: { ...legend, classes: 'x' }, items: [] }, /"fieldset\.classes" is not supported/],
  ['checkboxes', 'a legend as the page heading', { name: 'a', fieldset: { legend: { text: 'L', isPageHeading: true } }, items: [] }, /"fieldset\.legend\.isPageHeading"/],
  ['checkboxes', 'a hint in html', { name: 'a', fieldset: legend, hint: { html: '<b>h</b>' }, items: [] }, /"hint\.html" is not supported/],
  ['checkboxes', 'an error with other hidden text', { name: 'a', fieldset: legend, errorMessage: { text: 'e', visuallyHiddenText: 'Problem' }, items: [] }, /"errorMessage\.visuallyHiddenText"/],
  ['checkboxes', 'form group classes', { name: 'a', fieldset: legend, formGroup: { classes: 'x' }, items: [] }, /"formGroup" is not supported/],
  ['checkboxes', 'an item hint given as plain text', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A', hint: 'A hint' }] }, /"items\[0\]\.hint" must be an object/],
  ['checkboxes', 'no fieldset', { name: 'a', items: [{ value: 'a', text: 'A' }] }, /"fieldset\.legend\.text" is needed/],
  ['checkboxes', 'no name', { fieldset: legend, items: [] }, /"name" is needed/],
  ['checkboxes', 'no items', { name: 'a', fieldset: legend }, /"items" must be a list/],
  ['checkboxes', 'an object where text goes', { name: 'a', fieldset: legend, items: [{ value: 'a', text: { en: 'A' } }] }, /"items\[0\]\.text" must be text/],
  ['radios', 'checked by value', { name: 'a', fieldset: legend, value: 'a', items: [{ value: 'a', text: 'A' }] }, /accordRadios: "value" is not supported/],
  ['radios', 'a disabled item', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A', disabled: true }] }, /"items\[0\]\.disabled" is not supported/],
  ['radios', 'a conditional reveal', { name: 'a', fieldset: legend, items: [{ value: 'a', text: 'A', conditional: { html: 'x' } }] }, /"items\[0\]\.conditional"/],
  ['select', 'selected by value', { name: 'a', label: { text: 'A' }, value: 'x', items: [] }, /accordSelect: "value" is not supported/],
  ['select', 'a disabled option', { name: 'a', label: { text: 'A' }, items: [{ value: 'x', text: 'X', disabled: true }] }, /"items\[0\]\.disabled" is not supported/],
  ['select', 'option attributes', { name: 'a', label: { text: 'A' }, items: [{ value: 'x', text: 'X', attributes: { lang: 'cy' } }] }, /"items\[0\]\.attributes"/],
  ['select', 'a label as the page heading', { name: 'a', label: { text: 'A', isPageHeading: true }, items: [] }, /"label\.isPageHeading" is not supported/],
  ['select', 'a disabled select', { name: 'a', label: { text: 'A' }, disabled: true, items: [] }, /"disabled" is not supported/],
  ['select', 'no label', { name: 'a', items: [] }, /"label\.text" is needed/],
  ['input', 'a suffix', { name: 'a', label: { text: 'A' }, suffix: { text: 'kg' } }, /accordInput: "suffix" is not supported/],
  ['input', 'a prefix in html', { name: 'a', label: { text: 'A' }, prefix: { html: '<b>£</b>' } }, /"prefix\.html" is not supported/],
  ['input', 'autocomplete', { name: 'a', label: { text: 'A' }, autocomplete: 'email' }, /"autocomplete" is not supported/],
  ['input', 'a pattern', { name: 'a', label: { text: 'A' }, pattern: '[0-9]*' }, /"pattern" is not supported/],
  ['input', 'attributes', { name: 'a', label: { text: 'A' }, attributes: { 'data-x': 1 } }, /"attributes" is not supported/],
  ['input', 'a disabled input', { name: 'a', label: { text: 'A' }, disabled: true }, /"disabled" is not supported/],
  ['input', 'a label as the page heading', { name: 'a', label: { text: 'A', isPageHeading: true } }, /"label\.isPageHeading"/],
  ['input', 'described by something else', { name: 'a', label: { text: 'A' }, describedBy: 'x' }, /"describedBy" is not supported/],
  ['input', 'no label', { name: 'a' }, /"label\.text" is needed/],
  ['input', 'no name', { label: { text: 'A' } }, /"name" is needed/],
];

describe('a param the writers do not know throws, naming it and what to use instead', () => {
  for (const [kind, name, params, message] of REJECTED) {
    it(`${kind}: ${name}`, () => {
      const macro = COMPONENTS[kind].govuk.macro;
      assert.throws(() => render(COMPONENTS[kind].accord, params), (e: Error) => {
        assert.match(e.message, message);
        assert.match(e.message, new RegExp(`Use ${macro}, or add this`));
        return true;
      });
    });
  }
});

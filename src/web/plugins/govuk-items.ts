// govuk-frontend's markup for checkbox, radio and select items and text inputs, written in one pass (decision 17).
// Through the macros each item costs 10–20 µs (a template each for its label and hint, govukAttributes,
// trim, indent), and the register's filter panel has dozens on every request. What these write is the
// macros' own markup for the params Accord uses: test/unit/govuk-markup-parity.test.ts renders both and
// compares. Any other param throws, so one the macro would honour is never silently dropped.
import nunjucks from 'nunjucks';

const { SafeString } = nunjucks.runtime;

// The characters nunjucks' autoescape replaces (its lib.escape, which its types do not export).
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const NEEDS_ESCAPE = /[&"'<>\\]/;
const ESCAPE_ALL = /[&"'<>\\]/g;

/** A value as `{{ value }}` writes it with autoescape on: a SafeString as it is, anything else escaped. */
export function escapeHtml(value: unknown): string {
  if (value instanceof SafeString) return value.toString();
  const text = value === undefined || value === null ? '' : String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ESCAPES[c]!) : text;
}

/** The params a writer supports: 'scalar' is a value written as text, a Map lists the keys, [shape] is a list. */
type Shape = 'scalar' | ReadonlyMap<string, Shape> | readonly [Shape];

// Maps, looked up from a for…in loop: a third of the cost of Object.keys with hasOwn, for every option of every list.
const fields = (keys: Record<string, Shape>): Shape => new Map(Object.entries(keys));

const TEXT = fields({ text: 'scalar' });
const CHOICES_PARAMS = fields({
  idPrefix: 'scalar',
  name: 'scalar',
  classes: 'scalar',
  fieldset: fields({ legend: fields({ text: 'scalar', classes: 'scalar' }) }),
  hint: TEXT,
  errorMessage: TEXT,
  items: [fields({ value: 'scalar', text: 'scalar', checked: 'scalar', hint: TEXT })],
});
const SELECT_PARAMS = fields({
  id: 'scalar',
  name: 'scalar',
  classes: 'scalar',
  label: fields({ text: 'scalar', classes: 'scalar' }),
  hint: TEXT,
  errorMessage: TEXT,
  items: [fields({ value: 'scalar', text: 'scalar', selected: 'scalar' })],
});
const INPUT_PARAMS = fields({
  id: 'scalar',
  name: 'scalar',
  type: 'scalar',
  value: 'scalar',
  spellcheck: 'scalar',
  inputmode: 'scalar',
  classes: 'scalar',
  label: fields({ text: 'scalar', classes: 'scalar' }),
  hint: TEXT,
  errorMessage: TEXT,
  prefix: TEXT,
});

class UnsupportedParam extends Error {
  constructor(component: string, govuk: string, problem: string) {
    super(`${component}: ${problem}. Use ${govuk}, or add this to ${component} and to test/unit/govuk-markup-parity.test.ts`);
    this.name = 'UnsupportedParam';
  }
}

interface Mismatch {
  path: Array<string | number>;
  problem: string;
}

/** Where value strays from shape, or null. The path is built only on the way out of a mismatch: cheap when none. */
function mismatch(value: unknown, shape: Shape): Mismatch | null {
  // Absent, as the macros' `{% if params.x %}` reads it; a scalar's own falsy values need no checking either.
  if (value === undefined || value === null || value === false) return null;
  if (shape === 'scalar') {
    return typeof value === 'object' && !(value instanceof SafeString) ? { path: [], problem: `must be text, not ${Array.isArray(value) ? 'a list' : 'an object'}` } : null;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return { path: [], problem: 'must be a list' };
    for (let i = 0; i < value.length; i++) {
      const found = mismatch(value[i], shape[0]);
      if (found) return found.path.unshift(i), found;
    }
    return null;
  }
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof SafeString) return { path: [], problem: 'must be an object' };
  // for…in, as the templates' lookups see inherited keys too.
  for (const key in value) {
    const keyShape = (shape as ReadonlyMap<string, Shape>).get(key);
    const found = keyShape ? mismatch((value as Record<string, unknown>)[key], keyShape) : { path: [], problem: 'is not supported' };
    if (found) return found.path.unshift(key), found;
  }
  return null;
}

function pathText(path: ReadonlyArray<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

interface TextParam {
  text?: unknown;
}

interface ChoicesParams {
  idPrefix?: unknown;
  name?: unknown;
  fieldset?: { legend?: TextParam };
  items?: ReadonlyArray<{ value?: unknown; text?: unknown; checked?: unknown; hint?: TextParam } | null | undefined | false>;
}

interface InputParams {
  id?: unknown;
  name?: unknown;
  type?: unknown;
  value?: unknown;
  spellcheck?: unknown;
  inputmode?: unknown;
  classes?: unknown;
  label?: TextParam;
  errorMessage?: unknown;
}

interface SelectParams {
  name?: unknown;
  label?: TextParam;
  items?: ReadonlyArray<{ value?: unknown; text?: unknown; selected?: unknown } | null | undefined | false>;
}

type Fail = (problem: string) => never;

function failingAs(component: string, govuk: string): Fail {
  return (problem) => {
    throw new UnsupportedParam(component, govuk, problem);
  };
}

/** What every writer needs: only the params it knows, and a name. */
function checkParams(params: unknown, shape: Shape, fail: Fail): void {
  if (!params || typeof params !== 'object') fail('params must be an object');
  const found = mismatch(params, shape);
  if (found) fail(`"${pathText(found.path)}" ${found.problem}`);
  if (!(params as { name?: unknown }).name) fail('"name" is needed');
}

function checkItems(params: { items?: unknown }, fail: Fail): void {
  if (!Array.isArray(params.items)) fail('"items" must be a list');
}

function checkChoices(params: ChoicesParams, fail: Fail): void {
  checkParams(params, CHOICES_PARAMS, fail);
  checkItems(params, fail);
  // Without a fieldset the macros describe each item by the hint and error instead: not written here.
  if (!params.fieldset?.legend?.text) fail('"fieldset.legend.text" is needed');
}

/**
 * The items of govukCheckboxes or govukRadios with a fieldset. Whitespace inside labels and hints is kept
 * where the macros put it (it is part of the text the browser sees); indentation between tags is not.
 */
function choiceItems(kind: 'checkboxes' | 'radios', params: ChoicesParams): nunjucks.runtime.SafeString {
  const type = kind === 'checkboxes' ? 'checkbox' : 'radio';
  const name = escapeHtml(params.name);
  const idPrefix = String(params.idPrefix || params.name);
  let html = '';
  params.items!.forEach((item, i) => {
    if (!item) return; // The macros skip empty items but still count them in the ids that follow.
    // The first has no number, so an error summary can link to it.
    const id = escapeHtml(i === 0 ? idPrefix : `${idPrefix}-${i + 1}`);
    const hasHint = Boolean(item.hint && item.hint.text);
    html +=
      `<div class="govuk-${kind}__item">` +
      `<input class="govuk-${kind}__input" id="${id}" name="${name}" type="${type}" value="${escapeHtml(item.value)}"` +
      `${item.checked ? ' checked' : ''}${hasHint ? ` aria-describedby="${id}-item-hint"` : ''}>` +
      (item.text ? `<label class="govuk-label govuk-${kind}__label" for="${id}">\n${escapeHtml(item.text)}\n</label>` : '') +
      (hasHint ? `<div id="${id}-item-hint" class="govuk-hint govuk-${kind}__hint">\n${escapeHtml(item.hint!.text)}\n</div>` : '') +
      '</div>';
  });
  return new SafeString(html);
}

export function checkboxItems(params: ChoicesParams): nunjucks.runtime.SafeString {
  checkChoices(params, failingAs('accordCheckboxes', 'govukCheckboxes'));
  return choiceItems('checkboxes', params);
}

export function radioItems(params: ChoicesParams): nunjucks.runtime.SafeString {
  checkChoices(params, failingAs('accordRadios', 'govukRadios'));
  return choiceItems('radios', params);
}

/** The <option>s of govukSelect: hundreds on the register page (every organisation, every officer). */
export function selectItems(params: SelectParams): nunjucks.runtime.SafeString {
  const fail = failingAs('accordSelect', 'govukSelect');
  checkParams(params, SELECT_PARAMS, fail);
  checkItems(params, fail);
  if (!params.label?.text) fail('"label.text" is needed');
  let html = '';
  for (const item of params.items!) {
    if (!item) continue;
    html += `<option${item.value !== undefined ? ` value="${escapeHtml(item.value)}"` : ''}${item.selected ? ' selected' : ''}>${escapeHtml(item.text)}</option>`;
  }
  return new SafeString(html);
}

/** An optional attribute as govukAttributes writes one: left out when null, undefined or false. */
function optional(name: string, value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  return value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
}

/**
 * The <input> of govukInput, its attributes in the macro's order. accordInput's template writes the rest;
 * it passes the hint and error ids it wrote, as the macro's own inner macro reads them.
 */
export function inputElement(params: InputParams, describedBy: string): nunjucks.runtime.SafeString {
  const fail = failingAs('accordInput', 'govukInput');
  checkParams(params, INPUT_PARAMS, fail);
  if (!params.label?.text) fail('"label.text" is needed');
  const classes = `govuk-input${params.classes ? ` ${String(params.classes)}` : ''}${params.errorMessage ? ' govuk-input--error' : ''}`;
  const html =
    `<input class="${escapeHtml(classes)}" id="${escapeHtml(params.id || params.name)}" name="${escapeHtml(params.name)}" type="${escapeHtml(params.type || 'text')}"` +
    // Only a true or false spellcheck is written: anything else leaves it to the browser.
    optional('spellcheck', typeof params.spellcheck === 'boolean' ? String(params.spellcheck) : null) +
    optional('value', params.value) +
    optional('aria-describedby', describedBy || null) +
    optional('inputmode', params.inputmode) +
    '>';
  return new SafeString(html);
}

export function addGovukItemFilters(env: nunjucks.Environment): void {
  env.addFilter('checkboxItems', checkboxItems);
  env.addFilter('radioItems', radioItems);
  env.addFilter('selectItems', selectItems);
  env.addFilter('inputElement', inputElement);
}

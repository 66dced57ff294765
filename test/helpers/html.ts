// Reading the pages as a person would: what a field shows, the names and ids a list links to, the
// History section, and the GOV.UK error pattern. Field values come back as the HTML has them
// (escaped), so a test sees that what a user typed was escaped.
import assert from 'node:assert/strict';

/** Text made literal inside a RegExp. */
export const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text as the page escapes it (for comparing messages with the page). */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** HTML text back to what a browser would show or send. */
export const unescapeHtml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The value attribute of the input with this id, as rendered. */
export const inputValue = (html: string, id: string) => new RegExp(`<input[^>]*\\sid="${id}"[^>]*\\svalue="([^"]*)"`).exec(html)?.[1];
/** The text of the textarea with this id, as rendered. */
export const textareaValue = (html: string, id: string) => new RegExp(`<textarea[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
/** The value of the option selected in the select with this id (undefined when none is). */
export const selected = (html: string, id: string) => {
  const select = new RegExp(`<select[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return /<option value="([^"]*)" selected>/.exec(select)?.[1];
};

/** The names of the records a page links to at `<prefix>/<id>`, in page order (e.g. a list's rows). */
export const linkedNames = (html: string, prefix: string) =>
  [...html.matchAll(new RegExp(`<a class="govuk-link" href="${reEscape(prefix)}/[0-9a-f-]{36}">([^<]*)</a>`, 'g'))].map((m) => m[1]!);
/** The ids of the records a page links to at `<prefix>/<id>`, in page order. */
export const linkedIds = (html: string, prefix: string) =>
  [...html.matchAll(new RegExp(`<a class="govuk-link" href="${reEscape(prefix)}/([0-9a-f-]{36})">`, 'g'))].map((m) => m[1]!);

/** The History section's lines. */
export const historyLines = (html: string) =>
  [...(html.split('<h2 class="govuk-heading-m">History</h2>')[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]!);

/** The fields the error summary links to, in its order. */
export function summaryLinks(html: string): string[] {
  const list = /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]!);
}

/**
 * The GOV.UK error pattern for one field: an error summary whose link names the field, the message
 * shown at the field (date parts share their fieldset's message), the link's target present (a form
 * control, or an input where `target` says so), and a page title starting "Error: ".
 */
export function assertFieldError(html: string, field: string, message: string, target: 'control' | 'input' = 'control'): void {
  const shown = escapeHtml(message);
  assert.ok(html.includes('There is a problem'), 'an error summary');
  assert.ok(html.includes(`<a href="#${field}">${shown}</a>`), `the summary links "${message}" to #${field}`);
  const errorId = `${field.replace(/-(day|month|year)$/, '')}-error`;
  assert.match(
    html,
    new RegExp(`<p id="${reEscape(errorId)}" class="govuk-error-message">\\s*<span class="govuk-visually-hidden">Error:</span> ${reEscape(shown)}`),
    `"${message}" is shown at ${field}`,
  );
  const tag = target === 'input' ? 'input' : '(?:input|select|textarea)';
  assert.match(html, new RegExp(`<${tag}[^>]*\\sid="${reEscape(field)}"`), `the link target #${field} exists`);
  assert.match(html, /<title>Error: /, 'the title says there is an error');
}

/** A requirement's row of a Compliance page, by its id, up to the next row. */
export function complianceRow(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `${id} is on the page`);
  return html.slice(start, html.indexOf('govuk-summary-list__row', start + 10));
}

/** A day as a GOV.UK date input's three boxes: `threeBoxes('dueOn', '2026-09-01')` → dueOn-day 1, dueOn-month 9, dueOn-year 2026. */
export const threeBoxes = (name: string, iso: string): Record<string, string> => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year! };
};

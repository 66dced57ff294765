// The GOV.UK date input's three boxes (<name>-day, -month, -year) as yyyy-mm-dd and back, for every form
// with a date (a partnership's dates, a decision, a governance section, a document's version, a record's
// date, an attestation, an exception): read as typed so a refused form shows them as they were, each
// problem at the box that fixes it. Whether the date exists is the schema's (or realDate's).
import type { FieldError } from './form.ts';

const PARTS = ['day', 'month', 'year'] as const;

/** The boxes as yyyy-mm-dd; null when all are blank; undefined (with an error at the first box to blame) when they cannot be read. */
export function dateFromParts(form: Readonly<Record<string, string>>, name: string, label: string, errors: FieldError[]): string | null | undefined {
  const values = PARTS.map((part) => (form[`${name}-${part}`] ?? '').trim());
  const [day, month, year] = values as [string, string, string];
  if (!day && !month && !year) return null;
  const missing = PARTS.filter((_, i) => !values[i]);
  if (missing.length) {
    errors.push({ field: `${name}-${missing[0]}`, message: `${label} must include a ${missing.join(' and ')}` });
    return undefined;
  }
  if (!values.every((v) => /^\d{1,4}$/.test(v)) || year.length !== 4) {
    errors.push({ field: `${name}-day`, message: `${label} must be a real date` });
    return undefined;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** yyyy-mm-dd as the three boxes, without leading zeros. */
export function partsOfDate(name: string, iso: string | null): Record<string, string> {
  if (!iso) return {};
  const [year, month, day] = iso.split('-').map((v) => String(Number(v))) as [string, string, string];
  return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
}

/** The error of a date's boxes, whichever box it is at. */
export const dateError = (errors: Readonly<Record<string, { text: string }>>, name: string) => errors[`${name}-day`] ?? errors[`${name}-month`] ?? errors[`${name}-year`];

/** The govukDateInput items for a date, each box marked when the date is in error. */
export function dateItems(form: Readonly<Record<string, string>>, name: string, error: unknown) {
  const wrong = error ? ' govuk-input--error' : '';
  return [
    { name: 'day', label: 'Day', id: `${name}-day`, classes: `govuk-input--width-2${wrong}`, value: form[`${name}-day`] },
    { name: 'month', label: 'Month', id: `${name}-month`, classes: `govuk-input--width-2${wrong}`, value: form[`${name}-month`] },
    { name: 'year', label: 'Year', id: `${name}-year`, classes: `govuk-input--width-4${wrong}`, value: form[`${name}-year`] },
  ];
}

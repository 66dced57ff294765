// R-2.8e: a partner's ratification of a carried decision beyond its members' authority, described once:
// which partner (one the decision awaits), the day and a note. Its form is drawn by the record form from
// this description; the API parses with the same schema.
import { z } from 'zod';
import type { Ratification } from '../../domain/decisions/authority.ts';
import type { FieldDescription, RecordDescription } from '../records/record-kind.ts';
import { isoDate, optionalText, recordId } from '../schemas/fields.ts';

export const ratificationSchema = z.strictObject({
  organisationId: recordId('Select the partner that ratified the decision'),
  ratifiedOn: isoDate('The date it was ratified').meta({ format: 'date' }),
  note: optionalText({ label: 'The note', max: 1000 }).optional().transform((v) => v ?? null),
});

const fieldsFor = (pending: readonly Ratification[]): Record<'organisationId' | 'ratifiedOn' | 'note', FieldDescription> => ({
  organisationId: {
    label: 'The partner that ratified it',
    clause: 'R-2.8e',
    input: { kind: 'radios', options: pending.filter((r) => !r.ratifiedOn).map((r) => ({ value: r.organisationId, text: r.partnerName, hint: r.ratifier })) },
    audit: 'partner',
    api: 'R-2.8e: the id of a partner whose ratification the decision awaits.',
  },
  ratifiedOn: {
    label: 'When it was ratified',
    hint: 'On or after the day of the meeting. For example, 2 4 2027.',
    clause: 'R-2.8e',
    input: { kind: 'date', called: 'The date it was ratified' },
    api: 'R-2.8e: the day the partner ratified it, yyyy-mm-dd, on or after the meeting.',
    example: '2027-04-02',
  },
  note: {
    label: 'Note (optional)',
    hint: 'For example, the minute of the partner’s board that ratified it.',
    input: { kind: 'text' },
    api: 'R-2.8e: where the ratification is recorded; null for none.',
    example: 'Northvale NHS Trust Board, minute 27/04',
  },
});

/** The API's description of the fields (its choices are the item's, so none are listed). */
export const RATIFICATION_FIELDS = fieldsFor([]);

/** The form for an item's pending ratifications. */
export function ratificationForm(pending: readonly Ratification[]): RecordDescription {
  return {
    fields: fieldsFor(pending),
    schema: ratificationSchema,
    keyField: undefined,
    inputOf: (r: { organisationId: string; ratifiedOn: string; note: string | null }) => ({ ...r }),
    audited: (r: Record<string, unknown>) => r,
  };
}

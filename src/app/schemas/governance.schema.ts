// What a governance section is sent with: its status, a summary and, when agreed, the date the
// partners agreed it. One schema for the API's PUT and the change form; the rules across the fields
// (an agreed section's date and summary) are sectionProblems's, beside the schema's.
import { z } from 'zod';
import { SECTION_STATUSES } from '../../domain/governance/catalogue.ts';
import { MAX_SECTION_SUMMARY } from '../../domain/governance/section.ts';
import { isoDate, optionalText } from './fields.ts';

export const STATUS_MISSING = 'Select the status of this section: not started, draft or agreed (R-2.7)';

export const governanceSectionSchema = z.strictObject({
  status: z.enum(SECTION_STATUSES, { error: STATUS_MISSING }).meta({ description: 'R-2.7: not-started, draft or agreed.' }),
  summary: optionalText({ label: 'The summary', max: MAX_SECTION_SUMMARY, multiline: true })
    .optional()
    .meta({ description: 'What the partners agreed, or are drafting. Required when agreed; blank or left out: none.' }),
  agreedOn: isoDate('The date it was agreed')
    .nullable()
    .optional()
    .meta({ description: 'yyyy-mm-dd: when the partners agreed it, today or before. Required when the status is agreed; refused otherwise.' }),
});

export type GovernanceSectionInput = z.infer<typeof governanceSectionSchema>;

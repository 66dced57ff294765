// R-2.8c: recording that members not present were told of a decision: who, on what day and how. The form
// and the API both parse with this.
import { z } from 'zod';
import { TOLD_HOW } from '../../domain/meetings/communication.ts';
import { isoDate, recordId } from '../schemas/fields.ts';

export const toldSchema = z.strictObject({
  personIds: z
    .array(recordId('Select the members who were told'), { error: 'Select the members who were told' })
    .min(1, 'Select the members who were told')
    .refine((ids) => new Set(ids).size === ids.length, 'Select each member once')
    .meta({ description: 'R-2.8c: the members told, each a seat whose member was not present.' }),
  toldOn: isoDate('The date they were told').meta({ format: 'date', description: 'R-2.8c: the day they were told, on or after the meeting.' }),
  how: z.enum(TOLD_HOW, { error: 'Select how they were told' }).meta({ description: 'R-2.8c: email, letter, phone, in-person or minutes (sent the draft minutes).' }),
});

// One schema for a corporate priority (R-2.5b): the priority form maps its fields onto it, and the
// JSON API will validate bodies with it. Field names are those of PriorityInput.
import { z } from 'zod';
import { optionalText, text } from '../../app/schemas/fields.ts';
import { orNull } from './organisation.schema.ts';

export const prioritySchema = z
  .object({
    title: text({ missing: 'Enter the priority’s title', label: 'Title', max: 200 }),
    description: orNull(optionalText({ label: 'Description', max: 2000, multiline: true })),
    active: z.boolean({ error: 'Select yes if this is a current priority' }),
  })
  .strict();

export type PriorityFormInput = z.infer<typeof prioritySchema>;

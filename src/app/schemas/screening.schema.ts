// What a screening is sent with: one schema for the API's body and the question
// pages (each page parses its own answer with this schema's field, and "Check your answers" the whole).
// Every message says what to choose in the protocol's terms.
import { z } from 'zod';
import { CHARACTERISTICS, EXCLUSIONS, MAX_SCREENING_NOTE_LENGTH, SCREENING_WELLBEING } from '../../domain/screening/questions.ts';
import { optionalText } from './fields.ts';

/** A list of choices, each at most once; an empty list is an answer ("none of these"). */
const choices = <T extends readonly [string, ...string[]]>(values: T, missing: string, unknown: string) =>
  z
    .array(z.enum(values, { error: unknown }), { error: missing })
    .refine((list) => new Set(list).size === list.length, { message: 'Choose each answer once' });

export const SCREENING_MESSAGES = {
  sharedResponsibility: 'Select yes if the council and at least one other organisation share responsibility for agreeing and delivering actions and outcomes (R-1.1)',
  wellbeing: 'Select the well-being it improves, or ‘None of these’ (R-1.1)',
  characteristics: 'Select the characteristics the partners have, or ‘None of these’ (R-1.2)',
  exclusions: 'Select any of these that describe the arrangement, or ‘None of these’ (R-2.2)',
  councilControlsThirdParty: 'Select yes if the council also controls the third party’s strategic direction and significant decision making (R-2.2(a))',
} as const;

export const screeningAnswersSchema = z
  .strictObject({
    sharedResponsibility: z.boolean({ error: SCREENING_MESSAGES.sharedResponsibility }).meta({ description: 'R-1.1: the council and at least one other organisation, from any sector, share the responsibility for agreeing and then delivering a set of actions and outcomes.' }),
    wellbeing: choices(SCREENING_WELLBEING, SCREENING_MESSAGES.wellbeing, 'Choose economic, social or environmental').meta({
      description: 'R-1.1: the well-being those outcomes improve (economic, social, environmental); [] for none.',
    }),
    characteristics: choices(CHARACTERISTICS, SCREENING_MESSAGES.characteristics, `Choose from ${CHARACTERISTICS.join(', ')}`).meta({
      description: 'R-1.2: which of section 1’s characteristics a–f the partners have (recorded; none is needed); [] for none.',
    }),
    exclusions: choices(EXCLUSIONS, SCREENING_MESSAGES.exclusions, `Choose from ${EXCLUSIONS.join(', ')}`).meta({
      description: 'R-2.2: which of 2.2’s exclusions a–d describe the arrangement (commissioned-service is (a), consultation-group (b), outside-body (c), pfi (d)); [] for none.',
    }),
    councilControlsThirdParty: z
      .boolean({ error: SCREENING_MESSAGES.councilControlsThirdParty })
      .nullable()
      .optional()
      .meta({ description: 'R-2.2(a)’s qualifier: required when exclusions has commissioned-service (true: the council also controls strategic direction and significant decision making, so (a) does not exclude it); ignored otherwise.' }),
    note: optionalText({ label: 'The note', max: MAX_SCREENING_NOTE_LENGTH, multiline: true })
      .optional()
      .meta({ description: 'Anything else screening found, in words.' }),
  })
  .refine(
    // R-2.2(a): paying a third party excludes it only when the council does not also control it, so that is asked.
    // Checked even when other answers are wrong (when), so the API lists every problem at once (decision 29).
    (a) => !(Array.isArray(a.exclusions) && a.exclusions.includes('commissioned-service')) || typeof a.councilControlsThirdParty === 'boolean',
    { path: ['councilControlsThirdParty'], message: SCREENING_MESSAGES.councilControlsThirdParty, when: () => true },
  );

export type ScreeningAnswersInput = z.output<typeof screeningAnswersSchema>;

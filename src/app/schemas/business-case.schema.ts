// What the assessment and business case are sent with (R-2.5a, R-A1.1, R-A1.2, R-2.6.3): one schema for
// the API's PUT and the change form. Every answer may be left out or blank while it is being written:
// assessmentCompleteness, not the schema, says what is still missing before approval.
import { z } from 'zod';
import { ASSESSMENT_TEXT, MAX_ASSESSMENT_TEXT, type AssessmentField } from '../../domain/business-case/assessment.ts';
import { optionalText } from './fields.ts';

const answer = (field: Exclude<AssessmentField, 'barIdentified'>) =>
  optionalText({ label: ASSESSMENT_TEXT[field].label, max: MAX_ASSESSMENT_TEXT, multiline: true })
    .optional()
    .meta({ description: `${ASSESSMENT_TEXT[field].clause}: ${ASSESSMENT_TEXT[field].hint} Blank or left out: not answered yet.` });

export const assessmentSchema = z.strictObject({
  existingCommitments: answer('existingCommitments'),
  legalPower: answer('legalPower'),
  barIdentified: z
    .boolean({ error: 'Select yes if a bar to using the legal power has been identified (R-A1.1)' })
    .nullable()
    .optional()
    .meta({ description: 'R-A1.1: whether any bar to using the power has been identified (true blocks approval). Null or left out: not answered yet.' }),
  barDetails: answer('barDetails'),
  legalFormReason: answer('legalFormReason'),
  businessCase: answer('businessCase'),
  evidenceBase: answer('evidenceBase'),
});

export type AssessmentInput = z.infer<typeof assessmentSchema>;

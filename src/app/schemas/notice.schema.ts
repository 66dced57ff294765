// Termination provisions as the API gives them to the notice calculator: the shape; whether they
// can be calculated on (the municipal year's end where it is needed, the notice's length in its unit) is
// the domain's provisionProblems.
import { z } from 'zod';
import { EFFECTIVE_POINTS, NOTICE_STARTS, NOTICE_UNITS } from '../../domain/exit/notice.ts';
import { isoDate } from './fields.ts';

export const noticeProvisionsSchema = z.strictObject({
  noticeLength: z.int().min(0).max(3650).meta({ description: 'R-2.14: the minimum notice a partner gives to withdraw, in noticeUnit; 0 for none.' }),
  noticeUnit: z.enum(NOTICE_UNITS).meta({ description: 'days, weeks or months (a period of months ends on the corresponding day, or the month’s last where it has none).' }),
  runsFrom: z.enum(NOTICE_STARTS).meta({ description: 'service: the notice runs from the day it is served; next-month: from the first day of the next month.' }),
  effectiveAt: z.enum(EFFECTIVE_POINTS).meta({ description: 'When the withdrawal may take effect: any-day, month-end, quarter-end, financial-year-end (31 March) or municipal-year-end (municipalYearEnds).' }),
  municipalYearEnds: z.string().max(5).nullable().optional().transform((v) => v ?? null).meta({ description: 'The municipal year’s last day, MM-DD (05-20): needed where effectiveAt is municipal-year-end.' }),
  whoMayShorten: z.string().max(300).nullable().optional().transform((v) => v ?? null).meta({ description: 'Who may agree a shorter notice; null where no one may.' }),
  conditions: z.array(z.string().min(1).max(500)).max(20).optional().default([]).meta({ description: 'What must be done before the notice takes effect (its share of any losses paid).' }),
});

export const noticeEvaluationSchema = z.strictObject({
  servedOn: isoDate('The date notice is served').meta({ format: 'date', description: 'R-2.14: the day notice is served, yyyy-mm-dd; today (London) when left out.' }).optional(),
  provisions: noticeProvisionsSchema.optional().meta({ description: 'The termination provisions to calculate under; when left out, the partnership’s own: the council’s provision where it has one, otherwise every partner’s.' }),
});

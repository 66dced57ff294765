// The reviews of a partnership's risks as a kind of record: which risk, the day, who reviewed
// it, the residual likelihood and impact it found, and what was noted. The latest sets the risk's band,
// and the band when the next review falls due (src/domain/risk/risk.ts); the reviews are its trend.
import { z } from 'zod';
import { findRisk, findRiskReview, insertRiskReview, listRiskReviews, listRisks, removeRiskReview, updateRiskReview } from '../../db/repositories/risks.repo.ts';
import { levelProblems, MAX_SCALE } from '../../domain/risk/matrix.ts';
import { riskMatrixOf } from '../../db/repositories/risk-matrix.repo.ts';
import { reviewProblems, type RiskReview, type RiskReviewInput } from '../../domain/risk/risk.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalText, recordId, text, wholeNumber } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

const schema = z.strictObject({
  riskId: recordId('Select the risk reviewed'),
  reviewedOn: isoDate('The date it was reviewed').meta({ format: 'date' }),
  likelihood: wholeNumber({ label: 'The likelihood', min: 1, max: MAX_SCALE, missing: 'Select the likelihood the review found' }),
  impact: wholeNumber({ label: 'The impact', min: 1, max: MAX_SCALE, missing: 'Select the impact the review found' }),
  reviewedBy: text({ label: 'Who reviewed it', missing: 'Enter who reviewed it', max: 200 }),
  notes: optionalText({ label: 'Notes', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});


export const riskReviews: RecordKind<RiskReview, RiskReviewInput> = {
  type: 'risk-review',
  segment: 'risk-reviews',
  idParam: 'riskReviewId',
  area: 'performance',
  component: 'RiskReview',
  names: { one: 'risk review', many: 'risk reviews', add: 'Record a risk review', heading: 'Risk reviews' },
  clause: 'R-2.6.8',
  fields: {
    riskId: {
      label: 'Risk',
      hint: 'The risk of the register that was reviewed.',
      clause: 'R-2.6.8',
      input: { kind: 'sibling', none: 'Select the risk', choices: async (db, partnershipId) => (await listRisks(db, partnershipId)).filter((r) => r.status === 'open').map((r) => ({ value: r.id, text: r.title })) },
      list: true,
      audit: 'risk',
      api: 'R-2.6.8: the id of the partnership’s risk that was reviewed.',
    },
    reviewedOn: {
      label: 'Reviewed',
      hint: 'The day of the review; the next falls due from it, sooner for a higher band. For example, 31 10 2026.',
      clause: 'R-2.6.8',
      input: { kind: 'date', called: 'The date it was reviewed' },
      list: true,
      api: 'R-2.6.8: the day of the review, yyyy-mm-dd; the next is due the band’s interval later.',
      example: '2026-10-31',
    },
    likelihood: { label: 'Likelihood now', hint: 'With the controls as they are today.', clause: 'R-2.6.8', input: { kind: 'scale', of: 'likelihood' }, api: 'R-2.6.8: the residual likelihood the review found, from 1 to the height of the risk matrix (GET /api/v1/risk-matrix).', example: 2 },
    impact: { label: 'Impact now', clause: 'R-2.6.8', input: { kind: 'scale', of: 'impact' }, api: 'R-2.6.8: the residual impact the review found, from 1 to the width of the risk matrix (GET /api/v1/risk-matrix).', example: 4 },
    reviewedBy: { label: 'Reviewed by', hint: 'Who reviewed it: the owner, or the board that did.', clause: 'R-2.6.8', input: { kind: 'text' }, list: true, api: 'R-2.6.8: who reviewed it.', example: 'Partnership board' },
    notes: { label: 'Notes (optional)', hint: 'What changed, and why the score moved or held.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'R-2.6.8: what the review noted; null for none.', example: 'Two more shelters open; likelihood down.' },
  },
  schema: schema as unknown as RecordKind<RiskReview, RiskReviewInput>['schema'],
  keyOf: (r) => r.id,
  title: (r) => `${r.riskTitle}, reviewed`,
  inputOf: (r) => ({ riskId: r.riskId, reviewedOn: r.reviewedOn, likelihood: r.likelihood, impact: r.impact, reviewedBy: r.reviewedBy, notes: r.notes }),
  audited: (r) => ({ risk: r.riskTitle, reviewedOn: r.reviewedOn, likelihood: r.likelihood, impact: r.impact, reviewedBy: r.reviewedBy, ...(r.notes ? { notes: r.notes } : {}) }),
  resource: z.strictObject({
    id: idOut,
    riskId: idOut,
    riskTitle: z.string(),
    reviewedOn: z.string().meta({ format: 'date' }),
    likelihood: z.number().int(),
    impact: z.number().int(),
    reviewedBy: z.string(),
    notes: z.string().nullable(),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    // a level the matrix in force has (an administrator may have made it smaller).
    const levels = levelProblems(await riskMatrixOf(db), [
      { field: 'likelihood', of: 'likelihood', value: v.likelihood },
      { field: 'impact', of: 'impact', value: v.impact },
    ]);
    if (!v.riskId) return levels;
    const risk = await findRisk(db, partnership.id, v.riskId);
    if (!risk) return [{ field: 'riskId', message: 'Select one of the partnership’s risks (R-2.6.8)' }, ...levels];
    // A closed risk is no longer reviewed; a review recorded before it closed may still be corrected.
    const kept = change.kind === 'change' ? (await findRiskReview(db, partnership.id, change.key))?.riskId : undefined;
    const problems: Problem[] = risk.status === 'closed' && kept !== v.riskId ? [{ field: 'riskId', message: 'That risk is closed: reopen it to review it (R-2.6.8)' }] : [];
    return [...problems, ...reviewProblems(risk, v), ...levels];
  },
  repo: {
    list: listRiskReviews,
    find: findRiskReview,
    insert: (trx, partnershipId, r) => insertRiskReview(trx, partnershipId, uuidIds.next(), r),
    update: updateRiskReview,
    remove: removeRiskReview,
  },
};

// An outcome indicator's own page, in place of the generic record page: where it stands, its
// trend drawn as a chart with the table beside it, and every period rated with its reason.
import { londonToday } from '../../../app/lifecycle.service.ts';
import { indicatorPerformance, submittableIndicators } from '../../../app/queries/performance.queries.ts';
import type { Indicator } from '../../../domain/performance/indicator.ts';
import { principalOf } from '../../context.ts';
import type { OwnRecordPage } from '../../records/record-pages.ts';
import { indicatorView } from './performance.view-model.ts';

export const indicatorPage: OwnRecordPage = {
  view: 'performance/indicator',
  async data(deps, request, p, indicator: Indicator) {
    const submits = !p.withdrawn && (await submittableIndicators(deps, principalOf(request), p.id, [indicator])).has(indicator.id);
    return { view: indicatorView(p.id, await indicatorPerformance(deps, principalOf(request), p.id, indicator, londonToday(deps.clock.now()))), submits };
  },
};

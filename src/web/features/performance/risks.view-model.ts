// what the council's risk view shows of each open risk: where it sits (partnership, owner), its
// score now with the band's colour, its target and trend, and its next review in the domain's words.
import type { CouncilRisk } from '../../../app/queries/risk-register.queries.ts';
import type { RiskMatrix } from '../../../domain/risk/matrix.ts';
import { scoreOf } from '../../../domain/risk/matrix.ts';
import { RISK_CATEGORY_LABELS, RISK_RESPONSE_LABELS, TREND_LABELS } from '../../../domain/risk/risk.ts';
import { toneOf } from './heat-map.ts';

export function councilRiskRow(m: RiskMatrix, { risk: k, standing: s }: CouncilRisk) {
  return {
    title: k.title,
    href: `/partnerships/${k.partnershipId}/risks/${k.id}`,
    partnership: { text: k.partnershipName, reference: k.reference, href: `/partnerships/${k.partnershipId}/performance#risk-register` },
    owner: `${k.ownerName}, ${k.partnerName}`,
    category: RISK_CATEGORY_LABELS[k.category],
    response: RISK_RESPONSE_LABELS[k.response],
    inherent: scoreOf(k.inherentLikelihood, k.inherentImpact),
    score: s.score,
    band: s.band,
    tone: toneOf(s.rank, m.bands.length),
    target: k.targetScore,
    aboveTarget: s.aboveTarget,
    trend: s.trend ? TREND_LABELS[s.trend] : 'Not yet reviewed',
    standing: s.words,
    overdue: s.overdue,
  };
}

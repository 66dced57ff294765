// the council's view of the risk registers, as filtered, as CSV or an Excel workbook:
// one row per open risk (domain/export/risk-columns.ts). The view is read whole already (each risk's
// standing is computed from its reviews), so it is written as one batch.
import type { Readable } from 'node:stream';
import { scoreOf } from '../../domain/risk/matrix.ts';
import { CONTROL_EFFECTIVENESS_LABELS } from '../../domain/risk/control.ts';
import { RISK_EXPORT_COLUMNS, type RiskExportRow } from '../../domain/export/risk-columns.ts';
import type { CouncilRisk } from '../queries/risk-register.queries.ts';
import { csvStream } from './csv.ts';
import { oneBatch } from './one-batch.ts';
import { xlsxStream } from './xlsx.ts';

export function riskExportRow({ risk: r, standing: s, controls, controlsInBrief: brief }: CouncilRisk): RiskExportRow {
  return {
    reference: r.reference,
    partnershipName: r.partnershipName,
    title: r.title,
    cause: r.cause,
    event: r.event,
    consequence: r.consequence,
    category: r.category,
    owner: r.ownerName,
    partner: r.partnerName,
    identifiedOn: r.identifiedOn,
    inherentScore: scoreOf(r.inherentLikelihood, r.inherentImpact),
    residualScore: scoreOf(r.residualLikelihood, r.residualImpact),
    likelihood: s.likelihood,
    impact: s.impact,
    score: s.score,
    band: s.band,
    targetScore: r.targetScore,
    aboveTarget: s.aboveTarget,
    response: r.response,
    trend: s.trend,
    lastReviewedOn: s.lastReviewedOn,
    nextReviewOn: s.nextReviewOn,
    overdue: s.overdue,
    standing: s.words,
    controls: brief.words,
    controlDetails: controls.map((c) => `${c.title} (${CONTROL_EFFECTIVENESS_LABELS[c.effectiveness].toLowerCase()}; ${c.ownerName})`).join('; '),
  };
}

export function riskExport(risks: readonly CouncilRisk[], format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const rows = risks.map(riskExportRow);
  return format === 'csv' ? csvStream(RISK_EXPORT_COLUMNS, oneBatch(rows)) : xlsxStream(RISK_EXPORT_COLUMNS, oneBatch(rows), { sheetName: 'Risks', now });
}

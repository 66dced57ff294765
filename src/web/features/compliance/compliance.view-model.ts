// The Compliance tab's view (issue 9): the engine's findings as they are, grouped by the catalogue's
// sections in their order, with the links to record evidence only for whoever may record it. Gaps lead;
// what does not apply is counted and listed apart, to be shown collapsed.
import { attestationRefusal, exceptionRefusal } from '../../../app/compliance.service.ts';
import type { PartnershipCompliance } from '../../../domain/compliance/evaluate.ts';
import { REQUIREMENT_SECTIONS } from '../../../domain/compliance/requirements.ts';
import { TIER_LABELS } from '../../../domain/compliance/tier.ts';
import { RESULT_LABELS, type Finding, type ResultKind } from '../../../domain/compliance/types.ts';

const RESULT_TAGS: Readonly<Record<ResultKind, string>> = { pass: 'govuk-tag--green', gap: 'govuk-tag--red', 'not-applicable': 'govuk-tag--grey' };

export const complianceBase = (id: string) => `/partnerships/${id}/compliance`;

function row(id: string, f: Finding, canRecord: boolean) {
  const attestHref = canRecord && attestationRefusal(f) === null ? `${complianceBase(id)}/${f.requirementId}/attest` : null;
  return {
    requirementId: f.requirementId,
    clause: f.clause,
    title: f.title,
    result: { text: RESULT_LABELS[f.result], classes: RESULT_TAGS[f.result] },
    reason: f.reason,
    evidence: f.evidence,
    // Links only for whoever may follow them (internal audit reads); an attested gap's fix is its attestation link.
    fix: canRecord && f.fix && f.fix.href !== attestHref ? f.fix : null,
    attestation: f.attestation ?? null,
    attestationInDate: f.attestation !== undefined && f.result === 'pass',
    exception: f.exception ?? null,
    gatesOperating: f.gatesOperating,
    attestHref,
    exceptionHref: canRecord && exceptionRefusal(f) === null && !f.exception ? `${complianceBase(id)}/${f.requirementId}/exception` : null,
  };
}

export function complianceView(partnershipId: string, c: PartnershipCompliance, canRecord: boolean) {
  const groups = Object.values(REQUIREMENT_SECTIONS).map((heading) => {
    const mine = c.findings.filter((f) => f.section === heading);
    return {
      heading,
      // Gaps first, then what is met, each in the catalogue's order.
      findings: [...mine.filter((f) => f.result === 'gap'), ...mine.filter((f) => f.result === 'pass')].map((f) => row(partnershipId, f, canRecord)),
      notApplicable: mine.filter((f) => f.result === 'not-applicable').map((f) => row(partnershipId, f, canRecord)),
    };
  });
  return {
    tier: { label: TIER_LABELS[c.tier.tier], reasons: c.tier.reasons },
    counts: c.counts,
    blockers: c.findings.filter((f) => f.gatesOperating && f.result === 'gap' && !f.exception).length,
    groups,
  };
}

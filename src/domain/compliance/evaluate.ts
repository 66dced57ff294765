// One partnership's compliance: every requirement of the catalogue, in its order, as a finding. Which
// apply depends on where the partnership is in its lifecycle, its significance tier and legal form (the
// council's configuration); a computed check reads the snapshot, an attested one its attestation in date,
// a system one what Accord keeps. Pure: the Compliance tab, the API, the dashboard and the gate to
// operating call this and show what it returns.
import { governanceCompleteness } from '../governance/completeness.ts';
import type { ProtocolConfig } from '../protocol-config/schema.ts';
import { STATUSES, STATUS_LABELS, type Status } from '../register/vocabulary.ts';
import { APPLIES_FROM, CHECKS, DEFAULT_APPLIES_FROM, SYSTEM_EVIDENCE, type CheckContext, type Outcome } from './checks.ts';
import { REQUIREMENTS } from './requirements.ts';
import type { PartnershipSnapshot } from './snapshot.ts';
import { significanceTier, TIER_LABELS, type TierExplanation } from './tier.ts';
import type { Attestation, ComplianceException, Finding, Requirement } from './types.ts';

/** The lifecycle in order, up to exiting; the ends are handled by name. */
const ORDER: readonly Status[] = STATUSES.slice(0, STATUSES.indexOf('exiting') + 1);
const ENDS: Partial<Record<Status, string>> = {
  withdrawn: 'It was withdrawn: entered by mistake, so nothing applies',
  rejected: 'It was rejected: the council did not enter it',
  'not-applicable': 'The screening found the protocol does not apply',
  dissolved: 'It has been dissolved',
};
const SCREENING = new Set(['R-1.1', 'R-1.2', 'R-2.2']);

export interface PartnershipCompliance {
  tier: TierExplanation;
  findings: Finding[];
  counts: { pass: number; gap: number; 'not-applicable': number };
}

/** Why a requirement does not apply to this partnership now, or null when it does. */
function notApplicable(q: Requirement, s: PartnershipSnapshot, tier: TierExplanation, config: ProtocolConfig): string | null {
  const end = ENDS[s.status];
  if (end) {
    // A screened-out arrangement stays on record with its screening; a dissolved one with its exit.
    if (s.status === 'not-applicable' && SCREENING.has(q.id)) return null;
    if (s.status === 'dissolved' && q.id === 'R-2.14') return null;
    return `${end} (${q.id})`;
  }
  const from = APPLIES_FROM[q.id] ?? DEFAULT_APPLIES_FROM;
  if (ORDER.indexOf(s.status) < ORDER.indexOf(from)) return `Applies from ${STATUS_LABELS[from].toLowerCase()}; it is ${STATUS_LABELS[s.status].toLowerCase()} (${q.id})`;
  if (config.compliance.notForTiers[tier.tier].includes(q.id)) return `Not required of a ${TIER_LABELS[tier.tier].toLowerCase()} partnership by the council’s configuration (${q.id})`;
  return null;
}

/**
 * Gating requirements no exception stands in for: the protocol says a partnership cannot start operating
 * without its recorded approval (R-APPROVE), nor enter an unbudgeted commitment without that approval
 * (R-2.5c). The lifecycle's own guards refuse the step without them, so an exception would be a promise
 * the gate does not keep: the remedy is the approval, recorded on the lifecycle page.
 */
export const NOT_EXCEPTABLE: Readonly<Record<string, string>> = {
  'R-APPROVE': 'a partnership cannot start operating without a recorded approval: record the approval instead (R-APPROVE)',
  'R-2.5c': 'an unbudgeted commitment is not entered into without its own recorded approval: record that approval instead (R-2.5c)',
};

const latest = <T>(items: readonly T[], date: (t: T) => string): T | undefined => [...items].sort((a, b) => date(b).localeCompare(date(a)))[0];

function attested(q: Requirement, s: PartnershipSnapshot, today: string): { outcome: Outcome; attestation?: Attestation } {
  const mine = s.attestations.filter((a) => a.requirementId === q.id);
  const inDate = latest(mine.filter((a) => a.validUntil >= today), (a) => a.attestedOn);
  if (inDate) return { outcome: { result: 'pass', reason: `Attested by ${inDate.attestedBy} on ${inDate.attestedOn}, valid until ${inDate.validUntil} (${q.id})`, evidence: [inDate.statement] }, attestation: inDate };
  const expired = latest(mine, (a) => a.validUntil);
  const fix = { href: `/partnerships/${s.id}/compliance/${q.id}/attest`, text: 'Record an attestation' };
  if (expired) return { outcome: { result: 'gap', reason: `The attestation expired on ${expired.validUntil}: attest it again (${q.id})`, fix }, attestation: expired };
  return { outcome: { result: 'gap', reason: `Not yet evidenced: Accord does not hold this data yet, so it is attested (${q.id})`, fix } };
}

export function evaluatePartnership(s: PartnershipSnapshot, config: ProtocolConfig, today: string): PartnershipCompliance {
  const tier = significanceTier(s, config.compliance.tiers);
  const ctx: CheckContext = { governance: governanceCompleteness(s.legalForm, s.governance.sections, s.governance.documents, config.governance), today, poorPerformance: config.compliance.poorPerformance, challengeAnswerDays: config.compliance.challengeAnswerDays };
  const gating = new Set(config.compliance.gateOperating);
  const findings = REQUIREMENTS.map((q): Finding => {
    const base = { requirementId: q.id, clause: q.clause, kind: q.kind, title: q.title, section: q.section, how: q.how, gatesOperating: gating.has(q.id) };
    const why = notApplicable(q, s, tier, config);
    if (why) return { ...base, result: 'not-applicable', reason: why, evidence: [] };
    let outcome: Outcome;
    let attestation: Attestation | undefined;
    if (q.how === 'system') outcome = { result: 'pass', reason: SYSTEM_EVIDENCE[q.id] ?? `Kept by Accord (${q.id})`, evidence: [] };
    else if (q.how === 'attested' || !CHECKS[q.id]) ({ outcome, attestation } = attested(q, s, today));
    else outcome = CHECKS[q.id]!(s, ctx);
    const finding: Finding = {
      ...base,
      result: outcome.result,
      reason: outcome.reason,
      evidence: outcome.result === 'pass' ? outcome.evidence : outcome.result === 'gap' ? (outcome.evidence ?? []) : [],
      ...(outcome.result === 'gap' && outcome.fix && { fix: outcome.fix }),
      ...(attestation && { attestation }),
    };
    if (finding.result === 'gap' && !NOT_EXCEPTABLE[q.id]) {
      const exception = latest(s.exceptions.filter((e) => e.requirementId === q.id && e.until >= today), (e) => e.recordedOn);
      if (exception) finding.exception = exception;
    }
    return finding;
  });
  const counts = { pass: 0, gap: 0, 'not-applicable': 0 };
  for (const f of findings) counts[f.result] += 1;
  return { tier, findings, counts };
}

/** R-APPROVE: the gating gaps with no exception in date: what stops the partnership starting to operate. */
export function operatingBlockers(c: PartnershipCompliance): Finding[] {
  return c.findings.filter((f) => f.gatesOperating && f.result === 'gap' && !f.exception);
}

export type { ComplianceException };

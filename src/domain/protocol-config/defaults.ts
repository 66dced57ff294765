// The protocol's own answers, used when the council gives no configuration file (PROTOCOL_CONFIG) and
// under whatever part a file leaves out. Proportionate governance (protocol 2.7: "not to recreate the same
// controls and processes as the council"): an informal arrangement agrees the elements that keep it
// accountable; every other form agrees all fifteen and the running arrangements; only a body that holds
// money of its own (a company or a joint committee) answers Appendix 1.5's financial matters.
import { FRAMEWORK_ELEMENTS, RUNNING_ARRANGEMENTS } from '../governance/catalogue.ts';
import type { ComplianceConfig, GovernanceConfig, ProtocolConfig } from './schema.ts';

const elements = FRAMEWORK_ELEMENTS.map((s) => s.key);
const running = RUNNING_ARRANGEMENTS.filter((s) => s.group !== 'finance').map((s) => s.key);
const finance = RUNNING_ARRANGEMENTS.filter((s) => s.group === 'finance').map((s) => s.key);
const informal = ['element-a', 'element-b', 'element-d', 'element-f', 'element-j', 'element-o', 'standards-of-conduct', 'accountability-channels'];

const governance: GovernanceConfig = {
  requiredSections: {
    informal,
    contractual: [...elements, ...running],
    'delegation-of-functions': [...elements, ...running],
    'corporate-joint-venture': [...elements, ...running, ...finance],
    'joint-committee': [...elements, ...running, ...finance],
    latco: [...elements, ...running, ...finance],
    'community-interest-company': [...elements, ...running, ...finance],
  },
  requiredDocuments: {
    informal: [],
    contractual: ['contract'],
    'delegation-of-functions': ['partnership-agreement'],
    'corporate-joint-venture': ['articles-of-association', 'shareholders-agreement'],
    'joint-committee': ['terms-of-reference'],
    latco: ['articles-of-association', 'shareholders-agreement'],
    'community-interest-company': ['articles-of-association'],
  },
};

// Tiers: below £10,000 a year and informal is minor; £250,000 a year, five years or a company of its own is
// significant. The gate to operating is what protocol 2.6, 2.7 and 2.16 say must be in place before a
// partnership runs; minor arrangements are spared the communications strategy, scrutiny's own arrangement
// and Cabinet and scrutiny oversight of performance (2.10, 2.17, R-2.6.12), which the protocol reserves for
// partnerships that matter to the council's outcomes.
const compliance: ComplianceConfig = {
  tiers: {
    minorBelowPence: 1_000_000,
    minorLegalForms: ['informal'],
    significantFromPence: 25_000_000,
    significantFromYears: 5,
    significantLegalForms: ['corporate-joint-venture', 'latco', 'community-interest-company'],
  },
  gateOperating: ['R-APPROVE', 'R-2.5c', 'R-2.6.1', 'R-2.6.5', 'R-2.6.9', 'R-2.6.13', 'R-2.7', 'R-2.7doc', 'R-A1.4', 'R-A1.6', 'R-2.10', 'R-2.11', 'R-2.12', 'R-2.16', 'R-2.17'],
  notForTiers: {
    minor: ['R-2.10', 'R-2.17', 'R-2.6.12'],
    standard: [],
    significant: [],
  },
  attestationMonths: 12,
  // red two periods running is a pattern, not a blip; a quarter at each level before the next.
  poorPerformance: { redPeriods: 2, escalationMonths: 3 },
  // four weeks to answer a partner's challenge, the span of a board cycle.
  challengeAnswerDays: 28,
};

export const DEFAULT_PROTOCOL_CONFIG: ProtocolConfig = Object.freeze({ governance, compliance });

// The protocol's own answers, used when the council gives no configuration file (PROTOCOL_CONFIG) and
// under whatever part a file leaves out. Proportionate governance (protocol 2.7: "not to recreate the same
// controls and processes as the council"): an informal arrangement agrees the elements that keep it
// accountable; every other form agrees all fifteen and the running arrangements; only a body that holds
// money of its own (a company or a joint committee) answers Appendix 1.5's financial matters.
import { FRAMEWORK_ELEMENTS, RUNNING_ARRANGEMENTS } from '../governance/catalogue.ts';
import type { GovernanceConfig, ProtocolConfig } from './schema.ts';

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

export const DEFAULT_PROTOCOL_CONFIG: ProtocolConfig = Object.freeze({ governance });

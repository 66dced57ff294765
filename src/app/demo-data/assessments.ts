// The example partnerships' entering assessments and business cases (R-2.5a, R-A1.1, R-A1.2, R-2.6.3),
// recorded once each is at the business case so it can go for approval (R-APPROVE). The legal power and
// why the form was chosen follow the legal form; the business case is the example's own purpose and outcomes.
import type { AssessmentInput } from '../schemas/business-case.schema.ts';
import type { LegalForm } from '../../domain/register/vocabulary.ts';
import type { DemoPartnership } from './partnerships.ts';

const BY_FORM: Readonly<Record<LegalForm, { power: string; why: string }>> = {
  informal: {
    power: 'Localism Act 2011, section 1 (the general power of competence).',
    why: 'The partners keep their own decisions and budgets and agree a shared plan; nothing needs a separate body or a contract.',
  },
  contractual: {
    power: 'Localism Act 2011, section 1, and Local Government (Contracts) Act 1997.',
    why: 'One partner delivers for the others on agreed terms, with payment and performance set out in a contract.',
  },
  'delegation-of-functions': {
    power: 'Local Government Act 1972, section 101, and the Local Authorities (Arrangements for the Discharge of Functions) (England) Regulations 2012.',
    why: 'The service is a statutory function best delivered once for several councils, each keeping its responsibility for it.',
  },
  'corporate-joint-venture': {
    power: 'Localism Act 2011, sections 1 and 4 (trading through a company), and Local Government Act 2003, section 95.',
    why: 'Risks and rewards are shared with a private partner in a company each owns part of, with its own board.',
  },
  'joint-committee': {
    power: 'Local Government Act 1972, sections 101 and 102.',
    why: 'The councils share a function and decide it together, in public, with members of each.',
  },
  latco: {
    power: 'Localism Act 2011, sections 1 and 4, and Local Government Act 2003, section 95 (trading for a commercial purpose through a company).',
    why: 'Trading for profit must be done through a company; the council owns it and sets its business plan.',
  },
  'community-interest-company': {
    power: 'Localism Act 2011, section 1, and Companies (Audit, Investigations and Community Enterprise) Act 2004.',
    why: 'An asset lock keeps what it earns for the community, and local people and businesses can take part in running it.',
  },
};

export function demoAssessment(p: DemoPartnership): AssessmentInput {
  const form = BY_FORM[p.legalForm];
  return {
    existingCommitments: p.resourcesStaff ? `Officer time comes from existing posts: ${p.resourcesStaff}` : 'None: no existing commitment of staff, money or assets is affected.',
    legalPower: form.power,
    barIdentified: false,
    barDetails: 'Legal Services advised that the power applies and that no statutory restriction or condition bars its use here.',
    legalFormReason: form.why,
    businessCase: `${p.purpose} Expected outcomes: ${p.expectedOutcomes}`,
    evidenceBase: 'The options appraisal presented with the report, the borough’s needs assessment and the partners’ own performance data.',
  };
}

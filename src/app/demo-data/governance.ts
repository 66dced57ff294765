// The operating example partnerships' governance (R-2.7, R-2.12, R-2.17, R-2.6.13): a framework in place,
// honestly partial. Each informal arrangement has agreed what its legal form requires, so it is complete;
// each formal one has agreed the fifteen elements a–o and its standards of conduct and scrutiny, has its
// communications strategy in draft, and leaves the other running arrangements (and the governance
// documents, which the documents area holds) still to do, as the Governance page then says.
import type { GovernanceSectionInput } from '../schemas/governance.schema.ts';
import type { LegalForm } from '../../domain/register/vocabulary.ts';
import type { DemoPartnership } from './partnerships.ts';

/** What the partners agreed for each section the examples have, in a line or two; `{name}` is the partnership. */
const AGREED: Readonly<Record<string, string>> = {
  'element-a': 'The council and the partners named in the register, each a voting member; others attend as observers by invitation.',
  'element-b': 'The purpose and expected outcomes recorded in the register, reviewed each year against the success measures in the annual report.',
  'element-c': 'An annual delivery plan agreed by the members, with the activities each partner leads.',
  'element-d': 'From the start date in the register until the members agree to end it; reviewed every three years.',
  'element-e': 'Acts through its members’ own powers; it has no separate legal personality beyond what its legal form gives it.',
  'element-f': 'Each partner nominates a representative with a deputy; the lead partner provides the secretariat.',
  'element-g': 'Each partner meets its own costs unless the members agree a shared budget; the lead partner accounts for any shared budget.',
  'element-h': 'A quarterly performance report to the members against the delivery plan.',
  'element-i': 'Meets quarterly on 14 days’ notice; quorum of three voting members including the council; chaired by the council; one vote per member.',
  'element-j': 'Decisions by consensus, or a simple majority of voting members present; urgent decisions by the chair and one other member, reported at the next meeting.',
  'element-k': 'Staff stay employed by their own organisations; no property is held jointly.',
  'element-l': 'Disagreements go first to the representatives, then to the partners’ chief executives, then to mediation.',
  'element-m': 'Members share what each needs for the delivery plan under the information sharing protocol, within data protection law.',
  'element-n': 'The rules change by a two-thirds majority of voting members, taking effect from the next meeting.',
  'element-o': 'A partner leaves on six months’ notice; the partnership ends when the members agree or fewer than two partners remain, its records passing to the council.',
  'standards-of-conduct': 'Representatives follow the Nolan principles and their own organisation’s code of conduct, and declare interests at each meeting.',
  'accountability-channels': 'Reports each year to the council’s Cabinet and to each partner’s board; minutes published on the council’s website.',
  scrutiny: 'The council’s Overview and Scrutiny Committee reviews the partnership each year and may call in its decisions that bind the council.',
};

const DRAFT: Readonly<Record<string, string>> = {
  communications: 'A communications plan is being drafted; the council’s communications team leads on press enquiries meanwhile.',
};

const FORMAL_AGREED = [...Object.keys(AGREED).filter((k) => k.startsWith('element-')), 'standards-of-conduct', 'scrutiny'];

/** The sections an operating example has, each as saved, agreed on `agreedOn`; none for any other example. */
export function demoGovernance(p: DemoPartnership, requiredSections: Readonly<Record<LegalForm, readonly string[]>>, agreedOn: string): Array<{ key: string; input: GovernanceSectionInput }> {
  if (p.reach !== 'operating') return [];
  const keys = p.legalForm === 'informal' ? requiredSections.informal.filter((k) => k in AGREED) : FORMAL_AGREED;
  const agreed = keys.map((key) => ({ key, input: { status: 'agreed' as const, summary: AGREED[key]!, agreedOn } }));
  const drafts = p.legalForm === 'informal' ? [] : Object.entries(DRAFT).map(([key, summary]) => ({ key, input: { status: 'draft' as const, summary, agreedOn: null } }));
  return [...agreed, ...drafts];
}

// Every requirement of ../shared/protocol/requirements.md (copied to docs/protocol/requirements.md), once: its id, clause, kind, a short title and
// how Accord evidences it today. test/unit/compliance-catalogue.test.ts reads requirements.md and fails
// when an id, clause or kind here differs from it, or one is missing. A later issue that brings the
// structured data (meetings, indicators, risks, exit) changes `how` from 'attested' to 'computed' and
// gives it a check in checks.ts.
import type { Evidence, Requirement, RequirementKind } from './types.ts';

export const REQUIREMENT_SECTIONS = {
  screening: 'Is it a partnership under the protocol? (section 1 and 2.2)',
  entering: 'Entering a partnership (2.1, 2.3 to 2.5, Appendix 1)',
  arrangements: 'Arrangements that must be in place (2.6)',
  governance: 'The governance framework (2.7, Appendix 1.4 to 1.6)',
  decisions: 'Decision making (2.8)',
  running: 'Communications, interests, exit, consultation and scrutiny (2.9 to 2.17, Appendix 1.7)',
} as const;
export type RequirementSection = keyof typeof REQUIREMENT_SECTIONS;

const r = (id: string, clause: string, kind: RequirementKind, section: RequirementSection, how: Evidence, title: string): Requirement => ({
  id,
  clause,
  kind,
  title,
  section: REQUIREMENT_SECTIONS[section],
  how,
});

export const REQUIREMENTS: readonly Requirement[] = [
  r('R-1.1', '1', 'rule', 'screening', 'computed', 'Screened: shared responsibility for well-being outcomes'),
  r('R-1.2', '1 a–f', 'record', 'screening', 'computed', 'Characteristics of a partnership recorded'),
  r('R-2.2', '2.2 a–d', 'rule', 'screening', 'computed', 'Exclusions considered'),
  r('R-2.1', '2.1 a', 'record', 'entering', 'computed', 'Purpose and expected outcomes'),
  r('R-2.3', '2.3 a–f', 'record', 'entering', 'computed', 'Rationale for partnership working'),
  r('R-2.4b', '2.4 b', 'rule', 'entering', 'system', 'Overlapping partnerships shown before approval'),
  r('R-2.5a', '2.5', 'record', 'entering', 'computed', 'Ability to contribute: resource implications'),
  r('R-2.5b', '2.5, 2.1 b', 'check', 'entering', 'computed', 'Linked to the council’s corporate priorities'),
  r('R-2.5c', '2.5', 'rule', 'entering', 'computed', 'Unbudgeted commitment approved'),
  r('R-A1.1', 'App 1.1', 'check', 'entering', 'computed', 'Legal power confirmed, no bar'),
  r('R-A1.2', 'App 1.2', 'record', 'entering', 'computed', 'Legal form chosen, with why'),
  r('R-A1.3', 'App 1.3', 'check', 'entering', 'computed', 'Outcome indicators for every strategic objective'),
  r('R-APPROVE', '2.5, App 1 flowchart', 'rule', 'entering', 'computed', 'Approval recorded'),
  r('R-2.6.1', '2.6', 'check', 'arrangements', 'computed', 'Accountable officer named'),
  r('R-2.6.2', '2.6', 'due', 'arrangements', 'computed', 'Performance reported to an agreed body'),
  r('R-2.6.3', '2.6', 'check', 'arrangements', 'computed', 'Business case with its evidence base'),
  r('R-2.6.4', '2.6', 'due', 'arrangements', 'computed', 'Annual review of objectives and outcomes'),
  r('R-2.6.5', '2.6', 'check', 'arrangements', 'computed', 'Each partner’s link to its own priorities'),
  r('R-2.6.6', '2.6', 'record', 'arrangements', 'computed', 'Actions embedded in each partner’s plans'),
  r('R-2.6.7', '2.6', 'due', 'arrangements', 'computed', 'Action plans refreshed annually'),
  r('R-2.6.8', '2.6', 'due', 'arrangements', 'computed', 'Risk register reviewed at agreed intervals'),
  r('R-2.6.9', '2.6, 2.11', 'check', 'arrangements', 'computed', 'Information shared for monitoring and option appraisal'),
  r('R-2.6.10', '2.6', 'rule', 'arrangements', 'system', 'Every change attributable and auditable'),
  r('R-2.6.11', '2.6', 'rule', 'arrangements', 'system', 'Information in formats partners need'),
  r('R-2.6.12', '2.6', 'check', 'arrangements', 'computed', 'Performance managed, with Cabinet and scrutiny oversight'),
  r('R-2.6.13', '2.6', 'check', 'arrangements', 'computed', 'Channels of accountability'),
  r('R-2.6.14', '2.6', 'rule', 'arrangements', 'computed', 'Poor performance tackled'),
  r('R-2.6.15', '2.6', 'rule', 'arrangements', 'computed', 'Performance can be challenged by any partner'),
  r('R-2.7', '2.7 a–o', 'check', 'governance', 'computed', 'Governance framework elements a to o agreed'),
  r('R-2.7doc', '2.7 docs a–j', 'record', 'governance', 'computed', 'Governance documents held'),
  r('R-A1.4', 'App 1.4', 'check', 'governance', 'computed', 'Arrangements for running the partnership'),
  r('R-A1.5', 'App 1.5', 'record', 'governance', 'computed', 'Financial matters'),
  r('R-A1.6', 'App 1.6', 'record', 'governance', 'computed', 'Media, suspension, disputes, whistleblowing, audit access'),
  r('R-2.8a', '2.8 a', 'rule', 'decisions', 'computed', 'Decision rule recorded'),
  r('R-2.8b', '2.8 b', 'rule', 'decisions', 'computed', 'Quorum rule recorded'),
  r('R-2.8c', '2.8 c', 'rule', 'decisions', 'computed', 'Decisions communicated to those absent'),
  r('R-2.8d', '2.8 d', 'rule', 'decisions', 'computed', 'Actions from decisions tracked'),
  r('R-2.8e', '2.8', 'rule', 'decisions', 'computed', 'Representatives’ authority recorded'),
  r('R-2.8f', '2.8', 'rule', 'decisions', 'computed', 'Forward plan of significant decisions'),
  r('R-2.8g', '2.8', 'rule', 'decisions', 'computed', 'Meetings with notice, agenda, attendance and minutes'),
  r('R-2.9', '2.9', 'rule', 'running', 'attested', 'Outcomes roll up into the council’s performance view'),
  r('R-2.10', '2.10', 'check', 'running', 'computed', 'Communications strategy and lead agency'),
  r('R-2.11', '2.11', 'check', 'running', 'computed', 'Information sharing protocol'),
  r('R-2.12', '2.12', 'check', 'running', 'computed', 'Agreed standards of conduct'),
  r('R-2.13', '2.13, 2.4 h', 'rule', 'running', 'attested', 'Register of interests'),
  r('R-2.14', '2.14, App 1.7', 'rule', 'running', 'computed', 'Exit: termination provisions and exit strategy'),
  r('R-2.15', '2.15', 'rule', 'running', 'attested', 'Consultations coordinated'),
  r('R-2.16', '2.16', 'check', 'running', 'computed', 'Sponsoring officer and council representatives'),
  r('R-2.17', '2.17', 'rule', 'running', 'computed', 'Scrutiny arrangement in the framework'),
  r('R-2.4e', '2.4 e', 'rule', 'running', 'computed', 'Partner contribution evaluated and fed back'),
];

export const REQUIREMENT_IDS = REQUIREMENTS.map((q) => q.id) as [string, ...string[]];
const BY_ID = new Map(REQUIREMENTS.map((q) => [q.id, q]));
export function requirement(id: string): Requirement | undefined {
  return BY_ID.get(id);
}

// A change to the rules for decisions in words (R-2.7(n)), its labels from the change's description: History
// reads "Recorded a change to the rules from 1 April 2027".
import { RULE_CHANGE_FIELDS } from '../../../app/meetings/rule-change.description.ts';
import type { AuditEventView, Describer } from '../../../domain/audit/describe.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';
import { fieldWords } from '../../records/record-describer.ts';
import { plainValue } from '../organisations/history.ts';

const from = (e: AuditEventView) => {
  const v = (e.after ?? e.before)?.['inForceFrom'];
  return typeof v === 'string' ? ` from ${dateInWords(v)}` : '';
};

export const ruleChangeDescriber: Describer = {
  labels: {
    ...Object.fromEntries(Object.entries(RULE_CHANGE_FIELDS).map(([name, f]) => [name === 'agreedItemId' ? 'agreedAt' : name, f.label.replace(/ \(optional\)$/, '')])),
    earlierRulesUntil: 'Earlier rules in force until',
    earlierRules: 'Earlier rules',
  },
  value: (field, value) => (field in RULE_CHANGE_FIELDS ? fieldWords({ fields: RULE_CHANGE_FIELDS }, field, value) : field === 'earlierRulesUntil' && typeof value === 'string' ? dateInWords(value) : plainValue(value)),
  headline: (e: AuditEventView) => (e.action === 'updated' ? `Corrected the change to the rules${from(e)}` : `Recorded a change to the rules${from(e)}`),
};

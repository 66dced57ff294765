// R-2.7(n): a change to the partnership's rules for decisions, described once: the day the changed rules
// apply from, the decision that agreed it, and what changed. The form is drawn by the record form from this
// description (its choice of decisions is the partnership's, given when drawn); the API parses with the
// same schema.
import { z } from 'zod';
import { itemInWords } from '../../domain/actions/action.ts';
import type { RuleChange } from '../../domain/decisions/rule-changes.ts';
import { addDays } from '../../domain/decisions/notice.ts';
import type { FieldDescription, RecordDescription } from '../records/record-kind.ts';
import { isoDate, optionalRecordId, text } from '../schemas/fields.ts';
import { decisionItemsOf } from '../../db/repositories/agenda-items.repo.ts';

export const ruleChangeSchema = z.strictObject({
  inForceFrom: isoDate('The date the changed rules apply from').meta({ format: 'date' }),
  agreedItemId: optionalRecordId('Select the decision that agreed the change, or none').optional().transform((v) => v ?? null),
  reason: text({ missing: 'Enter what was changed, and why', label: 'What was changed', max: 2000, multiline: true }),
});

export const RULE_CHANGE_FIELDS: Record<'inForceFrom' | 'agreedItemId' | 'reason', FieldDescription> = {
  inForceFrom: {
    label: 'When the changed rules apply from',
    hint: 'Meetings before this day are decided under the rules as they stand now; meetings on or after it under the rules as you then change them. For example, 1 4 2027.',
    clause: 'R-2.7(n)',
    input: { kind: 'date', called: 'The date the changed rules apply from' },
    api: 'R-2.7(n): the day the changed rules apply from, yyyy-mm-dd: after the change before it (and before the one after it), and not before the meeting that agreed it.',
    example: '2027-04-01',
  },
  agreedItemId: {
    label: 'Agreed at (optional)',
    hint: 'The decision at one of the partnership’s meetings that agreed the change: a change to the rules is a decision of its own type (R-2.8a).',
    clause: 'R-2.7(n)',
    input: {
      kind: 'sibling',
      none: 'Not at one of the partnership’s meetings',
      choices: async (db, partnershipId) => (await decisionItemsOf(db, partnershipId)).map((i) => ({ value: i.id, text: itemInWords(i.title, i.meetingTitle, i.meetsOn) })),
    },
    audit: 'agreedAt',
    api: 'R-2.7(n): the id of the agenda item (at one of the partnership’s meetings, asking for a decision, carried if voted) that agreed the change; null for none.',
  },
  reason: {
    label: 'What was changed, and why',
    hint: 'As the minutes record it: for example, the quorum becomes one third of the voting members, rounded up.',
    clause: 'R-2.7(n)',
    input: { kind: 'text', multiline: true },
    api: 'R-2.7(n): what was changed and why, as the minutes record it.',
    example: 'The quorum becomes one third of the voting members, rounded up, as the board agreed.',
  },
};

/** The form, as every record's is drawn. */
export const ruleChangeForm: RecordDescription = {
  fields: RULE_CHANGE_FIELDS,
  schema: ruleChangeSchema,
  keyField: undefined,
  inputOf: (c: RuleChange) => ({ inForceFrom: c.inForceFrom, agreedItemId: c.agreedItemId, reason: c.reason }),
  audited: (c: Record<string, unknown>) => c,
};

/** The change as History records it: what the copy kept covers, in words of the record. */
export const auditedRuleChange = (c: RuleChange) => ({
  inForceFrom: c.inForceFrom,
  ...(c.agreedAt ? { agreedAt: c.agreedAt } : {}),
  reason: c.reason,
  earlierRulesUntil: addDays(c.inForceFrom, -1),
  earlierRules: `${c.previous.votingRules.length} voting rule${c.previous.votingRules.length === 1 ? '' : 's'} and ${c.previous.quorum.length} quorum condition${c.previous.quorum.length === 1 ? '' : 's'}, kept as they stood`,
});

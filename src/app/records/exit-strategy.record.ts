// A partnership's exit strategy as a kind of record (R-2.14, App 1.7), one arrangement a topic: the four
// the protocol names (surpluses, mediation, ownership and disposal of assets, continuing financial
// liabilities) are what the compliance check asks for; staff, termination without notice, the final report
// and informing funders and service users are the rest of Appendix 1.7's points.
import { z } from 'zod';
import { findExitArrangement, insertExitArrangement, listExitArrangements, removeExitArrangement, updateExitArrangement, type ExitArrangement } from '../../db/repositories/exit-provisions.repo.ts';
import { EXIT_TOPIC_HINTS, EXIT_TOPIC_LABELS, EXIT_TOPICS, REQUIRED_EXIT_TOPICS } from '../../domain/exit/provisions.ts';
import { optionalIsoDate, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';

const HINTS = Object.fromEntries(EXIT_TOPICS.map((t) => [t, `${EXIT_TOPIC_HINTS[t]}${REQUIRED_EXIT_TOPICS.includes(t) ? ' Required by the protocol.' : ''}`])) as Record<(typeof EXIT_TOPICS)[number], string>;

const schema = z.strictObject({
  topic: z.enum(EXIT_TOPICS, { error: 'Select what the arrangement is for' }),
  arrangement: text({ label: 'The arrangement', missing: 'Enter what the partners have agreed', max: 4000, multiline: true }),
  agreedOn: optionalIsoDate('The date it was agreed').transform((v) => v ?? null),
});

export const exitStrategy: RecordKind<ExitArrangement, ExitArrangement> = {
  type: 'exit-arrangement',
  segment: 'exit-strategy',
  keyField: 'topic',
  keyShape: { pattern: /^[a-z]+(?:-[a-z]+)*$/, description: `The topic: ${EXIT_TOPICS.join(', ')}.`, example: 'surpluses' },
  area: 'exit',
  component: 'ExitArrangement',
  names: { one: 'exit arrangement', many: 'exit arrangements', add: 'Add an exit arrangement', heading: 'Exit strategy' },
  clause: 'R-2.14',
  fields: {
    topic: {
      label: 'What it is for',
      hint: 'One arrangement a topic. The first four are required by the protocol from set-up (2.14).',
      clause: 'R-2.14',
      input: { kind: 'radios', options: choicesOf(EXIT_TOPICS, EXIT_TOPIC_LABELS, HINTS) },
      key: true,
      list: true,
      words: (v) => EXIT_TOPIC_LABELS[v as keyof typeof EXIT_TOPIC_LABELS] ?? String(v),
      api: `R-2.14: ${EXIT_TOPICS.join(', ')}; surpluses, mediation, assets and liabilities are required. Fixed once added.`,
      example: 'surpluses',
    },
    arrangement: { label: 'The arrangement', hint: 'What the partners have agreed, in plain words.', clause: 'R-2.14', input: { kind: 'text', multiline: true }, list: true, api: 'R-2.14: what the partners have agreed.', example: 'Any surplus is returned to the partners in proportion to their contributions over the last three years.' },
    agreedOn: { label: 'Agreed (optional)', hint: 'The day the partners agreed it. For example, 1 4 2026.', clause: 'R-2.14', input: { kind: 'date', called: 'The date it was agreed' }, api: 'The day the partners agreed it, yyyy-mm-dd; null where not recorded.', example: '2026-04-01' },
  },
  schema: schema as unknown as RecordKind<ExitArrangement, ExitArrangement>['schema'],
  keyOf: (a) => a.topic,
  title: (a) => EXIT_TOPIC_LABELS[a.topic] ?? a.topic,
  inputOf: (a) => ({ ...a }),
  audited: (a) => ({ topic: a.topic, arrangement: a.arrangement, ...(a.agreedOn ? { agreedOn: a.agreedOn } : {}) }),
  resource: z.strictObject({
    topic: z.enum(EXIT_TOPICS),
    arrangement: z.string(),
    agreedOn: z.string().meta({ format: 'date' }).nullable(),
    required: z.boolean().meta({ description: 'R-2.14: whether the protocol requires this topic.' }),
  }),
  toResource: (a) => ({ ...a, required: REQUIRED_EXIT_TOPICS.includes(a.topic) }),
  async problems() {
    return [];
  },
  repo: { list: listExitArrangements, find: findExitArrangement, insert: insertExitArrangement, update: updateExitArrangement, remove: removeExitArrangement },
};

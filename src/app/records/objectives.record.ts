// A partnership's strategic objectives as a kind of record (R-A1.3): what it sets out to achieve, each
// measured by one or more outcome indicators (indicators.record.ts). One with none is a gap on the
// Compliance page; one an indicator measures is not removed while it does.
import { z } from 'zod';
import { evaluationsOfObjective } from '../../db/repositories/annual-reviews.repo.ts';
import { findObjective, insertObjective, listObjectives, removeObjective, updateObjective } from '../../db/repositories/performance.repo.ts';
import { planActionsOfObjective } from '../../db/repositories/action-plans.repo.ts';
import type { Objective, ObjectiveInput } from '../../domain/performance/indicator.ts';
import { uuidIds } from '../deps.ts';
import { optionalText, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The objective', missing: 'Enter the strategic objective', max: 300 }),
  outcome: optionalText({ label: 'What success looks like', max: 2000, multiline: true }).optional().transform((v) => v ?? null),
});

export const objectives: RecordKind<Objective, ObjectiveInput> = {
  type: 'objective',
  segment: 'objectives',
  idParam: 'objectiveId',
  area: 'performance',
  component: 'Objective',
  names: { one: 'objective', many: 'objectives', add: 'Add an objective', heading: 'Objectives' },
  clause: 'R-A1.3',
  fields: {
    title: {
      label: 'The objective',
      hint: 'A strategic objective of the partnership, as its business case or agreement states it.',
      clause: 'R-A1.3',
      input: { kind: 'text' },
      list: true,
      api: 'R-A1.3: the strategic objective.',
      example: 'Fewer households in temporary accommodation',
    },
    outcome: {
      label: 'What success looks like (optional)',
      hint: 'The outcome for residents the partners will know it by.',
      clause: 'R-A1.3',
      input: { kind: 'text', multiline: true },
      api: 'R-A1.3: the outcome it seeks, in words; null for none.',
      example: 'Families move on to settled homes within 6 weeks.',
    },
  },
  schema: schema as unknown as RecordKind<Objective, ObjectiveInput>['schema'],
  keyOf: (o) => o.id,
  title: (o) => o.title,
  inputOf: (o) => ({ title: o.title, outcome: o.outcome }),
  audited: (o) => ({ title: o.title, ...(o.outcome ? { outcome: o.outcome } : {}) }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    outcome: z.string().nullable(),
    indicators: z.number().int().meta({ description: 'R-A1.3: how many outcome indicators measure it; none is a gap.' }),
  }),
  toResource: (o) => ({ ...o }),
  async problems(db, partnership, change) {
    if (change.kind !== 'remove') return [];
    const [o, actions] = await Promise.all([findObjective(db, partnership.id, change.key), planActionsOfObjective(db, change.key)]);
    if (o && o.indicators > 0) return [{ field: 'title', message: `${o.indicators === 1 ? 'An outcome indicator measures' : `${o.indicators} outcome indicators measure`} this objective: remove ${o.indicators === 1 ? 'it' : 'them'}, or move ${o.indicators === 1 ? 'it' : 'them'} to another objective, first (R-A1.3)` }];
    // R-2.6.6: the action plan's actions that serve it name it.
    if (actions > 0) return [{ field: 'title', message: `${actions === 1 ? 'An action of the plan serves' : `${actions} actions of the plan serve`} this objective: link ${actions === 1 ? 'it' : 'them'} to another objective, or to none, first (R-2.6.6)` }];
    // R-2.6.4: what an annual review found of it is the review's record.
    const evaluated = await evaluationsOfObjective(db, change.key);
    if (evaluated > 0) return [{ field: 'title', message: `${evaluated === 1 ? 'An annual review has evaluated' : `${evaluated} annual reviews have evaluated`} this objective, so it stays on the record (R-2.6.4)` }];
    return [];
  },
  repo: {
    list: listObjectives,
    find: findObjective,
    insert: (trx, partnershipId, o) => insertObjective(trx, partnershipId, uuidIds.next(), o),
    update: updateObjective,
    remove: removeObjective,
  },
};

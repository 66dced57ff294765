// The controls on a partnership's risks as a kind of record: which risk, what the control
// does, who owns it, how effective it was last found and when. The register shows each risk's controls in
// brief (src/domain/risk/control.ts); a risk with controls is not removed until they are.
import { z } from 'zod';
import { findRisk, listRisks } from '../../db/repositories/risks.repo.ts';
import { findRiskControl, insertRiskControl, listRiskControls, removeRiskControl, updateRiskControl } from '../../db/repositories/risk-controls.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { CONTROL_EFFECTIVENESS, CONTROL_EFFECTIVENESS_HINTS, CONTROL_EFFECTIVENESS_LABELS, controlProblems, type RiskControl, type RiskControlInput } from '../../domain/risk/control.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { optionalIsoDate, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  riskId: recordId('Select the risk it controls'),
  title: text({ label: 'The control', missing: 'Enter what the control does', max: 500 }),
  ownerId: recordId('Select who owns the control'),
  effectiveness: z.enum(CONTROL_EFFECTIVENESS, { error: 'Select how effective the control is' }),
  assessedOn: optionalIsoDate('The date it was assessed').transform((v) => v ?? null),
  notes: optionalText({ label: 'Notes', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const riskControls: RecordKind<RiskControl, RiskControlInput> = {
  type: 'risk-control',
  segment: 'risk-controls',
  idParam: 'riskControlId',
  area: 'performance',
  component: 'RiskControl',
  names: { one: 'risk control', many: 'risk controls', add: 'Add a control to a risk', heading: 'Risk controls' },
  clause: 'R-2.6.8',
  fields: {
    riskId: {
      label: 'Risk',
      hint: 'The risk of the register it reduces.',
      clause: 'R-2.6.8',
      input: { kind: 'sibling', none: 'Select the risk', choices: async (db, partnershipId) => (await listRisks(db, partnershipId)).filter((r) => r.status === 'open').map((r) => ({ value: r.id, text: r.title })) },
      list: true,
      audit: 'risk',
      api: 'R-2.6.8: the id of the partnership’s risk it controls.',
    },
    title: { label: 'The control', hint: 'What is done to make the risk less likely or less harmful.', clause: 'R-2.6.8', input: { kind: 'text' }, list: true, api: 'R-2.6.8: what the control does.', example: 'Overflow beds agreed with two churches' },
    ownerId: {
      label: 'Owner',
      hint: 'The person who makes sure the control works. If they are not in the register yet, add them under People first.',
      clause: 'R-2.6.8',
      input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      list: true,
      audit: 'owner',
      api: 'R-2.6.8: the id of the person who owns the control.',
    },
    effectiveness: { label: 'How effective it is', clause: 'R-2.6.8', input: { kind: 'radios', options: choicesOf(CONTROL_EFFECTIVENESS, CONTROL_EFFECTIVENESS_LABELS, CONTROL_EFFECTIVENESS_HINTS) }, list: true, api: 'R-2.6.8: effective, partly-effective, ineffective or not-assessed.', example: 'effective' },
    assessedOn: {
      label: 'Date assessed (optional)',
      hint: 'When its effectiveness was last tested; needed unless it is not yet assessed. For example, 30 9 2026.',
      clause: 'R-2.6.8',
      input: { kind: 'date', called: 'The date it was assessed' },
      api: 'R-2.6.8: the day its effectiveness was last assessed, yyyy-mm-dd; null while not yet assessed.',
      example: '2026-09-30',
    },
    notes: { label: 'Notes (optional)', hint: 'How it was tested, or what would make it work better.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'R-2.6.8: what was noted; null for none.', example: 'Tested in the cold snap of February.' },
  },
  schema: schema as unknown as RecordKind<RiskControl, RiskControlInput>['schema'],
  keyOf: (c) => c.id,
  title: (c) => `${c.title} (${c.riskTitle})`,
  inputOf: (c) => ({ riskId: c.riskId, title: c.title, ownerId: c.ownerId, effectiveness: c.effectiveness, assessedOn: c.assessedOn, notes: c.notes }),
  audited: (c) => ({ risk: c.riskTitle, title: c.title, owner: c.ownerName, effectiveness: c.effectiveness, ...(c.assessedOn ? { assessedOn: c.assessedOn } : {}), ...(c.notes ? { notes: c.notes } : {}) }),
  resource: z.strictObject({
    id: idOut,
    riskId: idOut,
    riskTitle: z.string(),
    title: z.string(),
    ownerId: idOut,
    ownerName: z.string(),
    effectiveness: z.enum(CONTROL_EFFECTIVENESS),
    assessedOn: z.string().meta({ format: 'date' }).nullable(),
    notes: z.string().nullable(),
  }),
  toResource: (c) => ({ ...c }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = [];
    if (v.ownerId && !(await namedPeople(db, [v.ownerId])).has(v.ownerId)) problems.push({ field: 'ownerId', message: 'Select an owner from the register' });
    if (!v.riskId) return problems;
    const risk = await findRisk(db, partnership.id, v.riskId);
    if (!risk) return [{ field: 'riskId', message: 'Select one of the partnership’s risks (R-2.6.8)' }, ...problems];
    // A closed risk takes no new control; one recorded before it closed may still be corrected.
    const kept = change.kind === 'change' ? (await findRiskControl(db, partnership.id, change.key))?.riskId : undefined;
    if (risk.status === 'closed' && kept !== v.riskId) problems.unshift({ field: 'riskId', message: 'That risk is closed: reopen it to add a control (R-2.6.8)' });
    return [...problems, ...controlProblems(risk, v)];
  },
  repo: {
    list: listRiskControls,
    find: findRiskControl,
    insert: (trx, partnershipId, c) => insertRiskControl(trx, partnershipId, uuidIds.next(), c),
    update: updateRiskControl,
    remove: removeRiskControl,
  },
};

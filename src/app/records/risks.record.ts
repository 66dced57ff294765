// The risks of a partnership's shared risk register as a kind of record (R-2.6.8): cause, event and
// consequence, the category, the owner (a person, for one of the partners), the inherent and residual
// likelihood and impact on the risk matrix, the target score, the response and whether it is open. Its
// reviews are records of their own (risk-reviews.record.ts); when the next falls due is the domain's.
import { actionsOfRisk } from '../../db/repositories/action-plans.repo.ts';
import { z } from 'zod';
import { controlsOfRisk } from '../../db/repositories/risk-controls.repo.ts';
import { findRisk, insertRisk, listRisks, removeRisk, reviewsOfRisk, updateRisk } from '../../db/repositories/risks.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { levelProblems, MAX_SCALE } from '../../domain/risk/matrix.ts';
import { riskMatrixOf } from '../../db/repositories/risk-matrix.repo.ts';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_RESPONSE_HINTS, RISK_RESPONSE_LABELS, RISK_RESPONSES, RISK_STATUS_LABELS, RISK_STATUSES, riskProblems, type Risk, type RiskInput } from '../../domain/risk/risk.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalRecordId, optionalWholeNumber, recordId, text, wholeNumber } from '../schemas/fields.ts';
import { findFundingProposal, listFundingProposals } from '../../db/repositories/funding-proposals.repo.ts';
import type { FieldDescription, RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';


// Any level a matrix may have (1 to 6); whether the matrix in force has it is one of the kind's problems.
const level = (label: string) => wholeNumber({ label, min: 1, max: MAX_SCALE, missing: `Select the ${label.toLowerCase()}` });

const schema = z.strictObject({
  title: text({ label: 'The risk', missing: 'Enter the risk in a few words', max: 300 }),
  cause: text({ label: 'Cause', missing: 'Enter what could cause it', max: 2000, multiline: true }),
  event: text({ label: 'Event', missing: 'Enter what could happen', max: 2000, multiline: true }),
  consequence: text({ label: 'Consequence', missing: 'Enter what would follow if it happened', max: 2000, multiline: true }),
  category: z.enum(RISK_CATEGORIES, { error: 'Select the risk’s category' }),
  ownerId: recordId('Select who owns the risk'),
  organisationId: recordId('Select the partner that owns the risk'),
  identifiedOn: isoDate('The date it was identified').meta({ format: 'date' }),
  inherentLikelihood: level('Inherent likelihood'),
  inherentImpact: level('Inherent impact'),
  residualLikelihood: level('Residual likelihood'),
  residualImpact: level('Residual impact'),
  targetScore: optionalWholeNumber({ label: 'The target score', min: 1, max: MAX_SCALE * MAX_SCALE }).optional().transform((v) => v ?? null),
  response: z.enum(RISK_RESPONSES, { error: 'Select the response to the risk' }),
  status: z.enum(RISK_STATUSES, { error: 'Select whether the risk is open' }).optional().default('open'),
  fundingProposalId: optionalRecordId('Select the funding proposal it is a risk of, or none').optional().transform((v) => v ?? null),
});

const scoreField = (label: string, hint: string, of: 'likelihood' | 'impact', api: string): FieldDescription => ({
  label,
  hint,
  clause: 'R-2.6.8',
  input: { kind: 'scale', of },
  api: `${api}, from 1 to the ${of === 'likelihood' ? 'height' : 'width'} of the risk matrix (GET /api/v1/risk-matrix).`,
  example: 3,
});

export const risks: RecordKind<Risk, RiskInput> = {
  type: 'risk',
  segment: 'risks',
  idParam: 'riskId',
  area: 'performance',
  component: 'Risk',
  names: { one: 'risk', many: 'risks', add: 'Add a risk to the register', heading: 'Risk register' },
  clause: 'R-2.6.8',
  fields: {
    title: { label: 'The risk', hint: 'In a few words, as the register lists it.', clause: 'R-2.6.8', input: { kind: 'text' }, list: true, api: 'R-2.6.8: the risk in a few words.', example: 'Winter demand outstrips shelter places' },
    cause: { label: 'Cause', hint: 'Because of…: what could bring it about.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'R-2.6.8: what could cause it.', example: 'A cold winter and rising evictions' },
    event: { label: 'Event', hint: 'There is a risk that…: what could happen.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'R-2.6.8: what could happen.', example: 'More people need a bed than the shelters have' },
    consequence: { label: 'Consequence', hint: 'Resulting in…: what would follow.', clause: 'R-2.6.8', input: { kind: 'text', multiline: true }, api: 'R-2.6.8: what would follow if it happened.', example: 'People sleep rough in freezing weather' },
    category: { label: 'Category', clause: 'R-2.6.8', input: { kind: 'select', options: choicesOf(RISK_CATEGORIES, RISK_CATEGORY_LABELS) }, list: true, api: 'R-2.6.8: strategic, financial, operational, legal, reputational, partnership, safeguarding or information.', example: 'operational' },
    ownerId: {
      label: 'Owner',
      hint: 'The person who manages the risk. If they are not in the register yet, add them under People first.',
      clause: 'R-2.6.8',
      input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      list: true,
      audit: 'owner',
      api: 'R-2.6.8: the id of the person who owns the risk.',
    },
    organisationId: {
      label: 'Partner',
      hint: 'The partner that owns the risk: the register is shared, each risk is one partner’s to manage.',
      clause: 'R-2.6.8',
      input: { kind: 'sibling', none: 'Select the partner', choices: async (db, partnershipId) => (await listPartners(db, partnershipId)).map((p) => ({ value: p.organisationId, text: p.name })) },
      audit: 'partner',
      api: 'R-2.6.8: the id of the partner that owns the risk, one of the partnership’s partners.',
    },
    identifiedOn: {
      label: 'Identified',
      hint: 'The day it was entered on the register; its first review falls due from it. For example, 1 4 2026.',
      clause: 'R-2.6.8',
      input: { kind: 'date', called: 'The date it was identified' },
      api: 'R-2.6.8: the day it was identified, yyyy-mm-dd; its first review falls due from it.',
      example: '2026-04-01',
    },
    inherentLikelihood: scoreField('Inherent likelihood', 'How likely it is before any controls.', 'likelihood', 'R-2.6.8: the likelihood before controls'),
    inherentImpact: scoreField('Inherent impact', 'How great its impact would be before any controls.', 'impact', 'R-2.6.8: the impact before controls'),
    residualLikelihood: scoreField('Residual likelihood', 'How likely it is with the controls in place. Later reviews record it again.', 'likelihood', 'R-2.6.8: the likelihood with controls (its score no greater than the inherent one)'),
    residualImpact: scoreField('Residual impact', 'Its impact with the controls in place.', 'impact', 'R-2.6.8: the impact with controls'),
    targetScore: {
      label: 'Target score (optional)',
      hint: 'The likelihood × impact the partners aim to bring it to, no more than its inherent score.',
      clause: 'R-2.6.8',
      input: { kind: 'text', width: 10 },
      api: 'R-2.6.8: the score the partners aim for, from 1 to its inherent score; null for none.',
      example: 4,
    },
    response: { label: 'Response', clause: 'R-2.6.8', input: { kind: 'radios', options: choicesOf(RISK_RESPONSES, RISK_RESPONSE_LABELS, RISK_RESPONSE_HINTS) }, list: true, api: 'R-2.6.8: treat, tolerate, transfer or terminate.', example: 'treat' },
    status: {
      label: 'Status',
      hint: 'A closed risk stays on the register with its reviews, and is no longer reviewed.',
      clause: 'R-2.6.8',
      input: { kind: 'radios', options: choicesOf(RISK_STATUSES, RISK_STATUS_LABELS) },
      later: true,
      list: true,
      api: 'R-2.6.8: open (the default) or closed.',
      example: 'open',
    },
    fundingProposalId: {
      label: 'Funding proposal (optional)',
      hint: 'If it is a risk of taking up one of the partnership’s funding proposals: it becomes part of that proposal’s risk assessment.',
      clause: 'R-2.6.8',
      input: { kind: 'sibling', none: 'Not a funding proposal’s', choices: async (db, partnershipId) => (await listFundingProposals(db, partnershipId)).map((p) => ({ value: p.id, text: p.title })) },
      audit: 'fundingProposal',
      api: 'Protocol 2.4(h), R-2.6.8: the id of the partnership’s funding proposal whose risk assessment it is part of; null for none.',
    },
  },
  schema: schema as unknown as RecordKind<Risk, RiskInput>['schema'],
  keyOf: (r) => r.id,
  title: (r) => r.title,
  inputOf: (r) => ({
    title: r.title,
    cause: r.cause,
    event: r.event,
    consequence: r.consequence,
    category: r.category,
    ownerId: r.ownerId,
    organisationId: r.organisationId,
    identifiedOn: r.identifiedOn,
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    targetScore: r.targetScore,
    response: r.response,
    status: r.status,
    fundingProposalId: r.fundingProposalId,
  }),
  audited: (r) => ({
    title: r.title,
    cause: r.cause,
    event: r.event,
    consequence: r.consequence,
    category: r.category,
    owner: r.ownerName,
    partner: r.partnerName,
    identifiedOn: r.identifiedOn,
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    ...(r.targetScore !== null ? { targetScore: r.targetScore } : {}),
    response: r.response,
    status: r.status,
    ...(r.fundingProposalTitle ? { fundingProposal: r.fundingProposalTitle } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    cause: z.string(),
    event: z.string(),
    consequence: z.string(),
    category: z.enum(RISK_CATEGORIES),
    ownerId: idOut,
    ownerName: z.string(),
    organisationId: idOut,
    partnerName: z.string(),
    identifiedOn: z.string().meta({ format: 'date' }),
    inherentLikelihood: z.number().int(),
    inherentImpact: z.number().int(),
    residualLikelihood: z.number().int(),
    residualImpact: z.number().int(),
    targetScore: z.number().int().nullable(),
    response: z.enum(RISK_RESPONSES),
    status: z.enum(RISK_STATUSES),
    fundingProposalId: idOut.nullable(),
    fundingProposalTitle: z.string().nullable(),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') {
      // R-2.6.8: a reviewed risk's history is the register's: close it rather than remove it.
      const n = await reviewsOfRisk(db, change.key);
      if (n) return [{ field: 'title', message: `It has ${n === 1 ? 'a review' : `${n} reviews`} on record: close the risk instead, or remove ${n === 1 ? 'its review' : 'its reviews'} first (R-2.6.8)` }];
      const c = await controlsOfRisk(db, change.key);
      if (c) return [{ field: 'title', message: `It has ${c === 1 ? 'a control' : `${c} controls`}: close the risk instead, or remove ${c === 1 ? 'its control' : 'its controls'} first (R-2.6.8)` }];
      const a = await actionsOfRisk(db, change.key);
      return a ? [{ field: 'title', message: `${a === 1 ? 'An action of the plan addresses it' : `${a} actions of the plan address it`}: close the risk instead, or change ${a === 1 ? 'that action' : 'those actions'} first (R-2.6.8)` }] : [];
    }
    const v = change.value;
    const matrix = await riskMatrixOf(db);
    // R-2.6.8: levels the matrix in force has (an administrator may have made it smaller).
    const problems: Problem[] = [
      ...levelProblems(matrix, [
        { field: 'inherentLikelihood', of: 'likelihood', value: v.inherentLikelihood },
        { field: 'inherentImpact', of: 'impact', value: v.inherentImpact },
        { field: 'residualLikelihood', of: 'likelihood', value: v.residualLikelihood },
        { field: 'residualImpact', of: 'impact', value: v.residualImpact },
      ]),
      ...riskProblems(matrix, v),
    ];
    if (v.organisationId && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) problems.unshift({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.6.8)' });
    if (v.ownerId && !(await namedPeople(db, [v.ownerId])).has(v.ownerId)) problems.unshift({ field: 'ownerId', message: 'Select an owner from the register' });
    if (v.fundingProposalId && !(await findFundingProposal(db, partnership.id, v.fundingProposalId))) problems.push({ field: 'fundingProposalId', message: 'Select one of the partnership’s funding proposals, or none (protocol 2.4(h))' });
    return problems;
  },
  repo: {
    list: listRisks,
    find: findRisk,
    insert: (trx, partnershipId, r) => insertRisk(trx, partnershipId, uuidIds.next(), r),
    update: updateRisk,
    remove: removeRisk,
  },
};

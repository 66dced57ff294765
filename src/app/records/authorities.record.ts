// Representatives' authority as a kind of record (R-2.8e): for a member of the partnership's board, what
// they may decide for the organisation they represent, for one type of decision or any: all of it, up to
// an amount, or nothing without ratification, and who ratifies beyond it. A carried decision beyond the
// authority of every member present for a partner is marked subject to that partner's ratification.
import { z } from 'zod';
import { findAuthority, insertAuthority, listAuthorities, removeAuthority, updateAuthority } from '../../db/repositories/authorities.repo.ts';
import { listSeats } from '../../db/repositories/member-seats.repo.ts';
import { AUTHORITY_SCOPE_LABELS, AUTHORITY_SCOPES, authorityProblems, type Authority, type AuthorityInput } from '../../domain/decisions/authority.ts';
import { DECISION_TYPE_LABELS, DECISION_TYPES } from '../../domain/decisions/rules.ts';
import { formatPence } from '../../domain/register/money.ts';
import { uuidIds } from '../deps.ts';
import { optionalPence, optionalText, recordId } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const TYPES = ['any', ...DECISION_TYPES] as const;
const TYPE_LABELS = { any: 'Any type of decision without a limit of its own', ...DECISION_TYPE_LABELS } as const;

const schema = z.strictObject({
  personId: recordId('Select the member'),
  decisionType: z.enum(TYPES, { error: 'Select the type of decision' }),
  scope: z.enum(AUTHORITY_SCOPES, { error: 'Select what they may decide' }),
  limitPence: optionalPence('The most they may commit'),
  ratifier: optionalText({ label: 'Who ratifies', max: 300 }).optional().transform((v) => v ?? null),
});

const limitInWords = (a: Pick<AuthorityInput, 'scope' | 'limitPence'>) => (a.scope === 'up-to' ? `Up to ${formatPence(a.limitPence ?? 0)}` : AUTHORITY_SCOPE_LABELS[a.scope]);

export const authorities: RecordKind<Authority, AuthorityInput> = {
  type: 'delegated-authority',
  segment: 'authority',
  idParam: 'authorityId',
  area: 'decision-making',
  component: 'Authority',
  names: { one: 'limit of authority', many: 'limits of authority', add: 'Add a limit of authority', heading: 'Representatives’ authority' },
  clause: 'R-2.8e',
  fields: {
    personId: {
      label: 'Member',
      hint: 'A member with a seat on the partnership’s board: their authority is for the partner they sit for.',
      clause: 'R-2.8e',
      input: {
        kind: 'sibling',
        none: 'Select the member',
        choices: async (db, partnershipId) => (await listSeats(db, partnershipId)).map((s) => ({ value: s.personId, text: `${s.name} (${s.partnerName})` })),
      },
      list: true,
      audit: 'member',
      api: 'R-2.8e: the person id of a member holding a seat on the partnership.',
    },
    decisionType: {
      label: 'Type of decision',
      hint: 'A limit for one type counts before a limit for any type.',
      clause: 'R-2.8e',
      input: { kind: 'radios', options: choicesOf(TYPES, TYPE_LABELS) },
      list: true,
      api: 'R-2.8e: the type of decision the limit is for (ordinary, financial-commitment, budget, appointment, change-to-rules, admission-or-removal-of-partner, dissolution), or any.',
      example: 'financial-commitment',
    },
    scope: {
      label: 'What they may decide',
      clause: 'R-2.8e',
      input: { kind: 'radios', options: choicesOf(AUTHORITY_SCOPES, AUTHORITY_SCOPE_LABELS) },
      list: true,
      api: 'R-2.8e: full (may decide it), up-to (up to limitPence) or none (may not decide it without ratification).',
      example: 'up-to',
    },
    limitPence: {
      label: 'The most they may commit (optional)',
      hint: 'For “up to an amount”: in pounds, for example 10000.',
      clause: 'R-2.8e',
      input: { kind: 'money', called: 'The most they may commit' },
      list: true,
      api: 'R-2.8e: for up-to, the most the member may commit their organisation to, in whole pence; null otherwise.',
      example: 1_000_000,
    },
    ratifier: {
      label: 'Who ratifies a decision beyond it (optional)',
      hint: 'For example, “Northvale NHS Trust Board”. Not needed where they may decide it all.',
      clause: 'R-2.8e',
      input: { kind: 'text' },
      api: 'R-2.8e: who ratifies, for the member’s organisation, a decision beyond the limit; null for full authority.',
      example: 'Northvale NHS Trust Board',
    },
  },
  schema: schema as unknown as RecordKind<Authority, AuthorityInput>['schema'],
  keyOf: (a) => a.id,
  title: (a) => `${a.name}: ${a.decisionType === 'any' ? 'any decision' : DECISION_TYPE_LABELS[a.decisionType].toLowerCase()}, ${limitInWords(a).toLowerCase()}`,
  inputOf: (a) => ({ personId: a.personId, decisionType: a.decisionType, scope: a.scope, limitPence: a.limitPence, ratifier: a.ratifier }),
  audited: (a) => ({
    member: a.name,
    decisionType: a.decisionType,
    scope: a.scope,
    ...(a.limitPence !== null ? { limitPence: a.limitPence } : {}),
    ...(a.ratifier ? { ratifier: a.ratifier } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    personId: idOut,
    name: z.string(),
    decisionType: z.enum(TYPES),
    scope: z.enum(AUTHORITY_SCOPES),
    limitPence: z.number().int().nullable(),
    ratifier: z.string().nullable(),
  }),
  toResource: (a) => ({ ...a }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems = authorityProblems(v);
    if (v.personId && !(await listSeats(db, partnership.id)).some((s) => s.personId === v.personId)) {
      problems.unshift({ field: 'personId', message: 'Select a member with a seat on the partnership (R-2.8e)' });
    }
    const others = (await listAuthorities(db, partnership.id)).filter((a) => change.kind === 'add' || a.id !== change.key);
    if (v.personId && v.decisionType && others.some((a) => a.personId === v.personId && a.decisionType === v.decisionType)) {
      problems.push({ field: 'decisionType', message: 'The member already has a limit for this type of decision: change that one instead' });
    }
    return problems;
  },
  repo: {
    list: listAuthorities,
    find: findAuthority,
    insert: (trx, partnershipId, a) => insertAuthority(trx, partnershipId, uuidIds.next(), a),
    update: updateAuthority,
    remove: removeAuthority,
  },
};

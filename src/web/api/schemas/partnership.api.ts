// A partnership on the API. Requests are validated by the register's own schema (the one the form
// maps onto): POST with it whole, PATCH with its change (no partners or representatives: they are
// records of their own) partial and then whole once merged onto the record.
// Responses carry the reference, the ids and the names beside them.
import { z } from 'zod';
import {
  CAPACITIES,
  LEGAL_FORMS,
  MEMBER_STATUSES,
  PARTNER_ROLES,
  RATIONALES,
  SECTORS,
  STATUSES,
  WELLBEING,
} from '../../../domain/register/vocabulary.ts';
import type { PartnershipView } from '../../../domain/register/records.ts';
import type { RegisterRow } from '../../../db/repositories/register.repo.ts';
import { MAX_REASON_LENGTH } from '../../../domain/register/withdrawal.ts';
import { text } from '../../../app/schemas/fields.ts';
import { partnershipChangeSchema, partnershipSchema } from '../../schemas/partnership.schema.ts';
import { dateOut, idOut, pageOf, requestComponent, responseComponent, timeOut } from './common.ts';

const s = partnershipSchema.shape;

/**
 * POST: the register's schema, where a field that may be null may also be left out (it is then null),
 * and representatives and priorities default to none. Unknown fields are refused.
 */
export const partnershipCreateSchema = requestComponent(
  partnershipSchema.extend({
    startDate: s.startDate.default(null),
    expectedEndDate: s.expectedEndDate.default(null),
    durationDescription: s.durationDescription.default(null),
    councilContributionPence: s.councilContributionPence.default(null),
    withinApprovedBudget: s.withinApprovedBudget.default(null),
    resourcesStaff: s.resourcesStaff.default(null),
    resourcesAssets: s.resourcesAssets.default(null),
    resourcesInKind: s.resourcesInKind.default(null),
    sponsoringOfficerId: s.sponsoringOfficerId.default(null),
    accountableOfficerId: s.accountableOfficerId.default(null),
    representatives: s.representatives.default([]),
    priorities: s.priorities.default([]),
  }),
  {
    id: 'PartnershipInput',
    description:
      'A partnership to register, with its first partners and council representatives. Fields that may be null may be left out. Unknown fields are refused (400), status among them: a partnership starts proposed and moves only through POST /api/v1/partnerships/{id}/transitions. Once registered, partners and representatives are added, changed and removed one at a time under /api/v1/partnerships/{id}/partners and /representatives.',
  },
);

/** PATCH: any of the partnership's own fields; each one sent replaces the record's value (priorities the whole list). */
export const partnershipPatchSchema = requestComponent(partnershipChangeSchema.partial(), {
  id: 'PartnershipPatch',
  description:
    'Changes to a partnership: send only the fields to change. Each replaces the current value (priorities replace the whole list). The result is then checked whole, by the rules for these fields. Unknown fields are refused (400), and three with their own operations say where to go: status changes only through POST /api/v1/partnerships/{id}/transitions, partners one at a time through POST/PATCH/DELETE /api/v1/partnerships/{id}/partners, council representatives through POST/PATCH/DELETE /api/v1/partnerships/{id}/representatives.',
});

/** POST …/withdrawal: why a partnership entered by mistake is withdrawn (the same field as the page's). */
export const withdrawalSchema = requestComponent(
  z.strictObject({
    reason: text({ missing: 'Enter why the partnership is being withdrawn', label: 'The reason', max: MAX_REASON_LENGTH, multiline: true }),
  }),
  {
    id: 'WithdrawalInput',
    description: `Why the partnership is being withdrawn: kept with it on the register and in the audit trail (at most ${MAX_REASON_LENGTH} characters). Unknown fields are refused (400).`,
  },
);

/** The fields a PATCH may send, which the record's current values fill in before it is checked whole. */
export const PARTNERSHIP_CHANGE_FIELDS = Object.keys(partnershipChangeSchema.shape) as Array<keyof typeof partnershipChangeSchema.shape>;

const officerOut = z.object({ id: idOut, name: z.string(), jobTitle: z.string().nullable() }).nullable();

export const partnershipResource = responseComponent(
  z.object({
    id: idOut,
    reference: z.string(),
    name: z.string(),
    purpose: z.string(),
    expectedOutcomes: z.string(),
    rationale: z.array(z.enum(RATIONALES)),
    wellbeing: z.array(z.enum(WELLBEING)),
    legalForm: z.enum(LEGAL_FORMS),
    status: z.enum(STATUSES),
    startDate: dateOut.nullable(),
    expectedEndDate: dateOut.nullable(),
    durationDescription: z.string().nullable(),
    councilContributionPence: z.int().min(0).nullable(),
    withinApprovedBudget: z.boolean().nullable(),
    resourcesStaff: z.string().nullable(),
    resourcesAssets: z.string().nullable(),
    resourcesInKind: z.string().nullable(),
    sponsoringOfficerId: idOut.nullable(),
    sponsoringOfficer: officerOut,
    accountableOfficerId: idOut.nullable(),
    accountableOfficer: officerOut,
    partners: z.array(
      z.object({
        organisationId: idOut,
        name: z.string(),
        sector: z.enum(SECTORS),
        isThisCouncil: z.boolean(),
        role: z.enum(PARTNER_ROLES),
        memberStatus: z.enum(MEMBER_STATUSES),
      }),
    ),
    representatives: z.array(z.object({ personId: idOut, name: z.string(), jobTitle: z.string().nullable(), capacity: z.enum(CAPACITIES) })),
    priorities: z.array(z.object({ priorityId: idOut, title: z.string(), how: z.string() })),
    createdAt: timeOut,
    updatedAt: timeOut,
  }),
  { id: 'Partnership', description: 'A partnership in the register, with the names of its partners, people and priorities beside their ids.' },
);

export const partnershipSummary = responseComponent(
  z.object({
    id: idOut,
    reference: z.string(),
    name: z.string(),
    status: z.enum(STATUSES),
    legalForm: z.enum(LEGAL_FORMS),
    councilContributionPence: z.int().min(0).nullable(),
    withinApprovedBudget: z.boolean().nullable(),
    startDate: dateOut.nullable(),
    expectedEndDate: dateOut.nullable(),
    sponsoringOfficerName: z.string().nullable(),
    accountableOfficerName: z.string().nullable(),
    purpose: z.string(),
    partners: z.array(z.object({ name: z.string(), role: z.enum(PARTNER_ROLES), isThisCouncil: z.boolean() })),
  }),
  { id: 'PartnershipSummary', description: 'A partnership as the register list shows it.' },
);

export const partnershipPage = responseComponent(pageOf(partnershipSummary), {
  id: 'PartnershipPage',
  description: 'One page of the register: the same search, filters, sort and paging as the register page.',
});

export type PartnershipResource = z.output<typeof partnershipResource>;
export type PartnershipSummary = z.output<typeof partnershipSummary>;

export function toPartnershipResource(p: PartnershipView): PartnershipResource {
  return {
    id: p.id,
    reference: p.reference,
    name: p.name,
    purpose: p.purpose,
    expectedOutcomes: p.expectedOutcomes,
    rationale: p.rationale,
    wellbeing: p.wellbeing,
    legalForm: p.legalForm,
    status: p.status,
    startDate: p.startDate,
    expectedEndDate: p.expectedEndDate,
    durationDescription: p.durationDescription,
    councilContributionPence: p.councilContributionPence,
    withinApprovedBudget: p.withinApprovedBudget,
    resourcesStaff: p.resourcesStaff,
    resourcesAssets: p.resourcesAssets,
    resourcesInKind: p.resourcesInKind,
    sponsoringOfficerId: p.sponsoringOfficerId,
    sponsoringOfficer: p.sponsoringOfficer,
    accountableOfficerId: p.accountableOfficerId,
    accountableOfficer: p.accountableOfficer,
    partners: p.partnerViews.map((x) => ({ organisationId: x.organisationId, name: x.name, sector: x.sector, isThisCouncil: x.isThisCouncil, role: x.role, memberStatus: x.memberStatus })),
    representatives: p.representativeViews.map((x) => ({ personId: x.personId, name: x.name, jobTitle: x.jobTitle, capacity: x.capacity })),
    priorities: p.priorityViews.map((x) => ({ priorityId: x.priorityId, title: x.title, how: x.how })),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toPartnershipSummary(r: RegisterRow): PartnershipSummary {
  return {
    id: r.id,
    reference: r.reference,
    name: r.name,
    status: r.status,
    legalForm: r.legalForm,
    councilContributionPence: r.councilContributionPence,
    withinApprovedBudget: r.withinApprovedBudget,
    startDate: r.startDate,
    expectedEndDate: r.expectedEndDate,
    sponsoringOfficerName: r.sponsoringOfficerName,
    accountableOfficerName: r.accountableOfficerName,
    purpose: r.purpose,
    partners: r.partners.map((p) => ({ name: p.name, role: p.role, isThisCouncil: p.isThisCouncil })),
  };
}

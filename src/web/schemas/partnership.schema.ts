// One schema for a partnership's details: the API validates JSON with it, the register form maps its
// fields onto it, and the OpenAPI document is generated from it.
import { z } from 'zod';
import {
  CAPACITIES,
  LEGAL_FORMS,
  MEMBER_STATUSES,
  PARTNER_ROLES,
  RATIONALES,
  WELLBEING,
} from '../../domain/register/vocabulary.ts';
import { MAX_PENCE } from '../../domain/register/money.ts';
import { isoDate, optionalText, recordId, text } from '../../app/schemas/fields.ts';

/**
 * An "each once" check runs whenever there is a list, even when one of its items is invalid: zod would
 * otherwise skip it, and the problem would appear only after the others were fixed.
 */
const aList = (payload: { value: unknown }) => Array.isArray(payload.value);

export const partnerSchema = z
  .object({
    organisationId: recordId('Select the partner organisation'),
    role: z.enum(PARTNER_ROLES, { error: 'Select the partner’s role' }),
    memberStatus: z.enum(MEMBER_STATUSES, { error: 'Select the partner’s member status' }),
  })
  .strict();

export const representativeSchema = z
  .object({
    personId: recordId('Select the representative'),
    capacity: z.enum(CAPACITIES, { error: 'Select whether they attend as a councillor or an officer' }),
  })
  .strict();

export const priorityLinkSchema = z
  .object({
    priorityId: recordId('Select the corporate priority'),
    how: text({ missing: 'Say how the partnership helps deliver this priority', label: 'How it helps', max: 2000, multiline: true }),
  })
  .strict();

export const partnershipSchema = z
  .object({
    name: text({ missing: 'Enter the partnership’s name', label: 'Name', max: 200 }),
    purpose: text({ missing: 'Enter the partnership’s purpose', label: 'Purpose', max: 5000, multiline: true }),
    expectedOutcomes: text({ missing: 'Enter the outcomes expected for the people of the borough', label: 'Expected outcomes', max: 5000, multiline: true }),
    rationale: z
      .array(z.enum(RATIONALES, { error: 'Select a reason from the list' }), { error: 'Select why the council is entering the partnership' })
      .min(1, 'Select why the council is entering the partnership')
      .refine((v) => new Set(v).size === v.length, { message: 'Select each reason once', when: aList }),
    wellbeing: z
      .array(z.enum(WELLBEING, { error: 'Select economic, social or environmental' }), { error: 'Select the well-being the partnership improves' })
      .min(1, 'Select the well-being the partnership improves')
      .refine((v) => new Set(v).size === v.length, { message: 'Select each kind of well-being once', when: aList }),
    legalForm: z.enum(LEGAL_FORMS, { error: 'Select the legal form of the partnership' }),
    startDate: isoDate('Start date').nullable(),
    expectedEndDate: isoDate('Expected end date').nullable(),
    durationDescription: optionalText({ label: 'Expected duration', max: 200 }),
    councilContributionPence: z
      .number({ error: 'Council contribution must be a whole number of pence' })
      .int('Council contribution must be a whole number of pence')
      .min(0, 'Council contribution must be £0 or more')
      .max(MAX_PENCE, 'Council contribution must be £10,000,000,000 or less')
      .nullable(),
    withinApprovedBudget: z.boolean({ error: 'Select whether the contribution is within an approved budget' }).nullable(),
    resourcesStaff: optionalText({ label: 'Staff', max: 2000, multiline: true }),
    resourcesAssets: optionalText({ label: 'Operational assets', max: 2000, multiline: true }),
    resourcesInKind: optionalText({ label: 'In-kind and other commitments', max: 2000, multiline: true }),
    sponsoringOfficerId: recordId('Select the sponsoring officer').nullable(),
    accountableOfficerId: recordId('Select the accountable officer').nullable(),
    partners: z.array(partnerSchema, { error: 'Add the partner organisations' }).max(200, 'A partnership can have at most 200 partners'),
    representatives: z.array(representativeSchema, { error: 'Representatives must be a list' }).max(100, 'A partnership can have at most 100 representatives'),
    priorities: z.array(priorityLinkSchema, { error: 'Priorities must be a list' }).max(100, 'Too many priorities'),
  })
  .strict();

export type PartnershipInput = z.infer<typeof partnershipSchema>;

/**
 * A change of a partnership (its change form and PATCH): everything but its partners and representatives,
 * which are records of their own, added, changed and removed one at a time (issue 8).
 */
export const partnershipChangeSchema = partnershipSchema.omit({ partners: true, representatives: true });

export type PartnershipChangeInput = z.infer<typeof partnershipChangeSchema>;

// The "Register a partnership" and "Change the partnership" forms: flat HTML fields ⇄ the partnership
// schema. Works without JavaScript: on registering, partner and representative rows are numbered fields,
// and "Add another" buttons post the form back with one more row and everything typed kept. The change
// form has no rows: partners and representatives are then records of their own (issue 8), and whatever
// rows a post holds are not read.
import { z } from 'zod';
import { parsePounds, penceToInput } from '../../../domain/register/money.ts';
import { ownAnswerProblems, partnershipProblems, type PartnershipContext, type Problem } from '../../../domain/register/partnership.ts';
import type { PartnershipView } from '../../../domain/register/records.ts';
import { realDate } from '../../../app/schemas/fields.ts';
import { dateFromParts } from '../../forms/date-input.ts';
import { besideSchemaErrors } from '../../forms/every-error.ts';
import type { FieldError } from '../../forms/form.ts';
import type { NamedRecords } from '../../../app/partnerships.service.ts';
import { partnershipChangeSchema, partnershipSchema, type PartnershipChangeInput, type PartnershipInput } from '../../schemas/partnership.schema.ts';

export const MAX_ROWS = 50;
const BLANK_PARTNER_ROWS = 3;
const BLANK_REPRESENTATIVE_ROWS = 2;

/** The form as typed: single fields as strings, checkbox groups as arrays. */
export interface PartnershipFormInput {
  fields: Record<string, string>;
  rationale: string[];
  wellbeing: string[];
  priorities: string[];
  partnerRows: number;
  representativeRows: number;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function strings(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string').slice(0, 100);
}

function rows(value: unknown, fallback: number): number {
  const n = Number(strings(value)[0]);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ROWS) : fallback;
}

export function readPartnershipForm(body: unknown): PartnershipFormInput {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(b)) {
    // The token, the checkbox groups, the row counts and the button pressed are not answers.
    if (['_csrf', 'rationale', 'wellbeing', 'priorities', 'partnerRows', 'representativeRows', 'action'].includes(key)) continue;
    if (key.length > 100) continue;
    fields[key] = strings(value)[0] ?? '';
  }
  return {
    fields,
    rationale: strings(b.rationale),
    wellbeing: strings(b.wellbeing),
    priorities: strings(b.priorities),
    partnerRows: rows(b.partnerRows, BLANK_PARTNER_ROWS),
    representativeRows: rows(b.representativeRows, BLANK_REPRESENTATIVE_ROWS),
  };
}

/** The form for an existing partnership (its own answers: no rows), or a blank one with spare rows to add to. */
export function partnershipToForm(p: PartnershipView | null): PartnershipFormInput {
  if (!p) {
    return { fields: {}, rationale: [], wellbeing: [], priorities: [], partnerRows: BLANK_PARTNER_ROWS, representativeRows: BLANK_REPRESENTATIVE_ROWS };
  }
  const fields: Record<string, string> = {
    name: p.name,
    purpose: p.purpose,
    expectedOutcomes: p.expectedOutcomes,
    legalForm: p.legalForm,
    durationDescription: p.durationDescription ?? '',
    councilContribution: penceToInput(p.councilContributionPence),
    withinApprovedBudget: p.withinApprovedBudget === null ? '' : p.withinApprovedBudget ? 'yes' : 'no',
    resourcesStaff: p.resourcesStaff ?? '',
    resourcesAssets: p.resourcesAssets ?? '',
    resourcesInKind: p.resourcesInKind ?? '',
    sponsoringOfficerId: p.sponsoringOfficerId ?? '',
    accountableOfficerId: p.accountableOfficerId ?? '',
  };
  for (const [name, iso] of [['startDate', p.startDate], ['expectedEndDate', p.expectedEndDate]] as const) {
    if (!iso) continue;
    const [y, m, d] = iso.split('-');
    fields[`${name}-day`] = String(Number(d));
    fields[`${name}-month`] = String(Number(m));
    fields[`${name}-year`] = y ?? '';
  }
  for (const x of p.priorities) fields[`priority-${x.priorityId}-how`] = x.how;
  return {
    fields,
    rationale: [...p.rationale],
    wellbeing: [...p.wellbeing],
    priorities: p.priorities.map((x) => x.priorityId),
    partnerRows: 0,
    representativeRows: 0,
  };
}

function dateField(form: PartnershipFormInput, name: string, label: string, errors: FieldError[]): string | null {
  const iso = dateFromParts(form.fields, name, label, errors);
  if (!iso) return null;
  if (!realDate(iso)) {
    errors.push({ field: `${name}-day`, message: `${label} must be a real date` });
    return null;
  }
  return iso;
}

/** Where a schema problem shows on the form. */
function formField(path: ReadonlyArray<PropertyKey>): string {
  const [head, index, leaf] = path;
  if (head === 'partners' && typeof index === 'number') return `partner-${index}-${leaf === 'organisationId' ? 'organisation' : String(leaf)}`;
  if (head === 'representatives' && typeof index === 'number') return `representative-${index}-${leaf === 'personId' ? 'person' : String(leaf)}`;
  if (head === 'startDate' || head === 'expectedEndDate') return `${String(head)}-day`;
  if (head === 'councilContributionPence') return 'councilContribution';
  if (head === 'priorities') return 'priorities';
  return String(head ?? 'name');
}

/** Which form row each partner and representative came from (blank rows are skipped). */
export interface FormRows {
  partners: number[];
  representatives: number[];
}

/** Maps a rule's problem (named by schema field, with a row index) to the form field that fixes it. */
export function formFieldOf(problem: Pick<Problem, 'field' | 'index' | 'key'>, rows: FormRows = { partners: [], representatives: [] }): string {
  const { field, index, key } = problem;
  if (field === 'partners') {
    const row = index === undefined ? 0 : (rows.partners[index] ?? index);
    return `partner-${row}-${key === 'role' ? 'role' : key === 'memberStatus' ? 'memberStatus' : 'organisation'}`;
  }
  if (field === 'representatives') {
    const row = index === undefined ? 0 : (rows.representatives[index] ?? index);
    return `representative-${row}-${key === 'capacity' ? 'capacity' : 'person'}`;
  }
  if (field === 'expectedEndDate' || field === 'startDate') return `${field}-day`;
  if (field === 'councilContributionPence') return 'councilContribution';
  return field;
}

/** Which rows of the form hold a partner or a representative, in order. */
export function formRows(form: PartnershipFormInput): FormRows {
  const f = form.fields;
  const filled = (count: number, name: (i: number) => string) => [...Array(count).keys()].filter((i) => !!f[name(i)]);
  return {
    partners: filled(form.partnerRows, (i) => `partner-${i}-organisation`),
    representatives: filled(form.representativeRows, (i) => `representative-${i}-person`),
  };
}

/** On failure, the records the answers name (for the register's rules) and the rows they came from. */
export type PartnershipFormResult<T = PartnershipInput> = { ok: true; value: T; rows: FormRows } | { ok: false; errors: FieldError[]; known: NamedRecords; rows: FormRows };

/**
 * The registration form's answers as a partnership, or every problem at its field. With the register's
 * context, the protocol's rules (partners, dates, budget) are checked too, so one submission shows everything.
 */
export function parsePartnershipForm(form: PartnershipFormInput, ctx?: PartnershipContext): PartnershipFormResult {
  const errors: FieldError[] = [];
  const f = form.fields;

  const partners = [];
  for (let i = 0; i < form.partnerRows; i++) {
    const organisationId = f[`partner-${i}-organisation`] ?? '';
    const role = f[`partner-${i}-role`] ?? '';
    const memberStatus = f[`partner-${i}-memberStatus`] ?? '';
    if (!organisationId) {
      if (role || memberStatus) errors.push({ field: `partner-${i}-organisation`, message: `Select the organisation for partner ${i + 1}` });
      continue;
    }
    partners.push({ organisationId, role, memberStatus });
  }
  const representatives = [];
  for (let i = 0; i < form.representativeRows; i++) {
    const personId = f[`representative-${i}-person`] ?? '';
    const capacity = f[`representative-${i}-capacity`] ?? '';
    if (!personId) {
      if (capacity) errors.push({ field: `representative-${i}-person`, message: `Select the person for representative ${i + 1}` });
      continue;
    }
    representatives.push({ personId, capacity });
  }

  const candidate = { ...ownCandidate(form, errors), partners, representatives };
  const parsed = partnershipSchema.safeParse(candidate);
  const rows = formRows(form);
  const problems = ctx ? partnershipProblems(candidate, ctx) : [];
  return outcome(form, parsed, errors, problems, rows, candidate);
}

/**
 * The change form's answers: the partnership's own, checked by the rules for those (dates, money,
 * priorities). Partner and representative rows, if a post holds any, are not read (issue 8).
 */
export function parseChangeForm(form: PartnershipFormInput): PartnershipFormResult<PartnershipChangeInput> {
  const errors: FieldError[] = [];
  const candidate = ownCandidate(form, errors);
  const rows: FormRows = { partners: [], representatives: [] };
  return outcome(form, partnershipChangeSchema.safeParse(candidate), errors, ownAnswerProblems(candidate), rows, { ...candidate, partners: [], representatives: [] });
}

/** The answers every form of the partnership holds, as the schema reads them; problems of reading go to errors. */
function ownCandidate(form: PartnershipFormInput, errors: FieldError[]) {
  const f = form.fields;
  let councilContributionPence: number | null = null;
  const money = (f.councilContribution ?? '').trim();
  if (money) {
    const parsed = parsePounds(money);
    if (parsed.ok) councilContributionPence = parsed.pence;
    else
      errors.push({
        field: 'councilContribution',
        message:
          parsed.problem === 'negative'
            ? 'Council contribution must be £0 or more'
            : parsed.problem === 'too-many-decimals'
              ? 'Council contribution must not have more than 2 decimal places'
              : parsed.problem === 'too-large'
                ? 'Council contribution must be £10,000,000,000 or less'
                : 'Council contribution must be an amount of money, like 25000 or £25,000.50',
      });
  }
  const budget = f.withinApprovedBudget ?? '';

  return {
    name: f.name ?? '',
    purpose: f.purpose ?? '',
    expectedOutcomes: f.expectedOutcomes ?? '',
    rationale: form.rationale,
    wellbeing: form.wellbeing,
    legalForm: f.legalForm ?? '',
    startDate: dateField(form, 'startDate', 'Start date', errors),
    expectedEndDate: dateField(form, 'expectedEndDate', 'Expected end date', errors),
    durationDescription: f.durationDescription ?? '',
    councilContributionPence,
    withinApprovedBudget: budget === 'yes' ? true : budget === 'no' ? false : null,
    resourcesStaff: f.resourcesStaff ?? '',
    resourcesAssets: f.resourcesAssets ?? '',
    resourcesInKind: f.resourcesInKind ?? '',
    sponsoringOfficerId: f.sponsoringOfficerId || null,
    accountableOfficerId: f.accountableOfficerId || null,
    priorities: form.priorities.map((priorityId) => ({ priorityId, how: f[`priority-${priorityId}-how`] ?? '' })),
  };
}

/** Every problem at its field, the schema's first and then the rules', in page order; or the value. */
function outcome<T>(
  form: PartnershipFormInput,
  parsed: z.ZodSafeParseResult<T>,
  errors: FieldError[],
  problems: readonly Problem[],
  rows: FormRows,
  known: NamedRecords,
): PartnershipFormResult<T> {
  const seen = new Set(errors.map((e) => e.field));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let field = formField(issue.path);
      // A problem with what was said about a priority shows at its "how" box; with the priority itself
      // (an id that is not one), at the checkboxes: there is no "how" box for it on the page.
      if (issue.path[0] === 'priorities' && typeof issue.path[1] === 'number') {
        const id = form.priorities[issue.path[1]];
        field = id && issue.path[2] === 'how' && ID.test(id) ? `priority-${id}-how` : 'priorities';
      }
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, message: issue.message });
    }
  }
  for (const problem of problems) {
    const field = formFieldOf(problem, rows);
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: problem.message });
  }
  if (errors.length || !parsed.success) return { ok: false, errors: order(errors), known, rows };
  return { ok: true, value: parsed.data, rows };
}

/** The register's rules' problems at their form fields, beside the form's own errors, in page order. */
export function withRuleProblems(errors: readonly FieldError[], problems: readonly Problem[], rows: FormRows): FieldError[] {
  return order(besideSchemaErrors(errors, problems.map((p) => ({ field: formFieldOf(p, rows), message: p.message }))));
}

// Errors in the summary follow the order of the fields on the page.
const FIELD_ORDER = ['name', 'purpose', 'expectedOutcomes', 'rationale', 'wellbeing', 'legalForm', 'startDate', 'expectedEndDate', 'durationDescription', 'councilContribution', 'withinApprovedBudget', 'resources', 'partner', 'sponsoringOfficerId', 'accountableOfficerId', 'representative', 'priorit'];
const ROW_PARTS = ['organisation', 'role', 'memberStatus', 'person', 'capacity'];
function order(errors: FieldError[]): FieldError[] {
  const rank = (field: string): number[] => {
    const i = FIELD_ORDER.findIndex((prefix) => field.startsWith(prefix));
    // Partner and representative rows in page order: row by row, then organisation, role, status.
    const row = /^(?:partner|representative)-(\d+)-(\w+)$/.exec(field);
    return [i === -1 ? FIELD_ORDER.length : i, row ? Number(row[1]) : 0, row ? ROW_PARTS.indexOf(row[2]!) : 0];
  };
  return [...errors].sort((a, b) => {
    const [x, y] = [rank(a.field), rank(b.field)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
}

export const formActionSchema = z.enum(['save', 'add-partner', 'add-representative']).catch('save');

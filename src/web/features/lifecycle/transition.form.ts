// The evidence form of a lifecycle step: a note, or a decision (who, when, the reference, conditions or
// the reason) with a GOV.UK date input. Read as typed, so a refused form re-renders with nothing lost;
// parsed with the API's own schema, and every problem reported at the field that fixes it.
import { transitionSchema, decisionSchema } from '../../../app/schemas/decision.schema.ts';
import { stepProblems, type TransitionInput } from '../../../app/lifecycle.service.ts';
import { decisionDefaults, DECISION_MAKERS, DECISION_MAKER_LABELS, MAX_DECISION_TEXT_LENGTH } from '../../../domain/lifecycle/decisions.ts';
import { MAX_NOTE_LENGTH, TRANSITIONS, type Transition } from '../../../domain/lifecycle/transitions.ts';
import { besideSchemaErrors, fieldsThatParse } from '../../forms/every-error.ts';
import { dateFromParts, partsOfDate } from '../../forms/date-input.ts';
import { errorView, formInput, type FieldError } from '../../forms/form.ts';

/** The form as typed: flat strings, the date in its three parts. */
export type TransitionForm = Record<string, string>;

const DATE = 'decidedOn';
const DATE_LABEL = 'The date of the decision';
const DECISION_FIELDS = ['decisionMaker', 'decisionMakerName', 'reference', 'conditions', 'reason'] as const;

export function readTransitionForm(body: unknown): TransitionForm {
  return formInput(body);
}

/** What a new form shows: the step's own defaults (a withdrawal is an officer's decision, today). */
export function newTransitionForm(t: Transition, today: string): TransitionForm {
  if (t.evidence.kind !== 'decision') return {};
  const d = decisionDefaults(t.evidence, today);
  const form: TransitionForm = {};
  if (d.decisionMaker) form.decisionMaker = d.decisionMaker;
  return { ...form, ...partsOfDate(DATE, d.decidedOn ?? null) };
}

/** The date's three boxes as yyyy-mm-dd; null when all are blank; undefined (with an error) when it cannot be read. */
const dateOf = (form: TransitionForm, errors: FieldError[]): string | null | undefined => dateFromParts(form, DATE, DATE_LABEL, errors);

/** Where a problem shows on the form: decision.decidedOn → decidedOn-day, decision.reason → reason. */
export function formFieldOf(field: string): string {
  if (field === 'decision') return 'decisionMaker';
  if (field === `decision.${DATE}`) return `${DATE}-day`;
  return field.startsWith('decision.') ? field.slice('decision.'.length) : field;
}

export type ParsedTransition = { ok: true; value: TransitionInput } | { ok: false; errors: FieldError[] };

/**
 * The form as the step's input, or every problem: the schema's (a date that cannot be read, text too
 * long) and, beside them, the evidence the step still lacks among the answers that did parse.
 */
export function parseTransitionForm(t: Transition, form: TransitionForm, today: string): ParsedTransition {
  const errors: FieldError[] = [];
  let decision: Record<string, string> | undefined;
  if (t.evidence.kind === 'decision') {
    decision = {};
    for (const f of DECISION_FIELDS) if (form[f]) decision[f] = form[f];
    const iso = dateOf(form, errors);
    if (iso) decision[DATE] = iso;
  }
  const candidate = { action: t.action, ...(t.evidence.kind === 'note' ? { note: form.note ?? '' } : {}), ...(decision ? { decision } : {}) };
  const parsed = transitionSchema.safeParse(candidate);
  if (parsed.success && !errors.length) return { ok: true, value: parsed.data };
  const schemaErrors = [...errors];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) schemaErrors.push({ field: formFieldOf(issue.path.map(String).join('.')), message: issue.message });
  }
  // The evidence still missing among the answers that parsed (an unreadable date is not also "missing").
  const known = fieldsThatParse(transitionSchema, candidate);
  const knownDecision = decision ? fieldsThatParse(decisionSchema, decision) : undefined;
  const rules = stepProblems(t, { note: known.note ?? null, decision: knownDecision ?? null }, today)
    .map((p) => ({ field: formFieldOf(p.field), message: p.message }))
    .filter((p) => !(p.field === `${DATE}-day` && errors.some((e) => e.field.startsWith(`${DATE}-`))));
  return { ok: false, errors: inFormOrder(oneEach(besideSchemaErrors(schemaErrors, rules))) };
}

const oneEach = (errors: FieldError[]): FieldError[] => errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);

const FORM_ORDER = ['action', 'note', 'decisionMaker', 'decisionMakerName', `${DATE}-day`, `${DATE}-month`, `${DATE}-year`, 'reference', 'conditions', 'reason'];

/** Errors in the order of the fields on the page, so the summary reads down the form. */
export function inFormOrder(errors: readonly FieldError[]): FieldError[] {
  const rank = (e: FieldError) => (FORM_ORDER.includes(e.field) ? FORM_ORDER.indexOf(e.field) : FORM_ORDER.length);
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** A step after which the partnership takes no further step but withdrawal: rejected, dissolved, withdrawn. */
function isFinal(t: Transition): boolean {
  return t.to !== null && !TRANSITIONS.some((other) => other.action !== 'withdraw' && other.from.includes(t.to!));
}

/** What transition.njk shows for a step's form. */
export function transitionFormView(t: Transition, form: TransitionForm, errors: readonly FieldError[]) {
  const decision = t.evidence.kind === 'decision' ? t.evidence : null;
  return {
    step: { action: t.action, label: t.label, hint: t.hint, clause: t.clause, final: isFinal(t) },
    note: t.evidence.kind === 'note' ? { label: t.evidence.label, required: t.evidence.required, maxLength: MAX_NOTE_LENGTH } : null,
    decision: decision && {
      outcome: decision.outcome,
      subject: decision.subject,
      makers: DECISION_MAKERS.map((value) => ({ value, text: DECISION_MAKER_LABELS[value], checked: form.decisionMaker === value })),
      maxLength: MAX_DECISION_TEXT_LENGTH,
    },
    form,
    ...errorView(errors),
  };
}

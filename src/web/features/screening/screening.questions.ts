// Screening's question pages, one question a page, in the protocol's words: what
// each asks, how its form is read into an answer (parsed with the one screening schema's own field), how
// an answer is shown again, and which page comes next. Pure: the routes keep the answers in the draft.
import { SCREENING_MESSAGES, screeningAnswersSchema } from '../../../app/schemas/screening.schema.ts';
import type { ScreeningAnswers } from '../../../domain/screening/outcome.ts';
import {
  CHARACTERISTIC_LABELS,
  CHARACTERISTIC_LETTERS,
  CHARACTERISTICS,
  CHARACTERISTICS_QUESTION,
  COUNCIL_CONTROL_QUESTION,
  EXCLUSION_LABELS,
  EXCLUSION_LETTERS,
  EXCLUSIONS,
  EXCLUSIONS_QUESTION,
  MAX_SCREENING_NOTE_LENGTH,
  NOTE_QUESTION,
  QUESTION_CLAUSES,
  SCREENING_WELLBEING,
  SCREENING_WELLBEING_LABELS,
  SHARED_RESPONSIBILITY_QUESTION,
  WELLBEING_QUESTION,
} from '../../../domain/screening/questions.ts';
import type { FieldError } from '../../forms/form.ts';

export type Draft = Partial<ScreeningAnswers>;
export type AnswerField = keyof ScreeningAnswers;

/** What a page's form holds as typed: a radio's value, the boxes ticked, or the text. */
export type QuestionForm = { value: string; ticked: string[] };

export interface Question {
  /** Its address: /partnerships/:id/screening/questions/<slug>. */
  slug: string;
  field: AnswerField;
  kind: 'yes-no' | 'choices' | 'text';
  legend: string;
  hint: string;
  clause: string;
  /** For choices: each with its letter in the protocol; "None of these" is added after. */
  options?: ReadonlyArray<{ value: string; text: string }>;
  /** Whether the page comes up for these answers ((a)'s qualifier only after (a)). */
  asked(draft: Draft): boolean;
  /** On "Check your answers". */
  shown(draft: Draft): string;
}

export const NONE = 'none';
const yesNoWords = (v: unknown) => (v === true ? 'Yes' : v === false ? 'No' : '');
const listWords = (values: readonly string[] | undefined, labels: Readonly<Record<string, string>>, letters?: Readonly<Record<string, string>>) =>
  values === undefined ? '' : values.length === 0 ? 'None of these' : values.map((v) => (letters ? `(${letters[v]}) ${labels[v]}` : labels[v])).join('\n');

export const QUESTIONS: readonly Question[] = [
  {
    slug: 'shared-responsibility',
    field: 'sharedResponsibility',
    kind: 'yes-no',
    legend: SHARED_RESPONSIBILITY_QUESTION,
    hint: 'Protocol section 1: a partnership is an arrangement involving the council and one or more other organisations, from any sector, who share that responsibility.',
    clause: QUESTION_CLAUSES.sharedResponsibility,
    asked: () => true,
    shown: (d) => yesNoWords(d.sharedResponsibility),
  },
  {
    slug: 'wellbeing',
    field: 'wellbeing',
    kind: 'choices',
    legend: WELLBEING_QUESTION,
    hint: 'Select all that apply.',
    clause: QUESTION_CLAUSES.wellbeing,
    options: SCREENING_WELLBEING.map((w) => ({ value: w, text: SCREENING_WELLBEING_LABELS[w] })),
    asked: () => true,
    shown: (d) => listWords(d.wellbeing, SCREENING_WELLBEING_LABELS),
  },
  {
    slug: 'characteristics',
    field: 'characteristics',
    kind: 'choices',
    legend: CHARACTERISTICS_QUESTION,
    hint: 'Protocol section 1 a–f: select all that apply. They are recorded; none of them is needed for the protocol to apply.',
    clause: QUESTION_CLAUSES.characteristics,
    options: CHARACTERISTICS.map((c) => ({ value: c, text: `(${CHARACTERISTIC_LETTERS[c]}) ${CHARACTERISTIC_LABELS[c]}` })),
    asked: () => true,
    shown: (d) => listWords(d.characteristics, CHARACTERISTIC_LABELS, CHARACTERISTIC_LETTERS),
  },
  {
    slug: 'exclusions',
    field: 'exclusions',
    kind: 'choices',
    legend: EXCLUSIONS_QUESTION,
    hint: 'Protocol 2.2 a–d: the protocol is not applicable to these. Select all that apply.',
    clause: QUESTION_CLAUSES.exclusions,
    options: EXCLUSIONS.map((e) => ({ value: e, text: `(${EXCLUSION_LETTERS[e]}) ${EXCLUSION_LABELS[e]}` })),
    asked: () => true,
    shown: (d) => listWords(d.exclusions, EXCLUSION_LABELS, EXCLUSION_LETTERS),
  },
  {
    slug: 'council-control',
    field: 'councilControlsThirdParty',
    kind: 'yes-no',
    legend: COUNCIL_CONTROL_QUESTION,
    hint: 'Protocol 2.2(a): paying a third party to deliver services does not exclude the arrangement when the council also has this control.',
    clause: 'R-2.2(a)',
    asked: (d) => d.exclusions?.includes('commissioned-service') ?? false,
    shown: (d) => yesNoWords(d.councilControlsThirdParty),
  },
  {
    slug: 'note',
    field: 'note',
    kind: 'text',
    legend: NOTE_QUESTION,
    hint: 'For example, what the arrangement is and who decided how to answer. It is kept with the screening.',
    clause: QUESTION_CLAUSES.note,
    asked: () => true,
    shown: (d) => d.note ?? '',
  },
];

export const MAX_NOTE = MAX_SCREENING_NOTE_LENGTH;

export function questionOf(slug: string): Question | undefined {
  return QUESTIONS.find((q) => q.slug === slug);
}

/** The questions these answers ask, in order. */
export function askedQuestions(draft: Draft): Question[] {
  return QUESTIONS.filter((q) => q.asked(draft));
}

/** Whether the question has an answer in the draft (the note's blank is an answer once its page was sent). */
export function answered(q: Question, draft: Draft): boolean {
  return draft[q.field] !== undefined;
}

/**
 * Where a page sent leads: the next question not yet answered after it (coming from "Check your answers",
 * only one the change newly asks, such as (a)'s qualifier), or "Check your answers".
 */
export function nextAfter(q: Question, draft: Draft, fromCheck: boolean): Question | null {
  const asked = askedQuestions(draft);
  const after = asked.slice(asked.findIndex((x) => x.slug === q.slug) + 1);
  return (fromCheck ? after.find((x) => !answered(x, draft)) : after[0]) ?? null;
}

/** The page's form from the draft: what it shows when first opened. */
export function formOf(q: Question, draft: Draft): QuestionForm {
  const v = draft[q.field];
  if (q.kind === 'yes-no') return { value: v === true ? 'yes' : v === false ? 'no' : '', ticked: [] };
  if (q.kind === 'choices') return { value: '', ticked: Array.isArray(v) ? (v.length ? [...(v as string[])] : [NONE]) : [] };
  return { value: typeof v === 'string' ? v : '', ticked: [] };
}

/** What was sent, as typed: one value, or every box ticked (a repeated field arrives as a list). */
export function readQuestionForm(q: Question, body: unknown): QuestionForm {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>)[q.field] : undefined;
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === 'string');
  return q.kind === 'choices' ? { value: '', ticked: list } : { value: list[0] ?? '', ticked: [] };
}

export type ParsedAnswer = { ok: true; value: Draft } | { ok: false; errors: FieldError[] };

/** The page's answer, parsed with the screening schema's own field, or its error at the field. */
export function parseQuestion(q: Question, form: QuestionForm): ParsedAnswer {
  const fail = (message: string): ParsedAnswer => ({ ok: false, errors: [{ field: q.field, message }] });
  let candidate: unknown;
  if (q.kind === 'yes-no') {
    candidate = form.value === 'yes' ? true : form.value === 'no' ? false : undefined;
    // (a)'s qualifier is optional in the schema (asked only after (a)); on its own page it is the question.
    if (candidate === undefined) return fail(SCREENING_MESSAGES[q.field as 'sharedResponsibility' | 'councilControlsThirdParty']);
  } else if (q.kind === 'choices') {
    if (form.ticked.includes(NONE) && form.ticked.length > 1) return fail('Select ‘None of these’ on its own, or only the answers that apply');
    candidate = form.ticked.length === 0 ? undefined : form.ticked.includes(NONE) ? [] : form.ticked;
  } else {
    candidate = form.value;
  }
  const parsed = screeningAnswersSchema.shape[q.field].safeParse(candidate);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  // A blank note is an answer: none.
  return { ok: true, value: { [q.field]: parsed.data ?? null } as Draft };
}

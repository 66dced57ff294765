// What a lifecycle step is sent with (R-APPROVE): the step, a note, and the decision it records. One
// schema for the API's body and the page's form (which builds the same object from its fields). It
// checks shape only; which step needs a note or a decision, and what a decision must say, are the
// domain's (evidenceProblems, decisionProblems), so a refusal names its clause.
import { z } from 'zod';
import { DECISION_MAKERS, MAX_DECISION_NAME_LENGTH, MAX_DECISION_TEXT_LENGTH } from '../../domain/lifecycle/decisions.ts';
import { LIFECYCLE_ACTIONS, MAX_NOTE_LENGTH } from '../../domain/lifecycle/transitions.ts';
import { choice, isoDate, optionalText } from './fields.ts';

/** A decision's answers; any left out are missing (a withdrawal fills in its own defaults). */
export const decisionSchema = z.strictObject({
  decisionMaker: choice(DECISION_MAKERS, { missing: 'Select who made the decision' })
    .optional()
    .meta({ description: 'Who decided: Cabinet, a Cabinet Member, full Council, an officer under delegated powers, or another body. A withdrawal defaults to officer-delegation.' }),
  decisionMakerName: optionalText({ label: 'The name of the decision maker', max: MAX_DECISION_NAME_LENGTH })
    .optional()
    .meta({ description: 'The body’s or person’s own name: required for other-body, optional otherwise (a named Cabinet Member).' }),
  decidedOn: isoDate('The date of the decision')
    .nullable()
    .optional()
    .meta({ description: 'The date of the decision, YYYY-MM-DD: today or earlier (in UK time). A withdrawal defaults to today.' }),
  reference: optionalText({ label: 'The decision reference', max: MAX_DECISION_NAME_LENGTH })
    .optional()
    .meta({ description: 'The minute or decision reference, when there is one (CAB/2026/031).' }),
  conditions: optionalText({ label: 'The conditions', max: MAX_DECISION_TEXT_LENGTH, multiline: true })
    .optional()
    .meta({ description: 'Conditions the decision was made on, if any.' }),
  reason: optionalText({ label: 'The reason', max: MAX_DECISION_TEXT_LENGTH, multiline: true })
    .optional()
    .meta({ description: 'Why it was rejected or withdrawn: required for those.' }),
});

export type DecisionInput = z.output<typeof decisionSchema>;

/** POST …/transitions: the step to take, with its evidence. Unknown fields are refused. */
export const transitionSchema = z.strictObject({
  action: choice(LIFECYCLE_ACTIONS, { missing: 'Choose the lifecycle step to take' }).meta({
    description: 'The step to take. GET …/transitions lists the steps from the partnership’s status, and why any of them cannot be taken now.',
  }),
  note: optionalText({ label: 'The note', max: MAX_NOTE_LENGTH, multiline: true })
    .optional()
    .meta({ description: 'What the step records in words: required where the step’s evidence is note, optional for optional-note.' }),
  decision: decisionSchema.nullable().optional().meta({ description: 'The decision the step records: required where the step’s evidence is decision, refused otherwise.' }),
});

export type TransitionBody = z.output<typeof transitionSchema>;
